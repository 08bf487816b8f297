// The workspace of the preview: one centre leaf showing a note (or a view a plugin opens there) and a
// side pane of tabbed leaves for ItemViews. Enough for a plugin to open, find and reveal its views.
import { Component, Events } from "./component";
import type { TFile } from "./files";
import type { App } from "./app";
import { Notice } from "./notice-modal";
import { setIcon } from "./icons";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	readonly app: App;
	readonly containerEl: HTMLDivElement;
	icon = "file-text";
	navigation = false;

	constructor(readonly leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
		this.containerEl.createDiv({ cls: "view-header" });
		this.containerEl.createDiv({ cls: "view-content" });
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: unknown): Promise<void> {}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}

	/** Called by the leaf: Obsidian's View.open/close. */
	async open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

export abstract class ItemView extends View {
	readonly contentEl: HTMLElement;
	private readonly actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
		const header = this.containerEl.children[0] as HTMLElement;
		header.createDiv({ cls: "view-header-title", text: "" });
		this.actionsEl = header.createDiv({ cls: "view-actions" });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const button = this.actionsEl.createEl("button", { cls: "clickable-icon view-action", attr: { "aria-label": title }, title });
		setIcon(button, icon);
		button.addEventListener("click", (evt) => void callback(evt));
		return button;
	}

	override async open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.querySelector(".view-header-title")?.setText(this.getDisplayText());
		await super.open(parentEl);
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

export class WorkspaceLeaf extends Events {
	view: View;
	readonly containerEl: HTMLDivElement;
	/** The side pane's tab button; null for the centre leaf. */
	tabHeaderEl: HTMLButtonElement | null = null;

	constructor(
		readonly app: App,
		readonly location: "center" | "side",
	) {
		super();
		this.containerEl = createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	async setViewState(viewState: ViewState): Promise<void> {
		const creator = this.app.viewRegistry.get(viewState.type);
		if (!creator) {
			new Notice(`The preview has no view of type "${viewState.type}".`);
			return;
		}
		await this.view.close();
		this.view = creator(this);
		await this.view.open(this.containerEl);
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		this.app.workspace.leafChanged(this, viewState.active ?? false);
	}

	async openFile(file: TFile, openState?: { eState?: { subpath?: string } }): Promise<void> {
		await this.setViewState({ type: "markdown", state: { file: file.path, subpath: openState?.eState?.subpath ?? "" }, active: true });
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	detach(): void {
		void this.view.close();
		this.containerEl.detach();
		this.app.workspace.leafDetached(this);
	}

	setPinned(_pinned: boolean): void {}
}

export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	readonly centerLeaf: WorkspaceLeaf;
	private readonly sideLeaves: WorkspaceLeaf[] = [];
	private readonly readyCallbacks: (() => unknown)[] = [];
	private activeFile: TFile | null = null;

	constructor(
		private readonly app: App,
		readonly containerEl: HTMLElement,
		centerEl: HTMLElement,
		private readonly sideTabsEl: HTMLElement,
		private readonly sideLeavesEl: HTMLElement,
		private readonly onSidePaneChange: (hasLeaves: boolean) => void,
	) {
		super();
		this.centerLeaf = new WorkspaceLeaf(app, "center");
		centerEl.appendChild(this.centerLeaf.containerEl);
		this.activeLeaf = this.centerLeaf;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) window.setTimeout(() => void callback(), 0);
		else this.readyCallbacks.push(callback);
	}

	/** Called by the host once the plugin has loaded and the metadata cache is resolved. */
	markLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) {
			try {
				void callback();
			} catch (error) {
				console.error(error);
			}
		}
		this.trigger("layout-change");
	}

	getLeaf(_newLeaf?: boolean | string): WorkspaceLeaf {
		return this.centerLeaf;
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, "side");
		const wrapper = this.sideTabsEl.createDiv({ cls: "preview-side-tab-wrapper" });
		const tab = wrapper.createEl("button", {
			cls: "preview-side-tab",
			text: leaf.getDisplayText(),
			attr: { role: "tab", "aria-selected": "false" },
		});
		tab.addEventListener("click", () => void this.revealLeaf(leaf));
		const close = wrapper.createEl("button", { cls: "preview-side-tab-close clickable-icon", attr: { "aria-label": "Close tab" } });
		setIcon(close, "x");
		close.addEventListener("click", () => leaf.detach());
		leaf.tabHeaderEl = tab;
		this.sideLeavesEl.appendChild(leaf.containerEl);
		this.sideLeaves.push(leaf);
		void this.revealLeaf(leaf);
		return leaf;
	}

	/** The preview has one side pane: left leaves open there too. */
	getLeftLeaf(split: boolean): WorkspaceLeaf {
		return this.getRightLeaf(split);
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		for (const other of this.sideLeaves) {
			const shown = other === leaf;
			other.containerEl.toggleClass("is-hidden", !shown);
			other.tabHeaderEl?.toggleClass("is-active", shown);
			other.tabHeaderEl?.setAttr("aria-selected", shown);
		}
		this.onSidePaneChange(this.sideLeaves.length > 0);
		// On a narrow screen the side pane sits below the note, as Obsidian's phone app has it in a drawer:
		// bring it into sight, as revealing a leaf opens that drawer.
		if (this.sideLeaves.includes(leaf)) this.sideTabsEl.parentElement?.scrollIntoView({ block: "nearest" });
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return [this.centerLeaf, ...this.sideLeaves].filter((leaf) => leaf.view.getViewType() === type);
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [this.centerLeaf, ...this.sideLeaves]) callback(leaf);
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.leafChanged(leaf, true);
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	/** Opens the note a link points to, in the centre leaf; a missing note gets a notice, never a new file. */
	async openLinkText(linktext: string, sourcePath: string, _newLeaf?: boolean): Promise<void> {
		const hash = linktext.indexOf("#");
		const subpath = hash < 0 ? "" : linktext.slice(hash);
		const file = hash === 0 ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (!file) {
			new Notice(`No note named "${linktext}" in this vault.`);
			return;
		}
		if (file.extension !== "md") {
			// Attachments (images, PDFs...) open as themselves in a new browser tab; the reading view shows notes.
			window.open(this.app.vault.getResourcePath(file), "_blank", "noopener");
			return;
		}
		await this.centerLeaf.openFile(file, { eState: { subpath } });
	}

	/** Called by leaves after a view change. */
	leafChanged(leaf: WorkspaceLeaf, activate: boolean): void {
		if (leaf.tabHeaderEl) {
			leaf.tabHeaderEl.setText(leaf.getDisplayText());
			leaf.tabHeaderEl.nextElementSibling?.setAttr("aria-label", `Close ${leaf.getDisplayText()}`);
		}
		if (activate && this.activeLeaf !== leaf) {
			this.activeLeaf = leaf;
			this.trigger("active-leaf-change", leaf);
		}
		this.trigger("layout-change");
	}

	/** Called by the note view when it shows a file. */
	fileOpened(file: TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
	}

	leafDetached(leaf: WorkspaceLeaf): void {
		const index = this.sideLeaves.indexOf(leaf);
		if (index >= 0) {
			this.sideLeaves.splice(index, 1);
			leaf.tabHeaderEl?.parentElement?.detach();
			const next = this.sideLeaves[0];
			if (next) void this.revealLeaf(next);
			else this.onSidePaneChange(false);
		}
		if (this.activeLeaf === leaf) this.activeLeaf = this.centerLeaf;
		this.trigger("layout-change");
	}

	requestSaveLayout(): void {}
}
