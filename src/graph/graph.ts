/**
 * The concept graph: notes and unresolved concepts as nodes, links as edges labelled with their relation.
 * Kept incrementally: forward and inverse edge maps, and an index from link key to the notes that use it,
 * so adding, renaming or deleting one note re-resolves only the links that could change. `revision` grows
 * on every change so views can skip re-rendering when nothing moved.
 */
import { parseNote } from "./parse-note";
import { basenameOf, folderOf, lowerStem, resolutionKey, Resolver, stripExtension } from "./resolve";
import type { GraphEdge, GraphNode, ParsedNote, ParseWarning } from "./types";

interface UnresolvedConcept {
	/** The alphabetically first spelling in use, so the id does not depend on the order notes were read. */
	id: string;
	/** spelling as written -> number of links that use it */
	spellings: Map<string, number>;
}

export class ConceptGraph {
	revision = 0;
	private readonly notes = new Map<string, ParsedNote>();
	private readonly resolver = new Resolver();
	/** note id -> its outgoing edges, in document order */
	private readonly outgoing = new Map<string, GraphEdge[]>();
	/** node id -> edges that point at it */
	// Arrays, not Sets: a Set of objects makes V8 give every edge an identity hash, which dominated builds.
	private readonly incoming = new Map<string, GraphEdge[]>();
	/** lowercased link key -> paths of notes holding a link with that key, each path once */
	// Arrays, not Sets, for the same reason, and because most keys have a handful of users.
	private readonly linkUsers = new Map<string, string[]>();
	/** note path -> the distinct link keys it was entered under in linkUsers */
	private readonly linkKeys = new Map<string, string[]>();
	/** lowercased link path -> the unresolved concept it names */
	private readonly unresolved = new Map<string, UnresolvedConcept>();
	private readonly unresolvedById = new Map<string, UnresolvedConcept>();
	/** Edges whose target is an unresolved concept -> the spelling of the link. */
	private readonly toUnresolved = new Map<GraphEdge, string>();

	/** Builds a graph from whole files; `files` in any order, processed by path for stable ids. */
	static fromFiles(files: Iterable<{ path: string; text: string }>): ConceptGraph {
		const parsed = [...files].sort((a, b) => compare(a.path, b.path)).map((file) => parseNote(file.path, file.text));
		const graph = new ConceptGraph();
		graph.setNotes(parsed);
		return graph;
	}

	/** Adds many notes at once: resolves every link after all notes are known. */
	setNotes(parsed: ParsedNote[]): void {
		for (const note of parsed) {
			if (this.notes.has(note.path)) this.detachEdges(note.path);
			this.resolver.remove(note.path);
			this.notes.set(note.path, note);
			this.resolver.add(note.path, note.aliases);
		}
		const affected = new Set(parsed.map((note) => note.path));
		for (const note of parsed) {
			for (const user of this.usersOfNote(note)) {
				if (affected.has(user)) continue;
				this.detachEdges(user);
				affected.add(user);
			}
		}
		for (const path of [...affected].sort(compare)) this.attachEdges(path);
		this.revision++;
	}

	/** Adds or replaces one note. */
	setNote(note: ParsedNote): void {
		const previous = this.notes.get(note.path);
		const sameTargets = previous !== undefined && sameStrings(previous.aliases, note.aliases);
		if (sameTargets) {
			this.detachEdges(note.path);
			this.notes.set(note.path, note);
			this.attachEdges(note.path);
			this.revision++;
			return;
		}
		if (previous) this.removeNote(note.path);
		this.setNotes([note]);
	}

	removeNote(path: string): void {
		const note = this.notes.get(path);
		if (!note) return;
		this.detachEdges(path);
		this.notes.delete(path);
		this.resolver.remove(path);
		for (const user of [...this.usersOfNote(note)].sort(compare)) {
			this.detachEdges(user);
			this.attachEdges(user);
		}
		this.revision++;
	}

