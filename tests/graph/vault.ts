import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const FIXTURE_VAULT = path.join(import.meta.dirname, "fixtures", "vault");
/** The study vault shipped with the plugin. */
export const EXAMPLE_VAULT = path.join(import.meta.dirname, "..", "..", "example-vault");

/** Every .md file under `root` as vault-relative `/` paths with their text; dot-folders such as .obsidian are skipped, as in the CLI. */
export function readVault(root: string = FIXTURE_VAULT): { path: string; text: string }[] {
	const files: { path: string; text: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith(".")) continue;
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) files.push({ path: path.relative(root, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") });
		}
	};
	walk(root);
	return files;
}
