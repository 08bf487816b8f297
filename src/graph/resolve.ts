/**
 * Link resolution as Obsidian does it: case-insensitive; a link path matches a note whose path ends with it
 * (`[[Closures]]`, `[[Python/Closures]]`); `./` and `../` are relative to the linking note; among several
 * matches an exact path from the vault root wins, then the note in the linking note's folder, then the
 * shortest path. Obsidian itself does not
 * resolve aliases; the concept graph falls back to them so `[[GC]]` reaches the note whose alias is GC.
 */
import { basenameOf, endsWithMd, fileNameOf, folderOf, lowerStem, normalizePath, resolutionKey, segmentCount, stripExtension } from "./link-paths";
import type { LinkTargets } from "./links";
import { nameHash, NameTable } from "./name-table";

export { basenameOf, endsWithMd, folderOf, lowerStem, resolutionKey, stripExtension } from "./link-paths";

export interface Resolution<T = undefined> {
	/** Vault-relative path of the note, with extension. */
	path: string;
	/** The path without extension: the note's node id. */
	id: string;
	viaAlias: boolean;
	/** What the note was added with: the caller's own record of it. */
	node: T;
}

/**
 * Everything resolution needs about one note. What most links do not need is made from the path when asked
 * for (nameOf, lowerStemOf): each string kept per note is copied by the garbage collector in the full build.
 */
interface NoteEntry<T> {
	path: string;
	/** Lowercased path without extension: see lowerStemOf. */
	lowerStem: string | null;
	/** resolutionKey(path): the lowercased file name (nameOf, lowercased). */
	key: string;
	/** Number of path segments: the shorter path wins a tie. */
	depth: number;
	aliases: readonly string[];
	/** What the note was added with. */
	node: T;
	// Made when first asked for and then shared by every link that reaches the note: resolution runs for every
	// link of the vault, and a fresh object per link showed up as garbage-collection time in the full build.
	// Most links are answered by resolveExactName, which needs neither: every object kept per note costs the
	// build.
	direct: Resolution<T> | null;
	viaAlias: Resolution<T> | null;
}

/** The file name without extension, as written. */
function nameOf(entry: NoteEntry<unknown>): string {
	return fileNameOf(entry.path);
}

function lowerStemOf(entry: NoteEntry<unknown>): string {
	return (entry.lowerStem ??= stripExtension(entry.path).toLowerCase());
}

function directOf<T>(entry: NoteEntry<T>): Resolution<T> {
	return (entry.direct ??= Object.freeze({ path: entry.path, id: stripExtension(entry.path), viaAlias: false, node: entry.node }));
}

const NO_ALIASES: readonly string[] = Object.freeze([]);

export class Resolver<T = undefined> {
	/**
	 * lowercased path without extension -> note. Made when first needed (see pathIndex): a link of a bare
	 * name, most links, does not need it, so the full build of a vault need not fill it.
	 */
	private byPath: Map<string, NoteEntry<T>> | null = null;
	/** lowercased basename -> notes (arrays: a handful each, cheaper to build than Sets) */
	private readonly byBasename = new Map<string, OneOrMore<NoteEntry<T>>>();
	/** file name as written -> what the note was added with, for names no other note shares, case aside */
	private readonly byUniqueName = new NameTable<T>();
	/** lowercased alias -> notes */
	private readonly byAlias = new Map<string, NoteEntry<T>[]>();
	/** an alias's key (resolutionKey) -> notes */
	private readonly byAliasKey = new Map<string, NoteEntry<T>[]>();
	private readonly entries = new Map<string, NoteEntry<T>>();

	/** Makes room for `count` more notes: for a caller about to add many (a vault's full build). */
	reserve(count: number): void {
		this.byUniqueName.reserve(count);
	}

	add(path: string, aliases: readonly string[], node?: T): void {
		if (this.entries.has(path)) this.remove(path);
		const name = fileNameOf(path);
		const key = name.toLowerCase();
		const entry: NoteEntry<T> = {
			path,
			lowerStem: null,
			key,
			depth: segmentCount(path),
			aliases: aliases.length === 0 ? NO_ALIASES : [...aliases],
			node: node as T,
			direct: null,
			viaAlias: null,
		};
		this.entries.set(path, entry);
		this.byPath?.set(lowerStemOf(entry), entry);
		const named = this.byBasename.get(key);
		if (named === undefined) {
			// The only note of its name, as most are.
			this.byBasename.set(key, entry);
			this.byUniqueName.set(name, entry.node);
		} else {
			if (!Array.isArray(named)) this.byBasename.set(key, [named, entry]);
			else if (!named.includes(entry)) named.push(entry);
			this.refreshUniqueName(this.byBasename.get(key)!);
		}
		for (const alias of entry.aliases) {
			addTo(this.byAlias, alias.toLowerCase(), entry);
			addTo(this.byAliasKey, resolutionKey(alias), entry);
		}
	}

