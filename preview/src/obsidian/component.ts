// Component and Events as Obsidian defines them: a tree of children loaded and unloaded together, each
// undoing its registrations on unload. Plugin, views and render children all build on these.

export interface EventRef {
	events: Events;
	name: string;
	callback: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, callback: callback as EventRef["callback"], ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((ref) => ref.callback !== callback));
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	/** A throwing handler is reported and the others still run, as in Obsidian. */
	tryTrigger(ref: EventRef, data: unknown[]): void {
		try {
			ref.callback.apply(ref.ctx, data);
		} catch (error) {
			console.error(error);
		}
	}
}

export class Component {
	private loadedFlag = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	/**
	 * Not part of Obsidian's API: settles when an async onload (a plugin's) has finished, so the host can
	 * wait for it as Obsidian does before the layout is ready. A rejected onload is logged, not rethrown.
	 */
	loading: Promise<void> = Promise.resolve();

	load(): void {
		if (this.loadedFlag) return;
		this.loadedFlag = true;
		const result: unknown = this.onload();
		if (result instanceof Promise) this.loading = result.then(() => undefined, (error: unknown) => console.error(error));
		for (const child of [...this.children]) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loadedFlag) return;
		this.loadedFlag = false;
		for (const child of this.children.splice(0).reverse()) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) {
			try {
				cleanup();
			} catch (error) {
				console.error(error);
			}
		}
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loadedFlag) child.load();
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

	register(cleanup: () => unknown): void {
		this.cleanups.push(cleanup);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.events.offref(ref));
	}

	registerDomEvent(
		el: EventTarget,
		type: string,
		listener: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	/** Not part of Obsidian's API: lets the host and tests see whether a component is loaded. */
	get isLoaded(): boolean {
		return this.loadedFlag;
	}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}
