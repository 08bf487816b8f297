/**
 * Hub detection kept up to date as the graph changes. Whether a note is a hub depends on its own links and
 * on the notes that link to it; the index keeps each note's targets and footer start, and who links to
 * each note from a footer. After an edit it re-reads only the notes the graph says changed
 * (ConceptGraph.changedSince) and decides again only for those notes and what they link to, before and
 * after. Reading where a note's footer starts is the costly part; the graph keeps each note's answer
 * until its text changes.
 */
import { compare, type ConceptGraph } from "./graph";
import type { Hierarchy, Hub, HubThresholds } from "./hierarchy";
import { stripExtension } from "./resolve";

/** What one note contributes: the ids its edges point at, in order, and where its footer edges start. */
interface NotePlaces {
	id: string;
	targets: string[];
	footerStart: number;
}

export class HubIndex {
	private revision = -1;
	private readonly places = new Map<string, NotePlaces>();
	/** note id -> what its notes (one path, nearly always) contribute */
	private readonly placesById = new Map<string, NotePlaces[]>();
	/**
	 * target id -> the notes linking to it from their footer, each with its number of such edges. The only
	 * index from target to source: whether a listed note links back is asked of that note's own targets.
	 */
	private readonly footerSources = new Map<string, Map<string, number>>();
	private readonly hubs = new Map<string, Hub>();
	private answer: Hierarchy | null = null;

	constructor(readonly thresholds: HubThresholds) {}

	/** The hierarchy of the graph as it is now, reading only what changed since the last call. */
	hierarchy(graph: ConceptGraph): Hierarchy {
		if (this.revision === graph.revision && this.answer) return this.answer;
		const changed = this.revision < 0 ? null : graph.changedSince(this.revision);
		if (changed === null) this.readAll(graph);
		else this.readChanged(graph, changed);
		this.revision = graph.revision;
		return (this.answer ??= this.collect());
	}

	private readAll(graph: ConceptGraph): void {
		this.places.clear();
		this.placesById.clear();
		this.footerSources.clear();
		this.hubs.clear();
		for (const path of graph.notePaths()) this.addNote(graph, path, null);
		for (const node of graph.nodes()) if (node.resolved) this.decide(node.id);
		this.answer = null;
	}

	private readChanged(graph: ConceptGraph, changed: ReadonlySet<string>): void {
		// A note's answer depends on its own links and on the notes linking to it: a changed note moves its own
		// answer and those of what it linked to before and after.
		const affected = new Set<string>();
		for (const path of changed) {
			this.removeNote(path, affected);
			if (graph.hasNote(path)) this.addNote(graph, path, affected);
		}
		for (const id of affected) {
			const before = this.hubs.get(id);
			if (graph.node(id)?.resolved) this.decide(id);
			else this.hubs.delete(id);
			if (!sameHub(before, this.hubs.get(id))) this.answer = null;
		}
	}

	private addNote(graph: ConceptGraph, path: string, affected: Set<string> | null): void {
		const id = stripExtension(path);
		const places: NotePlaces = { id, targets: graph.outgoingTargets(id), footerStart: graph.footerEdgeStart(id) };
		this.places.set(path, places);
		const sameId = this.placesById.get(id);
		if (sameId) sameId.push(places);
		else this.placesById.set(id, [places]);
		this.count(places, 1, affected);
	}

	private removeNote(path: string, affected: Set<string>): void {
		const places = this.places.get(path);
		if (!places) return;
		this.places.delete(path);
		const sameId = this.placesById.get(places.id)!;
		sameId.splice(sameId.indexOf(places), 1);
		if (sameId.length === 0) this.placesById.delete(places.id);
		this.count(places, -1, affected);
	}

	/** Adds (`by` 1) or takes back (-1) one note's footer edges; the ids its edges touch are `affected`. */
	private count({ id, targets, footerStart }: NotePlaces, by: number, affected: Set<string> | null): void {
		if (affected) {
			affected.add(id);
			for (const target of targets) affected.add(target);
		}
		for (let edge = footerStart; edge < targets.length; edge++) {
			const target = targets[edge]!;
			let sources = this.footerSources.get(target);
			if (!sources) this.footerSources.set(target, (sources = new Map<string, number>()));
			const count = (sources.get(id) ?? 0) + by;
			if (count > 0) sources.set(id, count);
			else sources.delete(id);
			if (sources.size === 0) this.footerSources.delete(target);
		}
	}

	/** Whether the note `id` is a hub, and its children: see findHierarchy. */
	private decide(id: string): void {
		const own = this.placesById.get(id) ?? NO_PLACES;
		const footerSources = this.footerSources.get(id);
		const footerLinks = footerSources?.size ?? 0;
		// A note that points home from its own footer is a child; many back-links alone do not make it a hub.
		const pointsHome = own.some((places) => places.footerStart < places.targets.length);
		const linkedBack = pointsHome && footerLinks < this.thresholds.minFooterLinks ? [] : this.linkedBack(id, own);
		const listHub = !pointsHome && linkedBack.length >= this.thresholds.minLinkedBack;
		if (footerLinks < this.thresholds.minFooterLinks && !listHub) {
			this.hubs.delete(id);
			return;
		}
		const children = [...new Set([...(footerSources?.keys() ?? []), ...linkedBack])].sort(compare);
		this.hubs.set(id, { id, footerLinks, linkedBack: linkedBack.length, children });
	}

	/** The notes `id` links to outside its footer that link back to it, each once. */
	private linkedBack(id: string, own: readonly NotePlaces[]): string[] {
		const listed = new Set<string>();
		for (const places of own) for (let edge = 0; edge < places.footerStart; edge++) listed.add(places.targets[edge]!);
		const back: string[] = [];
		for (const target of listed) {
			if (this.placesById.get(target)?.some((places) => places.targets.includes(id))) back.push(target);
		}
		return back;
	}

	/** The answer as findHierarchy gives it: hubs by size, each child's parents in id order. */
	private collect(): Hierarchy {
		const byId = [...this.hubs.values()].sort((a, b) => compare(a.id, b.id));
		const parentsOf = new Map<string, string[]>();
		for (const hub of byId) {
			for (const child of hub.children) {
				const parents = parentsOf.get(child);
				if (parents) parents.push(hub.id);
				else parentsOf.set(child, [hub.id]);
			}
		}
		// Copies: the index keeps its own records, and a caller may keep the answer past the next edit.
		const hubs = byId.map((hub) => ({ ...hub, children: [...hub.children] }));
		hubs.sort((a, b) => b.children.length - a.children.length || compare(a.id, b.id));
		return { hubs, parentsOf };
	}
}

const NO_PLACES: readonly NotePlaces[] = [];

function sameHub(a: Hub | undefined, b: Hub | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	return (
		a.footerLinks === b.footerLinks &&
		a.linkedBack === b.linkedBack &&
		a.children.length === b.children.length &&
		a.children.every((child, i) => child === b.children[i])
	);
}
