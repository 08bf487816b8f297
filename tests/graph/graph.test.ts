import { describe, expect, it } from "vitest";
import { ConceptGraph, parseNote } from "../../src/graph";
import { readVault } from "./vault";

const snapshot = (graph: ConceptGraph) => ({ nodes: graph.nodes(), edges: graph.edges() });

describe("the fixture vault (shaped like the seed note)", () => {
	const graph = ConceptGraph.fromFiles(readVault());

	it("has the seed note's edges, each with its relation, kind, heading and line", () => {
		const edges = graph.outgoingEdges("Memory Management").map(({ target, kind, relation, heading, line, viaAlias }) => ({
			target,
			kind,
			relation,
			heading,
			line,
			viaAlias,
		}));
		expect(edges).toEqual([
			{
				target: "Reference Counting",
				kind: "prose",
				relation: "Every object carries a reference count, described in Reference Counting.",
				heading: "How it works",
				line: 9,
				viaAlias: false,
			},
			{
				target: "Runtime/Garbage Collection",
				kind: "prose",
				relation: "Cycles need the cyclic collector instead.",
				heading: "How it works",
				line: 9,
				viaAlias: true,
			},
			{
				target: "Basics/Variables and Data Types",
				kind: "related",
				relation: "Objects in Python occupy memory and have reference counts.",
				heading: "Related Python Concepts",
				line: 19,
				viaAlias: false,
			},
			{
				target: "Functions",
				kind: "related",
				relation: "Nested functions can create reference cycles that only the collector reclaims.",
				heading: "Related Python Concepts",
				line: 20,
				viaAlias: false,
			},
			{
				target: "Closures",
				kind: "related",
				relation: "Closures keep the variables of their enclosing scope alive.",
				heading: "Related Python Concepts",
				line: 21,
				viaAlias: false,
			},
			{
				target: "Runtime/Garbage Collection",
				kind: "related",
				relation: "The collector is the part of memory management that breaks cycles.",
				heading: "Related Python Concepts",
				line: 22,
				viaAlias: false,
			},
			{
				target: "Thread Safety",
				kind: "related",
				relation: "Threads that share objects must agree on who frees them.",
				heading: "Related Python Concepts",
				line: 23,
				viaAlias: false,
			},
			{ target: "Python 1 Home", kind: "footer", relation: "Python 1 Home", heading: "Related Python Concepts", line: 24, viaAlias: false },
		]);
	});

	it("drops the note's links to itself and links hidden in code, math and comments", () => {
		const targets = graph.outgoingEdges("Memory Management").map((edge) => edge.target);
		expect(targets).not.toContain("Memory Management");
		expect(graph.nodes().map((node) => node.id)).not.toEqual(expect.arrayContaining(["Not a link"]));
		expect(graph.findNode("Hidden")).toBeUndefined();
	});

	it("lists notes and unresolved concepts as nodes", () => {
		expect(graph.nodes().map((node) => [node.id, node.resolved, node.pymemBlocks])).toEqual([
			["Basics/Variables and Data Types", true, 0],
			["Closures", true, 0],
			["Functions", true, 1],
			["Memory Management", true, 0],
			["Orphan", true, 0],
			["Python 1 Home", true, 0],
			["Reference Counting", true, 1],
			["Runtime/Garbage Collection", true, 0],
			["Thread Safety", false, 0],
		]);
	});

	it("collects every note's warnings with file and line", () => {
		expect(graph.warnings()).toEqual([
			{ file: "Closures.md", line: 3, message: "'[[' at column 47 is not closed before the next '[['; only the inner link counts" },
			{ file: "Closures.md", line: 3, message: "'[[' at column 82 is never closed on this line" },
		]);
	});

	it("resolves frontmatter links and relative markdown links", () => {
		expect(graph.outgoingEdges("Basics/Variables and Data Types")[0]).toMatchObject({ target: "Memory Management", kind: "property", relation: "related", line: 4 });
		expect(graph.outgoingEdges("Runtime/Garbage Collection")[0]).toMatchObject({ target: "Reference Counting", relation: "It complements reference counting." });
	});

	it("keeps the first of two links to one target on a line, whichever syntax each uses", () => {
		const files = [
			{ path: "A.md", text: "- [X](X.md): the relation, see also [[X]]\n- [[X]]: second item, and [again](X.md)" },
			{ path: "X.md", text: "x" },
		];
		expect(ConceptGraph.fromFiles(files).outgoingEdges("A").map((edge) => [edge.line, edge.kind, edge.relation])).toEqual([
			[1, "related", "the relation, see also X"],
			[2, "related", "second item, and again"],
		]);
	});

	it("resolves every link form to its note: alias, heading, block, embed, %-encoded and folder markdown links", () => {
		const forms = [
			"[[Target Note]]",
			"[[Target Note|shown]]",
			"[[Target Note#Part]]",
			"[[Target Note#^block-1]]",
			"![[Target Note#Part]]",
			"[g](Target%20Note.md)",
			"[h](Folder/Target%20Note.md#Part)",
			"[[folder/TARGET note]]",
			"[[TN]]",
		];
		const files = [
			{ path: "Folder/Target Note.md", text: "---\naliases: [TN]\n---\n# Part\nText ^block-1" },
			{ path: "Source.md", text: forms.map((form) => `Uses ${form} here.`).join("\n\n") },
		];
		expect(ConceptGraph.fromFiles(files).outgoingEdges("Source").map((edge) => [edge.line, edge.target, edge.embed, edge.viaAlias])).toEqual(
			forms.map((form, i) => [2 * i + 1, "Folder/Target Note", form.startsWith("!"), form === "[[TN]]"]),
		);
	});

	it("makes one ghost concept of an unresolved name in any case, named by its first spelling", () => {
		const files = [
			{ path: "A.md", text: "See [[Memory Pools]].\n\nAnd [[memory pools]]." },
			{ path: "B.md", text: "Also [[MEMORY POOLS]]." },
		];
		const graph = ConceptGraph.fromFiles(files);
		expect(graph.nodes().filter((node) => !node.resolved).map((node) => node.id)).toEqual(["MEMORY POOLS"]);
		expect(graph.edges().map((edge) => `${edge.file}:${edge.line} -> ${edge.target}`)).toEqual([
			"A.md:1 -> MEMORY POOLS",
			"A.md:3 -> MEMORY POOLS",
			"B.md:1 -> MEMORY POOLS",
		]);
	});

	it("finds nodes by id, by link text and by alias", () => {
		expect(graph.findNode("Garbage Collection")?.id).toBe("Runtime/Garbage Collection");
		expect(graph.findNode("gc")?.id).toBe("Runtime/Garbage Collection");
		expect(graph.findNode("thread safety")?.id).toBe("Thread Safety");
		expect(graph.findNode("Basics/Variables and Data Types.md")?.id).toBe("Basics/Variables and Data Types");
	});
});

