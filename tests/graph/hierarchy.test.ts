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

// findHierarchy keeps an index per graph and, after an edit, re-reads only the notes the graph says changed.
// Whatever the edits, its answer must be the one a graph built from scratch from the same files gives.
describe("hubs kept up to date as notes change", () => {
	type Files = Map<string, string>;
	const fromScratch = (files: Files) => findHierarchy(ConceptGraph.fromFiles([...files].map(([path, text]) => ({ path, text }))));
	const expectSame = (graph: ConceptGraph, files: Files) => {
		const kept = findHierarchy(graph);
		const fresh = fromScratch(files);
		expect(kept.hubs).toEqual(fresh.hubs);
		expect([...kept.parentsOf].sort()).toEqual([...fresh.parentsOf].sort());
	};
	const start = (files: Files) => {
		const graph = ConceptGraph.fromFiles([...files].map(([path, text]) => ({ path, text })));
		expectSame(graph, files);
		return graph;
	};
	const write = (graph: ConceptGraph, files: Files, path: string, text: string) => {
		files.set(path, text);
		graph.setNote({ path, text });
		expectSame(graph, files);
	};
	const remove = (graph: ConceptGraph, files: Files, path: string) => {
		files.delete(path);
		graph.removeNote(path);
		expectSame(graph, files);
	};

	it("follows footers that appear, move and go, and hubs that lose their children", () => {
		const files: Files = new Map([
			["Home.md", "The home page."],
			["A.md", "Body of A.\n\n# [[Home]]"],
			["B.md", "Body of B."],
			["C.md", "Body of C links [[A]].\n\n# [[Home]]"],
		]);
		const graph = start(files);
		write(graph, files, "B.md", "Body of B.\n\n# [[Home]]");
		expect(findHierarchy(graph).hubs.map((hub) => [hub.id, hub.children])).toEqual([["Home", ["A", "B", "C"]]]);
		// The link stays but leaves the footer: the same edges, another footer.
		write(graph, files, "A.md", "Body of A.\n\n# [[Home]]\n\nMore prose after the link, so it is no footer.");
		write(graph, files, "C.md", "Body of C.\n\nUp: [[Other]]");
		write(graph, files, "B.md", "Body of B, no footer now.");
		expect(findHierarchy(graph).hubs).toEqual([]);
		write(graph, files, "Other.md", "The note that C's footer named before it existed.");
		write(graph, files, "D.md", "Body of D.\n\n# [[Other]]");
		expect(findHierarchy(graph).hubs.map((hub) => hub.id)).toEqual(["Other"]);
	});

	it("follows hubs that are renamed, removed and created again", () => {
		const files: Files = new Map([["Index.md", ["A", "B", "C", "D", "E"].map((name) => `- [[${name}]]`).join("\n")]]);
		for (const name of ["A", "B", "C", "D", "E"]) files.set(`${name}.md`, `Part of [[Index]] because it is listed there.\n\n[[Home]]`);
		files.set("Home.md", "Home.");
		const graph = start(files);
		remove(graph, files, "Home.md");
		for (const name of ["A", "B", "C", "D", "E"]) write(graph, files, `${name}.md`, `Part of [[Index]] because it is listed there.`);
		expect(findHierarchy(graph).hubs.map((hub) => [hub.id, hub.linkedBack])).toEqual([["Index", 5]]);
		files.set("Folder/Index.md", files.get("Index.md")!);
		files.delete("Index.md");
		graph.renameNote("Index.md", "Folder/Index.md");
		expectSame(graph, files);
		remove(graph, files, "Folder/Index.md");
		write(graph, files, "Index.md", "Back, listing nobody.");
		write(graph, files, "Home.md", "Home again.");
	});

	it("matches a rebuilt graph after many random edits of the fixture vault, also past the change log's reach", () => {
		const files: Files = new Map(readVault().map((file) => [file.path, file.text]));
		const graph = start(files);
		const paths = [...files.keys()];
		const ids = paths.map((path) => path.replace(/\.md$/, "")).concat(["Python 1 Home", "Missing"]);
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
		for (let edit = 0; edit < 60; edit++) {
			const path = pick(paths);
			if (next() < 0.2) remove(graph, files, path);
			else write(graph, files, path, `Body with [[${pick(ids)}]] and [[${pick(ids)}]].\n\n# [[${pick(ids)}]]`);
		}
		// More changes than the graph remembers (its log keeps a few thousand): the index starts over.
		findHierarchy(graph);
		const read = graph.revision;
		for (let edit = 0; edit < 5000; edit++) graph.setNote({ path: "Churn.md", text: `Edit ${edit} [[${pick(ids)}]]` });
		files.set("Churn.md", `Edit 4999 [[${ids[0]}]]`);
		graph.setNote({ path: "Churn.md", text: files.get("Churn.md")! });
		expect(graph.changedSince(read)).toBeNull();
		expectSame(graph, files);
	});
});
