/**
 * Where the graph picture draws its edges. A large map draws the edges nobody is looking at as a few
 * combined paths instead of an element each: a thousand `<g><line>` pairs, each with its own reactive
 * attributes, cost more to create and to move every frame than the whole rest of the picture.
 */
import type { GraphViewEdge } from "../../graph/view-data";

export interface Point {
	x: number;
	y: number;
}

export interface EdgeEnds {
	x1: number;
	y1: number;
	/** The end, pulled back from the target's centre by `inset` so the arrowhead touches its rim. */
	x2: number;
	y2: number;
}

export function edgeEnds(a: Point, b: Point, inset: number): EdgeEnds {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x1: a.x, y1: a.y, x2: b.x - (dx / length) * inset, y2: b.y - (dy / length) * inset };
}

export interface CombinedEdgePaths {
	/** `d` of the solid lines, of the dashed (footer) lines, and of every arrowhead (filled). */
	lines: string;
	footerLines: string;
	arrowheads: string;
}

// The arrowhead the per-edge lines get from their SVG marker (viewBox 10x10, markerWidth 7, refX 9, scaled
// by the 1.2 stroke width), drawn by hand: one marker per vertex of a combined path would also mark starts.
const ARROW_SCALE = (7 * 1.2) / 10;
const ARROW_TIP = 1 * ARROW_SCALE;
const ARROW_BACK = 9 * ARROW_SCALE;
const ARROW_HALF_WIDTH = 5 * ARROW_SCALE;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The box (layout units) the arrowhead at an edge's end covers. Arrowheads crowd around a well-linked
 * concept, right where its name would go: label placement steers names away from them where it can.
 */
export function arrowheadBox(ends: EdgeEnds): { left: number; top: number; right: number; bottom: number } {
	const length = Math.hypot(ends.x2 - ends.x1, ends.y2 - ends.y1) || 1;
	const ux = (ends.x2 - ends.x1) / length;
	const uy = (ends.y2 - ends.y1) / length;
	const tipX = ends.x2 + ux * ARROW_TIP;
	const tipY = ends.y2 + uy * ARROW_TIP;
	const baseX = ends.x2 - ux * ARROW_BACK;
	const baseY = ends.y2 - uy * ARROW_BACK;
	const spreadX = Math.abs(uy) * ARROW_HALF_WIDTH;
	const spreadY = Math.abs(ux) * ARROW_HALF_WIDTH;
	return {
		left: Math.min(tipX, baseX - spreadX),
		right: Math.max(tipX, baseX + spreadX),
		top: Math.min(tipY, baseY - spreadY),
		bottom: Math.max(tipY, baseY + spreadY),
	};
}

export function combinedEdgePaths(
	edges: readonly GraphViewEdge[],
	positions: ReadonlyMap<string, Point>,
	insetOf: (edge: GraphViewEdge) => number,
): CombinedEdgePaths {
	let lines = "";
	let footerLines = "";
	let arrowheads = "";
	for (const edge of edges) {
		const a = positions.get(edge.source);
		const b = positions.get(edge.target);
		if (!a || !b) continue;
		const ends = edgeEnds(a, b, insetOf(edge));
		const segment = `M${round(ends.x1)} ${round(ends.y1)}L${round(ends.x2)} ${round(ends.y2)}`;
		if (edge.kind === "footer") footerLines += segment;
		else lines += segment;
		const length = Math.hypot(ends.x2 - ends.x1, ends.y2 - ends.y1) || 1;
		const ux = (ends.x2 - ends.x1) / length;
		const uy = (ends.y2 - ends.y1) / length;
		const baseX = ends.x2 - ux * ARROW_BACK;
		const baseY = ends.y2 - uy * ARROW_BACK;
		arrowheads +=
			`M${round(ends.x2 + ux * ARROW_TIP)} ${round(ends.y2 + uy * ARROW_TIP)}` +
			`L${round(baseX - uy * ARROW_HALF_WIDTH)} ${round(baseY + ux * ARROW_HALF_WIDTH)}` +
			`L${round(baseX + uy * ARROW_HALF_WIDTH)} ${round(baseY - ux * ARROW_HALF_WIDTH)}Z`;
	}
	return { lines, footerLines, arrowheads };
}
