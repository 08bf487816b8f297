// Small utilities from Obsidian's API.

export interface Debouncer<T extends unknown[]> {
	(...args: T): Debouncer<T>;
	cancel(): Debouncer<T>;
	run(): void;
}

/** Obsidian's debounce: calls `fn` once `wait` ms after the last call (or the first, with resetTimer false). */
export function debounce<T extends unknown[]>(fn: (...args: T) => unknown, wait = 0, resetTimer = false): Debouncer<T> {
	let timer: number | undefined;
	let pendingArgs: T | null = null;
	const fire = () => {
		timer = undefined;
		const args = pendingArgs;
		pendingArgs = null;
		if (args) fn(...args);
	};
	const debounced = ((...args: T) => {
		pendingArgs = args;
		if (timer !== undefined && resetTimer) {
			window.clearTimeout(timer);
			timer = undefined;
		}
		if (timer === undefined) timer = window.setTimeout(fire, wait);
		return debounced;
	}) as Debouncer<T>;
	debounced.cancel = () => {
		window.clearTimeout(timer);
		timer = undefined;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = () => {
		window.clearTimeout(timer);
		fire();
	};
	return debounced;
}

/**
 * The preview runs in a desktop browser, not the Obsidian app. It does not detect the operating system
 * (the OS flags are false), so a plugin's OS-specific branches take their default path here.
 */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: false,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: false,
	isSafari: false,
};

export const apiVersion = "1.13.1";

/** Whether the app's API is at least `version` (dotted numbers), as Obsidian's requireApiVersion answers. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let index = 0; index < Math.max(have.length, want.length); index++) {
		const difference = (have[index] ?? 0) - (want[index] ?? 0);
		if (difference !== 0) return difference > 0;
	}
	return true;
}
