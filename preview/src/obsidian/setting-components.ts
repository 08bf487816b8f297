// The value components a Setting hosts (text, text area, dropdown, slider, toggle, buttons), with
// Obsidian's class names so a plugin's styles carry over.
import { setIcon } from "./icons";

export abstract class BaseComponent {
	disabled = false;
	then(callback: (component: this) => unknown): this {
		callback(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	protected changeHandler: ((value: T) => unknown) | null = null;
	abstract getValue(): T;
	abstract setValue(value: T): this;
	onChange(callback: (value: T) => unknown): this {
		this.changeHandler = callback;
		return this;
	}
	protected emit(): void {
		void this.changeHandler?.(this.getValue());
	}
}

/** The text field and the text area, as Obsidian's AbstractTextComponent shares them. */
abstract class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	constructor(readonly inputEl: T) {
		super();
		this.inputEl.addEventListener("input", () => this.emit());
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class DropdownComponent extends ValueComponent<string> {
	readonly selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.emit());
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class SliderComponent extends ValueComponent<number> {
	readonly sliderEl: HTMLInputElement;
	private instant = true;
	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { cls: "slider", type: "range" });
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) this.emit();
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.instant) this.emit();
		});
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}
	/** Shows the value as the slider's tooltip; Obsidian shows a floating bubble. */
	setDynamicTooltip(): this {
		const update = () => (this.sliderEl.title = this.sliderEl.value);
		this.sliderEl.addEventListener("input", update);
		update();
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		this.sliderEl.title = this.sliderEl.value;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	readonly toggleEl: HTMLElement;
	private readonly inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { role: "switch" } });
		this.inputEl.addEventListener("change", () => {
			this.toggleEl.toggleClass("is-enabled", this.inputEl.checked);
			this.emit();
		});
	}
	getValue(): boolean {
		return this.inputEl.checked;
	}
	setValue(value: boolean): this {
		this.inputEl.checked = value;
		this.toggleEl.toggleClass("is-enabled", value);
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	readonly buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		this.buttonEl.title = tooltip;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void callback(evt));
		return this;
	}
}

export class ExtraButtonComponent extends ButtonComponent {
	get extraSettingsEl(): HTMLButtonElement {
		return this.buttonEl;
	}
	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.buttonEl.addClass("clickable-icon", "extra-setting-button");
	}
}
