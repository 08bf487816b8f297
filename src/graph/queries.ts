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

function stepsFrom(graph: ConceptGraph, id: string, direction: Direction): { edge: GraphEdge; next: string; forward: boolean }[] {
	const steps: { edge: GraphEdge; next: string; forward: boolean }[] = [];
	if (direction !== "in") for (const edge of graph.outgoingEdges(id)) steps.push({ edge, next: edge.target, forward: true });
	if (direction !== "out") for (const edge of graph.incomingEdges(id)) steps.push({ edge, next: edge.source, forward: false });
	return steps;
}

export function neighbours(graph: ConceptGraph, centre: string, depth: number, direction: Direction = "both"): Neighbourhood {
	const distances = new Map<string, number>();
	if (!graph.node(centre)) return { distances, nodes: [], edges: [] };
	distances.set(centre, 0);
	let frontier = [centre];
	for (let level = 1; level <= depth && frontier.length > 0; level++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const step of stepsFrom(graph, id, direction)) {
				if (distances.has(step.next)) continue;
				distances.set(step.next, level);
				next.push(step.next);
			}
		}
		frontier = next;
	}
	const ids = [...distances.keys()].sort(compare);
	const edges = ids.flatMap((id) => graph.outgoingEdges(id).filter((edge) => distances.has(edge.target)));
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
	const cameFrom = new Map<string, PathStep | null>([[from, null]]);
	let frontier = [from];
	while (frontier.length > 0 && !cameFrom.has(to)) {
		const next: string[] = [];
		for (const id of frontier) {
			const steps = stepsFrom(graph, id, direction).sort(
				(a, b) => compare(a.next, b.next) || Number(b.forward) - Number(a.forward) || a.edge.line - b.edge.line,
			);
			for (const step of steps) {
				if (cameFrom.has(step.next)) continue;
				cameFrom.set(step.next, { from: id, to: step.next, edge: step.edge, forward: step.forward });
				next.push(step.next);
			}
		}
		frontier = next;
	}
	if (!cameFrom.has(to)) return null;
	const path: PathStep[] = [];
	for (let step = cameFrom.get(to); step; step = cameFrom.get(step.from)) path.unshift(step);
	return path;
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
	const targets = nodes.map((node) => [...new Set(graph.outgoingEdges(node.id).map((edge) => index.get(edge.target)!))]);
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
		.filter((node) => node.resolved && graph.outgoingEdges(node.id).length === 0 && graph.incomingEdges(node.id).length === 0)
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
	const direct = new Set(graph.outgoingEdges(id).map((edge) => edge.target));
	for (const edge of graph.incomingEdges(id)) direct.add(edge.source);
	const via = new Map<string, Set<string>>();
	for (const middle of direct) {
		for (const edge of graph.outgoingEdges(middle)) {
			if (edge.target === id || direct.has(edge.target)) continue;
			let set = via.get(edge.target);
			if (!set) via.set(edge.target, (set = new Set()));
			set.add(middle);
		}
	}
	return [...via]
		.map(([target, middles]) => ({ id: target, via: [...middles].sort(compare) }))
		.sort((a, b) => b.via.length - a.via.length || compare(a.id, b.id))
		.slice(0, limit);
}
