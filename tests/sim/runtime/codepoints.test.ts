import { describe, expect, it } from "vitest";
import { inRanges, pyCharAt, pyLen, pySlice, unpackRanges } from "../../../src/sim/runtime/codepoints";
import { WIDE_CHARACTERS } from "../../../src/sim/runtime/unicodeTables";
import { capture, loadFixture, type Outcome } from "./fixtures";

interface CodepointFixture {
	slices: { s: string; start: number | null; stop: number | null; step: number; result: string }[];
	indexing: { s: string; i: number; result: Outcome<string> }[];
	lengths: { s: string; len: number }[];
}

const fixture = loadFixture<CodepointFixture>("codepoints.json");

describe("code point helpers (Python str indexing over UTF-16)", () => {
	it.each(fixture.slices)("%j", ({ s, start, stop, step, result }) => {
		expect(pySlice(s, start, stop, step)).toBe(result);
	});
	it.each(fixture.indexing)("%j", ({ s, i, result }) => {
		expect(capture(() => pyCharAt(s, i))).toEqual(result);
	});
	it.each(fixture.lengths)("len($s) == $len", ({ s, len }) => expect(pyLen(s)).toBe(len));
});

describe("packed code point ranges", () => {
	it("unpack to [start, end] pairs and answer membership at and around their bounds", () => {
		// "5,2,a,0": 4-6 (5 after -1, then 2 more), then 16-16 (a = 10 after 6).
		const ranges = unpackRanges("5,2,a,0");
		expect([...ranges]).toEqual([4, 6, 16, 16]);
		expect([3, 4, 6, 7, 15, 16, 17].map((cp) => inRanges(ranges, cp))).toEqual([false, true, true, false, false, true, false]);
	});

	it("hold CPython 3.11's wide characters: CJK, fullwidth forms, emoji, and every unassigned code point", () => {
		const wide = unpackRanges(WIDE_CHARACTERS);
		const isWide = (s: string) => inRanges(wide, s.codePointAt(0)!);
		expect(["中", "Ａ", "😀", "\u0378", "\u{1FAE8}"].map(isWide)).toEqual([true, true, true, true, true]);
		expect(["a", "é", "±", "ｱ", "𐐀"].map(isWide)).toEqual([false, false, false, false, false]);
	});
});
