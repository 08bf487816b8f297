/**
 * Hub notes and the parent/child relation they imply. A hub is a note that several notes point back to
 * from their footer (`# [[Python 1 Home]]`), or a note without such a footer of its own that lists many
 * notes which link back to it.
 * Each note's parents are the hubs it points back to; a hub's children are those notes.
 */
import { compare, type ConceptGraph } from "./graph";

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

export function findHierarchy(graph: ConceptGraph, thresholds: HubThresholds = DEFAULT_THRESHOLDS): Hierarchy {
	const hubs: Hub[] = [];
	const parentsOf = new Map<string, string[]>();
	// Reads which edges sit in a footer, never the words of the links: this visits every note of the vault.
	const footerTargets = (id: string) => graph.outgoingTargets(id).slice(graph.footerEdgeStart(id));
	for (const node of graph.nodes()) {
		if (!node.resolved) continue;
		const linksBack = new Set(graph.incomingSources(node.id));
		const footerSources = [...linksBack].filter((source) => footerTargets(source).includes(node.id));
		const targets = graph.outgoingTargets(node.id);
		const footerStart = graph.footerEdgeStart(node.id);
		const listed = new Set(targets.slice(0, footerStart));
		const linkedBack = [...listed].filter((id) => linksBack.has(id));
		// A note that points home from its own footer is a child; many back-links alone do not make it a hub.
		const pointsHome = footerStart < targets.length;
		const listHub = !pointsHome && linkedBack.length >= thresholds.minLinkedBack;
		if (footerSources.length < thresholds.minFooterLinks && !listHub) continue;
		const children = [...new Set([...footerSources, ...linkedBack])].sort(compare);
		hubs.push({ id: node.id, footerLinks: footerSources.length, linkedBack: linkedBack.length, children });
		for (const child of children) {
			const parents = parentsOf.get(child) ?? [];
			parents.push(node.id);
			parentsOf.set(child, parents);
		}
	}
	hubs.sort((a, b) => b.children.length - a.children.length || compare(a.id, b.id));
	return { hubs, parentsOf };
}
