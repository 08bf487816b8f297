import { describe, expect, it } from "vitest";
import type { GraphViewEdge } from "../../../src/graph/view-data";
import { arrowheadBox, combinedEdgePaths, edgeEnds } from "../../../src/ui/graph/edge-geometry";

const edge = (source: string, target: string, kind: GraphViewEdge["kind"] = "prose"): GraphViewEdge => ({
	key: `${source}\n${target}`,
	source,
	target,
	relations: [],
	kind,
	heading: "",
	onPath: false,
});

describe("edge geometry", () => {
	it("stops an edge short of its target by the inset and puts the label at the midpoint of the centres", () => {
		expect(edgeEnds({ x: 0, y: 0 }, { x: 100, y: 0 }, 9)).toEqual({ x1: 0, y1: 0, x2: 91, y2: 0 });
	});

	it("combines solid and footer lines into separate paths and draws the marker's arrowhead at each end", () => {
		const positions = new Map([
			["A", { x: 0, y: 0 }],
			["B", { x: 100, y: 0 }],
			["C", { x: 0, y: 100 }],
		]);
		const paths = combinedEdgePaths([edge("A", "B"), edge("A", "C", "footer"), edge("A", "Gone")], positions, () => 9);
		expect(paths.lines).toBe("M0 0L91 0");
		expect(paths.footerLines).toBe("M0 0L0 91");
		// The marker: a 10x10 triangle with its tip one unit past the end, drawn at 7/10 of the 1.2 stroke width.
		expect(paths.arrowheads).toBe("M91.8 0L83.4 4.2L83.4 -4.2Z" + "M0 91.8L-4.2 83.4L4.2 83.4Z");
	});

	it("boxes the arrowhead the marker draws at an edge's end", () => {
		// The combined path's triangle (rounded there): tip 0.84 past the end, back 7.56 before it, 4.2 either side.
		const box = arrowheadBox(edgeEnds({ x: 0, y: 0 }, { x: 100, y: 0 }, 9));
		expect([box.left, box.right, box.top, box.bottom].map((value) => Math.round(value * 100) / 100)).toEqual([83.44, 91.84, -4.2, 4.2]);
		const up = arrowheadBox(edgeEnds({ x: 0, y: 100 }, { x: 0, y: 0 }, 9));
		expect([up.left, up.right, up.top, up.bottom].map((value) => Math.round(value * 100) / 100)).toEqual([-4.2, 4.2, 8.16, 16.56]);
	});
});
