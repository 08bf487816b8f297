import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, SettingsChanges, settingsFrom, type PymemSettings } from "./settings";
import { PymemSettingTab } from "./settings-tab";
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
		this.settings = settingsFrom(await this.loadData());
	}

	/** data.json changed on disk (a sync, another device): blocks on screen follow. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.loadSettings();
		this.settingsChanges.notify();
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.settingsChanges.notify();
	}
}
