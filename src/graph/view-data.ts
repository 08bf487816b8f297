/**
 * What a graph picture shows, as plain data: the nodes and merged edges of a local map or the whole vault,
 * with the marks the view draws (centre, hub, pymem, ghost, path). Pure, so the view, the code block and
 * the tests share it.
 */
import type { ConceptGraph } from "./graph";
import { findHierarchy } from "./hierarchy";
import { centrality, neighbours, type Direction, type PathStep } from "./queries";
import type { GraphEdge, LinkKind } from "./types";

export interface GraphViewNode {
	id: string;
	label: string;
	resolved: boolean;
	/** Number of pymem blocks in the note. */
	pymem: number;
	hub: boolean;
	centre: boolean;
	onPath: boolean;
	/** Distance from the centre in a local map; 0 in the whole-vault map. */
	distance: number;
}

export interface GraphViewEdge {
	/** `source\ntarget`: one visual edge per ordered pair of notes. */
	key: string;
	source: string;
	target: string;
	/** Every non-empty relation text of the links it merges, in file order. */
	relations: string[];
	/** The kind of the first link it merges. */
	kind: LinkKind;
	/** Where the first link sits, for "listed under" when there is no relation text. */
	heading: string;
	onPath: boolean;
}

export interface GraphViewData {
	nodes: GraphViewNode[];
	edges: GraphViewEdge[];
	/** Nodes left out of a whole-vault map because of `maxNodes`. */
	hidden: number;
}

export interface GraphScope {
	mode: "local" | "vault";
	centre: string | null;
	depth: number;
	direction: Direction;
	/** A path to highlight, as returned by shortestPath. */
	path?: PathStep[] | null;
	/** The whole-vault map keeps the most central nodes up to this many. */
	maxNodes?: number;
}

/** Hubs take a pass over the whole graph; views ask many times per revision, so remember the last answer. */
const hubCache = new WeakMap<ConceptGraph, { revision: number; hubs: Set<string> }>();

/** A footer's relation is its line, which holds only the link (`# [[Home]]`): it states nothing. */
const stated = (edge: GraphEdge): boolean => edge.relation !== "" && edge.kind !== "footer";

function hubsOf(graph: ConceptGraph): Set<string> {
	const cached = hubCache.get(graph);
	if (cached?.revision === graph.revision) return cached.hubs;
	const hubs = new Set(findHierarchy(graph).hubs.map((hub) => hub.id));
	hubCache.set(graph, { revision: graph.revision, hubs });
	return hubs;
}

export function graphViewData(graph: ConceptGraph, scope: GraphScope): GraphViewData {
	const hubs = hubsOf(graph);
	const pathNodes = new Set<string>();
	const pathPairs = new Set<string>();
	for (const step of scope.path ?? []) {
		pathNodes.add(step.from).add(step.to);
		pathPairs.add(`${step.edge.source}\n${step.edge.target}`);
	}
	let ids: Map<string, number>;
	const local = scope.mode === "local" && scope.centre !== null && graph.node(scope.centre) !== undefined;
	if (local) {
		ids = neighbours(graph, scope.centre!, Math.min(3, Math.max(1, scope.depth)), scope.direction).distances;
	} else {
		const all = graph.nodes().map((node) => node.id);
		const limit = scope.maxNodes ?? Infinity;
		let kept = all;
		if (all.length > limit) {
			const ranked = centrality(graph).sort((a, b) => b.rank - a.rank);
			kept = ranked.slice(0, limit).map((entry) => entry.id);
		}
		ids = new Map(kept.map((id) => [id, 0]));
	}
	for (const id of pathNodes) if (!ids.has(id)) ids.set(id, 0);
	const hidden = local ? 0 : graph.nodes().length - ids.size;
	const nodes: GraphViewNode[] = [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, distance]) => {
		const node = graph.node(id)!;
		return {
			id,
			label: node.label,
			resolved: node.resolved,
			pymem: node.pymemBlocks,
			hub: hubs.has(id),
			centre: id === scope.centre,
			onPath: pathNodes.has(id),
			distance,
		};
	});
	const edges = new Map<string, GraphViewEdge>();
	for (const id of ids.keys()) {
		for (const edge of graph.outgoingEdges(id)) {
			if (!ids.has(edge.target)) continue;
			const key = `${edge.source}\n${edge.target}`;
			const existing = edges.get(key);
			if (existing) {
				if (stated(edge) && !existing.relations.includes(edge.relation)) existing.relations.push(edge.relation);
				continue;
			}
			edges.set(key, {
				key,
				source: edge.source,
				target: edge.target,
				relations: stated(edge) ? [edge.relation] : [],
				kind: edge.kind,
				heading: edge.heading,
				onPath: pathPairs.has(key),
			});
		}
	}
	return { nodes, edges: [...edges.values()], hidden };
}
