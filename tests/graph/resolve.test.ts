import { describe, expect, it } from "vitest";
import { Resolver } from "../../src/graph";

function resolverOf(notes: Record<string, string[]>): Resolver {
	const resolver = new Resolver();
	for (const [path, aliases] of Object.entries(notes)) resolver.add(path, aliases);
	return resolver;
}

describe("resolving link paths like Obsidian", () => {
	const resolver = resolverOf({
		"Closures.md": [],
		"Python/Functions.md": [],
		"Python/Advanced/Functions.md": [],
		"Other/Functions.md": [],
		"Deep/Down/Only Here.md": ["OH", "Second alias"],
		"Runtime/Garbage Collection.md": ["GC"],
		"GC notes.md": [],
	});
	const target = (linkpath: string, from = "Index.md") => resolver.resolve(linkpath, from);

	it("ignores case", () => {
		expect(target("closures")).toEqual({ path: "Closures.md", id: "Closures", viaAlias: false });
		expect(target("ONLY HERE")).toEqual({ path: "Deep/Down/Only Here.md", id: "Deep/Down/Only Here", viaAlias: false });
	});

	it("matches a unique basename anywhere in the vault", () => {
		expect(target("Only Here")?.path).toBe("Deep/Down/Only Here.md");
	});

	it("matches folder paths by their full path or their ending", () => {
		expect(target("Python/Advanced/Functions")?.path).toBe("Python/Advanced/Functions.md");
		expect(target("Advanced/Functions")?.path).toBe("Python/Advanced/Functions.md");
		expect(target("Down/Only Here")?.path).toBe("Deep/Down/Only Here.md");
		expect(target("Wrong/Only Here")).toBeNull();
		expect(target("python/ADVANCED/functions")?.path).toBe("Python/Advanced/Functions.md");
	});

	it("prefers the linking note's folder, then the shortest path, then the alphabetically first", () => {
		expect(target("Functions", "Python/Advanced/Note.md")?.path).toBe("Python/Advanced/Functions.md");
		expect(target("Functions", "Other/Note.md")?.path).toBe("Other/Functions.md");
		expect(target("Functions", "Index.md")?.path).toBe("Other/Functions.md");
	});

	it("resolves ./ and ../ relative to the linking note and rejects climbing above the vault", () => {
		expect(target("../Closures", "Python/Note.md")?.path).toBe("Closures.md");
		expect(target("./Functions", "Python/Note.md")?.path).toBe("Python/Functions.md");
		expect(target("../../Closures", "Python/Note.md")).toBeNull();
		expect(target("/Closures", "Python/Note.md")?.path).toBe("Closures.md");
	});

	it("falls back to aliases, case-insensitively, only when no note path matches", () => {
		expect(target("gc")).toEqual({ path: "Runtime/Garbage Collection.md", id: "Runtime/Garbage Collection", viaAlias: true });
		expect(target("second alias")).toEqual({ path: "Deep/Down/Only Here.md", id: "Deep/Down/Only Here", viaAlias: true });
		expect(target("GC notes")).toEqual({ path: "GC notes.md", id: "GC notes", viaAlias: false });
	});

	it("returns null for unknown notes and forgets removed ones", () => {
		expect(target("Nowhere")).toBeNull();
		const local = resolverOf({ "A.md": ["Alpha"] });
		local.remove("A.md");
		expect(local.resolve("A", "")).toBeNull();
		expect(local.resolve("Alpha", "")).toBeNull();
	});

	it("answers an exact bare name with what its note was added with, while no other note shares the name", () => {
		const resolver = new Resolver<string>();
		resolver.add("A/Note.md", [], "first");
		expect(resolver.resolveExactName("Note")).toBe("first");
		expect(resolver.resolveExactName("note")).toBeUndefined();
		expect(resolver.resolveExactName("A/Note")).toBeUndefined();
		resolver.add("B/NOTE.md", [], "second");
		expect(resolver.resolveExactName("Note")).toBeUndefined();
		resolver.remove("A/Note.md");
		expect(resolver.resolveExactName("NOTE")).toBe("second");
		resolver.add("X.md.md", [], "x");
		expect(resolver.resolveExactName("X.md")).toBeUndefined();
	});
});
