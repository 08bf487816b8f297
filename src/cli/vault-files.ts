// Reads a folder of notes for the CLI (and the tests): every .md file below it, with vault-relative `/`
// paths, in name order so that output does not depend on the file system. Dot-folders such as .obsidian
// are skipped, and so is a file or folder below the root that cannot be read (told to `skipped`), as
// Obsidian leaves out what it cannot open. Only a lowercase `.md` makes a note, as in Obsidian. Symbolic links
// are followed, each real folder walked once (a link back up would loop).
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export interface VaultFile {
	path: string;
	text: string;
}

/** Throws the file system's error when the root folder cannot be read. */
export function readMarkdownFiles(root: string, skipped: (relativePath: string, reason: string) => void = () => {}): VaultFile[] {
	const files: VaultFile[] = [];
	const relative = (full: string) => path.relative(root, full).split(path.sep).join("/");
	const walked = new Set<string>();
	const walk = (dir: string) => {
		const real = realpathSync(dir);
		if (walked.has(real)) return;
		walked.add(real);
		const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(dir, entry.name);
			try {
				const target = entry.isSymbolicLink() ? statSync(full) : entry;
				if (target.isDirectory()) walk(full);
				else if (target.isFile() && entry.name.endsWith(".md")) files.push({ path: relative(full), text: readFileSync(full, "utf8") });
			} catch (error) {
				skipped(relative(full), (error as { code?: string }).code ?? (error as Error).message);
			}
		}
	};
	walk(root);
	return files;
}
