import { MarkdownRenderChild } from "obsidian";

/** Stands in for the step-through diagram until the simulator UI lands (issue 4). */
export class PlaceholderBlockChild extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
	) {
		super(containerEl);
	}

	override onload(): void {
		const root = this.containerEl.createDiv({ cls: "pymem-block pymem-placeholder" });
		root.setAttr("data-pymem-block", "");
		root.setAttr("data-step", "0");
		root.createDiv({ cls: "pymem-placeholder-title", text: "Pymem block" });
		root.createEl("pre", { cls: "pymem-placeholder-source", text: this.source });
	}
}
