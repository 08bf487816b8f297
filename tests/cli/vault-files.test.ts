import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readMarkdownFiles } from "../../src/cli/vault-files";

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding `vault/` and `outside/`, with the files given (paths relative to it). */
function folder(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), "pymem-vault-files-"));
	made.push(root);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
	return root;
}

describe("readMarkdownFiles", () => {
	it("reads notes with a lowercase .md only, in name order, skipping dot-folders", () => {
		const root = folder({ "vault/b.md": "b", "vault/A.md": "a", "vault/X.MD": "upper", "vault/Y.Md": "mixed", "vault/.obsidian/c.md": "c", "vault/sub/d.md": "d" });
		expect(readMarkdownFiles(path.join(root, "vault")).map((file) => file.path)).toEqual(["A.md", "b.md", "sub/d.md"]);
	});

	it("follows links to notes and folders, walks each real folder once, and tells what it cannot read", () => {
		const root = folder({ "vault/A.md": "[[S]] [[T]]", "outside/T.md": "t", "outside/shared/S.md": "s" });
		const vault = path.join(root, "vault");
		symlinkSync(path.join(root, "outside", "T.md"), path.join(vault, "T.md"));
		symlinkSync(path.join(root, "outside", "shared"), path.join(vault, "shared"));
		symlinkSync(vault, path.join(vault, "again"));
		symlinkSync(path.join(root, "missing.md"), path.join(vault, "broken.md"));
		const skipped: string[] = [];
		const files = readMarkdownFiles(vault, (file, reason) => skipped.push(`${file} ${reason}`));
		expect(files.map((file) => [file.path, file.text])).toEqual([
			["A.md", "[[S]] [[T]]"],
			["T.md", "t"],
			["shared/S.md", "s"],
		]);
		expect(skipped).toEqual(["broken.md ENOENT"]);
	});
});
