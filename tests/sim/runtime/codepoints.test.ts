import { describe, expect, it } from "vitest";
import { pyCharAt, pyLen, pySlice } from "../../../src/sim/runtime/codepoints";
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
