import { App, PluginSettingTab, Setting } from "obsidian";
import type PymemPlugin from "./main";

export type PythonProfile = "3.11";
export type BlockLayout = "horizontal" | "vertical";

export interface PymemSettings {
	pythonProfile: PythonProfile;
	stepLimit: number;
	defaultLayout: BlockLayout;
	/** Steps per second while playing. */
	animationSpeed: number;
}

export const DEFAULT_SETTINGS: PymemSettings = {
	pythonProfile: "3.11",
	stepLimit: 100_000,
	defaultLayout: "horizontal",
	animationSpeed: 4,
};

/** Tells what is already on screen (rendered blocks) that the settings were saved. */
export class SettingsChanges {
	private readonly listeners = new Set<() => void>();

	/** Returns the unsubscribe function, ready for `this.register`. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	notify(): void {
		for (const listener of this.listeners) listener();
	}
}

export class PymemSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: PymemPlugin,
	) {
		super(app, plugin);
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const settings = this.plugin.settings;

		new Setting(containerEl)
			.setName("Python profile")
			.setDesc("The interpreter version whose memory behaviour blocks reproduce by default.")
			.addDropdown((dropdown) =>
				dropdown
					.addOption("3.11", "CPython 3.11")
					.setValue(settings.pythonProfile)
					.onChange(async (value) => {
						settings.pythonProfile = value as PythonProfile;
						await this.plugin.saveSettings();
					}),
			);

		new Setting(containerEl)
			.setName("Step limit")
			.setDesc("A block stops after this many executed lines, so an endless loop cannot hang the app.")
			.addText((text) =>
				text.setValue(String(settings.stepLimit)).onChange(async (value) => {
					const parsed = Number.parseInt(value, 10);
					if (Number.isFinite(parsed) && parsed > 0) {
						settings.stepLimit = parsed;
						await this.plugin.saveSettings();
					}
				}),
			);

		new Setting(containerEl)
			.setName("Default layout")
			.setDesc("Where the heap sits relative to the source in a block.")
			.addDropdown((dropdown) =>
				dropdown
					.addOption("horizontal", "Side by side")
					.addOption("vertical", "Stacked")
					.setValue(settings.defaultLayout)
					.onChange(async (value) => {
						settings.defaultLayout = value as BlockLayout;
						await this.plugin.saveSettings();
					}),
			);

		new Setting(containerEl)
			.setName("Animation speed")
			.setDesc("Steps per second when a block plays.")
			.addSlider((slider) =>
				slider
					.setLimits(1, 20, 1)
					.setValue(settings.animationSpeed)
					.setDynamicTooltip()
					.onChange(async (value) => {
						settings.animationSpeed = value;
						await this.plugin.saveSettings();
					}),
			);
	}
}