	renameNote(oldPath: string, newPath: string): void {
		const note = this.notes.get(oldPath);
		if (!note) return;
		this.removeNote(oldPath);
		this.setNotes([
			{ ...note, path: newPath, warnings: note.warnings.map((warning) => ({ ...warning, file: newPath })) },
		]);
	}

	hasNote(path: string): boolean {
		return this.notes.has(path);
	}

	note(path: string): ParsedNote | undefined {
		return this.notes.get(path);
	}

	notePaths(): string[] {
		return [...this.notes.keys()].sort(compare);
	}

	node(id: string): GraphNode | undefined {
		const path = this.pathOfId(id);
		if (path) {
			const note = this.notes.get(path)!;
			return {
				id,
				label: basenameOf(id),
				resolved: true,
				path,
				aliases: note.aliases,
				pymemBlocks: note.pymemBlocks.length,
			};
		}
		const concept = this.unresolvedById.get(id);
		return concept && { id, label: id, resolved: false, aliases: [], pymemBlocks: 0 };
	}

	nodes(): GraphNode[] {
		const ids = [...this.notes.keys()].map(stripExtension).concat([...this.unresolvedById.keys()]);
		return ids.sort(compare).map((id) => this.node(id)!);
	}

	edges(): GraphEdge[] {
		const all: GraphEdge[] = [];
		for (const path of this.notePaths()) all.push(...(this.outgoing.get(stripExtension(path)) ?? []));
		return all;
	}

	outgoingEdges(id: string): readonly GraphEdge[] {
		return this.outgoing.get(id) ?? [];
	}

	incomingEdges(id: string): GraphEdge[] {
		return [...(this.incoming.get(id) ?? [])].sort(byPosition);
	}

	warnings(): ParseWarning[] {
		return this.notePaths().flatMap((path) => this.notes.get(path)!.warnings);
	}

	/** The node a user means by `name`: an id, a path, or anything a link could say. */
	findNode(name: string): GraphNode | undefined {
		const trimmed = stripExtension(name.trim());
		const direct = this.node(trimmed);
		if (direct) return direct;
		const resolved = this.resolver.resolve(trimmed, "");
		if (resolved) return this.node(stripExtension(resolved.path));
		const concept = this.unresolved.get(trimmed.toLowerCase());
		return concept && this.node(concept.id);
	}

	/** Id of the node a link from `sourcePath` to `linkpath` reaches (a note or an unresolved concept). */
	resolveLink(linkpath: string, sourcePath: string): string | undefined {
		const resolved = this.resolver.resolve(linkpath, sourcePath);
		if (resolved) return stripExtension(resolved.path);
		return this.unresolved.get(linkpath.toLowerCase())?.id;
	}

	private pathOfId(id: string): string | undefined {
		const path = `${id}.md`;
		return this.notes.has(path) ? path : undefined;
	}

	/** Notes whose links could change target when `note` appears or disappears. */
	private usersOfNote(note: ParsedNote): Set<string> {
		const users = new Set<string>();
		for (const key of [resolutionKey(note.path), ...note.aliases.map(resolutionKey)]) {
			for (const user of this.linkUsers.get(key) ?? []) if (user !== note.path) users.add(user);
		}
		return users;
	}

