/**
 * The concept graph: notes and unresolved concepts as nodes, links as edges labelled with their relation.
 * Kept incrementally: each note's edges point at node objects (graph-note.ts) that know which notes link to
 * them, and an index from link key to the notes that use it lets adding, renaming or deleting one note
 * re-resolve only the links that could change. `revision` grows on every change so views can skip
 * re-rendering when nothing moved. Edges are described (relation, heading, kind) only when asked for.
 */
import { ChangeLog } from "./change-log";
import { addIncoming, GraphNote, type EdgeTarget } from "./graph-note";
import { makeEdges } from "./make-edges";
import { basenameOf, resolutionKey, Resolver, stripExtension } from "./resolve";
import type { GraphEdge, GraphNode, NoteText, ParseWarning } from "./types";
import { UnresolvedConcepts, type UnresolvedConcept } from "./unresolved-concepts";

export class ConceptGraph {
	revision = 0;
	/** The notes by path (each path was added with its GraphNote), and what their links reach. */
	private readonly resolver = new Resolver<GraphNote>();
	private readonly unresolved = new UnresolvedConcepts((concept) => this.followRenamed(concept));
	private readonly changes = new ChangeLog();
	/**
	 * The notes of the full build in the order their edges were made, until the incoming lists are made from
	 * those edges: the build itself needs no incoming list, and adding each note to its targets' lists
	 * reached across the whole vault's memory once per link.
	 */
	private incomingPending: GraphNote[] | null = null;

	/** Builds a graph from whole files; `files` in any order, processed by path for stable ids. */
	static fromFiles(files: Iterable<NoteText>): ConceptGraph {
		const graph = new ConceptGraph();
		const sorted = [...files];
		if (!isSortedByPath(sorted)) sorted.sort((a, b) => compare(a.path, b.path));
		graph.setTexts(sorted);
		return graph;
	}

	/**
	 * Adds many notes from their text: first every note's name and aliases, then each note is read and its
	 * links resolved in turn, so that what is read of one note is garbage before the next is read.
	 */
	setTexts(files: readonly NoteText[]): void {
		finish(this.setTextsInSteps(files));
	}

	/**
	 * setTexts one step at a time: it pauses after each note whose links it resolved, so that a host can spread
	 * a large vault's build over several tasks and keep its page responsive. Nothing else may change the graph
	 * until the steps are done.
	 */
	setTextsInSteps(files: readonly NoteText[]): Generator<void, void, undefined> {
		return this.adding(files.map((file) => new GraphNote(file.path, file.text, file.aliases)));
	}

	/** Adds or replaces one note (a scanned or parsed note will do: its text is read again). */
	setNote(file: NoteText): void {
		this.ensureIncoming();
		const note = new GraphNote(file.path, file.text, file.aliases);
		const previous = this.resolver.nodeAt(note.path);
		if (previous && sameStrings(previous.aliases, note.aliases)) {
			this.detachEdges(note.path);
			previous.replaceWith(note);
			this.attachEdges(previous);
			this.revision++;
			return;
		}
		if (previous) this.removeNote(note.path);
		this.add([note]);
	}

	removeNote(path: string): void {
		const removed = this.resolver.nodeAt(path);
		if (!removed) return;
		this.ensureIncoming();
		this.detachEdges(path);
		this.resolver.remove(path);
		// Only the links that reached this note can change target.
		for (const user of [...removed.incoming].sort((a, b) => compare(a.path, b.path))) {
			this.detachEdges(user.path);
			this.attachEdges(user);
		}
		this.revision++;
	}

	renameNote(oldPath: string, newPath: string): void {
		const note = this.resolver.nodeAt(oldPath);
		if (!note) return;
		this.removeNote(oldPath);
		this.add([note.renamed(newPath)]);
	}

	/** Adds notes, or newer versions of notes, then resolves their links and the links that could now reach them. */
	private add(added: GraphNote[]): void {
		finish(this.adding(added));
	}

