// Comparison of the builtin containers item by item, as a JS boolean: lists and tuples (list_richcompare,
// tuplerichcompare: the first unequal pair decides, else the lengths), slices as (start, stop, step) tuples and
// dicts by their entries. Each pair of items compares through compareValues (comparisons.ts).
import type { PyObject } from "../heap/object";
import { PyTuple, PyDict, PySlice } from "../heap/containers";
import { probedDictsEqual } from "./probed-dicts";
import type { VM } from "./vm";
import { compareValues } from "./comparisons";

/** `x op y` for two numbers or two strs (lengths, too): == holds across a bigint and a number of the same value. */
export function order(x: number | bigint | string, y: number | bigint | string, op: string): boolean {
	switch (op) {
		case "Lt": return x < y;
		case "LtE": return x <= y;
		case "Gt": return x > y;
		case "GtE": return x >= y;
		case "Eq": return x === y || (typeof x !== "string" && typeof y !== "string" && x == y);
		default: return !(x === y || (typeof x !== "string" && typeof y !== "string" && x == y));
	}
}

export function compareSequences(vm: VM, x: PyObject[], y: PyObject[], op: string): boolean {
	const n = Math.min(x.length, y.length);
	for (let i = 0; i < n; i++) {
		const p = x[i]!;
		const q = y[i]!;
		if (p === q || compareValues(vm, p, q, "Eq")) continue;
		if (op === "Eq") return false;
		if (op === "NotEq") return true;
		return compareValues(vm, p, q, op);
	}
	return order(x.length, y.length, op);
}

const SLICE_AS_TUPLE = "slice as a tuple (slice_richcompare)";

/** slice_richcompare: the same slice is equal to itself; others compare as (start, stop, step) tuples. */
export function compareSlices(vm: VM, a: PySlice, b: PySlice, op: string): boolean {
	if (a === b) return op === "Eq" || op === "LtE" || op === "GtE";
	const asTuple = (s: PySlice) => {
		const t = vm.tuple([vm.incref(s.start), vm.incref(s.stop), vm.incref(s.step)]);
		vm.heap.adopt(t, SLICE_AS_TUPLE);
		return t;
	};
	const t1 = asTuple(a);
	let t2: PyTuple | null = null;
	try {
		t2 = asTuple(b);
		return compareSequences(vm, t1.items, t2.items, op);
	} finally {
		vm.heap.release(t1, SLICE_AS_TUPLE);
		if (t2) vm.heap.release(t2, SLICE_AS_TUPLE);
	}
}

export function dictsEqual(vm: VM, a: PyDict, b: PyDict): boolean {
	if (a.entries.size !== b.entries.size) return false;
	if (a.index !== null || b.index !== null) return probedDictsEqual(vm, a, b);
	for (const [k, e] of a.entries) {
		const other = b.entries.get(k);
		if (!other || !(other.value === e.value || compareValues(vm, e.value, other.value, "Eq"))) return false;
	}
	return true;
}
