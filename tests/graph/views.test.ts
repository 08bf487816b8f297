import { describe, expect, it } from "vitest";
import { ConceptGraph } from "../../src/graph";
import { parseConceptMapOptions } from "../../src/graph/concept-map-options";
import { relatedConcepts } from "../../src/graph/related";
import { readVault } from "./vault";

describe("concept-map options", () => {
	it("reads center, depth and direction, with [[links]] and comments", () => {
		expect(parseConceptMapOptions("center: [[Memory Management]]\ndepth: 2\n# comment\ndirection: Outgoing\n")).toEqual({
			ok: true,
			options: { center: "Memory Management", depth: 2, direction: "out" },
		});
		expect(parseConceptMapOptions("")).toEqual({ ok: true, options: { center: null, depth: 1, direction: "both" } });
	});

	it("names the line of every bad option", () => {
		expect(parseConceptMapOptions("depth: 4\ncenter:\nwidth: 3\ndirection: up\njust text")).toEqual({
			ok: false,
			errors: [
				"Line 1: depth must be 1, 2 or 3, not '4'.",
				"Line 2: center needs a note name.",
				"Line 3: unknown option 'width' (use center, depth or direction).",
				"Line 4: direction must be out, in or both, not 'up'.",
				"Line 5: expected 'option: value', found 'just text'.",
			],
		});
	});
});

describe("related concepts panel data", () => {
	const graph = ConceptGraph.fromFiles(readVault());

	it("lists outgoing links with relation text and incoming links with their sentence", () => {
		const data = relatedConcepts(graph, "Reference Counting")!;
		expect(data.outgoing.map((link) => [link.id, link.mentions.map((mention) => mention.kind)])).toEqual([["Python 1 Home", ["footer"]]]);
		expect(data.incoming.flatMap((link) => link.mentions.map((mention) => [link.id, mention.text]))).toEqual([
			["Memory Management", "Every object carries a reference count, described in Reference Counting."],
			["Python 1 Home", ""],
			["Runtime/Garbage Collection", "It complements reference counting."],
		]);
	});

	it("lists each concept once, gathering what every link to it says", () => {
		const small = ConceptGraph.fromFiles([
			{ path: "Alpha.md", text: "# Alpha\n\n- [[Beta]]: Alpha builds on Beta.\n\nAlpha is also discussed with [[Beta]] here.\n" },
			{ path: "Beta.md", text: "# Beta\n\nBeta is what [[Alpha]] needs.\n\nBeta mentions [[Alpha]] again.\n" },
		]);
		const alpha = relatedConcepts(small, "Alpha")!;
		expect(alpha.outgoing.map((link) => [link.id, link.mentions.map((mention) => [mention.line, mention.text])])).toEqual([
			["Beta", [[3, "Alpha builds on Beta."], [5, "Alpha is also discussed with Beta here."]]],
		]);
		expect(alpha.incoming.map((link) => [link.id, link.mentions.map((mention) => mention.text)])).toEqual([
			["Beta", ["Beta is what Alpha needs.", "Beta mentions Alpha again."]],
		]);
	});

	it("suggests two-hop concepts with the notes they come through", () => {
		const data = relatedConcepts(graph, "Thread Safety")!;
		expect(data.suggestions.find((s) => s.id === "Functions")?.via).toEqual([{ id: "Memory Management", label: "Memory Management" }]);
		expect(relatedConcepts(graph, "Nope")).toBeNull();
	});
});
