// Where the graph picture writes its words: each concept's name around its node, and the relation along each
// labelled edge. They are placed again (label-placement.ts) as the layout moves, the zoom changes or another
// concept is emphasised. ForceGraph draws them; the viewport asks for the names' boxes when it fits the map.
import type { GraphViewData, GraphViewEdge, GraphViewNode } from "../../graph/view-data";
import { arrowheadBox, type EdgeEnds, type Point } from "./edge-geometry";
import {
	linkCounts,
	nodeLabelBox,
	placeEdgeLabels,
	placeNodeLabels,
	type Box,
	type LabelRequest,
	type NodeBox,
	type NodeLabelRequest,
	type NodeLabelSpot,
} from "./label-placement";
import { truncate } from "./host";
import type { GraphViewport } from "./viewport.svelte";

/** Footer and heading links carry their line as relation; as a label it would only repeat a node name. */
const LABELLED_KINDS = new Set(["related", "prose", "property"]);

const NO_SPOTS: ReadonlyMap<string, Point> = new Map();

/** What a screen reader says for a concept: its name, then what the map shows by dot, dash and size. */
export function nodeDescription(node: GraphViewNode): string {
	const blocks = node.pymem === 0 ? "" : `, ${node.pymem} pymem ${node.pymem === 1 ? "block" : "blocks"}`;
	return `${node.label}${node.resolved ? "" : ", no note yet"}${blocks}${node.hub ? ", hub" : ""}`;
}

/** A concept's name as the map writes it. */
export const nodeName = (node: GraphViewNode): string => truncate(node.label, 32);
/** An edge's relation as the map writes it (its full text is in the edge's tooltip). */
export const relationText = (edge: GraphViewEdge): string => truncate(edge.relations[0] ?? "", 28);

/** What the names depend on, read through functions so that each placement tracks only what it reads. */
export interface GraphNamesSource {
	data(): GraphViewData;
	positions(): ReadonlyMap<string, Point>;
	selected(): string | null;
	/** The concept under the pointer or keyboard focus. */
	pointed(): string | null;
	/** The concepts a search found. */
	matches(): ReadonlySet<string> | undefined;
	/** The edges drawn as elements of their own; only these can carry a relation. */
	edgeElements(): readonly GraphViewEdge[];
	/** Whether an edge is one whose relation is written (the emphasised concept's links and the path). */
	labelled(edge: GraphViewEdge): boolean;
	radius(node: GraphViewNode): number;
	edgeEnds(edge: GraphViewEdge): EdgeEnds | null;
	/** How wide a concept's name is drawn, in screen pixels. */
	nameWidth(name: string): number;
}

export class GraphNames {
	constructor(
		private readonly source: GraphNamesSource,
		private readonly viewport: GraphViewport,
	) {}

	/** The most linked concepts name themselves first; the rest take the spots left. */
	private readonly linkCount = $derived(linkCounts(this.source.data().edges));
	/** Where the arrowheads are, which names keep clear of when they can. */
	private readonly arrowheads = $derived(
		this.source.data().edges.flatMap((edge) => {
			const ends = this.source.edgeEnds(edge);
			return ends ? [arrowheadBox(ends)] : [];
		}),
	);
	/** Names stay a few pixels inside the canvas: one the edge would cut goes to another side of its node. */
	private readonly visible = $derived(this.viewport.visibleBox(4));
	/** Where each named concept's name goes at the current zoom; a concept missing here is drawn unnamed. */
	readonly nodeSpots: ReadonlyMap<string, NodeLabelSpot> = $derived(this.place(this.viewport.view.k, this.visible));

	/** Where each written relation goes, by edge key: path edges first, each where it covers no other label or node. */
	readonly relationSpots: ReadonlyMap<string, Point> = $derived.by(() => {
		const scale = this.viewport.view.k;
		if (scale < 0.5) return NO_SPOTS;
		const positions = this.source.positions();
		const requests: LabelRequest[] = [];
		for (const edge of this.source.edgeElements()) {
			const a = positions.get(edge.source);
			const b = positions.get(edge.target);
			if (!a || !b || !this.source.labelled(edge) || !edge.relations[0] || !LABELLED_KINDS.has(edge.kind)) continue;
			const request = { key: edge.key, a, b, text: relationText(edge) };
			if (edge.onPath) requests.unshift(request);
			else requests.push(request);
		}
		if (requests.length === 0) return NO_SPOTS;
		const spots = this.nodeSpots;
		const nodes: NodeBox[] = [];
		for (const node of this.source.data().nodes) {
			const at = positions.get(node.id);
			const spot = spots.get(node.id);
			const label = spot ? nodeName(node) : null;
			if (at) nodes.push({ at, radius: this.source.radius(node), label, spot, labelWidth: label === null ? undefined : this.source.nameWidth(label) });
		}
		return placeEdgeLabels(requests, nodes, scale, this.visible, this.arrowheads);
	});

	/** Every name a fit at zoom `scale` would draw, inside `frame` when it knows where the canvas edges fall. */
	*boxesAt(scale: number, frame?: Box): Generator<Box> {
		const spots = this.place(scale, frame);
		const positions = this.source.positions();
		for (const node of this.source.data().nodes) {
			const at = positions.get(node.id);
			const spot = spots.get(node.id);
			const name = nodeName(node);
			if (at && spot) yield nodeLabelBox(at, name, spot, scale, this.source.nameWidth(name));
		}
	}

	/** A large map names every concept only when zoomed in; zoomed out it names those that matter here. */
	private everyNameShownAt(scale: number): boolean {
		return this.source.data().nodes.length <= 400 || scale >= 0.8;
	}

	/**
	 * Each shown name's spot around its node at zoom `scale`, where it covers no other name or node; names
	 * with none stay out until their node is pointed at or zoomed into.
	 */
	private place(scale: number, frame?: Box): ReadonlyMap<string, NodeLabelSpot> {
		// State read once, not once per node: a 500-node map places its names several times while it fits.
		const source = this.source;
		const everyName = this.everyNameShownAt(scale);
		const positions = source.positions();
		const chosen = source.selected();
		const hovered = source.pointed();
		const found = source.matches();
		const counts = this.linkCount;
		const circles: { at: Point; radius: number }[] = [];
		const requests: NodeLabelRequest[] = [];
		for (const node of source.data().nodes) {
			const at = positions.get(node.id);
			if (!at) continue;
			const radius = source.radius(node);
			circles.push({ at, radius });
			// These are named at any zoom (docs/concept-graph.md), the rest only when every name is shown.
			const keep = node.centre || node.onPath || node.id === chosen || node.id === hovered || (found?.has(node.id) ?? false);
			if (!everyName && !keep) continue;
			const label = nodeName(node);
			requests.push({ key: node.id, at, radius, label, keep, labelWidth: source.nameWidth(label) });
		}
		const rank = (request: NodeLabelRequest) => (request.keep ? 1e9 : 0) + (counts.get(request.key) ?? 0);
		requests.sort((a, b) => rank(b) - rank(a));
		return placeNodeLabels(requests, circles, scale, frame, this.arrowheads);
	}
}
