import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/graph";

const links = (text: string) => parseNote("Note.md", text).links;
const targets = (text: string) => links(text).map((link) => link.linkpath);
const warnings = (text: string) => parseNote("Note.md", text).warnings;

describe("link forms", () => {
	it("reads [[Target]], alias, heading, block and embed forms", () => {
		const found = links("See [[Target]], [[Other|shown text]], [[Third#Some heading]], [[Fourth#^block-1]] and ![[Embedded]].");
		expect(found.map(({ linkpath, subpath, display, embed }) => ({ linkpath, subpath, display, embed }))).toEqual([
			{ linkpath: "Target", subpath: "", display: "Target", embed: false },
			{ linkpath: "Other", subpath: "", display: "shown text", embed: false },
			{ linkpath: "Third", subpath: "Some heading", display: "Third#Some heading", embed: false },
			{ linkpath: "Fourth", subpath: "^block-1", display: "Fourth#^block-1", embed: false },
			{ linkpath: "Embedded", subpath: "", display: "Embedded", embed: true },
		]);
	});

	it("gives 1-based lines and 0-based columns, the embed's column at its '!'", () => {
		const found = links("first line\nxx ![[A]] [[B]]");
		expect(found.map((link) => [link.linkpath, link.line, link.column])).toEqual([
			["A", 2, 3],
			["B", 2, 10],
		]);
	});

	it("reads folder paths and drops a .md extension", () => {
		expect(targets("[[Python/Closures]] and [[Functions.md]]")).toEqual(["Python/Closures", "Functions"]);
	});

	it("reads markdown links to notes: plain, %-encoded, <angle> and with a heading", () => {
		const found = links("[a](Note%20One.md) [b](<Folder/Note Two.md>) [c](../Up.md#Part) [d](NoExtension)");
		expect(found.map((link) => [link.linkpath, link.subpath, link.display, link.syntax])).toEqual([
			["Note One", "", "a", "markdown"],
			["Folder/Note Two", "", "b", "markdown"],
			["../Up", "Part", "c", "markdown"],
			["NoExtension", "", "d", "markdown"],
		]);
	});

	it("decodes a markdown link's path and heading apart, so %23, %26 and %2C are a name's own characters", () => {
		const found = links("[a](Q%26A.md) [b](Pros%2C%20cons.md) [c](C%23%20basics.md#Intro%20part)");
		expect(found.map(({ linkpath, subpath }) => ({ linkpath, subpath }))).toEqual([
			{ linkpath: "Q&A", subpath: "" },
			{ linkpath: "Pros, cons", subpath: "" },
			{ linkpath: "C# basics", subpath: "Intro part" },
		]);
	});

	it("reads a note saved with a byte order mark, frontmatter and all", () => {
		const note = parseNote("Note.md", '\uFEFF---\naliases: [BomAlias]\nrelated: ["[[Target]]"]\n---\nBody.\n');
		expect(note.aliases).toEqual(["BomAlias"]);
		expect(note.links.map(({ linkpath, kind }) => ({ linkpath, kind }))).toEqual([{ linkpath: "Target", kind: "property" }]);
	});

	it("takes no attachment a property links as a concept", () => {
		const note = parseNote("Note.md", '---\nrelated: ["[[Closures]]", "[[diagram.png]]", "[[Paper.pdf]]", "[x](scan.jpg)"]\n---\nBody.\n');
		expect(note.links.map((link) => link.linkpath)).toEqual(["Closures"]);
	});

	it("keeps wiki and markdown links of one line in document order", () => {
		expect(links("[a](A.md) then [[B]] then [c](C.md) then ![[D]]").map((link) => [link.linkpath, link.column])).toEqual([
			["A", 0],
			["B", 15],
			["C", 26],
			["D", 41],
		]);
	});

	it("reads a markdown link with a title", () => {
		expect(links(`[t](Note.md "The title") and [u](Other%20Note.md 'x')`).map((link) => [link.linkpath, link.display])).toEqual([
			["Note", "t"],
			["Other Note", "u"],
		]);
	});

	it("ignores external links, same-note anchors, attachments and images", () => {
		expect(
			targets("[w](https://python.org) [m](mailto:a@b.c) [s](#section) ![i](pic.png) [[diagram.png]] ![[scan.pdf]] [[#Local heading]]"),
		).toEqual([]);
	});

	it("reads an escaped pipe inside a table as the alias separator", () => {
		const found = links("| concept | note |\n| --- | --- |\n| gc | [[Garbage Collection\\|the collector]] |");
		expect(found.map((link) => [link.linkpath, link.display])).toEqual([["Garbage Collection", "the collector"]]);
	});

	it("keeps a note name that contains dots", () => {
		expect(targets("[[Python 3.11 changes]]")).toEqual(["Python 3.11 changes"]);
	});
});

