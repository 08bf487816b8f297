import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const FIXTURE_VAULT = path.join(import.meta.dirname, "fixtures", "vault");

/** Every .md file under `root` as vault-relative `/` paths with their text. */
export function readVault(root: string = FIXTURE_VAULT): { path: string; text: string }[] {
	const files: { path: string; text: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) files.push({ path: path.relative(root, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") });
		}
	};
	walk(root);
	return files;
}
