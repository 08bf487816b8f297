import { describe, expect, it } from "vitest";
import { floatRepr } from "../../../src/sim/runtime/floatRepr";
import { formatFloat, formatInt, formatStr } from "../../../src/sim/runtime/formatSpec";
import { capture, floatFromHex, loadFixture, type Outcome } from "./fixtures";

describe("float repr (float_repr via PyOS_double_to_string 'r')", () => {
	const cases = loadFixture<{ x: string; repr: string }[]>("float-repr.json");
	it.each(cases)("repr of $x is $repr", ({ x, repr }) => {
		expect(floatRepr(floatFromHex(x))).toBe(repr);
	});
});

describe("format(value, spec)", () => {
	const cases = loadFixture<{ kind: string; value: string; spec: string; result: Outcome<string> }[]>("format-spec.json");
	it.each(cases)("format($kind $value, '$spec')", ({ kind, value, spec, result }) => {
		const run = (): string => {
			if (kind === "float") return formatFloat(floatFromHex(value), spec);
			if (kind === "str") return formatStr(value, spec);
			return formatInt(BigInt(value), spec, kind);
		};
		expect(capture(run)).toEqual(result);
	});
});