describe("places where [[...]] is not a link", () => {
	it("skips fenced code with backticks and tildes, including fences inside lists and quotes", () => {
		const text = [
			"```python",
			"x = [[1]]",
			"```",
			"~~~",
			"[[Tilde]]",
			"~~~",
			"- item",
			"  ```",
			"  [[InList]]",
			"  ```",
			"> ```",
			"> [[InQuote]]",
			"> ```",
			"[[Real]]",
		].join("\n");
		expect(targets(text)).toEqual(["Real"]);
	});

	it("reads a marker indented four columns past its container as text, and a quoted marker as code inside a fence", () => {
		expect(targets("Intro.\n\n    ```\n[[A]] is text.\n\nMore [[B]].")).toEqual(["A", "B"]);
		expect(targets("Para text\n\t~~~\nstill para [[A]].")).toEqual(["A"]);
		expect(targets("```markdown\nExample:\n> ```\n[[A]] still code\n```\n\nAfter [[B]].")).toEqual(["B"]);
		// Inside a nested list item a fence may sit deeper than four columns.
		expect(targets("- a\n  - b\n    ```\n    [[Code]]\n    ```\n- [[C]]")).toEqual(["C"]);
	});

	it("ends a fence inside a quote or a list item where its container ends", () => {
		expect(targets("> Quote\n> ```\n> [[A]]\n\n[[B]] after the quote ended.")).toEqual(["B"]);
		expect(targets("- item\n  ```\n  [[D]]\n\n  still in the item's code\n\nParagraph [[E]] after the list.")).toEqual(["E"]);
	});

	it("does not close a backtick fence with tildes or a shorter fence", () => {
		expect(targets("````\n```\n~~~\n[[Inside]]\n````\n[[Outside]]")).toEqual(["Outside"]);
	});

	it("skips inline code of one or more backticks, and code that wraps within a paragraph", () => {
		expect(targets("`[[A]]` and ``[[B]] ` still code`` and `wraps\n[[C]]` then [[D]]")).toEqual(["D"]);
	});

	it("reads a lone backtick as text", () => {
		expect(targets("a ` tick then [[Link]]")).toEqual(["Link"]);
	});

	it("skips inline and block math but not dollar amounts", () => {
		expect(targets("$[[A]]$ and $$\n[[B]]\n$$ costs $5 and [[C]] $6")).toEqual(["C"]);
	});

	it("finds each inline math's end among many dollars that never close, on the line and the next", () => {
		const unclosed = "$a ".repeat(2000);
		expect(targets(`[[A]] ${unclosed}$[[B]]$ [[C]] $x $y$ [[D]]\n${unclosed}[[E]] $5`)).toEqual(["A", "C", "D", "E"]);
	});

	it("skips HTML comments and %% comments, across lines too", () => {
		expect(targets("<!-- [[A]] -->[[B]] %% [[C]]\n[[D]] %% [[E]]")).toEqual(["B", "E"]);
	});

	it("skips markdown links in code, comments and math too", () => {
		expect(targets("`[a](A.md)` <!-- [b](B.md) --> $[c](C.md)$ %% [d](D.md) %% [e](E.md)\n```\n[f](F.md)\n```")).toEqual(["E"]);
	});

	it("reads an escaped \\` or \\$ as text", () => {
		expect(targets("\\`[[A]]\\` and \\$[[B]]$")).toEqual(["A", "B"]);
	});

	it("records pymem blocks by line and does not read links inside them", () => {
		const note = parseNote("Note.md", "text\n```pymem\nx = [[1]]\n```\n```python\n```\n```Pymem title\n```");
		expect(note.pymemBlocks).toEqual([2, 7]);
		expect(note.links).toEqual([]);
	});
});