	private attachEdges(path: string): void {
		const note = this.notes.get(path);
		if (!note) return;
		const sourceId = stripExtension(path);
		const folderLower = folderOf(path).toLowerCase();
		const edges: GraphEdge[] = [];
		let lineOfTargets = -1;
		const targetsOnLine: string[] = [];
		const keys: string[] = [];
		for (const link of note.links) {
			const lower = lowerStem(link.linkpath);
			// For a bare name (the usual link) the resolution key is the lowered name itself.
			const key = lower.includes("/") ? resolutionKey(link.linkpath) : lower;
			if (!keys.includes(key)) keys.push(key);
			const resolution = this.resolver.resolve(link.linkpath, path, folderLower, lower);
			const target = resolution ? resolution.id : this.mentionUnresolved(link.linkpath);
			if (link.line !== lineOfTargets) {
				lineOfTargets = link.line;
				targetsOnLine.length = 0;
			}
			// A note's links to itself relate no two concepts; the same target twice on a line is one edge.
			if (target === sourceId || targetsOnLine.includes(target)) {
				if (!resolution) this.forgetUnresolved(link.linkpath);
				continue;
			}
			targetsOnLine.push(target);
			const edge: GraphEdge = {
				source: sourceId,
				target,
				relation: link.relation,
				kind: link.kind,
				heading: link.heading,
				file: path,
				line: link.line,
				viaAlias: resolution?.viaAlias ?? false,
				embed: link.embed,
			};
			edges.push(edge);
			if (!resolution) this.toUnresolved.set(edge, link.linkpath);
			const inbound = this.incoming.get(target);
			if (inbound) inbound.push(edge);
			else this.incoming.set(target, [edge]);
		}
		this.outgoing.set(sourceId, edges);
		for (const key of keys) {
			const users = this.linkUsers.get(key);
			if (users) users.push(path);
			else this.linkUsers.set(key, [path]);
		}
		this.linkKeys.set(path, keys);
	}

	private detachEdges(path: string): void {
		const sourceId = stripExtension(path);
		for (const edge of this.outgoing.get(sourceId) ?? []) {
			const inbound = this.incoming.get(edge.target);
			const at = inbound ? inbound.indexOf(edge) : -1;
			if (at >= 0) inbound!.splice(at, 1);
			if (inbound?.length === 0) this.incoming.delete(edge.target);
			const spelling = this.toUnresolved.get(edge);
			if (spelling !== undefined) {
				this.toUnresolved.delete(edge);
				this.forgetUnresolved(spelling);
			}
		}
		this.outgoing.delete(sourceId);
		for (const key of this.linkKeys.get(path) ?? []) {
			const users = this.linkUsers.get(key)!;
			// Order among users does not matter (callers sort them): swap the last one into the gap.
			const at = users.indexOf(path);
			users[at] = users[users.length - 1]!;
			users.pop();
			if (users.length === 0) this.linkUsers.delete(key);
		}
		this.linkKeys.delete(path);
	}

	private mentionUnresolved(linkpath: string): string {
		const key = linkpath.toLowerCase();
		let concept = this.unresolved.get(key);
		if (!concept) {
			concept = { id: linkpath, spellings: new Map() };
			this.unresolved.set(key, concept);
			this.unresolvedById.set(linkpath, concept);
		}
		concept.spellings.set(linkpath, (concept.spellings.get(linkpath) ?? 0) + 1);
		this.refreshUnresolvedId(concept);
		return concept.id;
	}

	private forgetUnresolved(linkpath: string): void {
		const concept = this.unresolved.get(linkpath.toLowerCase());
		if (!concept) return;
		const count = (concept.spellings.get(linkpath) ?? 0) - 1;
		if (count > 0) concept.spellings.set(linkpath, count);
		else concept.spellings.delete(linkpath);
		if (concept.spellings.size > 0) {
			this.refreshUnresolvedId(concept);
			return;
		}
		this.unresolved.delete(linkpath.toLowerCase());
		this.unresolvedById.delete(concept.id);
	}

	/** Renames the concept to its first spelling, moving the edges that point at it. */
	private refreshUnresolvedId(concept: UnresolvedConcept): void {
		const id = [...concept.spellings.keys()].sort(compare)[0]!;
		if (id === concept.id) return;
		const inbound = this.incoming.get(concept.id);
		for (const edge of inbound ?? []) edge.target = id;
		this.incoming.delete(concept.id);
		if (inbound) this.incoming.set(id, inbound);
		this.unresolvedById.delete(concept.id);
		concept.id = id;
		this.unresolvedById.set(id, concept);
	}
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: GraphEdge, b: GraphEdge): number {
	return compare(a.file, b.file) || a.line - b.line;
}
