// "Insert block from a template": pick a template, get a fenced block at the cursor.
import { type App, type Editor, SuggestModal } from "obsidian";
import { BLOCK_TEMPLATES, fencedBlock, type BlockTemplate } from "./templates";

class TemplateModal extends SuggestModal<BlockTemplate> {
	constructor(
		app: App,
		private readonly onChoose: (template: BlockTemplate) => void,
	) {
		super(app);
		this.setPlaceholder("Choose a pymem block template");
	}

	getSuggestions(query: string): BlockTemplate[] {
		const wanted = query.trim().toLowerCase();
		return BLOCK_TEMPLATES.filter(
			(template) => template.name.toLowerCase().includes(wanted) || template.description.toLowerCase().includes(wanted),
		);
	}

	renderSuggestion(template: BlockTemplate, el: HTMLElement): void {
		el.createDiv({ text: template.name });
		el.createEl("small", { text: template.description, cls: "pymem-template-description" });
	}

	onChooseSuggestion(template: BlockTemplate): void {
		this.onChoose(template);
	}
}

/** Inserts the block at the cursor, starting on a line of its own. */
export function insertTemplate(editor: Editor, template: BlockTemplate): void {
	const cursor = editor.getCursor();
	const lineText = editor.getLine(cursor.line);
	const prefix = cursor.ch > 0 || lineText.trim() !== "" ? "\n" : "";
	editor.replaceRange(prefix + fencedBlock(template), cursor);
}

export function openTemplateModal(app: App, editor: Editor): void {
	new TemplateModal(app, (template) => insertTemplate(editor, template)).open();
}