describe("malformed links", () => {
	it("links only the inner link of [[Lambda [[Functions]] and warns with file and line", () => {
		const note = parseNote("Python/Lambda.md", "intro\nSee [[Lambda [[Functions]] here.");
		expect(note.links.map((link) => link.linkpath)).toEqual(["Functions"]);
		expect(note.warnings).toEqual([
			{ file: "Python/Lambda.md", line: 2, message: "'[[' at column 5 is not closed before the next '[['; only the inner link counts" },
		]);
	});

	it("warns about an unclosed [[ and keeps the links before it", () => {
		const note = parseNote("N.md", "[[Good]] and [[unclosed\n[[Next line]]");
		expect(note.links.map((link) => link.linkpath)).toEqual(["Good", "Next line"]);
		expect(note.warnings).toEqual([{ file: "N.md", line: 1, message: "'[[' at column 14 is never closed on this line" }]);
	});

	it("does not let a link span lines", () => {
		const note = parseNote("N.md", "[[Split\nlink]]");
		expect(note.links).toEqual([]);
		expect(note.warnings.map((warning) => warning.line)).toEqual([1]);
	});

	it("warns about empty links", () => {
		const note = parseNote("N.md", "[[]] and [[ | alias]] and [[#]]");
		expect(note.links).toEqual([]);
		expect(note.warnings.map((warning) => warning.message)).toEqual([
			"empty link '[[]]' at column 1",
			"empty link '[[ | alias]]' at column 10",
			"empty link '[[#]]' at column 27",
		]);
	});

	it("reads [[A]]] with a stray bracket as [[A]]", () => {
		expect(targets("[[A]]] and [[[B]]")).toEqual(["A", "[B"]);
	});

	it("warns about a code fence, a comment or frontmatter that never closes", () => {
		expect(warnings("```\n[[A]]").map((w) => [w.line, w.message])).toEqual([
			[1, "code fence opened on line 1 is never closed; the rest of the note is code"],
		]);
		expect(warnings("ok\n<!-- [[A]]").map((w) => [w.line, w.message])).toEqual([
			[2, "HTML comment opened on line 2 is never closed; the rest of the note is hidden"],
		]);
		expect(warnings("ok\n\n%% [[A]]").map((w) => w.line)).toEqual([3]);
		expect(warnings("---\naliases: [A]\n[[Body]]").map((w) => [w.line, w.message])).toEqual([
			[1, "frontmatter opened on line 1 is never closed; it is read as ordinary text"],
		]);
	});

	it("warns about a malformed %-escape in a markdown link", () => {
		expect(warnings("[x](Bad%ZZ.md)")).toEqual([{ file: "Note.md", line: 1, message: "link target 'Bad%ZZ.md' has a malformed %-escape" }]);
	});

	it("survives arbitrary bracket soup without throwing", () => {
		for (const text of ["[[", "]]", "[[[[", "![[", "[[|]]", "[](", "[a](", "$$", "`", "<!--", "---", "---\n- [[", "[[a]]]]]][[b"]) {
			expect(() => parseNote("N.md", text)).not.toThrow();
		}
	});
});

