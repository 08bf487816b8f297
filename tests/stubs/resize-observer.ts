// jsdom has no layout and no ResizeObserver, which bind:clientWidth needs: importing this installs one that
// never reports, so a component keeps its default width.
globalThis.ResizeObserver ??= class {
	observe(): void {}
	unobserve(): void {}
	disconnect(): void {}
} as unknown as typeof ResizeObserver;
