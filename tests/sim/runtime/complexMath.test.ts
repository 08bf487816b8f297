import { describe, expect, it } from "vitest";
import { cAbs, cDiff, cPow, cProd, cQuot, cSum, complexOf, hashComplex, type Complex } from "../../../src/sim/runtime/complexMath";
import { capture, floatFromHex, floatToHex, loadFixture, type Outcome } from "./fixtures";

type Parts = [string, string];
interface ComplexFixture {
	binary: { a: Parts; b: Parts; add: Parts; sub: Parts; mul: Parts; div: Outcome<Parts>; pow: Outcome<Parts>; powCorrectlyRounded: Parts | null }[];
	powers: { a: Parts; b: Parts; pow: Outcome<Parts>; powCorrectlyRounded: Parts | null }[];
	floatPowers: { a: string; b: string; pow: Outcome<Parts>; powCorrectlyRounded: Parts | null }[];
	singles: { z: Parts; abs: Outcome<string>; hash: string | null; repr: string }[];
}

const fixture = loadFixture<ComplexFixture>("complex.json");
const fromParts = ([re, im]: Parts): Complex => complexOf(floatFromHex(re), floatFromHex(im));
const toParts = (z: Complex): Parts => [floatToHex(z.re), floatToHex(z.im)];

/**
 * python3's result, or where glibc's pow/exp/sin/cos rounded a near-halfway intermediate the other way,
 * what the same algorithm gives with correctly rounded ones (the runtime's libm); the fixture computes both.
 */
const expectedPow = (c: { pow: Outcome<Parts>; powCorrectlyRounded: Parts | null }): Outcome<Parts> =>
	c.powCorrectlyRounded === null ? c.pow : { ok: c.powCorrectlyRounded };

describe("complex arithmetic (complexobject.c)", () => {
	it.each(fixture.binary)("$a op $b", (c) => {
		const a = fromParts(c.a);
		const b = fromParts(c.b);
		expect(toParts(cSum(a, b))).toEqual(c.add);
		expect(toParts(cDiff(a, b))).toEqual(c.sub);
		expect(toParts(cProd(a, b))).toEqual(c.mul);
		expect(capture(() => toParts(cQuot(a, b)))).toEqual(c.div);
		expect(capture(() => toParts(cPow(a, b)))).toEqual(expectedPow(c));
	});
	it.each(fixture.powers)("$a ** $b", (c) => {
		expect(capture(() => toParts(cPow(fromParts(c.a), fromParts(c.b))))).toEqual(expectedPow(c));
	});
	it.each(fixture.floatPowers)("negative float $a ** $b goes complex", (c) => {
		expect(capture(() => toParts(cPow(complexOf(floatFromHex(c.a)), complexOf(floatFromHex(c.b)))))).toEqual(expectedPow(c));
	});
});

describe("abs() and hash()", () => {
	it.each(fixture.singles)("$repr", (c) => {
		const z = fromParts(c.z);
		expect(capture(() => floatToHex(cAbs(z)))).toEqual(c.abs);
		if (c.hash !== null) expect(hashComplex(z, 0n).toString()).toBe(c.hash);
	});
});
