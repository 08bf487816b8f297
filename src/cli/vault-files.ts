// Reads a folder of notes for the CLI (and the tests): every .md file below it, with vault-relative `/`
// paths, in name order so that output does not depend on the file system. Dot-folders such as .obsidian
// are skipped.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface VaultFile {
	path: string;
	text: string;
}

/** Throws the file system's error when a folder cannot be read. */
export function readMarkdownFiles(root: string): VaultFile[] {
	const files: VaultFile[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
				files.push({ path: path.relative(root, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") });
			}
		}
	};
	walk(root);
	return files;
}
