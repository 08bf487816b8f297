// The command palette and the settings dialog: how commands and setting tabs are reached in the preview.
import type { App, Command } from "../obsidian/app";
import { FuzzySuggestModal, Modal } from "../obsidian/notice-modal";

class CommandPalette extends FuzzySuggestModal<Command> {
	constructor(private readonly preview: App) {
		super(preview);
		this.setPlaceholder("Run a plugin command…");
		this.emptyStateText = "No commands match.";
		this.modalEl.addClass("preview-command-palette");
	}
	getItems(): Command[] {
		return this.preview.commands.listCommands().filter((command) => this.preview.commands.isAvailable(command));
	}
	getItemText(command: Command): string {
		return command.name;
	}
	onChooseItem(command: Command): void {
		this.preview.commands.executeCommandById(command.id);
	}
}

class SettingsDialog extends Modal {
	constructor(private readonly preview: App) {
		super(preview);
		this.modalEl.addClass("preview-settings");
	}
	override onOpen(): void {
		this.setTitle("Settings");
		if (this.preview.settingTabs.length === 0) {
			this.contentEl.createDiv({ text: "The plugin has no settings tab." });
			return;
		}
		for (const tab of this.preview.settingTabs) {
			this.contentEl.appendChild(tab.containerEl);
			tab.display();
		}
	}
	override onClose(): void {
		for (const tab of this.preview.settingTabs) {
			tab.hide();
			tab.containerEl.detach();
		}
		this.contentEl.empty();
	}
}

export function addPaletteButtons(parent: HTMLElement, app: App): void {
	const commands = parent.createEl("button", { cls: "preview-button preview-commands", text: "Commands", attr: { type: "button" } });
	commands.addEventListener("click", () => new CommandPalette(app).open());
	const settings = parent.createEl("button", { cls: "preview-button preview-settings-button", text: "Settings", attr: { type: "button" } });
	settings.addEventListener("click", () => new SettingsDialog(app).open());
}
