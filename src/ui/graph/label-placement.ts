/**
 * Where the graph picture may write an edge's relation without covering another label or a node. In a
 * small panel the labelled edges of one concept meet at that concept, so their midpoints crowd together;
 * a label that finds no free spot along its edge is left out (its full text stays in the edge's tooltip).
 */
import type { Point } from "./edge-geometry";

/** A label the picture would like to draw along the segment from `a` to `b`. */
export interface LabelRequest {
	key: string;
	a: Point;
	b: Point;
	text: string;
}

export interface NodeBox {
	at: Point;
	radius: number;
	/** The node's own label under it, or null when it is not drawn. */
	label: string | null;
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

// Estimated sizes in graph units for the stylesheet's fonts: 9px edge labels, 11px node labels, drawn
// 12 units under the node's rim. An estimate errs on the wide side, which only drops a label sooner.
const EDGE_CHAR_WIDTH = 5.2;
const EDGE_LABEL_HEIGHT = 10;
const NODE_CHAR_WIDTH = 6.4;
const NODE_LABEL_OFFSET = 12;
const NODE_LABEL_HEIGHT = 12;

/** Where along an edge a label may sit, best first: the middle, then either side of it. */
const SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72];

const overlaps = (p: Box, q: Box) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;

function nodeBoxes(node: NodeBox): Box[] {
	const { x, y } = node.at;
	const r = node.radius;
	const boxes = [{ left: x - r, top: y - r, right: x + r, bottom: y + r }];
	if (node.label) {
		const half = (node.label.length * NODE_CHAR_WIDTH) / 2;
		const baseline = y + r + NODE_LABEL_OFFSET;
		boxes.push({ left: x - half, top: baseline - NODE_LABEL_HEIGHT + 2, right: x + half, bottom: baseline + 2 });
	}
	return boxes;
}

/** The box of a label drawn centred on `at` with a text baseline there (SVG text's default). */
function labelBox(at: Point, text: string): Box {
	const half = (text.length * EDGE_CHAR_WIDTH) / 2;
	return { left: at.x - half, top: at.y - EDGE_LABEL_HEIGHT + 2, right: at.x + half, bottom: at.y + 2 };
}

/**
 * A spot for each request that gets one, in request order (put the most important first: they are placed
 * greedily, and later ones must avoid them).
 */
export function placeEdgeLabels(requests: readonly LabelRequest[], nodes: readonly NodeBox[]): Map<string, Point> {
	const taken: Box[] = nodes.flatMap(nodeBoxes);
	const placed = new Map<string, Point>();
	for (const request of requests) {
		for (const t of SPOTS) {
			const at = { x: request.a.x + (request.b.x - request.a.x) * t, y: request.a.y + (request.b.y - request.a.y) * t };
			const box = labelBox(at, request.text);
			if (taken.some((other) => overlaps(box, other))) continue;
			taken.push(box);
			placed.set(request.key, at);
			break;
		}
	}
	return placed;
}