	remove(path: string): void {
		const entry = this.entries.get(path);
		if (!entry) return;
		// Made before the first removal, the index holds what adding one note at a time would have left.
		this.pathIndex().delete(lowerStemOf(entry));
		this.entries.delete(path);
		const sameKey = this.removeNamed(entry);
		const name = nameOf(entry);
		if (this.byUniqueName.get(name) === entry.node) this.byUniqueName.delete(name);
		if (sameKey) this.refreshUniqueName(sameKey);
		for (const alias of entry.aliases) {
			removeFrom(this.byAlias, alias.toLowerCase(), entry);
			removeFrom(this.byAliasKey, resolutionKey(alias), entry);
		}
	}

	/**
	 * What the notes were added with that a link could reach when its key (resolutionKey) is `key`: those
	 * named so, and those with an alias of that key. Every link resolve() answers reaches one of these.
	 */
	notesWithKey(key: string): T[] {
		const entries = [...listOf(this.byBasename.get(key)), ...(this.byAliasKey.get(key) ?? [])];
		return entries.map((entry) => entry.node);
	}

	/** Keeps byUniqueName holding the notes of one name (case aside) exactly when there is one such note. */
	private refreshUniqueName(named: OneOrMore<NoteEntry<T>>): void {
		if (!Array.isArray(named)) {
			this.byUniqueName.set(nameOf(named), named.node);
			return;
		}
		for (const entry of named) {
			const name = nameOf(entry);
			if (this.byUniqueName.get(name) === entry.node) this.byUniqueName.delete(name);
		}
	}

	/**
	 * What the note was added with, when the link is the commonest kind: a bare name spelled exactly as the
	 * only note of that name (case aside) spells its file, which resolve() would answer directly. One
	 * lookup, no lowercasing, no Resolution to read: it runs for most links of the vault. Undefined when the
	 * link is not such a name (or notes were added without a value); then ask resolve().
	 */
	resolveExactName(linkpath: string): T | undefined {
		return this.resolveExactNameAt(linkpath, 0, linkpath.length, nameHash(linkpath));
	}

	/** resolveExactName of the link path text[start, end), whose nameHash is `hash`. */
	resolveExactNameAt(text: string, start: number, end: number, hash: number): T | undefined {
		// A link path still ending in .md (from `[[X.md.md]]`) is resolved without that extension.
		if (endsWithMd(text, start, end)) return undefined;
		return this.byUniqueName.lookup(text, start, end, hash);
	}

	/**
	 * resolveExactNameAt of each of the first `count` links of `links`, found in `text`, into `into` at the
	 * link's index: one step at a time for every link (see NameTable.lookupEach).
	 */
	resolveExactNamesAt<U>(text: string, links: LinkTargets, into: (T | U | undefined)[]): void {
		const { linkpaths, starts, ends, count } = links;
		this.byUniqueName.lookupEach(text, linkpaths, starts, ends, links.hashes, count, into);
		for (let i = 0; i < count; i++) if (endsWithMd(linkpaths[i] ?? text, starts[i]!, ends[i]!)) into[i] = undefined;
	}

	/** Takes the entry out of byBasename; answers the notes of its name that are left, if any. */
	private removeNamed(entry: NoteEntry<T>): OneOrMore<NoteEntry<T>> | undefined {
		const named = this.byBasename.get(entry.key);
		if (named === undefined) return undefined;
		if (!Array.isArray(named)) {
			if (named !== entry) return named;
			this.byBasename.delete(entry.key);
			return undefined;
		}
		const at = named.indexOf(entry);
		if (at >= 0) named.splice(at, 1);
		// One note of a name is kept without an array, as add() keeps it.
		const left = named.length === 1 ? named[0]! : named;
		if (left !== named) this.byBasename.set(entry.key, left);
		return left;
	}

	private pathIndex(): Map<string, NoteEntry<T>> {
		if (this.byPath === null) {
			this.byPath = new Map();
			for (const entry of this.entries.values()) this.byPath.set(lowerStemOf(entry), entry);
		}
		return this.byPath;
	}

	has(path: string): boolean {
		return this.entries.has(path);
	}

