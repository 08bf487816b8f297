import { describe, expect, it } from "vitest";
import * as math from "../../../src/sim/runtime/math";
import { capture, floatFromHex, floatToHex, loadFixture, type Outcome } from "./fixtures";

type Encoded = { int: string } | { float: string } | { bool: boolean } | { tuple: Encoded[] };
const decode = (e: Encoded): math.Real | boolean => {
	if ("tuple" in e) throw new Error("tuples are results, never arguments");
	return "int" in e ? BigInt(e.int) : "float" in e ? floatFromHex(e.float) : e.bool;
};
const encode = (v: unknown): Encoded => {
	if (Array.isArray(v)) return { tuple: v.map(encode) };
	if (typeof v === "boolean") return { bool: v };
	if (typeof v === "bigint") return { int: v.toString() };
	return { float: floatToHex(v as number) };
};

const cases = loadFixture<{ fn: string; args: Encoded[]; result: Outcome<Encoded> }[]>("math.json");

const VARIADIC = new Set(["gcd", "lcm", "hypot", "fsum", "prod"]);

describe("math module against python3", () => {
	it.each(cases)("%j", ({ fn, args, result }) => {
		const impl = (math as unknown as Record<string, (...a: unknown[]) => unknown>)[fn];
		if (!impl) throw new Error(`math.${fn} not implemented`);
		const values = args.map(decode);
		const call = (): Encoded => encode(fn === "fsum" || fn === "prod" ? impl(values) : VARIADIC.has(fn) ? impl(...values) : impl(...values));
		expect(capture(call)).toEqual(result);
	});
});
