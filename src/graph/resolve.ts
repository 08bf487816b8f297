/**
 * Link resolution as Obsidian does it: case-insensitive; a link path matches a note whose path ends with it
 * (`[[Closures]]`, `[[Python/Closures]]`); `./` and `../` are relative to the linking note; among several
 * matches the note in the linking note's folder wins, then the shortest path. Obsidian itself does not
 * resolve aliases; the concept graph falls back to them so `[[GC]]` reaches the note whose alias is GC.
 */

export interface Resolution {
	/** Vault-relative path of the note, with extension. */
	path: string;
	/** The path without extension: the note's node id. */
	id: string;
	viaAlias: boolean;
}

export function stripExtension(path: string): string {
	const length = path.length;
	if (length < 3 || path.charCodeAt(length - 3) !== 46 /* . */) return path;
	const ext = path.slice(length - 2).toLowerCase();
	return ext === "md" ? path.slice(0, length - 3) : path;
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
	/** path -> lowercased path without extension */
	private readonly lowerStems = new Map<string, string>();
	/** path -> path without extension, made once so every link to a note shares one id string */
	private readonly ids = new Map<string, string>();

	add(path: string, aliases: readonly string[]): void {
		const key = stripExtension(path).toLowerCase();
		this.byPath.set(key, path);
		this.lowerStems.set(path, key);
		this.ids.set(path, stripExtension(path));
		addTo(this.byBasename, resolutionKey(path), path);
		this.aliasesOf.set(path, [...aliases]);
		for (const alias of aliases) addTo(this.byAlias, alias.toLowerCase(), path);
	}

	remove(path: string): void {
		this.byPath.delete(stripExtension(path).toLowerCase());
		this.lowerStems.delete(path);
		this.ids.delete(path);
		removeFrom(this.byBasename, resolutionKey(path), path);
		for (const alias of this.aliasesOf.get(path) ?? []) removeFrom(this.byAlias, alias.toLowerCase(), path);
		this.aliasesOf.delete(path);
	}

	has(path: string): boolean {
		return this.aliasesOf.has(path);
	}

	/**
	 * `sourceFolderLower` is `folderOf(sourcePath).toLowerCase()`, passed in by callers that resolve many
	 * links of one note; this runs for every link of the vault.
	 */
	resolve(linkpath: string, sourcePath: string, sourceFolderLower = folderOf(sourcePath).toLowerCase()): Resolution | null {
		const first = linkpath.charCodeAt(0);
		if (first === 46 /* . */ || first === 47 /* / */) {
			if (/^\.\.?\//.test(linkpath) || first === 47) {
				const sourceFolder = folderOf(sourcePath);
				const joined = normalizePath(first === 47 ? linkpath.slice(1) : `${sourceFolder}/${linkpath}`);
				const found = joined === null ? undefined : this.byPath.get(joined.toLowerCase());
				return found ? this.found(found, false) : null;
			}
		}
		const lower = stripExtension(linkpath).toLowerCase();
		const exact = this.byPath.get(lower);
		if (exact) return this.found(exact, false);
		const hasFolder = lower.includes("/");
		// For a bare name the same-folder note is also the closest basename match below; only a link with a
		// folder part needs the relative lookup first.
		if (hasFolder && sourceFolderLower) {
			const relative = this.byPath.get(`${sourceFolderLower}/${lower}`);
			if (relative) return this.found(relative, false);
		}
		const named = this.byBasename.get(hasFolder ? basenameOf(lower) : lower);
		if (named) {
			const suffix = `/${lower}`;
			const candidates: string[] = [];
			for (const path of named) {
				const stem = this.lowerStems.get(path)!;
				if (!hasFolder || stem === lower || stem.endsWith(suffix)) candidates.push(path);
			}
			const best = pickClosest(candidates, sourceFolderLower);
			if (best) return this.found(best, false);
		}
		const aliased = this.byAlias.get(lower);
		const byAlias = aliased && pickClosest([...aliased], sourceFolderLower);
		return byAlias ? this.found(byAlias, true) : null;
	}

	private found(path: string, viaAlias: boolean): Resolution {
		return { path, id: this.ids.get(path)!, viaAlias };
	}
}

function pickClosest(paths: string[], sourceFolderLower: string): string | undefined {
	if (paths.length <= 1) return paths[0];
	return [...paths].sort((a, b) => {
		const sameA = folderOf(a).toLowerCase() === sourceFolderLower ? 0 : 1;
		const sameB = folderOf(b).toLowerCase() === sourceFolderLower ? 0 : 1;
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
