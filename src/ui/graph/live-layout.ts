// The running layout of the graph picture: d3-force places the nodes, a few ticks at once and then one per
// animation frame, and each frame publishes where they are to ForceGraph, which draws them and pins the node a
// reader drags.
import type { Simulation } from "d3-force";
import { untrack } from "svelte";
import type { GraphViewData } from "../../graph/view-data";
import type { Point } from "./edge-geometry";
import { createLayout, orientLayout, placeNewNodes, shapeLayout, type SimLink, type SimNode } from "./layout";

export interface LiveLayoutHost {
	/** Reads the canvas's size from the page: once a layout starts, since that forces the browser to lay out. */
	measure(): void;
	/** The canvas's width over its height, as last known. */
	aspect(): number;
	/** Where every node is now: a new map each time, never changed afterwards. */
	publish(positions: ReadonlyMap<string, Point>): void;
	/** The first positions are published. */
	placed(): void;
	/** The layout has come to rest. */
	settled(): void;
}

export class LiveLayout {
	#simulation: Simulation<SimNode, SimLink> | null = null;
	#nodes = new Map<string, SimNode>();
	#fitted = false;

	constructor(private readonly host: LiveLayoutHost) {}

	/**
	 * Lays out `data`, keeping where the nodes it shares with the last layout were, and animates the rest.
	 * Called from an effect, it reads only `data`: nothing else may restart the layout. Returns the cleanup.
	 */
	start(data: GraphViewData): () => void {
		const previous = this.#nodes;
		const nodes: SimNode[] = data.nodes.map((node) => {
			const old = previous.get(node.id);
			return old ? { id: node.id, x: old.x, y: old.y, fx: old.fx, fy: old.fy } : { id: node.id };
		});
		this.#nodes = new Map(nodes.map((node) => [node.id, node]));
		const links: SimLink[] = data.edges.map((edge) => ({ source: edge.source, target: edge.target }));
		const relayout = previous.size > 0;
		const warmUp = placeNewNodes(nodes, relayout);
		let aspect = untrack(() => {
			this.host.measure();
			return this.host.aspect();
		});
		const sim = createLayout(nodes, links, aspect);
		this.#simulation = sim;
		sim.tick(warmUp);
		if (!relayout) orientLayout(nodes, aspect);
		untrack(() => this.publish());
		const step = () => {
			// The canvas's width is known only once it is laid out, after the first ticks.
			const now = untrack(() => this.host.aspect());
			if (now !== aspect) shapeLayout(sim, (aspect = now));
			sim.tick();
			this.publish();
			if (sim.alpha() > sim.alphaMin()) frame = window.requestAnimationFrame(step);
			else this.host.settled();
		};
		// The animation starts after the first paint: a tick in the first frame would delay it.
		let frame = window.requestAnimationFrame(() => (frame = window.requestAnimationFrame(step)));
		return () => {
			window.cancelAnimationFrame(frame);
			sim.stop();
		};
	}

	/** Whether `id` is laid out, so a press on it drags the node rather than the view. */
	has(id: string): boolean {
		return this.#nodes.has(id);
	}

	/** Pins a dragged node at `at` and lets its neighbours follow. */
	pin(id: string, at: Point): void {
		const node = this.#nodes.get(id);
		const sim = this.#simulation;
		if (!node || !sim) return;
		node.fx = at.x;
		node.fy = at.y;
		sim.alpha(Math.max(sim.alpha(), 0.1));
		sim.tick();
		this.publish();
	}

	private publish(): void {
		const next = new Map<string, Point>();
		for (const [id, node] of this.#nodes) next.set(id, { x: node.x ?? 0, y: node.y ?? 0 });
		this.host.publish(next);
		if (!this.#fitted && next.size > 0) {
			this.#fitted = true;
			this.host.placed();
		}
	}
}
