// Notice, Modal, SuggestModal and FuzzySuggestModal: plain DOM overlays with Obsidian's class names.
import { setIcon } from "./icons";

export class Notice {
	readonly noticeEl: HTMLDivElement;
	private timer: number | undefined;

	constructor(message: string | DocumentFragment, duration = 5000) {
		let container = document.body.querySelector<HTMLElement>(".notice-container");
		if (!container) {
			container = document.body.createDiv({ cls: "notice-container", attr: { role: "status", "aria-live": "polite" } });
		}
		this.noticeEl = container.createDiv({ cls: "notice" });
		this.setMessage(message);
		this.noticeEl.addEventListener("click", () => this.hide());
		if (duration > 0) this.timer = window.setTimeout(() => this.hide(), duration);
	}

	setMessage(message: string | DocumentFragment): this {
		this.noticeEl.setText(message);
		return this;
	}

	hide(): void {
		window.clearTimeout(this.timer);
		this.noticeEl.detach();
	}
}

let modalCount = 0;

export class Modal {
	readonly containerEl: HTMLDivElement;
	readonly modalEl: HTMLDivElement;
	readonly titleEl: HTMLDivElement;
	readonly contentEl: HTMLDivElement;
	shouldRestoreSelection = true;
	private previouslyFocused: Element | null = null;
	private readonly onKeydown = (event: KeyboardEvent) => {
		if (event.key === "Escape") {
			event.preventDefault();
			this.close();
		}
	};

	constructor(readonly app: unknown) {
		this.containerEl = createDiv({ cls: "modal-container" });
		const backdrop = this.containerEl.createDiv({ cls: "modal-bg" });
		backdrop.addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal", attr: { role: "dialog", "aria-modal": "true" } });
		const closeButton = this.modalEl.createEl("button", { cls: "modal-close-button clickable-icon", attr: { "aria-label": "Close" } });
		setIcon(closeButton, "x");
		closeButton.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		this.titleEl.id ||= `modal-title-${++modalCount}`;
		this.modalEl.setAttr("aria-labelledby", this.titleEl.id);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	open(): void {
		this.previouslyFocused = document.activeElement;
		document.body.appendChild(this.containerEl);
		document.addEventListener("keydown", this.onKeydown);
		this.onOpen();
		const focusable = this.modalEl.querySelector<HTMLElement>("input, select, textarea, button:not(.modal-close-button)");
		(focusable ?? this.modalEl.querySelector<HTMLElement>("button"))?.focus();
	}

	close(): void {
		if (!this.containerEl.isConnected) return;
		document.removeEventListener("keydown", this.onKeydown);
		this.containerEl.detach();
		this.onClose();
		if (this.shouldRestoreSelection && this.previouslyFocused instanceof HTMLElement) this.previouslyFocused.focus();
	}

	onOpen(): void {}
	onClose(): void {}
}

export abstract class SuggestModal<T> extends Modal {
	readonly inputEl: HTMLInputElement;
	readonly resultContainerEl: HTMLDivElement;
	emptyStateText = "No results found.";
	limit = 100;
	private items: T[] = [];
	private selected = 0;

	constructor(app: unknown) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text", attr: { "aria-label": "Search" } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results", attr: { role: "listbox" } });
		this.modalEl.insertBefore(this.inputEl, this.titleEl);
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (event) => this.onInputKey(event));
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	override onOpen(): void {
		void this.updateSuggestions();
	}

	private async updateSuggestions(): Promise<void> {
		this.items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.selected = 0;
		this.resultContainerEl.empty();
		if (this.items.length === 0) {
			this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
			return;
		}
		this.items.forEach((item, index) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item", attr: { role: "option" } });
			this.renderSuggestion(item, el);
			el.addEventListener("mousemove", () => this.select(index));
			el.addEventListener("click", (event) => this.choose(index, event));
		});
		this.select(0);
	}

	private select(index: number): void {
		const els = this.resultContainerEl.querySelectorAll(".suggestion-item");
		els.forEach((el, i) => {
			el.toggleClass("is-selected", i === index);
			el.setAttr("aria-selected", i === index);
		});
		this.selected = index;
	}

	private choose(index: number, event: MouseEvent | KeyboardEvent): void {
		const item = this.items[index];
		if (item === undefined) return;
		this.close();
		this.onChooseSuggestion(item, event);
	}

	private onInputKey(event: KeyboardEvent): void {
		if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const step = event.key === "ArrowDown" ? 1 : -1;
			if (this.items.length > 0) this.select((this.selected + step + this.items.length) % this.items.length);
		} else if (event.key === "Enter") {
			event.preventDefault();
			this.choose(this.selected, event);
		}
	}
}

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

/** Subsequence match, scored so that earlier and tighter matches rank first. */
export function fuzzyScore(query: string, text: string): number | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	const t = text.toLowerCase();
	let position = -1;
	let score = 0;
	for (const char of q) {
		const next = t.indexOf(char, position + 1);
		if (next < 0) return null;
		score -= next - position - 1;
		position = next;
	}
	return score;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const matches: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const score = fuzzyScore(query, this.getItemText(item));
			if (score !== null) matches.push({ item, match: { score, matches: [] } });
		}
		return matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
}
