import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, PymemSettingTab, SettingsChanges, type PymemSettings } from "./settings";
import { registerPymemBlocks } from "./obsidian/block/register";
import { registerConceptGraph } from "./obsidian/graph/register";

export default class PymemPlugin extends Plugin {
	override settings: PymemSettings = { ...DEFAULT_SETTINGS };
	readonly settingsChanges = new SettingsChanges();

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.addSettingTab(new PymemSettingTab(this.app, this));
		registerConceptGraph(this);
		registerPymemBlocks(this);
	}

	async loadSettings(): Promise<void> {
		this.settings = { ...DEFAULT_SETTINGS, ...((await this.loadData()) as Partial<PymemSettings> | null) };
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.settingsChanges.notify();
	}
}
