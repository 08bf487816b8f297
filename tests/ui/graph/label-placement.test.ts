import { describe, expect, it } from "vitest";
import { placeEdgeLabels, type LabelRequest, type NodeBox } from "../../../src/ui/graph/label-placement";

const request = (key: string, a: [number, number], b: [number, number], text = "relation"): LabelRequest => ({
	key,
	a: { x: a[0], y: a[1] },
	b: { x: b[0], y: b[1] },
	text,
});

describe("placeEdgeLabels", () => {
	it("writes a lone label at the middle of its edge", () => {
		const spots = placeEdgeLabels([request("e", [0, 0], [200, 0])], []);
		expect(spots.get("e")).toEqual({ x: 100, y: 0 });
	});

	it("moves a label along its edge, away from a label placed before it", () => {
		// Two edges that cross at their middles: the second label cannot sit on the first.
		const spots = placeEdgeLabels([request("first", [0, 0], [200, 0]), request("second", [100, -150], [100, 150])], []);
		expect(spots.get("first")).toEqual({ x: 100, y: 0 });
		const second = spots.get("second")!;
		expect(second.x).toBe(100);
		expect(Math.abs(second.y)).toBeGreaterThan(10);
	});

	it("leaves out a label that finds no free spot, and never covers a node or its name", () => {
		const nodes: NodeBox[] = [{ at: { x: 50, y: 0 }, radius: 6, label: "A concept with a long name" }];
		// A short edge right under the node's name: every spot along it is taken.
		const spots = placeEdgeLabels([request("hidden", [20, 16], [80, 16])], nodes);
		expect(spots.has("hidden")).toBe(false);
		const clear = placeEdgeLabels([request("shown", [0, 200], [200, 200])], nodes);
		expect(clear.get("shown")).toEqual({ x: 100, y: 200 });
	});

	it("gives earlier requests the better spots", () => {
		const crowded = [request("path", [0, 0], [600, 0], "the path's relation"), request("other", [0, 0], [600, 0], "another relation")];
		const spots = placeEdgeLabels(crowded, []);
		expect(spots.get("path")).toEqual({ x: 300, y: 0 });
		expect(spots.get("other")).toBeDefined();
		expect(spots.get("other")!.x).not.toBe(300);
	});
});
