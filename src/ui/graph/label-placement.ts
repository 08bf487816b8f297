/**
 * Where the graph picture may write names and relations without covering each other or a node. Labels keep
 * their size on screen at any zoom (so their size in graph units is divided by the zoom `scale`). Node names
 * go under their node when there is room, else over it or beside it; a name with no free spot is left out
 * unless it must show (the centre, the selection, the path, the concept under the pointer), and shows when
 * its node is hovered or focused. In a small panel the labelled edges of one concept meet at that concept,
 * so their midpoints crowd together; an edge label that finds no free spot along its edge is left out too
 * (its full text stays in the edge's tooltip).
 */
import type { Point } from "./edge-geometry";

/** A label the picture would like to draw along the segment from `a` to `b`. */
export interface LabelRequest {
	key: string;
	a: Point;
	b: Point;
	text: string;
}

/** Where a node's name is drawn, relative to the node's centre in graph units, and how the text hangs from it. */
export interface NodeLabelSpot {
	dx: number;
	dy: number;
	anchor: "middle" | "start" | "end";
}

export interface NodeBox {
	at: Point;
	radius: number;
	/** The node's own label, or null when it is not drawn. */
	label: string | null;
	/** Where the label goes (from placeNodeLabels); under the node when absent. */
	spot?: NodeLabelSpot;
	/** The label's drawn width in screen pixels, when the host measured it (else estimated). */
	labelWidth?: number;
}

export interface NodeLabelRequest extends NodeBox {
	key: string;
	label: string;
	/** Drawn even when every spot is taken. */
	keep: boolean;
}

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

// Estimated sizes in screen pixels for the stylesheet's fonts: 9px edge labels, 11px node labels. An
// estimate errs on the wide side, which only drops a label sooner (a browser measures node labels instead:
// the estimate is a third wider than most names, which left wide margins around a fitted map).
const EDGE_CHAR_WIDTH = 5.2;
const EDGE_LABEL_HEIGHT = 10;
const NODE_CHAR_WIDTH = 6.4;
const NODE_LABEL_OFFSET = 12;
const NODE_LABEL_HEIGHT = 12;
const NODE_LABEL_GAP = 4;

/** Where along an edge a label may sit, best first: the middle, then either side of it. */
const SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72];

const overlaps = (p: Box, q: Box) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
/** Whether `box` lies within `frame` (what the canvas shows); anything fits when there is no frame. */
const within = (box: Box, frame: Box | undefined) =>
	!frame || (box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom);

/** The spots around a node for its name at zoom `scale`, best first: under it, over it, right, left. */
function nodeLabelSpots(radius: number, scale: number): NodeLabelSpot[] {
	const beside = (NODE_LABEL_HEIGHT / 2 - 2) / scale;
	const gap = NODE_LABEL_GAP / scale;
	return [
		{ dx: 0, dy: radius + NODE_LABEL_OFFSET / scale, anchor: "middle" },
		{ dx: 0, dy: -radius - gap - 1 / scale, anchor: "middle" },
		{ dx: radius + gap, dy: beside, anchor: "start" },
		{ dx: -radius - gap, dy: beside, anchor: "end" },
	];
}

/** A node label's width in screen pixels when nothing measured it. */
export function estimatedNodeLabelWidth(text: string): number {
	return text.length * NODE_CHAR_WIDTH;
}

/**
 * The box of a node's label drawn at `spot` (the text's baseline is at the spot) at zoom `scale`, `drawnWidth`
 * screen pixels wide.
 */
export function nodeLabelBox(at: Point, text: string, spot: NodeLabelSpot, scale = 1, drawnWidth = estimatedNodeLabelWidth(text)): Box {
	const width = drawnWidth / scale;
	const x = at.x + spot.dx;
	const baseline = at.y + spot.dy;
	const left = spot.anchor === "middle" ? x - width / 2 : spot.anchor === "start" ? x : x - width;
	return { left, top: baseline - (NODE_LABEL_HEIGHT - 2) / scale, right: left + width, bottom: baseline + 2 / scale };
}

export function circleBox(at: Point, radius: number): Box {
	return { left: at.x - radius, top: at.y - radius, right: at.x + radius, bottom: at.y + radius };
}

function nodeBoxes(node: NodeBox, scale: number): Box[] {
	const boxes = [circleBox(node.at, node.radius)];
	if (node.label) boxes.push(nodeLabelBox(node.at, node.label, node.spot ?? nodeLabelSpots(node.radius, scale)[0]!, scale, node.labelWidth));
	return boxes;
}

/**
 * The box a relation takes, centred on `at` with its baseline there (SVG text's default), at zoom `scale`: by default in screen
 * pixels around the origin, where the picture draws the label's backdrop.
 */
