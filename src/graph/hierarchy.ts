/**
 * Hub notes and the parent/child relation they imply. A hub is a note that several notes point back to
 * from their footer (`# [[Python 1 Home]]`), or a note without such a footer of its own that lists many
 * notes which link back to it.
 * Each note's parents are the hubs it points back to; a hub's children are those notes.
 * The counting is done, and kept up to date, by hub-index.ts.
 */
import type { ConceptGraph } from "./graph";
import { HubIndex } from "./hub-index";

export interface Hub {
	id: string;
	/** Notes whose footer links here. */
	footerLinks: number;
	/** Notes this hub links to that link back to it. */
	linkedBack: number;
	children: string[];
}

export interface Hierarchy {
	hubs: Hub[];
	parentsOf: Map<string, string[]>;
}

export interface HubThresholds {
	/** Distinct notes whose footer links to a note before it counts as a hub. */
	minFooterLinks: number;
	/** Linked notes that link back, for a note without footer links pointing at it. */
	minLinkedBack: number;
}

export const DEFAULT_THRESHOLDS: HubThresholds = { minFooterLinks: 2, minLinkedBack: 5 };

/** One index per graph and thresholds: views ask at every revision, and each edit changes a few notes. */
const indexes = new WeakMap<ConceptGraph, HubIndex[]>();

/**
 * The hubs of the graph and the parents they give their children. Brought up to date from the notes that
 * changed since the last call with the same graph and thresholds; the answer is shared: do not modify it.
 */
export function findHierarchy(graph: ConceptGraph, thresholds: HubThresholds = DEFAULT_THRESHOLDS): Hierarchy {
	let forGraph = indexes.get(graph);
	if (!forGraph) indexes.set(graph, (forGraph = []));
	let index = forGraph.find((candidate) => sameThresholds(candidate.thresholds, thresholds));
	if (!index) forGraph.push((index = new HubIndex({ ...thresholds })));
	return index.hierarchy(graph);
}

function sameThresholds(a: HubThresholds, b: HubThresholds): boolean {
	return a.minFooterLinks === b.minFooterLinks && a.minLinkedBack === b.minLinkedBack;
}
