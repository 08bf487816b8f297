// Wires pymem code blocks and the "Insert block from a template" command into the plugin.
import { debounce, type Plugin } from "obsidian";
import type { PymemSettings, SettingsChanges } from "../../settings";
import { PymemBlockChild, type SimulationFactory } from "./block-child";
import { openTemplateModal } from "./insert-command";
import { createSimulation as simulate } from "../../sim/index";

interface PluginWithSettings extends Plugin {
	settings: PymemSettings;
	settingsChanges: SettingsChanges;
}

/** Typing a step limit saves on every key: blocks re-run once the typing pauses. */
const SETTINGS_SETTLE_MS = 400;

/** Steps remembered per block place; bounded so a long session does not grow it forever. */
const MAX_REMEMBERED = 200;

export function registerPymemBlocks(plugin: PluginWithSettings, createSimulation: SimulationFactory = simulate): void {
	const remembered = new Map<string, number>();
	plugin.register(() => remembered.clear());
	const rendered = new Set<PymemBlockChild>();
	const applySettings = debounce(() => rendered.forEach((block) => block.applySettings()), SETTINGS_SETTLE_MS, true);
	plugin.register(plugin.settingsChanges.subscribe(applySettings));
	plugin.register(() => applySettings.cancel());

	plugin.registerMarkdownCodeBlockProcessor("pymem", (source, el, ctx) => {
		const section = ctx.getSectionInfo(el);
		const placeKey = `${ctx.sourcePath}:${section?.lineStart ?? "?"}`;
		const block = new PymemBlockChild(
			el,
			source,
			{
				get settings() {
					return plugin.settings;
				},
				createSimulation,
				rememberedStep: (key) => remembered.get(key) ?? null,
				rememberStep: (key, step) => {
					remembered.delete(key);
					remembered.set(key, step);
					if (remembered.size > MAX_REMEMBERED) {
						const oldest = remembered.keys().next().value;
						if (oldest !== undefined) remembered.delete(oldest);
					}
				},
			},
			placeKey,
		);
		rendered.add(block);
		block.register(() => rendered.delete(block));
		ctx.addChild(block);
	});

	plugin.addCommand({
		id: "insert-block",
		name: "Insert block from a template",
		editorCallback: (editor) => openTemplateModal(plugin.app, editor),
	});
}
