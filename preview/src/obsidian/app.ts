// App and Plugin: the objects a plugin's main.js receives. Plugin registrations all go through
// Component.register, so unloading the plugin removes its commands, views, processors and icons.
import { Component } from "./component";
import type { Vault } from "./files";
import type { MetadataCache } from "./metadata";
import type { Workspace, ViewCreator } from "./workspace";
import type { CodeBlockProcessor, PostProcessor } from "./markdown";
import type { PluginSettingTab } from "./settings";
import { Notice } from "./notice-modal";
import { setIcon } from "./icons";

export interface Command {
	id: string;
	name: string;
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (...args: unknown[]) => unknown;
	editorCheckCallback?: (...args: unknown[]) => boolean | void;
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	[key: string]: unknown;
}

export class Commands {
	readonly commands: Record<string, Command> = {};

	listCommands(): Command[] {
		return Object.values(this.commands).sort((a, b) => a.name.localeCompare(b.name));
	}

	/** Whether the command can run now; editor commands cannot, since the preview has no editor. */
	isAvailable(command: Command): boolean {
		if (command.checkCallback) return command.checkCallback(true) !== false;
		return command.callback !== undefined;
	}

	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		if (command.checkCallback) {
			if (command.checkCallback(true) === false) return false;
			command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			void command.callback();
			return true;
		}
		new Notice(`"${command.name}" needs an editor, which the preview does not have.`);
		return false;
	}
}

export interface App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	commands: Commands;
	viewRegistry: Map<string, ViewCreator>;
	markdownProcessors: { codeBlocks: Map<string, CodeBlockProcessor>; post: PostProcessor[] };
	settingTabs: PluginSettingTab[];
	ribbonEl: HTMLElement;
	statusBarEl: HTMLElement;
	storagePrefix: string;
}

export class Plugin extends Component {
	constructor(
		readonly app: App,
		readonly manifest: PluginManifest,
	) {
		super();
	}

	private get storageKey(): string {
		return `${this.app.storagePrefix}:plugin:${this.manifest.id}:data`;
	}

	/** Plugin data lives in this browser's localStorage, per vault. */
	async loadData(): Promise<unknown> {
		const raw = window.localStorage.getItem(this.storageKey);
		return raw === null ? null : JSON.parse(raw);
	}

	async saveData(data: unknown): Promise<void> {
		window.localStorage.setItem(this.storageKey, JSON.stringify(data));
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.commands[full.id] = full;
		this.register(() => delete this.app.commands.commands[full.id]);
		return full;
	}

	removeCommand(commandId: string): void {
		delete this.app.commands.commands[`${this.manifest.id}:${commandId}`];
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(tab), 1));
	}

	registerView(type: string, creator: ViewCreator): void {
		this.app.viewRegistry.set(type, creator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.delete(type);
		});
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor, _sortOrder?: number): void {
		const processors = this.app.markdownProcessors.codeBlocks;
		if (processors.has(language)) throw new Error(`A code block processor for "${language}" is already registered`);
		processors.set(language, handler);
		this.register(() => processors.delete(language));
	}

	/** Runs once over each rendered note (Obsidian runs it per section). */
	registerMarkdownPostProcessor(postProcessor: PostProcessor, _sortOrder?: number): PostProcessor {
		const list = this.app.markdownProcessors.post;
		list.push(postProcessor);
		this.register(() => list.splice(list.indexOf(postProcessor), 1));
		return postProcessor;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const button = this.app.ribbonEl.createEl("button", { cls: "clickable-icon side-dock-ribbon-action", attr: { "aria-label": title }, title });
		setIcon(button, icon);
		button.addEventListener("click", (evt) => void callback(evt));
		this.register(() => button.detach());
		return button;
	}

	addStatusBarItem(): HTMLElement {
		const item = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => item.detach());
		return item;
	}

	// Editor, protocol and hover hooks have nothing to attach to in a read-only preview: accepted, unused.
	registerEditorExtension(_extension: unknown): void {}
	registerEditorSuggest(_suggest: unknown): void {}
	registerExtensions(_extensions: string[], _viewType: string): void {}
	registerObsidianProtocolHandler(_action: string, _handler: unknown): void {}
	registerHoverLinkSource(_id: string, _info: unknown): void {}
}
