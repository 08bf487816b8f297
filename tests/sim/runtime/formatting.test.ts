import { describe, expect, it } from "vitest";
import { PyIndexError, PyKeyError, PyTypeError } from "../../../src/sim/runtime/errors";
import { floatRepr } from "../../../src/sim/runtime/floatRepr";
import { formatFloat, formatInt, formatStr } from "../../../src/sim/runtime/formatSpec";
import { percentFormat, type PercentValue } from "../../../src/sim/runtime/printf";
import { strFormat } from "../../../src/sim/runtime/strFormat";
import { strAscii, strRepr } from "../../../src/sim/runtime/strRepr";
import { capture, floatFromHex, loadFixture, type Outcome } from "./fixtures";

/** The fixtures' argument encoding, decoded into a tiny object model that stands in for the VM's. */
type Encoded = null | string | { bool: boolean } | { int: string } | { float: string } | { complex: [string, string] } | { list: Encoded[] } | { dict: [Encoded, Encoded][] };

type Value =
	| { t: "none" } | { t: "bool"; v: boolean } | { t: "int"; v: bigint } | { t: "float"; v: number } | { t: "str"; v: string }
	| { t: "complex"; re: number; im: number } | { t: "list"; v: Value[] } | { t: "dict"; v: [Value, Value][] };

function decode(e: Encoded): Value {
	if (e === null) return { t: "none" };
	if (typeof e === "string") return { t: "str", v: e };
	if ("bool" in e) return { t: "bool", v: e.bool };
	if ("int" in e) return { t: "int", v: BigInt(e.int) };
	if ("float" in e) return { t: "float", v: floatFromHex(e.float) };
	if ("complex" in e) return { t: "complex", re: floatFromHex(e.complex[0]), im: floatFromHex(e.complex[1]) };
	if ("list" in e) return { t: "list", v: e.list.map(decode) };
	return { t: "dict", v: e.dict.map(([k, v]) => [decode(k), decode(v)] as [Value, Value]) };
}

function repr(v: Value): string {
	switch (v.t) {
		case "none": return "None";
		case "bool": return v.v ? "True" : "False";
		case "int": return v.v.toString();
		case "float": return floatRepr(v.v);
		case "str": return strRepr(v.v);
		case "complex": return `(${floatRepr(v.re)}+${floatRepr(v.im)}j)`;
		case "list": return `[${v.v.map(repr).join(", ")}]`;
		case "dict": return `{${v.v.map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ")}}`;
	}
}

const str = (v: Value): string => (v.t === "str" ? v.v : repr(v));
const typeName = (v: Value): string => ({ none: "NoneType", bool: "bool", int: "int", float: "float", str: "str", complex: "complex", list: "list", dict: "dict" })[v.t];

function getItem(container: Value, key: string | bigint): Value {
	if (container.t === "list" && typeof key === "bigint") {
		const item = container.v[Number(key)];
		if (!item) throw new PyIndexError("list index out of range");
		return item;
	}
	if (container.t === "dict") {
		const found = container.v.find(([k]) => k.t === "str" && k.v === key);
		if (!found) throw new PyKeyError(strRepr(String(key)));
		return found[1];
	}
	throw new PyTypeError(`'${typeName(container)}' object is not subscriptable`);
}

const percentHooks = {
	classify: (v: Value): PercentValue<Value> => {
		if (v.t === "int") return { kind: "int", value: v.v };
		if (v.t === "bool") return { kind: "int", value: v.v ? 1n : 0n };
		if (v.t === "float") return { kind: "float", value: v.v };
		if (v.t === "str") return { kind: "str", value: v.v };
		return { kind: "other", value: v };
	},
	str, repr, typeName,
	ascii: (v: Value): string => (v.t === "str" ? strAscii(v.v) : repr(v)),
	getItem: (mapping: Value, key: string): Value => {
		if (mapping.t !== "dict") throw new PyTypeError("format requires a mapping");
		return getItem(mapping, key);
	},
};

const formatHooks = {
	getAttr: (v: Value, name: string): Value => {
		if (v.t === "complex" && (name === "real" || name === "imag")) return { t: "float", v: name === "real" ? v.re : v.im };
		throw new Error(`attribute ${name} not modelled in this test`);
	},
	getItem,
	convert: (v: Value, c: "r" | "s" | "a"): Value => ({ t: "str", v: c === "s" ? str(v) : c === "r" ? repr(v) : v.t === "str" ? strAscii(v.v) : repr(v) }),
	format: (v: Value, spec: string): string => {
		if (v.t === "int" || v.t === "bool") return formatInt(v.t === "int" ? v.v : v.v ? 1n : 0n, spec, v.t);
		if (v.t === "float") return formatFloat(v.v, spec);
		if (v.t === "str") return formatStr(v.v, spec);
		return formatStr(str(v), spec);
	},
};

interface FormattingCase {
	kind: "percent" | "format";
	template: string;
	args: Encoded[];
	isTuple?: boolean;
	kwargs?: Record<string, Encoded>;
	result: Outcome<string>;
}

const cases = loadFixture<FormattingCase[]>("formatting.json");

describe("printf-style % and str.format against python3", () => {
	it.each(cases)("%j", (c) => {
		const args = c.args.map(decode);
		const run = (): string => {
			if (c.kind === "percent") return percentFormat(c.template, args, c.isTuple ?? false, percentHooks);
			const kwargs = new Map(Object.entries(c.kwargs ?? {}).map(([k, v]) => [k, decode(v)] as const));
			return strFormat(c.template, args, kwargs, formatHooks);
		};
		expect(capture(run)).toEqual(c.result);
	});
});
