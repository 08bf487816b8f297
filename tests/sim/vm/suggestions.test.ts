// suggestionFor against what python3 3.11 offers (checked with python3 on the same typos), including its
// ties and limits: the first of equally near candidates wins, and nothing beyond a third of the characters.
import { describe, expect, it } from "vitest";
import { suggestionFor } from "../../../src/sim/vm/suggestions";

describe("Did you mean", () => {
	it("finds the nearest candidate within a third of the characters", () => {
		expect(suggestionFor("countr", ["counter", "count", "other"])).toBe("counter");
		expect(suggestionFor("apend", ["append", "clear", "copy"])).toBe("append");
		expect(suggestionFor("__len__", ["__le__", "__lt__", "__ne__"])).toBe("__le__");
		expect(suggestionFor("nothing_close_here", ["balance", "deposit"])).toBeNull();
	});

	it("counts a case flip as half an edit", () => {
		expect(suggestionFor("Len", ["len", "Lex"])).toBe("len");
	});

	it("keeps the first of equally near candidates and skips the name itself", () => {
		expect(suggestionFor("ab", ["ac", "ad"])).toBe("ac");
		expect(suggestionFor("same", ["same"])).toBeNull();
	});

	it("gives up on 750 candidates or more", () => {
		expect(suggestionFor("x1", Array.from({ length: 750 }, (_, i) => `x${i + 2}`))).toBeNull();
	});
});
