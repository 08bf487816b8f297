// Wires pymem code blocks and the "Insert pymem block" command into the plugin.
import type { Plugin } from "obsidian";
import type { PymemSettings } from "../../settings";
import { PymemBlockChild, type SimulationFactory } from "./block-child";
import { openTemplateModal } from "./insert-command";
import { createSimulation as simulate } from "../../sim/index";

interface PluginWithSettings extends Plugin {
	settings: PymemSettings;
}

/** Steps remembered per block place; bounded so a long session does not grow it forever. */
const MAX_REMEMBERED = 200;

export function registerPymemBlocks(plugin: PluginWithSettings, createSimulation: SimulationFactory = simulate): void {
	const remembered = new Map<string, number>();
	plugin.register(() => remembered.clear());

	plugin.registerMarkdownCodeBlockProcessor("pymem", (source, el, ctx) => {
		const section = ctx.getSectionInfo(el);
		const placeKey = `${ctx.sourcePath}:${section?.lineStart ?? "?"}`;
		ctx.addChild(
			new PymemBlockChild(
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
			),
		);
	});

	plugin.addCommand({
		id: "insert-block",
		name: "Insert pymem block",
		editorCallback: (editor) => openTemplateModal(plugin.app, editor),
	});
}
