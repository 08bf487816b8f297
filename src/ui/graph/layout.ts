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

export function createLayout(nodes: SimNode[], links: SimLink[]): Simulation<SimNode, SimLink> {
	return forceSimulation(nodes)
		.force("link", forceLink<SimNode, SimLink>(links).id((node) => node.id).distance(110))
		.force("charge", forceManyBody().strength(-320).distanceMax(500))
		.force("x", forceX(0).strength(0.06))
		.force("y", forceY(0).strength(0.06))
		.force("collide", forceCollide(22))
		.stop();
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
