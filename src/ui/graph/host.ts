/** What the graph components need from their host (the Obsidian view, the code block, a test, the preview). */
import type { PathStep } from "../../graph/queries";
import type { LinkKind } from "../../graph/types";
import type { GraphScope, GraphViewData, GraphViewEdge, GraphViewNode } from "../../graph/view-data";
import type { EdgeEnds } from "./edge-geometry";

export interface GraphHost {
	/** Calls `listener` whenever the graph or the active note changed; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** False until the first build of the index has finished. */
	ready(): boolean;
	/** Node id of the note in the active editor, if any. */
	activeNote(): string | null;
	view(scope: GraphScope): GraphViewData;
	/** Every node id, for search and the path inputs. */
	names(): string[];
	/** The node a user means by `name` (id, link text or alias), or null. */
	resolve(name: string): string | null;
	path(from: string, to: string): PathStep[] | null;
	open(id: string): void;
	/** Creates the note for an unresolved concept. */
	create(id: string): void;
}

/**
 * What a link says about its target: its relation, else where it sits. A footer's line is only the link
 * (`# [[Home]]`), so its "relation" would repeat the concept's name.
 */
export function linkSays(link: { relation: string; kind: LinkKind; heading: string }): string {
	if (link.kind === "footer") return "Linked from the end of the note.";
	if (link.relation) return link.relation;
	return link.heading ? `Listed under "${link.heading}".` : "Listed without a description.";
}

export function truncate(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export type Subscribe = (listener: () => void) => () => void;
export type NodeAction = (node: GraphViewNode) => void;
export type NodeFocus = (node: GraphViewNode | null) => void;
export type EdgeHover = (edge: GraphViewEdge | null) => void;
/** Where an edge's line runs, or null while an end is not laid out. */
export type EdgeLine = (edge: GraphViewEdge) => EdgeEnds | null;
export type IdAction = (id: string) => void;

export interface ConceptMapContent {
	title: string;
	/** Null while the index is still being built. */
	data: GraphViewData | null;
	errors: string[];
}
