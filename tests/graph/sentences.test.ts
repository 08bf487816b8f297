import { describe, expect, it } from "vitest";
import { RELATION_REACH, SentenceText, sentenceSpan } from "../../src/graph/sentences";

/** The sentence around `link` in `text`, as sentenceSpan cuts it. */
function around(text: string, link: string) {
	const start = text.indexOf(link);
	const span = sentenceSpan(new SentenceText(text), start, start + link.length);
	return { sentence: text.slice(span.from, span.to), cutBefore: span.cutBefore, cutAfter: span.cutAfter };
}

describe("sentence spans", () => {
	it("ends a sentence at a full stop, ! or ? and a space, closers included", () => {
		expect(around("First one. Then [[X]] here!) Last?", "[[X]]")).toEqual({ sentence: "Then [[X]] here!)", cutBefore: false, cutAfter: false });
		expect(around("Is it [[Y]]? Yes.", "[[Y]]").sentence).toBe("Is it [[Y]]?");
	});

	it("does not end one after a dotted abbreviation, an initial or a known abbreviation, in any case", () => {
		expect(around("Some, e.g. [[A]], count. Others i.e. none.", "[[A]]").sentence).toBe("Some, e.g. [[A]], count.");
		expect(around("J. Smith and [[B]] met. Next.", "[[B]]").sentence).toBe("J. Smith and [[B]] met.");
		expect(around("See FIG. 3 and [[C]] too. Next.", "[[C]]").sentence).toBe("See FIG. 3 and [[C]] too.");
		expect(around("It ended. [[D]] began.", "[[D]]").sentence).toBe("[[D]] began.");
	});

	it("does not end one inside a link, a markdown link or a code span", () => {
		expect(around("See [[A|Fig. 2. Part]] then [[E]] ends.", "[[E]]").sentence).toBe("See [[A|Fig. 2. Part]] then [[E]] ends.");
		expect(around("Use `x. y` and [[F]] now. Next.", "[[F]]").sentence).toBe("Use `x. y` and [[F]] now.");
	});

	it("cuts a sentence that runs on past the reach at spaces, and says so", () => {
		const words = Array.from({ length: 120 }, (_, i) => `w${i}`).join(" ");
		const { sentence, cutBefore, cutAfter } = around(`${words} [[G]] ${words}`, "[[G]]");
		expect(cutBefore && cutAfter).toBe(true);
		expect(sentence.length).toBeLessThanOrEqual(2 * RELATION_REACH + "[[G]]".length);
		expect(sentence.startsWith("w")).toBe(true);
		expect(sentence).toContain("w119 [[G]] w0");
	});
});
