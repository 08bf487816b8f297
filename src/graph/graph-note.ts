/**
 * One note inside the concept graph: its text and its resolved edges. An edge is recorded as its target and
 * the index of the link it comes from; nothing else of the link is kept. The edge objects handed out, with
 * the words around the link (relation, heading, kind), are made from the note's text when first asked for,
 * and the links are read again from the text when they must be resolved again. A large vault's build then
 * keeps little besides the texts: what it keeps, the garbage collector copies, and that was most of the
 * build's time.
 */
import type { LinkTargets } from "./links";
import { footerLinks, normalizeLineEndings, parseNote, readFrontmatterOnly, scanLinkTargets, type FrontmatterRead } from "./parse-note";
import { stripExtension } from "./resolve";
import type { GraphEdge, ParsedLink, ParseWarning } from "./types";

/** A node edges can point at: a note, or an unresolved concept. */
export interface EdgeTarget {
	readonly id: string;
	/** The notes with edges to this node, each once: add to it with addIncoming. */
	incoming: GraphNote[];
}

/** How an edge's link reached its target: directly, through an alias, or not at all (an unresolved concept). */
export type Reached = typeof REACHED_DIRECTLY | typeof REACHED_VIA_ALIAS | typeof UNRESOLVED;
export const REACHED_DIRECTLY = 0;
export const REACHED_VIA_ALIAS = 1;
export const UNRESOLVED = 2;

/**
 * Most notes have no aliases, warnings or pymem blocks: they share one empty array (frozen: nothing adds to
 * a note's lists after it is read). Every object kept per note is copied by the garbage collector.
 */
const NONE: never[] = Object.freeze([]) as never[];

function orNone<T>(list: T[]): T[] {
	return list.length === 0 ? NONE : list;
}

/** Adds `source` to the notes linking to `target`. A note's list is made with its first entry. */
export function addIncoming(target: EdgeTarget, source: GraphNote): void {
	if (target.incoming === NONE) target.incoming = [source];
	else target.incoming.push(source);
}

// An edge's link index and how it resolved share one small integer: one array of numbers per note rather
// than an object per edge.
const REACHED_KINDS = 4;

/** An edge's site: the index of its link among scanNote's links and how it reached its target. */
export function packSite(linkIndex: number, reached: Reached): number {
	return linkIndex * REACHED_KINDS + reached;
}

/**
 * A note's sites (see packSite), one character each while they fit in one: a string is one object that the
 * garbage collector copies without reading it, where an array of numbers was two, read entry by entry.
 */
type Sites = string | number[];

const LARGEST_CHAR = 0xffff;

function packSites(sites: readonly number[]): Sites {
	for (const site of sites) if (site > LARGEST_CHAR) return sites.slice();
	return String.fromCharCode.apply(null, sites as number[]);
}

function siteAt(sites: Sites, edge: number): number {
	return typeof sites === "string" ? sites.charCodeAt(edge) : sites[edge]!;
}

export class GraphNote implements EdgeTarget {
	incoming: GraphNote[] = NONE;
	/** One entry per edge, in document order: the node the edge points at. */
	targets: EdgeTarget[] = NONE;
	/** One entry per edge: the index of its link among scanNote's links and how it resolved, packed. */
	private sites: Sites = "";
	/** The link path of each edge to an unresolved concept: what to forget when the edges go. */
	private unresolvedSpellings: string[] | null = null;
	/** Whether warnings and pymem blocks were read: the first time the links are. */
	private scanned = false;
	/** Warnings and pymem blocks are read with the links, when the note is first resolved. */
	warnings: ParseWarning[] = NONE;
	pymemBlocks: number[] = NONE;
	/** The note's links with their words, read from its text when first asked for. */
	private described: ParsedLink[] | null = null;
	/** Per link, whether it sits in the note's footer. */
	private footer: boolean[] | null = null;
	private edgeObjects: GraphEdge[] | null = null;
	/** The frontmatter, read for the aliases, until the links are first read: it is not read twice. */
	private frontmatterRead: FrontmatterRead | null = null;
	private idOfPath: string | null = null;