describe("incremental updates equal a full rebuild", () => {
	const base = [
		{ path: "A.md", text: "Links [[B]] and [[Missing]] and [[Folder/C]].\n" },
		{ path: "B.md", text: "- [[A]]: back to A\n- [[Cee]]: by alias" },
		{ path: "Folder/C.md", text: "---\naliases: [Cee]\n---\nText [[missing]]." },
	];
	const rebuild = (files: { path: string; text: string }[]) => snapshot(ConceptGraph.fromFiles(files));

	it("when the full build runs in steps, one per note, with no answer changed until the last", () => {
		const graph = new ConceptGraph();
		const steps = graph.setTextsInSteps(base);
		let taken = 0;
		while (!steps.next().done) {
			taken++;
			expect(graph.revision).toBe(0);
		}
		expect(taken).toBe(base.length);
		expect(snapshot(graph)).toEqual(rebuild(base));
	});

	it("when a note changes", () => {
		const graph = ConceptGraph.fromFiles(base);
		const changed = { path: "A.md", text: "Now only [[Folder/C]]." };
		graph.setNote(parseNote(changed.path, changed.text));
		expect(snapshot(graph)).toEqual(rebuild([changed, base[1]!, base[2]!]));
	});

	it("when a new note resolves links that were unresolved", () => {
		const graph = ConceptGraph.fromFiles(base);
		const revision = graph.revision;
		graph.setNote(parseNote("Missing.md", "new"));
		expect(graph.revision).toBeGreaterThan(revision);
		expect(snapshot(graph)).toEqual(rebuild([...base, { path: "Missing.md", text: "new" }]));
		expect(graph.node("Missing")?.resolved).toBe(true);
	});

	it("when a note is deleted, its inbound links become unresolved", () => {
		const graph = ConceptGraph.fromFiles(base);
		graph.removeNote("B.md");
		expect(snapshot(graph)).toEqual(rebuild([base[0]!, base[2]!]));
		expect(graph.node("B")).toEqual({ id: "B", label: "B", resolved: false, aliases: [], pymemBlocks: 0 });
	});

	it("when a note is renamed", () => {
		const graph = ConceptGraph.fromFiles(base);
		graph.renameNote("Folder/C.md", "Elsewhere/C.md");
		expect(snapshot(graph)).toEqual(rebuild([base[0]!, base[1]!, { path: "Elsewhere/C.md", text: base[2]!.text }]));
	});

	it("when a note's aliases change", () => {
		const graph = ConceptGraph.fromFiles(base);
		const changed = { path: "Folder/C.md", text: "---\naliases: [Other]\n---\nText." };
		graph.setNote(parseNote(changed.path, changed.text));
		expect(snapshot(graph)).toEqual(rebuild([base[0]!, base[1]!, changed]));
		expect(graph.node("Cee")?.resolved).toBe(false);
	});

	it("when every note is removed, nothing is left", () => {
		const graph = ConceptGraph.fromFiles(base);
		for (const file of base) graph.removeNote(file.path);
		expect(snapshot(graph)).toEqual({ nodes: [], edges: [] });
	});
});

describe("unresolved concepts on one line", () => {
	it("make one edge for two spellings of the same concept on a line, whichever comes first", () => {
		const graph = ConceptGraph.fromFiles([
			{ path: "A.md", text: "Mentions [[ghost]] and [[Ghost]] on one line." },
			{ path: "B.md", text: "Mentions [[Ghost]] and [[ghost]] on one line." },
		]);
		expect(graph.outgoingEdges("A")).toHaveLength(1);
		expect(graph.outgoingEdges("B")).toHaveLength(1);
	});
});
