/** The force layout of the graph picture: d3-force with the forces the picture uses, and its first placement. */
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Simulation,
	type SimulationLinkDatum,
	type SimulationNodeDatum,
} from "d3-force";

export type SimNode = SimulationNodeDatum & { id: string };
export type SimLink = SimulationLinkDatum<SimNode>;

/** Above this many nodes a map is large: its first frame must come quickly, and it settles while animating. */
const LARGE_MAP = 200;
/**
 * Distance scale of the starting spiral of a large map. d3's own start (10) is a tight ball that the charge
 * blows up to about three times its size within the first tick; starting that wide instead lets the first
 * frame show the map at its final scale without running a tick first (a cold tick of 500 nodes took
 * 20-45 ms, most of the first render's budget).
 */
const LARGE_MAP_SPACING = 30;

/** The pull towards the centre that keeps a map together, on each axis for a square canvas. */
const CENTRE_PULL = 0.06;
/** How far the pull may lean to one axis: beyond this a map of few nodes lines up in a row. */
const MOST_LEAN = 3;

export function createLayout(nodes: SimNode[], links: SimLink[], aspect = 1): Simulation<SimNode, SimLink> {
	const sim = forceSimulation(nodes)
		.force("link", forceLink<SimNode, SimLink>(links).id((node) => node.id).distance(110))
		.force("charge", forceManyBody().strength(-320).distanceMax(500))
		.force("collide", forceCollide(22))
		.stop();
	shapeLayout(sim, aspect);
	return sim;
}

/**
 * Leans the map towards the canvas's shape (`aspect` = width / height): a tall, narrow canvas (a phone)
 * pulls harder sideways, so the map grows tall instead of being shrunk to fit its width, which crowded the
 * names together. Safe to call while the layout runs, as the canvas is resized.
 */
export function shapeLayout(sim: Simulation<SimNode, SimLink>, aspect: number): void {
	const lean = Math.min(MOST_LEAN, Math.max(1 / MOST_LEAN, Number.isFinite(aspect) && aspect > 0 ? aspect : 1));
	sim.force("x", forceX<SimNode>(0).strength(CENTRE_PULL / lean));
	sim.force("y", forceY<SimNode>(0).strength(CENTRE_PULL * lean));
}

/**
 * Places the nodes that have no position yet. Returns how many ticks to run before the first paint:
 * a few for a small fresh map so it starts untangled, one when the data changed (the old nodes keep their
 * places), none for a large fresh map, which starts on a wide spiral instead.
 */
export function placeNewNodes(nodes: SimNode[], relayout: boolean): number {
	if (relayout) return 1;
	if (nodes.length <= LARGE_MAP) return Math.min(40, Math.ceil(8000 / Math.max(1, nodes.length)));
	// d3's phyllotaxis (the golden-angle spiral it uses for unplaced nodes), scaled up.
	const angle = Math.PI * (3 - Math.sqrt(5));
	nodes.forEach((node, i) => {
		const radius = LARGE_MAP_SPACING * Math.sqrt(0.5 + i);
		node.x = radius * Math.cos(i * angle);
		node.y = radius * Math.sin(i * angle);
	});
	return 0;
}

/**
 * Turns a fresh layout about its centre so its long side lies along the canvas's long side (`aspect` =
 * width / height): a force layout comes out in any direction, and a wide map in a tall canvas is fitted to
 * the width and drawn small. Call before the first paint, once the nodes have warmed up into their shape.
 */
export function orientLayout(nodes: readonly SimNode[], aspect: number): void {
	const placed = nodes.filter((node) => node.x !== undefined && node.y !== undefined);
	if (placed.length < 3 || !(aspect > 0)) return;
	const cx = placed.reduce((sum, node) => sum + node.x!, 0) / placed.length;
	const cy = placed.reduce((sum, node) => sum + node.y!, 0) / placed.length;
	let xx = 0;
	let yy = 0;
	let xy = 0;
	for (const node of placed) {
		const dx = node.x! - cx;
		const dy = node.y! - cy;
		xx += dx * dx;
		yy += dy * dy;
		xy += dx * dy;
	}
	// The direction the nodes spread most along (the principal axis of their positions).
	const spread = Math.atan2(2 * xy, xx - yy) / 2;
	const turn = (aspect >= 1 ? 0 : Math.PI / 2) - spread;
	const cos = Math.cos(turn);
	const sin = Math.sin(turn);
	for (const node of placed) {
		const dx = node.x! - cx;
		const dy = node.y! - cy;
		node.x = cx + dx * cos - dy * sin;
		node.y = cy + dx * sin + dy * cos;
		node.vx = 0;
		node.vy = 0;
	}
}
