// Which note the preview opens when the URL names none. The rule, in order:
//   1. a note called "Home" (any case),
//   2. a note whose name ends in " Home" ("Python Home"),
//   3. a note called "index", then "README", then "Welcome",
//   4. otherwise the first note in path order.
// Within each step a note at the vault's top level beats one in a folder, then the shorter path wins.

const RULES: ((basename: string) => boolean)[] = [
	(name) => name === "home",
	(name) => name.endsWith(" home"),
	(name) => name === "index",
	(name) => name === "readme",
	(name) => name === "welcome",
];

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase();
}

/** Returns the home note's path, or null when there are no notes. `paths` are vault-relative .md paths. */
export function pickHomeNote(paths: readonly string[]): string | null {
	const notes = paths.filter((path) => path.toLowerCase().endsWith(".md"));
	const byPreference = [...notes].sort((a, b) => {
		const depth = a.split("/").length - b.split("/").length;
		return depth !== 0 ? depth : a.length !== b.length ? a.length - b.length : a.localeCompare(b);
	});
	for (const rule of RULES) {
		const match = byPreference.find((path) => rule(basename(path)));
		if (match) return match;
	}
	return [...notes].sort((a, b) => a.localeCompare(b))[0] ?? null;
}

/** "?note=Memory/Frames" -> "Memory/Frames.md". An explicit ".md" is accepted too. */
export function noteParamToPath(note: string): string {
	const trimmed = note.replace(/^\/+/, "");
	return trimmed.toLowerCase().endsWith(".md") ? trimmed : `${trimmed}.md`;
}
