// Installs the built plugin into a vault the way a user would: the three release files in
// <vault>/.obsidian/plugins/pymem/ and "pymem" listed in .obsidian/community-plugins.json.
// It writes only inside <vault>/.obsidian/; notes are never touched.
import { promises as fs } from "node:fs";
import path from "node:path";

export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"] as const;

export async function installPlugin(repoRoot: string, vault: string, pluginId = "pymem"): Promise<string> {
	const obsidianDir = path.join(vault, ".obsidian");
	const pluginDir = path.join(obsidianDir, "plugins", pluginId);
	await fs.mkdir(pluginDir, { recursive: true });
	for (const file of PLUGIN_FILES) {
		await fs.copyFile(path.join(repoRoot, file), path.join(pluginDir, file));
	}
	await enablePlugin(path.join(obsidianDir, "community-plugins.json"), pluginId);
	return pluginDir;
}

async function enablePlugin(listFile: string, pluginId: string): Promise<void> {
	let enabled: unknown = [];
	try {
		enabled = JSON.parse(await fs.readFile(listFile, "utf8"));
	} catch (error) {
		if ((error as { code?: string }).code !== "ENOENT") {
			throw new Error(`${listFile} is not valid JSON; fix or delete it so the plugin can be enabled`);
		}
	}
	if (!Array.isArray(enabled) || !enabled.every((id) => typeof id === "string")) {
		throw new Error(`${listFile} should hold a JSON array of plugin ids`);
	}
	if (enabled.includes(pluginId)) return;
	await fs.writeFile(listFile, `${JSON.stringify([...enabled, pluginId], null, "\t")}\n`);
}
