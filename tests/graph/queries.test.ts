import { describe, expect, it } from "vitest";
import {
	centrality,
	ConceptGraph,
	neighbours,
	notesWithPymemBlocks,
	orphans,
	shortestPath,
	twoHopSuggestions,
	unresolvedConcepts,
} from "../../src/graph";
import { readVault } from "./vault";

const graph = ConceptGraph.fromFiles(readVault());

describe("neighbours", () => {
	it("walks outgoing links to depth k", () => {
		const around = neighbours(graph, "Functions", 1, "out");
		expect(Object.fromEntries(around.distances)).toEqual({ Functions: 0, Closures: 1, "Python 1 Home": 1 });
		// Edges among the neighbourhood, by source and then in document order.
		expect(around.edges.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual([
			"Closures -> Functions",
			"Closures -> Python 1 Home",
			"Functions -> Closures",
			"Functions -> Python 1 Home",
			"Python 1 Home -> Functions",
			"Python 1 Home -> Closures",
		]);
	});

	it("walks incoming links only", () => {
		const around = neighbours(graph, "Reference Counting", 1, "in");
		expect([...around.distances.keys()].sort()).toEqual([
			"Memory Management",
			"Python 1 Home",
			"Reference Counting",
			"Runtime/Garbage Collection",
		]);
	});

	it("walks both directions and further with more depth", () => {
		expect(neighbours(graph, "Thread Safety", 1).distances.size).toBe(2);
		expect(Object.fromEntries(neighbours(graph, "Thread Safety", 2, "both").distances)).toMatchObject({
			"Thread Safety": 0,
			"Memory Management": 1,
			"Python 1 Home": 2,
			Functions: 2,
		});
		expect(neighbours(graph, "Thread Safety", 3, "out").distances.size).toBe(1);
	});

	it("returns nothing for an unknown centre", () => {
		expect(neighbours(graph, "Nope", 2).nodes).toEqual([]);
	});
});

describe("shortest path", () => {
	it("returns each step with its relation and direction", () => {
		const path = shortestPath(graph, "Thread Safety", "Functions");
		expect(path?.map((step) => [step.from, step.to, step.forward, step.edge.relation])).toEqual([
			["Thread Safety", "Memory Management", false, "Threads that share objects must agree on who frees them."],
			["Memory Management", "Functions", true, "Nested functions can create reference cycles that only the collector reclaims."],
		]);
	});

	it("tells each step by the related-list item that links it, rather than an earlier passing sentence", () => {
		const small = ConceptGraph.fromFiles([
			{ path: "Closures.md", text: "# Closures\n\nSuch cycles are left to [[Collector]].\n\n## Related\n\n- [[Collector]]: a closure stored in its own object forms a cycle.\n" },
			{ path: "Collector.md", text: "# Collector\n" },
		]);
		expect(shortestPath(small, "Closures", "Collector")?.map((step) => step.edge.relation)).toEqual(["a closure stored in its own object forms a cycle."]);
	});

	it("follows only link direction when asked", () => {
		expect(shortestPath(graph, "Thread Safety", "Functions", "out")).toBeNull();
		expect(shortestPath(graph, "Functions", "Memory Management", "out")?.map((step) => step.to)).toEqual(["Python 1 Home", "Memory Management"]);
	});

	it("is empty from a node to itself and null when unconnected or unknown", () => {
		expect(shortestPath(graph, "Closures", "Closures")).toEqual([]);
		expect(shortestPath(graph, "Orphan", "Closures")).toBeNull();
		expect(shortestPath(graph, "Nope", "Closures")).toBeNull();
	});
});

describe("whole-graph questions", () => {
	it("ranks the hub first by centrality and sums the ranks to 1", () => {
		const ranks = centrality(graph);
		const total = ranks.reduce((sum, entry) => sum + entry.rank, 0);
		expect(total).toBeCloseTo(1, 6);
		expect([...ranks].sort((a, b) => b.rank - a.rank)[0]?.id).toBe("Python 1 Home");
		expect(ranks.find((entry) => entry.id === "Python 1 Home")).toMatchObject({ inDegree: 6, outDegree: 6 });
	});

	it("lists orphans, unresolved concepts with their mentions and notes with pymem blocks", () => {
		expect(orphans(graph)).toEqual(["Orphan"]);
		expect(unresolvedConcepts(graph).map((concept) => [concept.id, concept.mentions.map((edge) => `${edge.file}:${edge.line}`)])).toEqual([
			["Thread Safety", ["Memory Management.md:23"]],
		]);
		expect(notesWithPymemBlocks(graph).map((node) => node.id)).toEqual(["Functions", "Reference Counting"]);
	});

	it("suggests concepts two links away that the note does not link to", () => {
		const suggestions = twoHopSuggestions(graph, "Closures");
		expect(suggestions[0]).toEqual({ id: "Basics/Variables and Data Types", via: ["Memory Management", "Python 1 Home"] });
		expect(suggestions.map((s) => s.id)).not.toContain("Functions");
	});
});

describe("view data", () => {
	it("builds a local map with marks and merged edges", async () => {
		const { graphViewData } = await import("../../src/graph/view-data");
		const data = graphViewData(graph, { mode: "local", centre: "Functions", depth: 1, direction: "both" });
		expect(data.nodes.map((node) => [node.id, node.distance, node.centre, node.hub, node.pymem, node.resolved])).toEqual([
			["Closures", 1, false, false, 0, true],
			["Functions", 0, true, false, 1, true],
			["Memory Management", 1, false, false, 0, true],
			["Python 1 Home", 1, false, true, 0, true],
		]);
		const fromMemory = data.edges.find((edge) => edge.key === "Memory Management\nFunctions");
		expect(fromMemory?.relations).toEqual(["Nested functions can create reference cycles that only the collector reclaims."]);
	});

	it("marks a path and keeps the most central nodes of a large vault, plus the path", async () => {
		const { graphViewData } = await import("../../src/graph/view-data");
		const path = shortestPath(graph, "Thread Safety", "Functions");
		const data = graphViewData(graph, { mode: "vault", centre: null, depth: 1, direction: "both", path, maxNodes: 3 });
		const shown = data.nodes.map((node) => node.id);
		expect(shown).toEqual(expect.arrayContaining(["Thread Safety", "Memory Management", "Functions", "Python 1 Home"]));
		expect(data.hidden).toBe(9 - shown.length);
		expect(data.nodes.filter((node) => node.onPath).map((node) => node.id)).toEqual(["Functions", "Memory Management", "Thread Safety"]);
		expect(data.edges.filter((edge) => edge.onPath).map((edge) => edge.key)).toEqual([
			"Memory Management\nFunctions",
			"Memory Management\nThread Safety",
		]);
	});
});
