/**
 * Hub notes and the parent/child relation they imply. A hub is a note that several notes point back to
 * from their footer (`# [[Python 1 Home]]`), or a note without such a footer of its own that lists many
 * notes which link back to it.
 * Each note's parents are the hubs it points back to; a hub's children are those notes.
 */
import { compare, type ConceptGraph } from "./graph";
import { stripExtension } from "./resolve";

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
	const links = linksByPlace(graph);
	for (const node of graph.nodes()) {
		if (!node.resolved) continue;
		const linksBack = links.sources.get(node.id) ?? NOBODY;
		const footerSources = links.footerSources.get(node.id) ?? NOBODY;
		const linkedBack = [...(links.listed.get(node.id) ?? NOBODY)].filter((id) => linksBack.has(id));
		// A note that points home from its own footer is a child; many back-links alone do not make it a hub.
		const listHub = !links.pointsHome.has(node.id) && linkedBack.length >= thresholds.minLinkedBack;
		if (footerSources.size < thresholds.minFooterLinks && !listHub) continue;
		const children = [...new Set([...footerSources, ...linkedBack])].sort(compare);
		hubs.push({ id: node.id, footerLinks: footerSources.size, linkedBack: linkedBack.length, children });
		for (const child of children) {
			const parents = parentsOf.get(child) ?? [];
			parents.push(node.id);
			parentsOf.set(child, parents);
		}
	}
	hubs.sort((a, b) => b.children.length - a.children.length || compare(a.id, b.id));
	return { hubs, parentsOf };
}

const NOBODY: ReadonlySet<string> = new Set();

interface LinksByPlace {
	/** id -> the notes linking to it */
	sources: Map<string, Set<string>>;
	/** id -> the notes linking to it from their footer */
	footerSources: Map<string, Set<string>>;
	/** note id -> what it links to outside its footer */
	listed: Map<string, Set<string>>;
	/** notes with at least one footer link */
	pointsHome: Set<string>;
}

/** One pass over every note's edges, reading which sit in a footer but never the words around a link. */
function linksByPlace(graph: ConceptGraph): LinksByPlace {
	const byPlace: LinksByPlace = { sources: new Map(), footerSources: new Map(), listed: new Map(), pointsHome: new Set() };
	const add = (map: Map<string, Set<string>>, key: string, value: string) => {
		const set = map.get(key);
		if (set) set.add(value);
		else map.set(key, new Set([value]));
	};
	for (const path of graph.notePaths()) {
		const id = stripExtension(path);
		const targets = graph.outgoingTargets(id);
		const footerStart = graph.footerEdgeStart(id);
		if (footerStart < targets.length) byPlace.pointsHome.add(id);
		targets.forEach((target, edge) => {
			add(byPlace.sources, target, id);
			if (edge < footerStart) add(byPlace.listed, id, target);
			else add(byPlace.footerSources, target, id);
		});
	}
	return byPlace;
}
