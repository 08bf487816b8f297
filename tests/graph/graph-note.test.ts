import { describe, expect, it } from "vitest";
import { ConceptGraph, findHierarchy, parseNote, scanNote } from "../../src/graph";
import { readVault } from "./vault";

// The graph keeps each note's text and reads the words around its links (relation, heading, kind) only
// when an edge is first asked for. These tests check that what it reads later is what it would have read
// up front, also after the notes change.
describe("edges described on demand", () => {
	it("finds the links parseNote finds, in the same order", () => {
		for (const file of readVault()) {
			const scanned = scanNote(file.path, file.text).links.map(({ linkpath, line, column }) => [linkpath, line, column]);
			const parsed = parseNote(file.path, file.text).links.map(({ linkpath, line, column }) => [linkpath, line, column]);
			expect(scanned).toEqual(parsed);
		}
	});

	it("reads the aliases of a note saved with a byte order mark", () => {
		const graph = ConceptGraph.fromFiles([
			{ path: "P.md", text: "\uFEFF---\naliases: [Eps]\n---\nBody." },
			{ path: "Index.md", text: "See [[Eps]]." },
		]);
		expect(graph.outgoingEdges("Index").map((edge) => [edge.target, edge.viaAlias])).toEqual([["P", true]]);
	});

	it("gives a changed note's edges the words of its new text, and keeps other notes' words", () => {
		const graph = ConceptGraph.fromFiles([
			{ path: "A.md", text: "- [[B]]: the first reason" },
			{ path: "B.md", text: "B builds on [[A]] here." },
		]);
		expect(graph.outgoingEdges("A")[0]!.relation).toBe("the first reason");
		graph.setNote({ path: "A.md", text: "# Part\n\n- [[B]]: the second reason" });
		expect(graph.outgoingEdges("A").map((edge) => [edge.relation, edge.heading, edge.line])).toEqual([["the second reason", "Part", 3]]);
		expect(graph.incomingEdges("A").map((edge) => edge.relation)).toEqual(["B builds on A here."]);
	});

	it("keeps a note's words when its links are resolved again because another note appeared", () => {
		const graph = ConceptGraph.fromFiles([{ path: "A.md", text: "- [[Later]]: explains why" }]);
		expect(graph.outgoingEdges("A")[0]).toMatchObject({ target: "Later", relation: "explains why", kind: "related" });
		graph.setNote({ path: "Folder/Later.md", text: "" });
		expect(graph.outgoingEdges("A")[0]).toMatchObject({ target: "Folder/Later", relation: "explains why", kind: "related" });
		expect(graph.incomingEdges("Folder/Later").map((edge) => edge.source)).toEqual(["A"]);
	});

	it("reads a renamed note's words under its new path, and forgets a deleted note's edges", () => {
		const graph = ConceptGraph.fromFiles([
			{ path: "A.md", text: "See [[B]]. Unclosed [[x" },
			{ path: "B.md", text: "- [[A]]: back" },
		]);
		graph.renameNote("A.md", "Moved/A.md");
		expect(graph.outgoingEdges("Moved/A")).toMatchObject([{ source: "Moved/A", file: "Moved/A.md", relation: "See B." }]);
		expect(graph.warnings().map((warning) => warning.file)).toEqual(["Moved/A.md"]);
		expect(graph.outgoingEdges("B")[0]).toMatchObject({ target: "Moved/A", relation: "back" });
		graph.removeNote("Moved/A.md");
		expect(graph.incomingEdges("B")).toEqual([]);
		expect(graph.outgoingEdges("B")[0]).toMatchObject({ target: "A", relation: "back" });
	});

	it("answers walks over the graph without describing edges, in the order of the described edges", () => {
		const graph = ConceptGraph.fromFiles(readVault());
		for (const node of graph.nodes()) {
			const edges = graph.outgoingEdges(node.id);
			expect(graph.outgoingTargets(node.id)).toEqual(edges.map((edge) => edge.target));
			const firstFooter = edges.findIndex((edge) => edge.kind === "footer");
			expect(graph.footerEdgeStart(node.id)).toBe(firstFooter < 0 ? edges.length : firstFooter);
			expect(graph.incomingSources(node.id)).toEqual([...new Set(graph.incomingEdges(node.id).map((edge) => edge.source))].sort());
		}
	});

	it("finds the same hubs whether or not the edges were described first", () => {
		const fresh = findHierarchy(ConceptGraph.fromFiles(readVault()));
		const described = ConceptGraph.fromFiles(readVault());
		described.edges();
		expect(fresh).toEqual(findHierarchy(described));
	});

	it("takes the host's aliases over the frontmatter's", () => {
		const graph = new ConceptGraph();
		graph.setTexts([
			{ path: "A.md", text: "---\naliases: [Ignored]\n---\n", aliases: ["Known"] },
			{ path: "B.md", text: "[[Known]] and [[Ignored]]" },
		]);
		expect(graph.outgoingEdges("B").map((edge) => [edge.target, edge.viaAlias])).toEqual([
			["A", true],
			["Ignored", false],
		]);
	});

	it("re-resolves links that reached a note through an alias it no longer has", () => {
		const graph = new ConceptGraph();
		graph.setTexts([
			{ path: "A.md", text: "---\naliases: [Alpha]\n---\n" },
			{ path: "B.md", text: "[[Alpha]]" },
		]);
		expect(graph.outgoingTargets("B")).toEqual(["A"]);
		graph.setTexts([{ path: "A.md", text: "no aliases now" }]);
		expect(graph.outgoingTargets("B")).toEqual(["Alpha"]);
	});
});

describe("the footer found from the note's tail", () => {
	// Footer kinds come from the whole note when edges are described, and from its tail for hub detection.
	const footerKinds = (text: string) => {
		const graph = ConceptGraph.fromFiles([{ path: "N.md", text }]);
		const start = graph.footerEdgeStart("N");
		const described = graph.outgoingEdges("N").map((edge) => edge.kind === "footer");
		return { fromTail: described.map((_, edge) => edge >= start), described };
	};

	it.each([
		["a footer below a long list", `Intro [[A]].\n\n${"- [[B]]: b\n".repeat(8)}\n# [[Home]]`],
		["no footer when the note ends with a list", "Intro.\n\n- [[A]]\n- [[B]]\n\n\n\n- [[C]]"],
		["a footer under rules and blank lines", "Text [[A]].\n\n---\n\n***\n\n---\n\n---\n\nUp: [[Home]]\n\n---\n"],
		["a footer that is all the note has", "\n\n# [[Home]]\n\n[[Prev]] | [[Next]]\n"],
		["a setext heading above the footer", "Title [[T]]\n===\n\n[[Home]]"],
		["a list item continued into link-only lines", "- item\n  [[A]]\n  [[B]]\n  [[C]]\n  [[D]]"],
	])("agrees with the whole note: %s", (_, text) => {
		const { fromTail, described } = footerKinds(text);
		expect(fromTail).toEqual(described);
	});
});
