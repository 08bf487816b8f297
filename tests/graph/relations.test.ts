import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/graph";

const described = (text: string) =>
	parseNote("Note.md", text).links.map((link) => ({ to: link.linkpath, kind: link.kind, relation: link.relation, heading: link.heading }));

describe("relation text", () => {
	it("cuts a sentence with no end near its link to a stretch either side of it, at spaces, marked with …", () => {
		const words = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`).join(" ");
		const links = described(`${words("a")} [[Target]] ${words("b")}`);
		const relation = links[0]!.relation;
		expect(relation.startsWith("… ")).toBe(true);
		expect(relation.endsWith(" …")).toBe(true);
		expect(relation).toContain(" a199 Target b0 ");
		expect(relation.length).toBeLessThan(520);
		// Whole words only: the cut falls on spaces.
		expect(relation.split(" ").slice(1, -1).every((word) => /^(a|b)\d+$|^Target$/.test(word))).toBe(true);
	});

	it("keeps a paragraph's sentence whole when it ends near the link, and gives each of many links its own", () => {
		const lines = Array.from({ length: 3000 }, (_, i) => `Topic [[N${i}]]`).join("\n");
		const links = described(`# Index\n${lines}`);
		expect(links).toHaveLength(3000);
		expect(links[1500]!.relation).toMatch(/^… .*Topic N1500 .* …$/);
		expect(described("Before. The [[X]] frees cycles. After.")[0]!.relation).toBe("The X frees cycles.");
	});

	it("ends no sentence after an abbreviation or inside a link or code span", () => {
		const relations = described(
			"Some languages, e.g. [[Python]], count references. Dr. Smith wrote about [[GC]] in 1990. See [[A|Fig. 2]] and [[B]] together. Read [Ch. 3](C.md) then [[D]] next. The file `config.py. ` and [[F]] matter.",
		).map((link) => link.relation);
		expect(relations).toEqual([
			"Some languages, e.g. Python, count references.",
			"Dr. Smith wrote about GC in 1990.",
			"See Fig. 2 and B together.",
			"See Fig. 2 and B together.",
			"Read Ch. 3 then D next.",
			"Read Ch. 3 then D next.",
			"The file config.py. and F matter.",
		]);
	});

	it("relates a callout's title by its words, a heading without its closing hashes, a quoted item without its '>'", () => {
		expect(described("Intro line.\n\n> [!note] See [[Alpha]] for more\n> Body text mentions nothing. Second.")[0]!.relation).toBe("See Alpha for more");
		expect(described("## Section ##\n\nSee [[X]].")[0]!.heading).toBe("Section");
		expect(described("> - [[Gamma]]: first part\n>   continues here")[0]!.relation).toBe("first part continues here");
		expect(described("Before [[C1]] %% comment")[0]!.relation).toBe("Before C1");
	});

	it("takes the text after `[[X]]:` in a list item", () => {
		expect(described("## Related\n\n- [[Functions]]: Nested functions can create reference cycles.")).toEqual([
			{ to: "Functions", kind: "related", relation: "Nested functions can create reference cycles.", heading: "Related" },
		]);
	});

	it("keeps inline code as written, underscores included, and drops emphasis around it", () => {
		expect(described("- [[Finalizers]]: `__del__` runs **once**, like `weakref.finalize`; __bold__ goes.")[0]!.relation).toBe(
			"__del__ runs once, like weakref.finalize; bold goes.",
		);
	});

	it("drops `_word_` emphasis but keeps the underscores inside a word", () => {
		expect(described("- [[A]]: _weak_ references, snake_case_name and _ alone stay")[0]!.relation).toBe("weak references, snake_case_name and _ alone stay");
	});

	it("shows each heading of a nested heading link as a level, and no empty one", () => {
		expect(described("See [[V#Head#Sub]], [[W#^block]] and [[C#]] here.")[0]!.relation).toBe("See V > Head > Sub, W > block and C here.");
	});

	it("accepts bold links, dashes and numbered or checkbox items", () => {
		expect(
			described(
				"- **[[A]]**: bold then colon\n- **[[B]]:** colon inside bold\n* [[C]] - dash\n1. [[D]] — em dash\n- [ ] [[E]]: task item",
			).map((link) => [link.to, link.kind, link.relation]),
		).toEqual([
			["A", "related", "bold then colon"],
			["B", "related", "colon inside bold"],
			["C", "related", "dash"],
			["D", "related", "em dash"],
			["E", "related", "task item"],
		]);
	});

	it("shows other links in the relation by their display text and keeps one edge for a repeated target", () => {
		const found = described("- [[Closures]]: [[Closures]] can retain [[Scope|enclosing scopes]] and `cells`.");
		expect(found[0]).toEqual({
			to: "Closures",
			kind: "related",
			relation: "Closures can retain enclosing scopes and cells.",
			heading: "",
		});
		expect(found.map((link) => [link.to, link.kind])).toEqual([
			["Closures", "related"],
			["Closures", "prose"],
			["Scope", "prose"],
		]);
	});

	it("continues the relation onto the item's indented continuation lines", () => {
		expect(described("- [[A]]: first part\n  second part\n- [[B]]: other")[0]!.relation).toBe("first part second part");
	});

	it("ends a sentence after a lower-case one-letter word, a variable more often than an initial", () => {
		expect(described("We bind the name x. Then [[B]] rebinds it. J. Smith wrote [[C]] too.").map((link) => link.relation)).toEqual([
			"Then B rebinds it.",
			"J. Smith wrote C too.",
		]);
	});

	it("keeps comment markers and parentheses inside code spans and link destinations as the note shows them", () => {
		expect(described("Type `%%` before [[A]] to hide a line.\n\n- [[B]]: wrap text in `<!-- -->` or `%%` to hide it.").map((link) => link.relation)).toEqual([
			"Type %% before A to hide a line.",
			"wrap text in <!-- --> or %% to hide it.",
		]);
		expect(described("- [j](Paren%20(x).md)").map((link) => [link.to, link.relation])).toEqual([["Paren (x)", ""]]);
		expect(described("See [the note](Closures%20(Python).md) and [[B]] too.").map((link) => link.relation)).toEqual(["See the note and B too.", "See the note and B too."]);
	});

	it("continues an item onto an unindented line right below its text (a lazy continuation line), not past a blank line", () => {
		expect(described("- [[A]]: first part\nsecond part\n- [[B]]: other")[0]!.relation).toBe("first part second part");
		expect(described("- see [[A]] because\nit matters.\n\nThen [[B]] follows.").map((link) => link.relation)).toEqual(["see A because it matters.", "Then B follows."]);
		// A quote's line interrupts the item's paragraph.
		expect(described("- [[A]]: first part\n> quoted [[B]] here")[0]!.relation).toBe("first part");
	});

	it("reads an item of a nested list like any other item", () => {
		expect(described("- Group\n  - [[X]]: nested relation\n    continued\n  - see [[Y]] too")).toEqual([
			{ to: "X", kind: "related", relation: "nested relation continued", heading: "" },
			{ to: "Y", kind: "prose", relation: "see Y too", heading: "" },
		]);
	});

	it("gives a bare list item an empty relation", () => {
		expect(described("- [[Memory Management]]\n- [[Functions|functions]]")).toEqual([
			{ to: "Memory Management", kind: "related", relation: "", heading: "" },
			{ to: "Functions", kind: "related", relation: "", heading: "" },
		]);
	});

	it("uses the sentence for a link inside a list item that does not start with it", () => {
		expect(described("- **Reduced bugs:** It removes leaks. Cycles go to the [[Garbage Collection|collector]]. Done.")).toEqual([
			{ to: "Garbage Collection", kind: "prose", relation: "Cycles go to the collector.", heading: "" },
		]);
	});

	it("uses the sentence around a link in prose, across wrapped lines of the paragraph", () => {
		const text = "Objects are counted. When the count of an object\nreaches zero, [[Reference Counting]] frees it! Then more.\n\nNew paragraph.";
		expect(described(text)).toEqual([
			{
				to: "Reference Counting",
				kind: "prose",
				relation: "When the count of an object reaches zero, Reference Counting frees it!",
				heading: "",
			},
		]);
	});

	it("starts the sentence at a link that opens it, mid-line or after a wrapped line", () => {
		expect(described("No sweep here. [[Reference Counting]] follows the counter. Next.")[0]!.relation).toBe(
			"Reference Counting follows the counter.",
		);
		expect(described("It takes 28 bytes.\n[[Object Sizes]] looks at costs.")[0]!.relation).toBe("Object Sizes looks at costs.");
	});

	it("keeps a wiki link's display text as written: underscores and asterisks in a name are not emphasis", () => {
		expect(described("Runs any methods (see [[Finalizers and __del__]]), then **checks**.")[0]!.relation).toBe(
			"Runs any methods (see Finalizers and __del__), then checks.",
		);
		expect(described("- [[A]]: like [[B|*args* and __kw__]] and __bold__")[0]!.relation).toBe("like *args* and __kw__ and bold");
		expect(described("## [[Finalizers and __del__]]\nText [[X]].").map((link) => link.heading)).toEqual(["", "Finalizers and __del__"]);
	});

	it("keeps a [[link]] written inside inline code as code in another link's relation", () => {
		expect(described("- [[A]]: write `[[B]]` to link B")).toEqual([{ to: "A", kind: "related", relation: "write [[B]] to link B", heading: "" }]);
	});

	it("shows a markdown link and an embed by their text in the sentence", () => {
		expect(described("See [the counter](Reference%20Counting.md) note. Then ![[Closures#Cells]] here.")).toEqual([
			{ to: "Reference Counting", kind: "prose", relation: "See the counter note.", heading: "" },
			{ to: "Closures", kind: "prose", relation: "Then Closures > Cells here.", heading: "" },
		]);
	});

	it("does not split a sentence at a dot inside the link", () => {
		expect(described("Changes in [[Python 3.11]] matter. Next.")[0]!.relation).toBe("Changes in Python 3.11 matter.");
	});

	it("uses the table cell for a link in a table", () => {
		expect(described("| a | b |\n|---|---|\n| one | see [[Frames]] here |")[0]!.relation).toBe("see Frames here");
	});

	it("reads links in blockquotes and callouts as prose", () => {
		expect(described("> [!note]\n> The [[GIL]] serialises bytecode. Other.")).toEqual([
			{ to: "GIL", kind: "prose", relation: "The GIL serialises bytecode.", heading: "" },
		]);
	});
});

