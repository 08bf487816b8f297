import { describe, expect, it } from "vitest";
import { ConceptGraph, findHierarchy } from "../../src/graph";
import { readVault } from "./vault";

const hubsOf = (files: { path: string; text: string }[], thresholds?: Parameters<typeof findHierarchy>[1]) =>
	findHierarchy(ConceptGraph.fromFiles(files), thresholds).hubs;

describe("hubs from footer links", () => {
	it("finds the fixture vault's home note as the hub and derives parents and children", () => {
		const hierarchy = findHierarchy(ConceptGraph.fromFiles(readVault()));
		expect(hierarchy.hubs).toEqual([
			{
				id: "Python 1 Home",
				footerLinks: 6,
				linkedBack: 6,
				children: [
					"Basics/Variables and Data Types",
					"Closures",
					"Functions",
					"Memory Management",
					"Reference Counting",
					"Runtime/Garbage Collection",
				],
			},
		]);
		expect(hierarchy.parentsOf.get("Closures")).toEqual(["Python 1 Home"]);
		expect(hierarchy.parentsOf.get("Orphan")).toBeUndefined();
	});

	it("needs footer links from two distinct notes, unless the thresholds ask for fewer", () => {
		const home = { path: "Home.md", text: "The home page." };
		const a = { path: "A.md", text: "Body of A.\n\n# [[Home]]" };
		const mention = { path: "B.md", text: "Body of B, which mentions [[Home]] in a sentence." };
		expect(hubsOf([home, a, mention])).toEqual([]);
		expect(hubsOf([home, a, mention], { minFooterLinks: 1, minLinkedBack: 5 })).toEqual([
			{ id: "Home", footerLinks: 1, linkedBack: 0, children: ["A"] },
		]);
		// A note whose footer links home twice is still one note.
		const twice = { path: "C.md", text: "Body of C.\n\n[[Home]]\n[[Home]]" };
		expect(hubsOf([home, a, twice])).toEqual([{ id: "Home", footerLinks: 2, linkedBack: 0, children: ["A", "C"] }]);
	});

	it("gives a note every hub its footer points to as a parent, and lists the hub with most children first", () => {
		const files = [
			{ path: "Big.md", text: "A big index." },
			{ path: "Small.md", text: "A small index." },
			{ path: "A.md", text: "Body.\n\n[[Small]] | [[Big]]" },
			{ path: "B.md", text: "Body.\n\n# [[Big]]" },
			{ path: "C.md", text: "Body.\n\n# [[Big]]" },
			{ path: "D.md", text: "Body.\n\nUp: [[Small]]" },
		];
		const hierarchy = findHierarchy(ConceptGraph.fromFiles(files));
		expect(hierarchy.hubs.map((hub) => [hub.id, hub.children])).toEqual([
			["Big", ["A", "B", "C"]],
			["Small", ["A", "D"]],
		]);
		expect(Object.fromEntries(hierarchy.parentsOf)).toEqual({ A: ["Big", "Small"], B: ["Big"], C: ["Big"], D: ["Small"] });
	});
});

describe("hubs from lists", () => {
	it("finds a hub from a list whose notes link back, without footers", () => {
		const files = [{ path: "Index.md", text: ["A", "B", "C", "D", "E"].map((n) => `- [[${n}]]`).join("\n") }];
		for (const name of ["A", "B", "C", "D", "E"]) files.push({ path: `${name}.md`, text: `Part of [[Index]] because it is listed there.` });
		expect(hubsOf(files).map((hub) => [hub.id, hub.footerLinks, hub.linkedBack])).toEqual([["Index", 0, 5]]);
		expect(hubsOf(files.filter((file) => file.path !== "E.md"))).toEqual([]);
	});

	it("does not call a note a hub when it points home from its own footer", () => {
		const names = ["A", "B", "C", "D", "E"];
		const files = [{ path: "Home.md", text: names.map((n) => `- [[${n}]]`).join("\n") }];
		files.push({ path: "Topic.md", text: `${names.map((n) => `- [[${n}]]: part of the topic`).join("\n")}\n\n# [[Home]]` });
		for (const name of names) files.push({ path: `${name}.md`, text: `Belongs to [[Topic]] in detail.\n\n# [[Home]]` });
		expect(hubsOf(files).map((hub) => hub.id)).toEqual(["Home"]);
	});
});
