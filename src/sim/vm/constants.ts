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
	const constant = (value: ast.ConstantValue): PyObject => {
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
