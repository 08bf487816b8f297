/**
 * Link resolution as Obsidian does it: case-insensitive; a link path matches a note whose path ends with it
 * (`[[Closures]]`, `[[Python/Closures]]`); `./` and `../` are relative to the linking note; among several
 * matches the note in the linking note's folder wins, then the shortest path. Obsidian itself does not
 * resolve aliases; the concept graph falls back to them so `[[GC]]` reaches the note whose alias is GC.
 */

export interface Resolution {
	/** Vault-relative path of the note, with extension. */
	path: string;
	viaAlias: boolean;
}

export function stripExtension(path: string): string {
	return path.replace(/\.md$/i, "");
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

export function basenameOf(linkpath: string): string {
	return linkpath.slice(linkpath.lastIndexOf("/") + 1);
}

/** The key under which a link path or alias is indexed: its last segment, lowercased. */
export function resolutionKey(linkpath: string): string {
	return basenameOf(stripExtension(linkpath)).toLowerCase();
}

export class Resolver {
	/** lowercased path without extension -> path */
	private readonly byPath = new Map<string, string>();
	/** lowercased basename -> paths */
	private readonly byBasename = new Map<string, Set<string>>();
	/** lowercased alias -> paths */
	private readonly byAlias = new Map<string, Set<string>>();
	private readonly aliasesOf = new Map<string, string[]>();

	add(path: string, aliases: readonly string[]): void {
		const key = stripExtension(path).toLowerCase();
		this.byPath.set(key, path);
		addTo(this.byBasename, resolutionKey(path), path);
		this.aliasesOf.set(path, [...aliases]);
		for (const alias of aliases) addTo(this.byAlias, alias.toLowerCase(), path);
	}

	remove(path: string): void {
		this.byPath.delete(stripExtension(path).toLowerCase());
		removeFrom(this.byBasename, resolutionKey(path), path);
		for (const alias of this.aliasesOf.get(path) ?? []) removeFrom(this.byAlias, alias.toLowerCase(), path);
		this.aliasesOf.delete(path);
	}

	has(path: string): boolean {
		return this.aliasesOf.has(path);
	}

	resolve(linkpath: string, sourcePath: string): Resolution | null {
		const sourceFolder = folderOf(sourcePath);
		if (/^\.\.?\//.test(linkpath) || linkpath.startsWith("/")) {
			const joined = normalizePath(linkpath.startsWith("/") ? linkpath.slice(1) : `${sourceFolder}/${linkpath}`);
			const found = joined === null ? undefined : this.byPath.get(joined.toLowerCase());
			return found ? { path: found, viaAlias: false } : null;
		}
		const lower = stripExtension(linkpath).toLowerCase();
		const exact = this.byPath.get(lower);
		if (exact) return { path: exact, viaAlias: false };
		if (sourceFolder) {
			const relative = this.byPath.get(`${sourceFolder.toLowerCase()}/${lower}`);
			if (relative) return { path: relative, viaAlias: false };
		}
		const candidates = [...(this.byBasename.get(resolutionKey(lower)) ?? [])].filter((path) =>
			stripExtension(path).toLowerCase().endsWith(`/${lower}`),
		);
		const best = pickClosest(candidates, sourceFolder);
		if (best) return { path: best, viaAlias: false };
		const byAlias = pickClosest([...(this.byAlias.get(lower) ?? [])], sourceFolder);
		return byAlias ? { path: byAlias, viaAlias: true } : null;
	}
}

function pickClosest(paths: string[], sourceFolder: string): string | undefined {
	if (paths.length <= 1) return paths[0];
	return [...paths].sort((a, b) => {
		const sameA = folderOf(a) === sourceFolder ? 0 : 1;
		const sameB = folderOf(b) === sourceFolder ? 0 : 1;
		if (sameA !== sameB) return sameA - sameB;
		const depth = a.split("/").length - b.split("/").length;
		return depth !== 0 ? depth : a < b ? -1 : a > b ? 1 : 0;
	})[0];
}

/** Collapses `.` and `..` segments; null when `..` climbs above the vault root. */
function normalizePath(path: string): string | null {
	const parts: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return stripExtension(parts.join("/"));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