	/** add(), pausing after each note whose links it resolved. */
	private *adding(added: GraphNote[]): Generator<void, void, undefined> {
		// Into an empty graph (the full build) no other note's links can change target.
		const wasEmpty = this.resolver.size === 0;
		this.ensureIncoming();
		this.changes.paused = wasEmpty;
		const attachOrder: GraphNote[] = [];
		// The notes attachOrder holds, each to be attached once. Into an empty graph a note met again is one
		// of `added`, in attachOrder already: the full build needs no set of the vault's notes.
		const attaching = new Set<GraphNote>();
		this.resolver.reserve(added.length);
		for (const note of added) {
			let graphNote = note;
			const existing = this.resolver.nodeAt(note.path);
			if (existing) {
				this.detachEdges(note.path);
				this.resolver.remove(note.path);
				existing.replaceWith(note);
				graphNote = existing;
				if (!wasEmpty && !attaching.has(existing)) {
					attaching.add(existing);
					attachOrder.push(existing);
				}
			} else {
				attachOrder.push(note);
				if (!wasEmpty) attaching.add(note);
			}
			this.resolver.add(note.path, graphNote.aliases, graphNote);
		}
		for (const note of wasEmpty ? [] : [...attachOrder]) {
			for (const user of this.usersOfNewNote(note)) {
				const userNote = this.resolver.nodeAt(user)!;
				if (attaching.has(userNote)) continue;
				this.detachEdges(user);
				attaching.add(userNote);
				attachOrder.push(userNote);
			}
		}
		// By path: an unresolved concept's id at the time a line is read decides whether two spellings on it
		// make one edge, and that id depends on the notes read before.
		if (!isSortedByPath(attachOrder)) attachOrder.sort((a, b) => compare(a.path, b.path));
		if (wasEmpty) this.incomingPending = attachOrder;
		for (const note of attachOrder) {
			this.attachEdges(note);
			yield;
		}
		this.revision++;
		// Nothing read the empty graph's answers: the full build need not list what it changed.
		if (wasEmpty) this.changes.forgetBefore(this.revision);
		this.changes.paused = false;
	}

	hasNote(path: string): boolean {
		return this.resolver.has(path);
	}

	notePaths(): string[] {
		return [...this.resolver.paths()].sort(compare);
	}

	node(id: string): GraphNode | undefined {
		const note = this.resolver.nodeAt(`${id}.md`);
		if (note) {
			return { id, label: basenameOf(id), resolved: true, path: note.path, aliases: note.aliases, pymemBlocks: note.pymemBlocks.length };
		}
		const concept = this.unresolved.withId(id);
		return concept && { id, label: id, resolved: false, aliases: [], pymemBlocks: 0 };
	}

	nodes(): GraphNode[] {
		const ids = [...this.resolver.paths()].map(stripExtension).concat([...this.unresolved.ids()]);
		return ids.sort(compare).map((id) => this.node(id)!);
	}

	/** Every edge, described: reads the words around every link of the vault. */
	edges(): GraphEdge[] {
		const all: GraphEdge[] = [];
		// One push per edge: spreading a note's edges as arguments overflows the stack past about 65,000 links.
		for (const path of this.notePaths()) for (const edge of this.resolver.nodeAt(path)!.edges()) all.push(edge);
		return all;
	}

	outgoingEdges(id: string): readonly GraphEdge[] {
		return this.resolver.nodeAt(`${id}.md`)?.edges() ?? [];
	}

	incomingEdges(id: string): GraphEdge[] {
		this.ensureIncoming();
		const target = this.edgeTarget(id);
		return (target?.incoming ?? []).flatMap((source) => source.edgesTo(target!)).sort(byPosition);
	}

	/** The target of each of the note's edges, in the order of outgoingEdges, without describing them. */
	outgoingTargets(id: string): string[] {
		return this.resolver.nodeAt(`${id}.md`)?.targetIds() ?? [];
	}

	/** The notes with at least one edge to `id`, each once, in id order. */
	incomingSources(id: string): string[] {
		this.ensureIncoming();
		return (this.edgeTarget(id)?.incoming ?? []).map((source) => source.id).sort(compare);
	}

