import { describe, expect, it } from "vitest";
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatRoundDigits, floatRoundToInt, floatTrueDiv, intRoundDigits } from "../../../src/sim/runtime/floatMath";
import { intFloorDiv, intMod, intPow, intPowMod, intTrueDiv } from "../../../src/sim/runtime/intMath";
import { intToStr, parseFloatLiteral, parseIntLiteral } from "../../../src/sim/runtime/numberParse";
import { bigIntFromPyHex, capture, floatFromHex, floatToHex, loadFixture, type Outcome } from "./fixtures";

interface NumericFixture {
	floatBinary: { a: string; b: string; div: Outcome<string>; floordiv: Outcome<string>; mod: Outcome<string>; divmod: Outcome<string[]>; pow: Outcome<string> | null }[];
	floatRound: { x: string; n: number | null; result: Outcome<string> }[];
	intRound: { n: string; d: number; result: string }[];
	intOps: { a: string; b: string; floordiv: Outcome<string>; mod: Outcome<string>; truediv: Outcome<string> }[];
	intParse: { text: string; base: number; result: Outcome<string> }[];
	floatParse: { text: string; result: Outcome<string> }[];
	intStr: { hex: string; result: Outcome<string> }[];
	intPow: { a: string; b: string; result: Outcome<{ int: string } | { float: string }> }[];
	intPowMod: { a: string; b: string; m: string; result: Outcome<string> }[];
}

const fixture = loadFixture<NumericFixture>("numeric.json");

describe("float arithmetic (floatobject.c)", () => {
	it.each(fixture.floatBinary)("$a op $b", (c) => {
		const a = floatFromHex(c.a);
		const b = floatFromHex(c.b);
		expect(capture(() => floatToHex(floatTrueDiv(a, b)))).toEqual(c.div);
		expect(capture(() => floatToHex(floatFloorDiv(a, b)))).toEqual(c.floordiv);
		expect(capture(() => floatToHex(floatMod(a, b)))).toEqual(c.mod);
		expect(capture(() => floatDivmod(a, b).map(floatToHex))).toEqual(c.divmod);
		if (c.pow === null) expect(floatPow(a, b)).toBeNull();
		else expect(capture(() => floatToHex(floatPow(a, b) ?? NaN))).toEqual(c.pow);
	});
});

describe("round()", () => {
	it.each(fixture.floatRound)("round($x, $n)", ({ x, n, result }) => {
		const value = floatFromHex(x);
		expect(capture(() => (n === null ? floatRoundToInt(value).toString() : floatToHex(floatRoundDigits(value, n))))).toEqual(result);
	});
	it.each(fixture.intRound)("round($n, $d) == $result", ({ n, d, result }) => {
		expect(intRoundDigits(BigInt(n), BigInt(d)).toString()).toBe(result);
	});
});

describe("int floor division, modulo, true division (longobject.c)", () => {
	it.each(fixture.intOps)("$a op $b", (c) => {
		const a = BigInt(c.a);
		const b = BigInt(c.b);
		expect(capture(() => intFloorDiv(a, b).toString())).toEqual(c.floordiv);
		expect(capture(() => intMod(a, b).toString())).toEqual(c.mod);
		expect(capture(() => floatToHex(intTrueDiv(a, b)))).toEqual(c.truediv);
	});
});

describe("int(str, base), float(str), str(int)", () => {
	it.each(fixture.intParse)("int($text, $base)", ({ text, base, result }) => {
		expect(capture(() => intToStr(parseIntLiteral(text, base)))).toEqual(result);
	});
	it.each(fixture.floatParse)("float($text)", ({ text, result }) => {
		expect(capture(() => floatToHex(parseFloatLiteral(text)))).toEqual(result);
	});
	it.each(fixture.intStr)("str(int $hex)", ({ hex, result }) => {
		expect(capture(() => intToStr(bigIntFromPyHex(hex)))).toEqual(result);
	});
});

describe("int ** int and pow(a, b, m)", () => {
	it.each(fixture.intPow)("$a ** $b", ({ a, b, result }) => {
		expect(capture(() => {
			const r = intPow(BigInt(a), BigInt(b));
			return typeof r === "bigint" ? { int: r.toString() } : { float: floatToHex(r) };
		})).toEqual(result);
	});
	it.each(fixture.intPowMod)("pow($a, $b, $m)", ({ a, b, m, result }) => {
		expect(capture(() => intPowMod(BigInt(a), BigInt(b), BigInt(m)).toString())).toEqual(result);
	});
});
