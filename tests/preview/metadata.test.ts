import { describe, expect, it } from "vitest";
import { getLinkpath, parseFrontmatter, parseNote } from "../../preview/src/obsidian/metadata";
import { parseWikiLink } from "../../preview/src/markdown-syntax";

describe("parseWikiLink", () => {
	it("splits target, heading and alias as Obsidian stores them", () => {
		expect(parseWikiLink("Frames#Locals|the locals", false)).toEqual({
			link: "Frames#Locals",
			path: "Frames",
			subpath: "#Locals",
			displayText: "the locals",
			embed: false,
		});
		expect(parseWikiLink("Memory/Frames#Locals", true).displayText).toBe("Memory/Frames > Locals");
		expect(parseWikiLink("#Only here", false)).toMatchObject({ path: "", displayText: "Only here" });
	});
});

describe("parseNote", () => {
	const note = [
		"---", // 0
		"tags: [memory, gc]", // 1
		"aliases:", // 2
		"  - RC", // 3
		"level: 2", // 4
		"---", // 5
		"# Reference counting", // 6
		"", // 7
		"See [[Frames|frames]] and ![[diagram.png]], not `[[code]]`.", // 8
		"", // 9
		"- one [[A]]", // 10
		"  - nested", // 11
		"- [ ] task", // 12
		"", // 13
		"```pymem", // 14
		"x = [[1]]", // 15
		"```", // 16
		"## Next", // 17
	].join("\n");
	const cache = parseNote(note);

	it("reads the frontmatter subset", () => {
		expect(cache.frontmatter).toEqual({ tags: ["memory", "gc"], aliases: ["RC"], level: 2 });
		expect(cache.frontmatterPosition?.start).toEqual({ line: 0, col: 0, offset: 0 });
		expect(cache.frontmatterPosition?.end.line).toBe(5);
	});

	it("collects links and embeds with positions, skipping code", () => {
		expect(cache.links?.map((link) => [link.link, link.displayText, link.original])).toEqual([
			["Frames", "frames", "[[Frames|frames]]"],
			["A", "A", "[[A]]"],
		]);
		const first = cache.links![0]!;
		expect(note.slice(first.position.start.offset, first.position.end.offset)).toBe("[[Frames|frames]]");
		expect(first.position.start).toMatchObject({ line: 8, col: 4 });
		expect(cache.embeds?.map((embed) => embed.link)).toEqual(["diagram.png"]);
	});

	it("finds headings, list items and sections with line numbers of the file", () => {
		expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["Reference counting", 1, 6],
			["Next", 2, 17],
		]);
		expect(cache.listItems?.map((item) => [item.position.start.line, item.parent, item.task])).toEqual([
			[10, -10, undefined],
			[11, 10, undefined],
			[12, -10, " "],
		]);
		expect(cache.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["yaml", 0, 5],
			["heading", 6, 6],
			["paragraph", 8, 8],
			["list", 10, 12],
			["code", 14, 16],
			["heading", 17, 17],
		]);
	});

	it("strips subpaths for link resolution", () => {
		expect(getLinkpath("Frames#Locals")).toBe("Frames");
	});

	it("treats a key without value and without items as null", () => {
		expect(parseFrontmatter(["empty:", "name: 'quoted'", "flag: true"])).toEqual({ empty: null, name: "quoted", flag: true });
	});
});
