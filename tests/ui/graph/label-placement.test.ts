import { describe, expect, it } from "vitest";
import { arrowheadBox, edgeEnds } from "../../../src/ui/graph/edge-geometry";
import {
	nodeLabelBox,
	placeEdgeLabels,
	placeNodeLabels,
	type Box,
	type LabelRequest,
	type NodeBox,
	type NodeLabelRequest,
} from "../../../src/ui/graph/label-placement";

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

	it("keeps a relation's size on screen: zoomed out it needs more room along its edge", () => {
		// 8 characters at 5.2 px are 41.6 px wide: an 80-unit edge holds it at 1x, not at 0.25x (166 units).
		const between = [{ at: { x: 0, y: 0 }, radius: 6, label: null }, { at: { x: 80, y: 0 }, radius: 6, label: null }];
		expect(placeEdgeLabels([request("e", [0, 0], [80, 0])], between).has("e")).toBe(true);
		expect(placeEdgeLabels([request("e", [0, 0], [80, 0])], between, 0.25).has("e")).toBe(false);
	});

	it("moves a relation along its edge off an arrowhead where it can, and keeps it over one where it cannot", () => {
		// An arrow from below ends at the middle of the edge, right under the label's first spot.
		const arrow = arrowheadBox(edgeEnds({ x: 100, y: 80 }, { x: 100, y: 0 }, 0));
		const moved = placeEdgeLabels([request("e", [0, 0], [200, 0])], [], 1, undefined, [arrow]).get("e")!;
		expect(moved.x).not.toBe(100);
		// A short edge whose every spot is over the arrowhead: the label stays at the middle.
		const wide = { left: -1000, top: -4, right: 1000, bottom: 4 };
		expect(placeEdgeLabels([request("e", [0, 0], [200, 0])], [], 1, undefined, [wide]).get("e")).toEqual({ x: 100, y: 0 });
	});

	it("gives earlier requests the better spots", () => {
		const crowded = [request("path", [0, 0], [600, 0], "the path's relation"), request("other", [0, 0], [600, 0], "another relation")];
		const spots = placeEdgeLabels(crowded, []);
		expect(spots.get("path")).toEqual({ x: 300, y: 0 });
		expect(spots.get("other")).toBeDefined();
		expect(spots.get("other")!.x).not.toBe(300);
	});
});

const name = (key: string, x: number, y: number, label = key, keep = false): NodeLabelRequest => ({ key, at: { x, y }, radius: 6, label, keep });

describe("placeNodeLabels", () => {
	it("writes a name under its node when nothing is there", () => {
		const spots = placeNodeLabels([name("Functions", 0, 0)], [{ at: { x: 0, y: 0 }, radius: 6 }]);
		expect(spots.get("Functions")).toEqual({ dx: 0, dy: 18, anchor: "middle" });
	});

	it("moves a name over or beside its node when a name placed before it is under it, so names never overlap", () => {
		// Two nodes 14 units apart vertically: the upper one's name under it would cover the lower node's name.
		const requests = [name("Variables and Data Types", 0, 14), name("Functions", 0, 0)];
		const circles = requests.map(({ at, radius }) => ({ at, radius }));
		const spots = placeNodeLabels(requests, circles);
		const boxes = requests.map((request) => nodeLabelBox(request.at, request.label, spots.get(request.key)!));
		const [lower, upper] = boxes as [Box, Box];
		expect(lower.left < upper.right && upper.left < lower.right && lower.top < upper.bottom && upper.top < lower.bottom).toBe(false);
		expect(spots.get("Functions")!.dy).toBeLessThan(0);
	});

	it("leaves out a name with no free spot unless it must show, and finds room when zoomed in", () => {
		// A node boxed in by four long names all around it.
		const crowd = [name("a long neighbouring name", 0, 18), name("a long neighbouring name ", 0, -14), name("another long name", 60, 0), name("another long name ", -60, 0)];
		const circles = [...crowd, name("x", 0, 0)].map(({ at, radius }) => ({ at, radius }));
		expect(placeNodeLabels([...crowd, name("Hidden concept", 0, 0)], circles).has("Hidden concept")).toBe(false);
		expect(placeNodeLabels([name("Hidden concept", 0, 0, "Hidden concept", true), ...crowd], circles).has("Hidden concept")).toBe(true);
		// Names keep their size on screen: at 4x they take a quarter of the room in graph units.
		expect(placeNodeLabels([...crowd, name("Hidden concept", 0, 0)], circles, 4).has("Hidden concept")).toBe(true);
	});

	it("keeps a name inside the visible frame: a node at the right edge names itself on its left", () => {
		const frame = { left: -200, top: -200, right: 40, bottom: 200 };
		const spots = placeNodeLabels([name("Memory Management", 30, 0)], [{ at: { x: 30, y: 0 }, radius: 6 }], 1, frame);
		expect(spots.get("Memory Management")?.anchor).toBe("end");
		// With no spot inside the frame, a name waits for hover or zoom.
		const tight = { left: 20, top: -10, right: 40, bottom: 10 };
		expect(placeNodeLabels([name("Memory Management", 30, 0)], [], 1, tight).has("Memory Management")).toBe(false);
	});

	it("writes a name clear of the arrowheads at its node where a spot is, and over them where none is", () => {
		const circles = [{ at: { x: 0, y: 0 }, radius: 6 }];
		// An arrow coming up into the node from below: its head sits where the name would go.
		const below = arrowheadBox(edgeEnds({ x: 0, y: 100 }, { x: 0, y: 0 }, 9));
		expect(placeNodeLabels([name("Functions", 0, 0)], circles, 1, undefined, [below]).get("Functions")!.dy).toBeLessThan(0);
		// Arrows from every side: the name still shows, under its node as without arrows.
		const around = [below, ...[[0, -100], [100, 0], [-100, 0]].map(([x, y]) => arrowheadBox(edgeEnds({ x: x!, y: y! }, { x: 0, y: 0 }, 9)))];
		expect(placeNodeLabels([name("Functions", 0, 0)], circles, 1, undefined, around).get("Functions")).toEqual({ dx: 0, dy: 18, anchor: "middle" });
	});
});
