import { describe, expect, it } from "vitest";
import { placeNewNodes, type SimNode } from "../../../src/ui/graph/layout";

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
