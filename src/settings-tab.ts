// The settings tab. Obsidian 1.13 and later draw it from SETTING_DEFINITIONS themselves, which makes each
// setting searchable and shows a rejected value's reason inline; older versions call display(), which draws
// the same definitions with Setting.
import { App, PluginSettingTab, Setting } from "obsidian";
import type PymemPlugin from "./main";
import { acceptsValue, SETTING_DEFINITIONS, type PymemSettingDefinition, type SettingKey } from "./settings";

export class PymemSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: PymemPlugin,
	) {
		super(app, plugin);
	}

	override getSettingDefinitions(): PymemSettingDefinition[] {
		return [...SETTING_DEFINITIONS];
	}

	override getControlValue(key: string): unknown {
		return this.plugin.settings[key as SettingKey];
	}

	/** Saves a value its control accepts; anything else leaves the settings as they were. */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const definition = SETTING_DEFINITIONS.find((item) => item.control.key === key);
		if (!definition || !acceptsValue(definition.control, value)) return;
		(this.plugin.settings as Record<SettingKey, unknown>)[definition.control.key] = value;
		await this.plugin.saveSettings();
	}

	/** Obsidian before 1.13. */
	override display(): void {
		this.containerEl.empty();
		for (const definition of SETTING_DEFINITIONS) this.drawSetting(definition);
	}

	private drawSetting({ name, desc, control }: PymemSettingDefinition): void {
		const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
		// Setting does not tie a control to its name: a screen reader said only "combobox" or "spin button".
		const named = (element: HTMLElement) => element.setAttribute("aria-label", name);
		const value = this.getControlValue(control.key);
		const save = (next: unknown) => void this.setControlValue(control.key, next);
		switch (control.type) {
			case "dropdown":
				setting.addDropdown((dropdown) => {
					named(dropdown.selectEl);
					dropdown.addOptions(control.options).setValue(String(value)).onChange(save);
				});
				return;
			case "number":
				setting.addText((text) => {
					named(text.inputEl);
					Object.assign(text.inputEl, { type: "number", min: String(control.min), max: String(control.max), step: String(control.step) });
					text.setValue(String(value)).onChange((typed) => {
						const problem = control.validate(Number(typed));
						setting.setDesc(problem ?? desc);
						setting.descEl.toggleClass("pymem-setting-problem", problem !== undefined);
						if (problem === undefined) save(Number(typed));
					});
				});
				return;
			case "slider": {
				const showValue = (current: number) => setting.setDesc(`${desc} Now ${control.displayFormat(current)}.`);
				showValue(value as number);
				setting.addSlider((slider) => {
					named(slider.sliderEl);
					slider
						.setLimits(control.min, control.max, control.step)
						.setValue(value as number)
						.onChange((next) => {
							showValue(next);
							save(next);
						});
				});
				return;
			}
		}
	}
}