export function edgeLabelBox(text: string, at: Point = { x: 0, y: 0 }, scale = 1): Box {
	const half = (text.length * EDGE_CHAR_WIDTH) / 2 / scale;
	return { left: at.x - half, top: at.y - (EDGE_LABEL_HEIGHT - 2) / scale, right: at.x + half, bottom: at.y + 2 / scale };
}

/** Boxes bucketed by a coarse grid, so a map of hundreds of labels checks only its neighbours. */
class BoxGrid {
	private readonly cells = new Map<number, Box[]>();

	/** `cell` in graph units: a few label heights, which grow as the picture zooms out. */
	constructor(private readonly cell: number) {}

	/** Calls `visit` with each cell the box touches until it returns true. */
	private some(box: Box, visit: (key: number) => boolean): boolean {
		const size = this.cell;
		const [x0, x1] = [Math.floor(box.left / size), Math.floor(box.right / size)];
		const [y0, y1] = [Math.floor(box.top / size), Math.floor(box.bottom / size)];
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (visit((x & 0x7fff) * 0x8000 + (y & 0x7fff))) return true;
		return false;
	}

	add(box: Box): void {
		this.some(box, (key) => {
			const cell = this.cells.get(key);
			if (cell) cell.push(box);
			else this.cells.set(key, [box]);
			return false;
		});
	}

	hits(box: Box): boolean {
		return this.some(box, (key) => this.cells.get(key)?.some((other) => overlaps(box, other)) ?? false);
	}
}

const gridFor = (scale: number) => new BoxGrid(64 / scale);

/**
 * A spot for each node name that gets one at zoom `scale`, in request order (put the names that must show
 * first, then the most connected: later ones must avoid them). `circles` are every node drawn; `frame`, when
 * given, is what the canvas shows, which a name must stay inside. A name avoids `arrowheads` too when one of
 * its spots is clear of them (an arrowhead under a name makes it hard to read), but takes a spot over one
 * rather than none: in a dense map every side of a well-linked concept has arrows.
 */
export function placeNodeLabels(
	requests: readonly NodeLabelRequest[],
	circles: readonly Pick<NodeBox, "at" | "radius">[],
	scale = 1,
	frame?: Box,
	arrowheads: readonly Box[] = [],
): Map<string, NodeLabelSpot> {
	const taken = gridFor(scale);
	for (const circle of circles) taken.add(circleBox(circle.at, circle.radius));
	const arrows = gridFor(scale);
	for (const box of arrowheads) arrows.add(box);
	const placed = new Map<string, NodeLabelSpot>();
	for (const request of requests) {
		const spots = nodeLabelSpots(request.radius, scale);
		const boxOf = (spot: NodeLabelSpot) => nodeLabelBox(request.at, request.label, spot, scale, request.labelWidth);
		const fits = (spot: NodeLabelSpot) => within(boxOf(spot), frame) && !taken.hits(boxOf(spot));
		const free = spots.find((spot) => fits(spot) && !arrows.hits(boxOf(spot))) ?? spots.find(fits);
		const spot = free ?? (request.keep ? (spots.find((spot) => within(boxOf(spot), frame)) ?? spots[0]) : undefined);
		if (!spot) continue;
		taken.add(boxOf(spot));
		placed.set(request.key, spot);
	}
	return placed;
}

/**
 * A spot for each request that gets one, in request order (put the most important first: they are placed
 * greedily, and later ones must avoid them) at zoom `scale`, inside `frame` when given; clear of
 * `arrowheads` where its edge has such a spot, as names are.
 */
export function placeEdgeLabels(
	requests: readonly LabelRequest[],
	nodes: readonly NodeBox[],
	scale = 1,
	frame?: Box,
	arrowheads: readonly Box[] = [],
): Map<string, Point> {
	const taken = gridFor(scale);
	for (const node of nodes) for (const box of nodeBoxes(node, scale)) taken.add(box);
	const arrows = gridFor(scale);
	for (const box of arrowheads) arrows.add(box);
	const placed = new Map<string, Point>();
	for (const request of requests) {
		const spots = SPOTS.map((t) => {
			const at = { x: request.a.x + (request.b.x - request.a.x) * t, y: request.a.y + (request.b.y - request.a.y) * t };
			return { at, box: edgeLabelBox(request.text, at, scale) };
		}).filter(({ box }) => within(box, frame) && !taken.hits(box));
		const spot = spots.find(({ box }) => !arrows.hits(box)) ?? spots[0];
		if (!spot) continue;
		taken.add(spot.box);
		placed.set(request.key, spot.at);
	}
	return placed;
}

/** How many links touch each node, so the most linked concepts can name themselves first. */
export function linkCounts(edges: readonly { source: string; target: string }[]): ReadonlyMap<string, number> {
	const count = new Map<string, number>();
	for (const edge of edges) {
		count.set(edge.source, (count.get(edge.source) ?? 0) + 1);
		count.set(edge.target, (count.get(edge.target) ?? 0) + 1);
	}
	return count;
}
