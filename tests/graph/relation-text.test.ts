import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/graph/relation-text";

describe("cleanText", () => {
	it("drops emphasis markers that pair up, as CommonMark does, and leaves lone stars and Python's *args as written", () => {
		expect(cleanText("Compute 2 * 3 * 4 with B now.")).toBe("Compute 2 * 3 * 4 with B now.");
		expect(cleanText("Use *args and **kwargs in E")).toBe("Use *args and **kwargs in E");
		expect(cleanText("**bold** and *em* and a*b*c and _u_ and snake_case")).toBe("bold and em and abc and u and snake_case");
		expect(cleanText("Override __init__ to set up")).toBe("Override init to set up");
	});

	it("pairs emphasis across inline code and wiki links", () => {
		expect(cleanText("**What `sys.getsizeof` measures:**")).toBe("What sys.getsizeof measures:");
		expect(cleanText("**Automatic [[Memory Management]]:** and `__del__`")).toBe("Automatic Memory Management: and __del__");
	});

	it("reads backslash escapes as the characters they escape", () => {
		expect(cleanText("Escaped \\*star\\* and \\[\\[notlink\\]\\] with snake\\_case")).toBe("Escaped *star* and [[notlink]] with snake_case");
	});

	it("drops strike-through, highlight, HTML tags and footnote markers", () => {
		expect(cleanText('~~old~~ ==key== <b>bold</b> <span class="x">s</span> note[^1]')).toBe("old key bold s note");
		expect(cleanText("[^1]: the footnote's text")).toBe("the footnote's text");
	});
});
