// The centre leaf's reading view: renders one note with the registered code-block processors. Each
// render gets its own Component, so switching notes unloads the previous note's render children.
import { Component } from "./component";
import { TFile } from "./files";
import { ItemView, type WorkspaceLeaf } from "./workspace";
import { renderMarkdown } from "./markdown";

export class NoteView extends ItemView {
	file: TFile | null = null;
	private subpath = "";
	private renderComponent: Component | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.navigation = true;
		this.contentEl.addClass("markdown-preview-view", "markdown-rendered");
		this.registerDomEvent(this.contentEl, "click", (event) => this.onClick(event as MouseEvent));
	}

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "No note";
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null, mode: "preview" };
	}

	override async setState(state: { file?: string; subpath?: string }): Promise<void> {
		const file = state.file ? this.app.vault.getFileByPath(state.file) : null;
		this.file = file;
		this.subpath = state.subpath ?? "";
		await this.render();
		this.app.workspace.fileOpened(file);
	}

	async render(): Promise<void> {
		if (this.renderComponent) this.removeChild(this.renderComponent);
		this.renderComponent = this.addChild(new Component());
		this.contentEl.empty();
		this.containerEl.querySelector(".view-header-title")?.setText(this.file?.path.replace(/\.md$/, "") ?? "");
		if (!this.file) {
			this.contentEl.createDiv({ cls: "preview-empty", text: "This vault has no notes to show." });
			return;
		}
		const text = await this.app.vault.cachedRead(this.file);
		const sizer = this.contentEl.createDiv({ cls: "markdown-preview-sizer" });
		await renderMarkdown(this.app, text, sizer, this.file.path, this.renderComponent);
		this.scrollToSubpath();
	}

	private scrollToSubpath(): void {
		const heading = this.subpath.replace(/^#/, "").split("#").pop() ?? "";
		if (heading === "") return;
		const target = Array.from(this.contentEl.querySelectorAll<HTMLElement>("[data-heading]")).find(
			(el) => el.getAttribute("data-heading")?.toLowerCase() === heading.toLowerCase(),
		);
		target?.scrollIntoView({ block: "start" });
	}

	private onClick(event: MouseEvent): void {
		const link = (event.target as Element | null)?.closest?.("a.internal-link");
		if (!(link instanceof HTMLAnchorElement) || !this.file) return;
		event.preventDefault();
		void this.app.workspace.openLinkText(link.getAttribute("data-href") ?? "", this.file.path);
	}
}

/** getActiveViewOfType(MarkdownView) finds the note view. It has no editor: the preview is read-only. */
export { NoteView as MarkdownView };
