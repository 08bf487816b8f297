// A minimal stand-in for the `obsidian` module in unit tests. Add only what a test needs.

export class Component {
	private children: Component[] = [];
	private cleanups: (() => void)[] = [];
	loaded = false;

	load(): void {
		this.loaded = true;
		this.onload();
		for (const child of this.children) child.load();
	}
	onload(): void {}
	unload(): void {
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.loaded = false;
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		const index = this.children.indexOf(child);
		if (index >= 0) {
			this.children.splice(index, 1);
			child.unload();
		}
		return child;
	}
	register(cleanup: () => void): void {
		this.cleanups.push(cleanup);
	}
	registerEvent(ref: { off?: () => void }): void {
		this.register(() => ref.off?.());
	}
	registerDomEvent(el: EventTarget, type: string, listener: EventListener): void {
		el.addEventListener(type, listener);
		this.register(() => el.removeEventListener(type, listener));
	}
	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}
