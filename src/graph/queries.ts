/** Questions asked of a concept graph: neighbourhoods, paths, centrality, orphans, unresolved concepts. */
import { compare, type ConceptGraph } from "./graph";
import type { GraphEdge, GraphNode } from "./types";

export type Direction = "out" | "in" | "both";

export interface Neighbourhood {
	/** Node ids with their distance from the centre (the centre itself at 0). */
	distances: Map<string, number>;
	nodes: GraphNode[];
	/** Edges between nodes of the neighbourhood. */
	edges: GraphEdge[];
}

/** The nodes one link away, without describing any edge: walks over the graph read only its structure. */
function adjacent(graph: ConceptGraph, id: string, direction: Direction): string[] {
	const ids: string[] = direction === "in" ? [] : [...graph.outgoingTargets(id)];
	if (direction !== "out") for (const source of graph.incomingSources(id)) ids.push(source);
	return ids;
}

export function neighbours(graph: ConceptGraph, centre: string, depth: number, direction: Direction = "both"): Neighbourhood {
	const distances = new Map<string, number>();
	if (!graph.node(centre)) return { distances, nodes: [], edges: [] };
	distances.set(centre, 0);
	let frontier = [centre];
	for (let level = 1; level <= depth && frontier.length > 0; level++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const near of adjacent(graph, id, direction)) {
				if (distances.has(near)) continue;
				distances.set(near, level);
				next.push(near);
			}
		}
		frontier = next;
	}
	const ids = [...distances.keys()].sort(compare);
	const inside = (id: string) => graph.outgoingTargets(id).some((target) => distances.has(target));
	const edges = ids.filter(inside).flatMap((id) => graph.outgoingEdges(id).filter((edge) => distances.has(edge.target)));
	return { distances, nodes: ids.map((id) => graph.node(id)!), edges };
}

export interface PathStep {
	from: string;
	to: string;
	edge: GraphEdge;
	/** False when the step walks an edge against its direction (`to` links to `from`). */
	forward: boolean;
}

/**
 * Breadth-first shortest path. By default links count in both directions, so a path exists between any two
 * connected concepts; each step says which way its link points. Among equal-length paths the one through
 * alphabetically earlier notes wins, so the answer is stable.
 */
export function shortestPath(graph: ConceptGraph, from: string, to: string, direction: Direction = "both"): PathStep[] | null {
	if (!graph.node(from) || !graph.node(to)) return null;
	if (from === to) return [];
	/** node -> the node it was reached from, and whether by following a link forward */
	const cameFrom = new Map<string, { from: string; forward: boolean } | null>([[from, null]]);
	let frontier = [from];
	while (frontier.length > 0 && !cameFrom.has(to)) {
		const next: string[] = [];
		for (const id of frontier) {
			const forward = new Set(direction === "in" ? [] : graph.outgoingTargets(id));
			// A node reached both ways is reached forward: the link it names is the note's own.
			for (const near of [...new Set(adjacent(graph, id, direction))].sort(compare)) {
				if (cameFrom.has(near)) continue;
				cameFrom.set(near, { from: id, forward: forward.has(near) });
				next.push(near);
			}
		}
		frontier = next;
	}
	if (!cameFrom.has(to)) return null;
	const path: PathStep[] = [];
	for (let at = to, step = cameFrom.get(to); step; at = step.from, step = cameFrom.get(step.from)) {
		const edge = step.forward ? tellingEdge(graph, step.from, at) : tellingEdge(graph, at, step.from);
		path.unshift({ from: step.from, to: at, edge, forward: step.forward });
	}
	return path;
}

/**
 * The link from `source` to `target` that best says how they relate: the earliest related-list item with a
 * relation (written for that), else the earliest other link with a sentence, else the earliest link. The
 * earliest alone was often a passing sentence of the prose ("Such cycles are left to the cyclic collector.").
 */
function tellingEdge(graph: ConceptGraph, source: string, target: string): GraphEdge {
	const edges = graph.outgoingEdges(source).filter((edge) => edge.target === target);
	return (
		edges.find((edge) => edge.kind === "related" && edge.relation !== "") ??
		edges.find((edge) => edge.kind !== "footer" && edge.relation !== "") ??
		edges[0]!
	);
}

export interface Centrality {
	id: string;
	/** Distinct notes linking here, distinct notes linked from here. */
	inDegree: number;
	outDegree: number;
	/** PageRank over distinct links, damping 0.85; sums to 1 over the graph. */
	rank: number;
}

export function centrality(graph: ConceptGraph, iterations = 30): Centrality[] {
	const nodes = graph.nodes();
	const index = new Map(nodes.map((node, i) => [node.id, i]));
	const targets = nodes.map((node) => [...new Set(graph.outgoingTargets(node.id).map((target) => index.get(target)!))]);
	const inDegree = new Array<number>(nodes.length).fill(0);
	for (const list of targets) for (const target of list) inDegree[target]!++;
	const n = nodes.length || 1;
	let rank = new Array<number>(nodes.length).fill(1 / n);
	for (let round = 0; round < iterations; round++) {
		const next = new Array<number>(nodes.length).fill(0);
		let dangling = 0;
		targets.forEach((list, i) => {
			if (list.length === 0) dangling += rank[i]!;
			else for (const target of list) next[target]! += rank[i]! / list.length;
		});
		rank = next.map((value) => 0.15 / n + 0.85 * (value + dangling / n));
	}
	return nodes.map((node, i) => ({ id: node.id, inDegree: inDegree[i]!, outDegree: targets[i]!.length, rank: rank[i]! }));
}

/** Notes with no links in or out (links to themselves do not count). */
export function orphans(graph: ConceptGraph): string[] {
	return graph
		.nodes()
		.filter((node) => node.resolved && graph.outgoingTargets(node.id).length === 0 && graph.incomingSources(node.id).length === 0)
		.map((node) => node.id);
}

export interface UnresolvedConcept {
	id: string;
	/** Edges that mention it, in file order. */
	mentions: GraphEdge[];
}

export function unresolvedConcepts(graph: ConceptGraph): UnresolvedConcept[] {
	return graph
		.nodes()
		.filter((node) => !node.resolved)
		.map((node) => ({ id: node.id, mentions: graph.incomingEdges(node.id) }));
}

export function notesWithPymemBlocks(graph: ConceptGraph): GraphNode[] {
	return graph.nodes().filter((node) => node.pymemBlocks > 0);
}

export interface TwoHopSuggestion {
	id: string;
	/** Notes this one links to that link to the suggestion, or that share it as a target. */
	via: string[];
}

/**
 * Concepts two links away that the note does not link to itself: targets of the notes it links to, and
 * notes that link to the same targets. "Linked from Functions and Closures, but not from here."
 */
export function twoHopSuggestions(graph: ConceptGraph, id: string, limit = 10): TwoHopSuggestion[] {
	const direct = new Set(graph.outgoingTargets(id));
	for (const source of graph.incomingSources(id)) direct.add(source);
	const via = new Map<string, Set<string>>();
	for (const middle of direct) {
		for (const target of graph.outgoingTargets(middle)) {
			if (target === id || direct.has(target)) continue;
			let set = via.get(target);
			if (!set) via.set(target, (set = new Set()));
			set.add(middle);
		}
	}
	return [...via]
		.map(([target, middles]) => ({ id: target, via: [...middles].sort(compare) }))
		.sort((a, b) => b.via.length - a.via.length || compare(a.id, b.id))
		.slice(0, limit);
}
