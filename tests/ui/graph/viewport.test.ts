import { describe, expect, it } from "vitest";
import { GraphViewport } from "../../../src/ui/graph/viewport.svelte";

function viewportOver(points: { x: number; y: number }[], width = 600, height = 420): GraphViewport {
	const boxes = points.map(({ x, y }) => ({ left: x, top: y, right: x, bottom: y }));
	return new GraphViewport({ width: () => width, height: () => height, nodes: () => boxes, names: () => [] });
}

describe("graph viewport", () => {
	it("fits the laid-out nodes, centred, with a 30 px margin, never above 1.5x", () => {
		const viewport = viewportOver([{ x: -100, y: -50 }, { x: 140, y: 70 }]);
		viewport.fit();
		// min(1.5, 540 / 240, 360 / 120) = 1.5; the centre (20, 10) goes to the canvas centre.
		expect(viewport.view).toEqual({ k: 1.5, x: -30, y: -15 });
		expect(viewport.userMoved).toBe(false);
		const wide = viewportOver([{ x: 0, y: 0 }, { x: 1080, y: 0 }]);
		wide.fit();
		expect(wide.view.k).toBe(0.5);
	});

	it("leaves the view alone when there is nothing to fit", () => {
		const viewport = viewportOver([]);
		viewport.fit();
		expect(viewport.view).toEqual({ x: 0, y: 0, k: 1 });
	});

	it("zooms about the point under the cursor, within 0.1x and 4x", () => {
		const viewport = viewportOver([]);
		viewport.zoomBy(2, 400, 210);
		// The cursor is 100 px right of the centre: that point stays where it is.
		expect(viewport.view).toEqual({ k: 2, x: -100, y: 0 });
		expect(viewport.toLayout(400, 210, { left: 0, top: 0 } as DOMRect)).toEqual({ x: 100, y: 0 });
		viewport.zoomBy(100);
		expect(viewport.view.k).toBe(4);
		expect(viewport.userMoved).toBe(true);
	});

	it("pans with the arrow keys only when told (the canvas has focus, or Shift is held), zooms with + and -, and fits again with 0", () => {
		const viewport = viewportOver([{ x: 0, y: 0 }, { x: 100, y: 100 }]);
		expect(viewport.handleKey("ArrowLeft", true)).toBe(true);
		expect(viewport.view).toEqual({ x: 40, y: 0, k: 1 });
		expect(viewport.handleKey("ArrowLeft", false)).toBe(false);
		expect(viewport.handleKey("+", false)).toBe(true);
		expect(viewport.view.k).toBe(1.25);
		expect(viewport.handleKey("-", false)).toBe(true);
		expect(viewport.view.k).toBe(1);
		expect(viewport.userMoved).toBe(true);
		expect(viewport.handleKey("0", false)).toBe(true);
		expect(viewport.userMoved).toBe(false);
		expect(viewport.view).toEqual({ k: 1.5, x: -75, y: -75 });
		expect(viewport.handleKey("x", true)).toBe(false);
	});

	it("pans the least distance that brings a concept reached by keyboard inside the canvas, and no more", () => {
		const viewport = viewportOver([]);
		// At zoom 2 the 600 x 420 canvas shows x from -150 to 150 and y from -105 to 105 (layout units).
		viewport.zoomBy(2);
		viewport.userMoved = false;
		viewport.reveal({ x: 100, y: 50 });
		expect(viewport.view).toEqual({ k: 2, x: 0, y: 0 });
		expect(viewport.userMoved).toBe(false);
		// 40 px inside the right edge is x = 130; a concept at 200 moves 70 units, 140 px, left.
		viewport.reveal({ x: 200, y: -120 });
		expect(viewport.view).toEqual({ k: 2, x: -140, y: 70 });
		expect(viewport.userMoved).toBe(true);
	});
});

describe("graph viewport fitting names", () => {
	// Two nodes 200 apart, each with a name `wide` px wide centred under it; inside a frame, a name that would
	// cross its edge is not drawn (the placement has no other spot for it here).
	function withNames(width: number, wide: number): GraphViewport {
		const nodes = [{ x: 0, y: 0 }, { x: 200, y: 0 }];
		return new GraphViewport({
			width: () => width,
			height: () => 400,
			nodes: () => nodes.map(({ x, y }) => ({ left: x - 6, top: y - 6, right: x + 6, bottom: y + 6 })),
			names: (scale, frame) =>
				nodes
					.map(({ x, y }) => ({ left: x - wide / 2 / scale, top: y + 8, right: x + wide / 2 / scale, bottom: y + 8 + 12 / scale }))
					.filter((box) => !frame || (box.left >= frame.left && box.right <= frame.right)),
		});
	}

	it("fits nodes and their names, whose size in layout units depends on the zoom, inside the margin", () => {
		const viewport = withNames(400, 120);
		viewport.fit();
		const { k, x } = viewport.view;
		// On screen: the nodes are 200k apart and the names stick out 60 px on each side; all within 400 - 60.
		expect(200 * k + 120).toBeCloseTo(340, 0);
		// Centred: the left name's edge is as far from the canvas's left as the right one's from its right.
		const leftEdge = 200 + x - 60;
		const rightEdge = 200 + x + 200 * k + 60;
		expect(leftEdge).toBeCloseTo(400 - rightEdge, 1);
		// What the canvas shows, in layout units, starts at the left name's edge less the 30 px margin.
		expect(viewport.visibleBox().left * k).toBeCloseTo(-60 - 30, 0);
	});

	it("does not shrink the map below 70% of the nodes' own fit to make room for long names", () => {
		// The nodes alone fit at (300 - 60) / 212; names 240 px wide would leave almost nothing for them, and
		// fit beside neither node at any zoom from 70% on: the nodes take the canvas, as nothing is lost.
		const viewport = withNames(300, 240);
		viewport.fit();
		expect(viewport.view.k).toBeCloseTo(240 / 212, 6);
		// The nodes are centred then: their middle (100, 0) is at the canvas's centre.
		expect(viewport.view.x).toBeCloseTo(-100 * viewport.view.k, 6);
	});

	it("zooms in from 70% as far as the names drawn there still fit, leaving no wide margins in a narrow canvas", () => {
		// Names 100 px wide need a zoom of 0.7 to fit beside the map, below 70% of the nodes' fit (0.79); drawn
		// centred under their nodes, they stay inside the canvas up to a zoom of 0.96.
		const viewport = withNames(300, 100);
		viewport.fit();
		const { k, x } = viewport.view;
		expect(k).toBeGreaterThan(0.93);
		expect(k).toBeLessThanOrEqual(0.96);
		const leftName = 150 + x - 50;
		expect(leftName).toBeGreaterThanOrEqual(4);
		expect(leftName).toBeLessThan(10);
	});
});
