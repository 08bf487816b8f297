/** Fuzzy pickers for the graph commands. */
import { FuzzySuggestModal, type App } from "obsidian";

export interface ConceptChoice {
	id: string;
	/** What the list shows and the fuzzy search matches. */
	text: string;
}

export class ConceptSuggestModal extends FuzzySuggestModal<ConceptChoice> {
	constructor(
		app: App,
		private readonly choices: ConceptChoice[],
		placeholder: string,
		private readonly onChoose: (choice: ConceptChoice) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No matching concept.";
	}

	getItems(): ConceptChoice[] {
		return this.choices;
	}

	getItemText(choice: ConceptChoice): string {
		return choice.text;
	}

	onChooseItem(choice: ConceptChoice): void {
		this.onChoose(choice);
	}
}