describe("headings and kinds", () => {
	it("records the heading above, counting bold-only lines as headings", () => {
		const text = "# Top\n\n[[A]] here.\n\n**Limitations of memory management:**\n\nSee [[B]].\n\n## Sub\n- [[C]]: c";
		expect(described(text).map((link) => [link.to, link.heading])).toEqual([
			["A", "Top"],
			["B", "Limitations of memory management"],
			["C", "Sub"],
		]);
	});

	it("marks links inside headings, which sit under the heading above them", () => {
		expect(described("# Notes\n## [[Memory Management]]\n**Automatic [[Memory Management]]:**\ntext [[X]].")).toEqual([
			{ to: "Memory Management", kind: "heading", relation: "Memory Management", heading: "Notes" },
			{ to: "Memory Management", kind: "heading", relation: "Automatic Memory Management:", heading: "Memory Management" },
			{ to: "X", kind: "prose", relation: "text X.", heading: "Automatic Memory Management" },
		]);
	});

	it("reads a paragraph underlined with === or --- as a heading (setext), but not a list item over ---", () => {
		expect(described("Intro\n=====\n\n[[A]] here.\n\nSub [[B]]\n---\ntext [[C]].")).toEqual([
			{ to: "A", kind: "prose", relation: "A here.", heading: "Intro" },
			{ to: "B", kind: "heading", relation: "Sub B", heading: "Intro" },
			{ to: "C", kind: "prose", relation: "text C.", heading: "Sub B" },
		]);
		expect(described("Two lines\nof title\n===\n[[A]] here.").map((link) => link.heading)).toEqual(["Two lines of title"]);
		expect(described("- item [[A]]\n---\n[[B]] here.").map((link) => [link.kind, link.heading])).toEqual([
			["prose", ""],
			["prose", ""],
		]);
	});

	it("marks the closing link-only lines as footer: a heading, a label, separators, after a rule", () => {
		expect(described("Body [[A]].\n# [[Python 1 Home]]").map((link) => link.kind)).toEqual(["prose", "footer"]);
		expect(described("Body.\n\nUp: [[Index]]\n").map((link) => link.kind)).toEqual(["footer"]);
		expect(described("Body.\n\n---\n[[Prev]] | [[Next]]\n\n").map((link) => link.kind)).toEqual(["footer", "footer"]);
		expect(described("Body.\n\nBack to the [[Home]]").map((link) => link.kind)).toEqual(["footer"]);
	});

	it("does not treat a closing list, a closing sentence or a note made only of links as footer", () => {
		expect(described("# Hub\n- [[A]]\n- [[B]]").map((link) => link.kind)).toEqual(["related", "related"]);
		expect(described("Body.\n\nThis last sentence mentions [[Home]] among many other words.").map((link) => link.kind)).toEqual(["prose"]);
		expect(described("[[Only]]").map((link) => link.kind)).toEqual(["prose"]);
	});

	it("takes at most three closing lines as footer", () => {
		expect(described("Body.\n[[A]]\n[[B]]\n[[C]]\n[[D]]").map((link) => link.kind)).toEqual(["prose", "footer", "footer", "footer"]);
	});
});