	/** What the note at `path` was added with. */
	nodeAt(path: string): T | undefined {
		return this.entries.get(path)?.node;
	}

	/** The paths of the notes added, in no particular order. */
	paths(): IterableIterator<string> {
		return this.entries.keys();
	}

	get size(): number {
		return this.entries.size;
	}

	/**
	 * `sourceFolderLower` is `folderOf(sourcePath).toLowerCase()` and `lower` is `lowerStem(linkpath)`, passed
	 * in by callers that have them already; this runs for every link of the vault. The answer is shared: do
	 * not modify it.
	 */
	resolve(
		linkpath: string,
		sourcePath: string,
		sourceFolderLower = folderOf(sourcePath).toLowerCase(),
		lower = lowerStem(linkpath),
	): Readonly<Resolution<T>> | null {
		const first = linkpath.charCodeAt(0);
		if (first === 46 /* . */ || first === 47 /* / */) {
			if (/^\.\.?\//.test(linkpath) || first === 47) {
				const sourceFolder = folderOf(sourcePath);
				const joined = normalizePath(first === 47 ? linkpath.slice(1) : `${sourceFolder}/${linkpath}`);
				const found = joined === null ? undefined : this.pathIndex().get(joined.toLowerCase());
				return found ? directOf(found) : null;
			}
		}
		const hasFolder = lower.includes("/");
		const named = this.byBasename.get(hasFolder ? basenameOf(lower) : lower);
		// A bare name's exact match (a note at the vault root) is among the notes with that basename, so
		// with a single such note there is nothing to choose: the common case takes one lookup.
		if (named !== undefined && !Array.isArray(named) && !hasFolder) return directOf(named);
		const exact = this.pathIndex().get(lower);
		if (exact) return directOf(exact);
		// For a bare name the same-folder note is also the closest basename match below; only a link with a
		// folder part needs the relative lookup first.
		if (hasFolder && sourceFolderLower) {
			const relative = this.pathIndex().get(`${sourceFolderLower}/${lower}`);
			if (relative) return directOf(relative);
		}
		if (named) {
			const suffix = `/${lower}`;
			const candidates = hasFolder ? listOf(named).filter((entry) => lowerStemOf(entry) === lower || lowerStemOf(entry).endsWith(suffix)) : listOf(named);
			const best = pickClosest(candidates, sourceFolderLower);
			if (best) return directOf(best);
		}
		const aliased = this.byAlias.get(lower);
		const byAlias = aliased && pickClosest(aliased, sourceFolderLower);
		if (!byAlias) return null;
		return (byAlias.viaAlias ??= Object.freeze({ ...directOf(byAlias), viaAlias: true }));
	}
}

/** The note in the linking note's folder, else the shortest path, else the alphabetically first. */
function pickClosest<T>(entries: readonly NoteEntry<T>[], sourceFolderLower: string): NoteEntry<T> | undefined {
	if (entries.length <= 1) return entries[0];
	return [...entries].sort((a, b) => {
		const sameA = folderOf(lowerStemOf(a)) === sourceFolderLower ? 0 : 1;
		const sameB = folderOf(lowerStemOf(b)) === sourceFolderLower ? 0 : 1;
		if (sameA !== sameB) return sameA - sameB;
		const depth = a.depth - b.depth;
		return depth !== 0 ? depth : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
	})[0];
}



/** One value, or several in an array: most names belong to one note, which then needs no array of its own. */
type OneOrMore<E> = E | E[];

function listOf<E extends object>(values: OneOrMore<E> | undefined): readonly E[] {
	return values === undefined ? [] : Array.isArray(values) ? values : [values];
}

/** Adds the entry to the key's list; answers the list. */
function addTo<T>(map: Map<string, NoteEntry<T>[]>, key: string, entry: NoteEntry<T>): NoteEntry<T>[] {
	const list = map.get(key);
	if (!list) {
		const made = [entry];
		map.set(key, made);
		return made;
	}
	if (!list.includes(entry)) list.push(entry);
	return list;
}

/** Removes the entry from the key's list; answers what is left of the list, or undefined when nothing is. */
function removeFrom<T>(map: Map<string, NoteEntry<T>[]>, key: string, entry: NoteEntry<T>): NoteEntry<T>[] | undefined {
	const list = map.get(key);
	if (!list) return undefined;
	const at = list.indexOf(entry);
	if (at >= 0) list.splice(at, 1);
	if (list.length > 0) return list;
	map.delete(key);
	return undefined;
}
