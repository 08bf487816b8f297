// Setting and PluginSettingTab: enough for a plugin's settings tab to render and save in the preview's
// settings dialog.
import {
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./setting-components";

export class Setting {
	readonly settingEl: HTMLDivElement;
	readonly infoEl: HTMLDivElement;
	readonly nameEl: HTMLDivElement;
	readonly descEl: HTMLDivElement;
	readonly controlEl: HTMLDivElement;
	readonly components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.nameEl.title = tooltip;
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}
	then(callback: (setting: this) => unknown): this {
		callback(this);
		return this;
	}

	private add<C extends BaseComponent>(component: C, callback: (component: C) => unknown): this {
		this.components.push(component);
		callback(component);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (c: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (c: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
}

export class PluginSettingTab {
	readonly containerEl: HTMLDivElement;
	constructor(
		readonly app: unknown,
		readonly plugin: unknown,
	) {
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}
	display(): void {}
	hide(): void {
		this.containerEl.empty();
	}
}