describe("frontmatter", () => {
	it("reads aliases as a block list, a flow list or a comma-separated scalar", () => {
		expect(parseNote("N.md", "---\naliases:\n  - GC\n  - 'Cyclic collector'\n---\n").aliases).toEqual(["GC", "Cyclic collector"]);
		expect(parseNote("N.md", '---\naliases: [GC, "a, b"]\n---\n').aliases).toEqual(["GC", "a, b"]);
		expect(parseNote("N.md", "---\nalias: GC, collector\n---\n").aliases).toEqual(["GC", "collector"]);
	});

	it("reads links in list properties as property links named after the property", () => {
		const note = parseNote("N.md", '---\ntitle: x\nrelated:\n  - "[[Functions]]"\n  - "[[Closures|the closures]]"\nsee: ["[[A]]", "[b](B.md)"]\n---\nbody');
		expect(note.links.map((link) => [link.linkpath, link.kind, link.relation, link.line])).toEqual([
			["Functions", "property", "related", 4],
			["Closures", "property", "related", 5],
			["A", "property", "see", 6],
			["B", "property", "see", 6],
		]);
	});

	it("reads a link in a single-valued property as well as in a list", () => {
		const note = parseNote("N.md", '---\nup: "[[Home|the home]]"\nsource: "[x](Folder/Source%20Note.md)"\n---\n');
		expect(note.links.map((link) => [link.linkpath, link.kind, link.relation, link.line])).toEqual([
			["Home", "property", "up", 2],
			["Folder/Source Note", "property", "source", 3],
		]);
	});

	it("warns that an unquoted [[link]] in YAML is a nested list, as Obsidian reads it", () => {
		const note = parseNote("N.md", "---\nrelated:\n  - [[Functions]]\n---\n");
		expect(note.links).toEqual([]);
		expect(note.warnings).toEqual([
			{
				file: "N.md",
				line: 3,
				message: `property 'related': [[Functions]] must be quoted ("[[Functions]]"); unquoted, YAML reads it as a nested list, not a link`,
			},
		]);
	});

	it("warns about a line that is not key: value and an unclosed flow list", () => {
		const note = parseNote("N.md", "---\njust words\ntags: [a, b\n---\n");
		expect(note.warnings.map((w) => [w.line, w.message])).toEqual([
			[2, "frontmatter line is not 'key: value': just words"],
			[3, "property 'tags': the list opened with '[' is never closed"],
		]);
		// The next property is not read into the open list.
		expect(parseNote("N.md", "---\ntags: [a, b\naliases: [Z]\n---\n").aliases).toEqual(["Z"]);
	});

	it("reads YAML comments and flow lists over several lines as YAML does", () => {
		const note = parseNote(
			"N.md",
			'---\naliases: [Alpha, Beta] # two names\nup: "[[Index]]" # parent\nrelated: # links\n  - "[[X]]" # first\nmore: [\n  "[[Y]]",\n  "[[Z]]"\n]\nalias: "Gamma" # c\n---\n',
		);
		expect(note.warnings).toEqual([]);
		expect(note.aliases).toEqual(["Alpha", "Beta", "Gamma"]);
		expect(note.links.map((link) => [link.linkpath, link.line])).toEqual([["Index", 3], ["X", 5], ["Y", 6], ["Z", 6]]);
	});

	it("does not read links inside frontmatter as body links, and keeps body lines right", () => {
		const note = parseNote("N.md", "---\nnote: '[[Not body]]'\n---\n[[Body]]");
		expect(note.links.map((link) => [link.linkpath, link.kind, link.line])).toEqual([
			["Not body", "property", 2],
			["Body", "prose", 4],
		]);
	});

	it("reads CRLF files like LF files", () => {
		expect(parseNote("N.md", "---\r\naliases: [X]\r\n---\r\n[[A]]\r\n").links.map((link) => link.line)).toEqual([4]);
	});
});
