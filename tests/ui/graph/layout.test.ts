import { describe, expect, it } from "vitest";
import { createLayout, orientLayout, placeNewNodes, type SimLink, type SimNode } from "../../../src/ui/graph/layout";

const nodes = (count: number): SimNode[] => Array.from({ length: count }, (_, i) => ({ id: `N${i}` }));

describe("first placement of the layout", () => {
	it("warms a small fresh map up before its first paint and a changed map by one tick", () => {
		expect(placeNewNodes(nodes(10), false)).toBe(40);
		expect(placeNewNodes(nodes(200), false)).toBe(40);
		expect(placeNewNodes(nodes(500), true)).toBe(1);
	});

	it("starts a large fresh map on a wide spiral, placed, with no tick before its first paint", () => {
		const large = nodes(500);
		expect(placeNewNodes(large, false)).toBe(0);
		expect(large.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
		const extent = Math.max(...large.map((node) => Math.hypot(node.x!, node.y!)));
		expect(extent).toBeGreaterThan(600);
	});
});

/** Width over height of the nodes' bounding box. */
function spread(placed: readonly SimNode[]): number {
	const xs = placed.map((node) => node.x!);
	const ys = placed.map((node) => node.y!);
	return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
}

describe("the layout takes the canvas's shape", () => {
	it("turns a wide layout upright for a tall canvas and back for a wide one, about its centre", () => {
		const row: SimNode[] = Array.from({ length: 7 }, (_, i) => ({ id: `N${i}`, x: i * 50, y: (i % 2) * 10 }));
		orientLayout(row, 364 / 420);
		expect(spread(row)).toBeLessThan(0.5);
		expect(row.reduce((sum, node) => sum + node.x!, 0) / row.length).toBeCloseTo(150);
		orientLayout(row, 698 / 320);
		expect(spread(row)).toBeGreaterThan(2);
	});

	it("leaves a map of fewer than three placed nodes alone", () => {
		const two: SimNode[] = [
			{ id: "a", x: 0, y: 0 },
			{ id: "b", x: 100, y: 0 },
		];
		orientLayout(two, 0.5);
		expect(two.map((node) => [node.x, node.y])).toEqual([
			[0, 0],
			[100, 0],
		]);
	});

	it("grows a map taller in a narrow canvas than in a wide one", () => {
		const settle = (aspect: number): number => {
			const ring = nodes(16);
			const links: SimLink[] = ring.map((node, i) => ({ source: node.id, target: ring[(i + 5) % ring.length]!.id }));
			createLayout(ring, links, aspect).tick(300);
			orientLayout(ring, 1);
			return spread(ring);
		};
		// Turned the same way, so only the pull towards the centre differs.
		expect(settle(0.6)).toBeLessThan(settle(1.8));
	});
});