	/**
	 * The note's text, line endings normalized when its links are first read, in the same pass over the
	 * text (the full build reads every note's name first, and that needs only the frontmatter's lines).
	 */
	text: string;
	aliases: string[];

	/** Aliases as the host read them, else from the frontmatter. */
	constructor(
		readonly path: string,
		text: string,
		aliases?: string[],
	) {
		this.text = text;
		if (aliases) this.aliases = orNone(aliases);
		// A byte order mark may come before the frontmatter: normalizeLineEndings drops it.
		else if (!text.startsWith("---") && !text.startsWith("\ufeff---")) this.aliases = NONE;
		else {
			this.text = normalizeLineEndings(text);
			this.frontmatterRead = readFrontmatterOnly(path, this.text);
			this.aliases = orNone(this.frontmatterRead?.aliases ?? []);
		}
	}

	/** The node id: the path without `.md`. Made when first asked for: the full build does not need it. */
	get id(): string {
		return (this.idOfPath ??= stripExtension(this.path));
	}

	/** The same note under another path. */
	renamed(path: string): GraphNote {
		return new GraphNote(path, this.text, this.aliases);
	}

	/** Takes over a newer version of this note (same path): the notes linking here keep pointing at this object. */
	replaceWith(newer: GraphNote): void {
		this.text = newer.text;
		this.aliases = newer.aliases;
		this.frontmatterRead = newer.frontmatterRead;
		this.scanned = false;
		this.described = null;
		this.footer = null;
	}

	/** Reads the paths and lines of the note's links, in document order, into `into` to resolve them. */
	readLinks(into: LinkTargets): void {
		this.text = normalizeLineEndings(this.text);
		const scan = scanLinkTargets(this.path, this.text, into, this.frontmatterRead);
		this.frontmatterRead = null;
		if (!this.scanned) {
			this.warnings = orNone(scan.warnings);
			this.pymemBlocks = orNone(scan.pymemBlocks);
			this.scanned = true;
		}
	}

	/**
	 * Takes the note's edges, made by the caller in document order: their targets, their sites (see
	 * packSite; read, not kept) and the link paths of those to unresolved concepts. `targets` of exactly
	 * the edges' length: the full build keeps it for every note, and the garbage collector copies what is
	 * kept.
	 */
	setEdges(targets: EdgeTarget[], sites: readonly number[], unresolvedSpellings: string[] | null): void {
		this.targets = orNone(targets);
		this.sites = packSites(sites);
		this.unresolvedSpellings = unresolvedSpellings;
		this.edgeObjects = null;
	}

	/** Drops the edges; answers the link paths of those that pointed at unresolved concepts. */
	clearEdges(): string[] {
		const spellings = this.unresolvedSpellings ?? [];
		this.targets = NONE;
		this.sites = "";
		this.unresolvedSpellings = null;
		this.edgeObjects = null;
		return spellings;
	}

	targetIds(): string[] {
		return this.targets.map((target) => target.id);
	}

	/** The edges with their relation, heading and kind; made on the first call after the edges change. */
	edges(): GraphEdge[] {
		if (this.edgeObjects) return this.edgeObjects;
		const links = (this.described ??= parseNote(this.path, this.text).links);
		const edges: GraphEdge[] = [];
		for (let edge = 0; edge < this.targets.length; edge++) {
			const site = siteAt(this.sites, edge);
			const link = links[Math.floor(site / REACHED_KINDS)]!;
			edges.push({
				source: this.id,
				target: this.targets[edge]!.id,
				relation: link.relation,
				kind: link.kind,
				heading: link.heading,
				file: this.path,
				line: link.line,
				viaAlias: site % REACHED_KINDS === REACHED_VIA_ALIAS,
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
	 * The index of the first edge that sits in the note's footer (the edge count when none does). Footer lines
	 * close the note, so its footer edges are the last ones. Reads only where the footer starts, not the
	 * words of every link: hub detection asks this of every note.
	 */
	footerEdgeStart(): number {
		const footer = (this.footer ??= footerLinks(this.path, this.text));
		let first = this.targets.length;
		while (first > 0 && footer[Math.floor(siteAt(this.sites, first - 1) / REACHED_KINDS)]) first--;
		return first;
	}
}
