import { describe, expect, it } from "vitest";
import { complexOf, type Complex } from "../../../src/sim/runtime/complexMath";
import { complexRepr, formatComplex, parseComplexLiteral } from "../../../src/sim/runtime/complexText";
import { capture, floatFromHex, floatToHex, loadFixture, type Outcome } from "./fixtures";

type Parts = [string, string];
interface ComplexFixture {
	singles: { z: Parts; repr: string }[];
	formats: { z: Parts; spec: string; result: Outcome<string> }[];
	parses: { text: string; result: Outcome<Parts> }[];
}

const fixture = loadFixture<ComplexFixture>("complex.json");
const fromParts = ([re, im]: Parts): Complex => complexOf(floatFromHex(re), floatFromHex(im));

describe("repr(complex)", () => {
	it.each(fixture.singles)("$repr", (c) => {
		expect(complexRepr(fromParts(c.z))).toBe(c.repr);
	});
});

describe("format(complex, spec)", () => {
	it.each(fixture.formats)("format($z, '$spec')", (c) => {
		expect(capture(() => formatComplex(fromParts(c.z), c.spec))).toEqual(c.result);
	});
});

describe("complex(str)", () => {
	it.each(fixture.parses)("complex('$text')", (c) => {
		expect(capture(() => {
			const z = parseComplexLiteral(c.text);
			return [floatToHex(z.re), floatToHex(z.im)];
		})).toEqual(c.result);
	});
});