	/** Where the note's footer edges start in outgoingTargets (its length when it has none). */
	footerEdgeStart(id: string): number {
		return this.resolver.nodeAt(`${id}.md`)?.footerEdgeStart() ?? 0;
	}

	/**
	 * The paths of the notes whose edges changed (or were renamed) since `revision`, or null when that is no
	 * longer known: then re-read the whole graph.
	 */
	changedSince(revision: number): Set<string> | null {
		return this.changes.changedSince(revision);
	}

	warnings(): ParseWarning[] {
		return this.notePaths().flatMap((path) => this.resolver.nodeAt(path)!.warnings);
	}

	/** The node a user means by `name`: an id, a path, or anything a link could say. */
	findNode(name: string): GraphNode | undefined {
		const trimmed = stripExtension(name.trim());
		const direct = this.node(trimmed);
		if (direct) return direct;
		const resolved = this.resolver.resolve(trimmed, "");
		if (resolved) return this.node(stripExtension(resolved.path));
		const concept = this.unresolved.named(trimmed);
		return concept && this.node(concept.id);
	}

	/** Id of the node a link from `sourcePath` to `linkpath` reaches (a note or an unresolved concept). */
	resolveLink(linkpath: string, sourcePath: string): string | undefined {
		const resolved = this.resolver.resolve(linkpath, sourcePath);
		if (resolved) return stripExtension(resolved.path);
		return this.unresolved.named(linkpath)?.id;
	}

	private edgeTarget(id: string): EdgeTarget | undefined {
		return this.resolver.nodeAt(`${id}.md`) ?? this.unresolved.withId(id);
	}

	/**
	 * Notes whose links could change target when `note` appears: links with a key it answers to (its name,
	 * its aliases'), which now reach another note of that key, or that note itself (a link to itself makes
	 * no edge), or an unresolved concept.
	 */
	private usersOfNewNote(note: GraphNote): Set<string> {
		const users = new Set<string>();
		for (const key of [resolutionKey(note.path), ...note.aliases.map(resolutionKey)]) {
			for (const named of this.resolver.notesWithKey(key)) {
				users.add(named.path);
				for (const user of named.incoming) users.add(user.path);
			}
			for (const concept of this.unresolved.withKey(key)) for (const user of concept.incoming) users.add(user.path);
		}
		users.delete(note.path);
		return users;
	}

	private attachEdges(source: GraphNote): void {
		this.changes.record(source.path, this.revision);
		makeEdges(source, this.resolver, this.unresolved, this.incomingPending === null);
	}

	private detachEdges(path: string): void {
		const source = this.resolver.nodeAt(path);
		if (!source) return;
		this.changes.record(path, this.revision);
		for (const target of source.targets) {
			const at = target.incoming.indexOf(source);
			if (at >= 0) target.incoming.splice(at, 1);
		}
		for (const spelling of source.clearEdges()) this.unresolved.forget(spelling);
	}

	/** An unresolved concept took another id: the edges made already follow, and their notes count as changed. */
	private followRenamed(concept: UnresolvedConcept): void {
		for (const source of concept.incoming) {
			source.retarget(concept);
			this.changes.record(source.path, this.revision);
		}
	}

	/** Makes the incoming lists the full build left for later (see incomingPending). */
	private ensureIncoming(): void {
		const pending = this.incomingPending;
		if (pending === null) return;
		this.incomingPending = null;
		for (const source of pending) {
			const targets = source.targets;
			for (let edge = 0; edge < targets.length; edge++) {
				const target = targets[edge]!;
				if (targets.indexOf(target) === edge) addIncoming(target, source);
			}
		}
	}
}

function isSortedByPath(notes: readonly { path: string }[]): boolean {
	for (let i = 1; i < notes.length; i++) if (compare(notes[i - 1]!.path, notes[i]!.path) > 0) return false;
	return true;
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

/** Runs a generator of steps to its end. */
function finish(steps: Generator<void, void, undefined>): void {
	while (!steps.next().done);
}
