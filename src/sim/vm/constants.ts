// Constant objects for the compiler: shared, as constants live in code objects for the whole run.
import type * as ast from "../parse/ast";
import type { ConstFactory } from "../compile/compiler";
import { PyCode, type CodeObject } from "../compile/code";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyStr, normaliseInt } from "../heap/values";
import { PySet, PyTuple } from "../heap/containers";
import { setAdd } from "./dicts";
import type { VM } from "./vm";

export function constFactory(vm: VM): ConstFactory {
	// compile.c's c_const_cache: equal constants anywhere in the module are one object (`a = 1000` and a
	// function's `return 1000` give the same int; `(1, 2)` twice is one tuple).
	const cache = new Map<string, PyObject>();
	const constant = (value: ast.ConstantValue): PyObject => {
		const key = constantKey(value);
		let found = cache.get(key);
		if (found === undefined) cache.set(key, (found = makeConstant(value)));
		return found;
	};
	const makeConstant = (value: ast.ConstantValue): PyObject => {
		if (value === null) return vm.None;
		if (typeof value === "boolean") return vm.bool(value);
		if (typeof value === "bigint") {
			if (value >= -5n && value <= 256n) return vm.int(value);
			return vm.heap.registerShared(new PyInt(normaliseInt(value)));
		}
		if (typeof value === "number") return vm.heap.registerShared(new PyFloat(value));
		if (typeof value === "string") return vm.intern(value);
		if (value instanceof Uint8Array) throw new Error("bytes constants are stopped by the compiler");
		if ("ellipsis" in value) return vm.Ellipsis;
		if ("frozenset" in value) {
			const set = vm.heap.registerShared(new PySet(true));
			for (const item of (value as unknown as { frozenset: ast.ConstantValue[] }).frozenset) setAdd(vm, set, constant(item));
			return set;
		}
		const items = (value as unknown as { tuple: ast.ConstantValue[] }).tuple;
		// The empty tuple is a singleton: `() is ()`.
		if (items.length === 0) return vm.emptyTuple;
		const tuple = vm.heap.registerShared(new PyTuple(items.map(constant)));
		if (items.length > 0) vm.collector.trackConstantTuple(tuple);
		return tuple;
	};
	return {
		constant,
		code: (code: CodeObject) => vm.heap.registerShared(new PyCode(code)),
		strTuple: (names: string[]) => vm.heap.registerShared(new PyTuple(names.map((n) => vm.intern(n)))),
	};
}

export { PyStr };

/**
 * _PyCode_ConstantKey as a string: a constant's type and value, so 1, 1.0 and True stay apart, -0.0 differs
 * from 0.0, and tuples and frozensets are keyed by their items.
 */
function constantKey(value: ast.ConstantValue): string {
	if (value === null) return "None";
	if (typeof value === "number") return `float:${Object.is(value, -0) ? "-0" : String(value)}`;
	if (typeof value !== "object") return `${typeof value}:${String(value)}`;
	if (value instanceof Uint8Array) return `bytes:${value.join(",")}`;
	if ("ellipsis" in value) return "Ellipsis";
	if ("frozenset" in value) return `frozenset(${(value as unknown as { frozenset: ast.ConstantValue[] }).frozenset.map(constantKey).sort().join(",")})`;
	return `tuple(${(value as unknown as { tuple: ast.ConstantValue[] }).tuple.map(constantKey).join(",")})`;
}
