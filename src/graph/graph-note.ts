/**
 * One note inside the concept graph: its scanned text and its resolved edges. An edge is recorded as its
 * target and the link it comes from; the edge objects handed out, with the words around the link
 * (relation, heading, kind), are made from the note's text when first asked for. A large vault's build then
 * reads each note once, quickly, and the words of a note are read only when one of its edges is shown.
 */
import { maskedText, maskNote } from "./mask";
import { describeNote } from "./parse-note";
import { footerLine } from "./relations";
import { stripExtension } from "./resolve";
import type { GraphEdge, ParsedLink, ScannedNote } from "./types";

/** A node edges can point at: a note, or an unresolved concept. */
export interface EdgeTarget {
	readonly id: string;
	/** The notes with edges to this node, each once. */
	readonly incoming: GraphNote[];
}

/** How an edge's link reached its target: directly, through an alias, or not at all (an unresolved concept). */
export type Reached = typeof REACHED_DIRECTLY | typeof REACHED_VIA_ALIAS | typeof UNRESOLVED;
export const REACHED_DIRECTLY = 0;
export const REACHED_VIA_ALIAS = 1;
export const UNRESOLVED = 2;

// An edge's link index and how it resolved share one small integer: one array of numbers per note rather
// than an object per edge, which the full build would allocate and the garbage collector would copy.
const REACHED_KINDS = 4;

export class GraphNote implements EdgeTarget {
	/** The node id: the path without `.md`. */
	readonly id: string;
	readonly incoming: GraphNote[] = [];
	/** One entry per edge, in document order: the node the edge points at. */
	targets: EdgeTarget[] = [];
	/** One entry per edge: the index of its link in `note.links` and how it resolved, packed. */
	private sites: number[] = [];
	/** The note's links with their words, read from its text when first asked for. */
	private described: ParsedLink[] | null = null;
	/** The 1-based line where the note's footer starts (past its last line when it has none). */
	private footer: number | null = null;
	private edgeObjects: GraphEdge[] | null = null;

	constructor(private scanned: ScannedNote) {
		this.id = stripExtension(scanned.path);
	}

	get note(): ScannedNote {
		return this.scanned;
	}

	/** New text for the same path; its edges must have been cleared. */
	replace(note: ScannedNote): void {
		this.scanned = note;
		this.described = null;
		this.footer = null;
	}

	get edgeCount(): number {
		return this.targets.length;
	}

	addEdge(target: EdgeTarget, linkIndex: number, reached: Reached): void {
		this.targets.push(target);
		this.sites.push(linkIndex * REACHED_KINDS + reached);
		this.edgeObjects = null;
	}

	clearEdges(): void {
		this.targets = [];
		this.sites = [];
		this.edgeObjects = null;
	}

	reached(edge: number): Reached {
		return (this.sites[edge]! % REACHED_KINDS) as Reached;
	}

	/** The link path of the edge's link, as written. */
	linkpath(edge: number): string {
		return this.scanned.links[Math.floor(this.sites[edge]! / REACHED_KINDS)]!.linkpath;
	}

	targetIds(): string[] {
		return this.targets.map((target) => target.id);
	}

	/** The edges with their relation, heading and kind; made on the first call after the edges change. */
	edges(): GraphEdge[] {
		if (this.edgeObjects) return this.edgeObjects;
		const links = (this.described ??= describeNote(this.scanned));
		const edges: GraphEdge[] = [];
		for (let edge = 0; edge < this.targets.length; edge++) {
			const link = links[Math.floor(this.sites[edge]! / REACHED_KINDS)]!;
			edges.push({
				source: this.id,
				target: this.targets[edge]!.id,
				relation: link.relation,
				kind: link.kind,
				heading: link.heading,
				file: this.scanned.path,
				line: link.line,
				viaAlias: this.reached(edge) === REACHED_VIA_ALIAS,
				embed: link.embed,
			});
		}
		return (this.edgeObjects = edges);
	}

	edgesTo(target: EdgeTarget): GraphEdge[] {
		const edges = this.edges();
		return edges.filter((_, edge) => this.targets[edge] === target);
	}

	/** The target took another id (an unresolved concept's spelling changed): edges already made follow. */
	retarget(target: EdgeTarget): void {
		this.edgeObjects?.forEach((edge, index) => {
			if (this.targets[index] === target) edge.target = target.id;
		});
	}

	/**
	 * The index of the first edge that sits in the note's footer (edgeCount when none does). Footer lines
	 * close the note, so its footer edges are the last ones. Reads only where the footer starts, not the
	 * words of every link: hub detection asks this of every note.
	 */
	footerEdgeStart(): number {
		const { text, path } = this.scanned;
		this.footer ??= footerLine(maskedText(text, maskNote(path, text).hidden));
		let first = this.targets.length;
		while (first > 0 && this.isFooterLink(this.sites[first - 1]!)) first--;
		return first;
	}

	private isFooterLink(site: number): boolean {
		const link = this.scanned.links[Math.floor(site / REACHED_KINDS)]!;
		// Frontmatter links (end 0) are properties wherever the footer starts.
		return link.end > 0 && link.line >= this.footer!;
	}
}
