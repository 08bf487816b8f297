// Obsidian adds helpers to the DOM prototypes and a few globals (createEl, createDiv, activeDocument...).
// Plugins call them everywhere, so the host installs the same ones before it runs main.js.
// Only the helpers listed here exist; anything else a plugin calls fails loudly, as it should.

export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type InfoArg = DomElementInfo | string | undefined;
type Callback<T> = ((el: T) => void) | undefined;

function classList(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((name) => name !== "");
}

/** null removes the attribute; any other value is stored as its string ("true", "false", "3"). */
function setAttribute(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

/** Applies a DomElementInfo (or a class string, as Obsidian accepts) to a fresh element. */
function applyInfo(el: HTMLElement, info: InfoArg): void {
	if (info === undefined) return;
	const o: DomElementInfo = typeof info === "string" ? { cls: info } : info;
	if (o.cls !== undefined) el.classList.add(...classList(o.cls));
	if (o.text !== undefined) {
		if (typeof o.text === "string") el.textContent = o.text;
		else el.append(o.text);
	}
	if (o.attr) for (const [name, value] of Object.entries(o.attr)) setAttribute(el, name, value);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
}

export function createElement<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	info?: InfoArg,
	callback?: Callback<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, info);
	const o = typeof info === "object" ? info : undefined;
	if (o?.parent) o.parent.insertBefore(el, o.prepend ? o.parent.firstChild : null);
	callback?.(el);
	return el;
}

function createSvgElement(tag: string, info?: DomElementInfo | string, callback?: Callback<SVGElement>): SVGElement {
	const el: SVGElement = document.createElementNS("http://www.w3.org/2000/svg", tag);
	const o = typeof info === "string" ? { cls: info } : info;
	if (o?.cls !== undefined) el.classList.add(...classList(o.cls));
	if (o?.attr) for (const [name, value] of Object.entries(o.attr)) setAttribute(el, name, value);
	if (o?.parent) o.parent.insertBefore(el, o.prepend ? o.parent.firstChild : null);
	callback?.(el);
	return el;
}

/** Defines a non-enumerable method, as Obsidian's own prototype extensions are. */
function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function withParent(parent: Node, info: InfoArg): DomElementInfo {
	const o: DomElementInfo = typeof info === "string" ? { cls: info } : { ...(info ?? {}) };
	return { ...o, parent };
}

export function installDomHelpers(win: typeof window): void {
	const nodeProto = win.Node.prototype;
	const elementProto = win.Element.prototype;
	const htmlProto = win.HTMLElement.prototype;

	define(nodeProto, "createEl", function (this: Node, tag: keyof HTMLElementTagNameMap, info?: InfoArg, cb?: Callback<HTMLElement>) {
		return createElement(tag, withParent(this, info), cb);
	});
	define(nodeProto, "createDiv", function (this: Node, info?: InfoArg, cb?: Callback<HTMLElement>) {
		return createElement("div", withParent(this, info), cb);
	});
	define(nodeProto, "createSpan", function (this: Node, info?: InfoArg, cb?: Callback<HTMLElement>) {
		return createElement("span", withParent(this, info), cb);
	});
	define(nodeProto, "createSvg", function (this: Node, tag: string, info?: InfoArg, cb?: Callback<SVGElement>) {
		return createSvgElement(tag, withParent(this, info), cb);
	});
	define(nodeProto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(nodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(nodeProto, "appendText", function (this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	});
	define(nodeProto, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		return this.insertBefore(node, child ? child.nextSibling : this.firstChild);
	});
	define(nodeProto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		(this as Node & { empty(): void }).empty();
		for (const child of children) this.appendChild(child);
	});
	define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	Object.defineProperty(nodeProto, "doc", { configurable: true, get: () => document });
	Object.defineProperty(nodeProto, "win", { configurable: true, get: () => window });

	define(elementProto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(elementProto, "setText", function (this: Element, value: string | DocumentFragment) {
		if (typeof value === "string") this.textContent = value;
		else this.replaceChildren(value);
	});
	define(elementProto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.flatMap(classList));
	});
	define(elementProto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes.flatMap(classList));
	});
	define(elementProto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes.flatMap(classList));
	});
	define(elementProto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes.flatMap(classList));
	});
	define(elementProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const name of classList(classes)) this.classList.toggle(name, value);
	});
	define(elementProto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(elementProto, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		setAttribute(this, name, value);
	});
	define(elementProto, "setAttrs", function (this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(attrs)) setAttribute(this, name, value);
	});
	define(elementProto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(elementProto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		// The nearest match, unless the search would have to climb to lastParent or past it.
		const match = this.closest(selector);
		if (!match || (lastParent && match.contains(lastParent))) return null;
		return match;
	});
	define(elementProto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(elementProto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(elementProto, "isActiveElement", function (this: Element) {
		return document.activeElement === this;
	});

	// show/hide set the inline display property, as Obsidian's own helpers do, so a plugin's CSS
	// cannot accidentally re-show a hidden element.
	define(htmlProto, "show", function (this: HTMLElement) {
		this.style.removeProperty("display");
	});
	define(htmlProto, "hide", function (this: HTMLElement) {
		this.setCssProps({ display: "none" });
	});
	define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.style.removeProperty("display");
		else this.setCssProps({ display: "none" });
	});
	define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		if (visible) this.style.removeProperty("visibility");
		else this.setCssProps({ visibility: "hidden" });
	});
	define(htmlProto, "isShown", function (this: HTMLElement) {
		return this.offsetParent !== null;
	});
	define(htmlProto, "setCssStyles", function (this: HTMLElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	});
	define(htmlProto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	});
	define(htmlProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => void, options?: AddEventListenerOptions) {
		this.addEventListener("click", listener, options);
	});
	define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new Event(eventType, { bubbles: true }));
	});

	const globals = win as unknown as Record<string, unknown>;
	globals.createEl = (tag: keyof HTMLElementTagNameMap, info?: InfoArg, cb?: Callback<HTMLElement>) => createElement(tag, info, cb);
	globals.createDiv = (info?: InfoArg, cb?: Callback<HTMLElement>) => createElement("div", info, cb);
	globals.createSpan = (info?: InfoArg, cb?: Callback<HTMLElement>) => createElement("span", info, cb);
	globals.createSvg = (tag: string, info?: InfoArg, cb?: Callback<SVGElement>) => createSvgElement(tag, info, cb);
	globals.createFragment = (cb?: (fragment: DocumentFragment) => void) => {
		const fragment = document.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	};
	globals.activeDocument = document;
	globals.activeWindow = win;
	globals.sleep = (ms: number) => new Promise((resolve) => win.setTimeout(resolve, ms));
	globals.nextFrame = () => new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
}
