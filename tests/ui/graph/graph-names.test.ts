import { describe, expect, it } from "vitest";
import type { GraphViewData, GraphViewEdge, GraphViewNode } from "../../../src/graph/view-data";
import { edgeEnds } from "../../../src/ui/graph/edge-geometry";
import { GraphNames, nodeDescription, type GraphNamesSource } from "../../../src/ui/graph/graph-names.svelte";
import { estimatedNodeLabelWidth } from "../../../src/ui/graph/label-placement";
import { GraphViewport } from "../../../src/ui/graph/viewport.svelte";
import { conceptNode } from "./concept-nodes";

const name = (i: number) => `Concept ${i}`;

/** `count` concepts on a wide circle, each linking to the next with a prose sentence. */
function circle(count: number, spacing = 120): { data: GraphViewData; positions: Map<string, { x: number; y: number }> } {
	const nodes: GraphViewNode[] = Array.from({ length: count }, (_, i) => conceptNode(name(i), { centre: i === 0 }));
	const edges: GraphViewEdge[] = nodes.map((node, i) => {
		const target = name((i + 1) % count);
		return { key: `${node.id}\n${target}`, source: node.id, target, relations: [`${node.id} leads on`], kind: i === 1 ? "footer" : "prose", heading: "", onPath: false };
	});
	const ring = (count * spacing) / (2 * Math.PI);
	const positions = new Map(nodes.map((node, i) => [node.id, { x: ring * Math.cos((2 * Math.PI * i) / count), y: ring * Math.sin((2 * Math.PI * i) / count) }]));
	return { data: { nodes, edges, hidden: 0 }, positions };
}

function namesOf(count: number, overrides: Partial<GraphNamesSource> = {}, scale = 1): GraphNames {
	const { data, positions } = circle(count);
	const viewport = new GraphViewport({ width: () => 100_000, height: () => 100_000, nodes: () => [], names: () => [] });
	viewport.view.k = scale;
	const emphasis = name(0);
	const source: GraphNamesSource = {
		data: () => data,
		positions: () => positions,
		selected: () => null,
		pointed: () => null,
		matches: () => undefined,
		edgeElements: () => data.edges,
		labelled: (edge) => edge.source === emphasis || edge.target === emphasis || edge.kind === "footer",
		radius: () => 6,
		edgeEnds: (edge) => edgeEnds(positions.get(edge.source)!, positions.get(edge.target)!, 9),
		nameWidth: estimatedNodeLabelWidth,
		...overrides,
	};
	return new GraphNames(source, viewport);
}

describe("nodeDescription", () => {
	it("says one pymem block, several pymem blocks, a ghost and a hub", () => {
		expect(nodeDescription(conceptNode("Home", { pymem: 1, hub: true }))).toBe("Home, 1 pymem block, hub");
		expect(nodeDescription(conceptNode("Closures", { pymem: 2 }))).toBe("Closures, 2 pymem blocks");
		expect(nodeDescription(conceptNode("Memory Pools", { resolved: false }))).toBe("Memory Pools, no note yet");
	});
});

describe("where the map writes its names and relations", () => {
	it("names every concept of a small map", () => {
		expect([...namesOf(12).nodeSpots.keys()].sort()).toEqual(Array.from({ length: 12 }, (_, i) => name(i)).sort());
	});

	it("zoomed out, names only the concepts that matter in a large map: the centre, the selected, the pointed and the found", () => {
		const names = namesOf(450, { selected: () => name(7), pointed: () => name(9), matches: () => new Set([name(100)]) }, 0.5);
		expect([...names.nodeSpots.keys()].sort()).toEqual([name(0), name(100), name(7), name(9)].sort());
		expect(namesOf(450, {}, 0.8).nodeSpots.size).toBe(450);
	});

	it("writes the relations of the labelled edges of kinds that carry one, and none when zoomed far out", () => {
		const names = namesOf(12);
		// Concept 0's two edges are labelled; Concept 1's footer edge is labelled too but a footer repeats a name.
		expect([...names.relationSpots.keys()].sort()).toEqual([`${name(0)}\n${name(1)}`, `${name(11)}\n${name(0)}`]);
		expect(namesOf(12, {}, 0.4).relationSpots.size).toBe(0);
	});

	it("gives a fit the box of each name it would draw at a zoom", () => {
		const boxes = [...namesOf(6).boxesAt(1)];
		expect(boxes).toHaveLength(6);
		for (const box of boxes) expect(box.right - box.left).toBeGreaterThan(40);
	});
});
