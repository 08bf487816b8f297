// Comparison of the builtin containers item by item, as a JS boolean: lists and tuples (list_richcompare,
// tuplerichcompare: the first unequal pair decides, else the lengths), slices as (start, stop, step) tuples and
// dicts by their entries (dict_equal). Each pair of items compares through compareValues (comparisons.ts).
import type { PyObject } from "../heap/object";
import { PyTuple, PyDict, PySlice, PyList, type HashKey } from "../heap/containers";
import { probedGet, storedHash } from "./probed-dicts";
import type { VM } from "./vm";
import { compareValues } from "./comparisons";
import { COMPARISON_LEVEL, checkRecursionLevel } from "./c-recursion";
import { ITEM_BEING_COMPARED } from "./list-searches";

/** `x op y` for two numbers or two strs (lengths, too): == holds across a bigint and a number of the same value. */
export function order(x: number | bigint | string, y: number | bigint | string, op: string): boolean {
	// Strs order by code point, which UTF-16's units do not keep past U+FFFF.
	if (typeof x === "string" && typeof y === "string" && op !== "Eq" && op !== "NotEq") return order(codePointOrder(x, y), 0, op);
	switch (op) {
		case "Lt": return x < y;
		case "LtE": return x <= y;
		case "Gt": return x > y;
		case "GtE": return x >= y;
		case "Eq": return x === y || (typeof x !== "string" && typeof y !== "string" && x == y);
		default: return !(x === y || (typeof x !== "string" && typeof y !== "string" && x == y));
	}
}

/**
 * -1, 0 or 1 as x sorts before, with or after y by code point (unicode_compare): where the first differing UTF-16
 * units are a surrogate and a unit from U+E000 up, the surrogate's character (U+10000 and above) is the greater.
 */
export function codePointOrder(x: string, y: string): number {
	if (x === y) return 0;
	const n = Math.min(x.length, y.length);
	let i = 0;
	while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
	if (i === n) return x.length < y.length ? -1 : 1;
	return codeUnitRank(x.charCodeAt(i)) < codeUnitRank(y.charCodeAt(i)) ? -1 : 1;
}

function codeUnitRank(unit: number): number {
	if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
	return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** A list's or tuple's items, read afresh at each step: a list's __eq__ may change it. */
interface Sequence {
	readonly items: PyObject[];
}

/**
 * The index of the first pair that differs (PyObject_RichCompareBool's identity shortcut, then ==), or the shorter
 * length; the lengths are read again after each comparison.
 */
function firstDifference(vm: VM, x: Sequence, y: Sequence): number {
	let i = 0;
	vm.chargeWork(Math.min(x.items.length, y.items.length));
	for (; i < x.items.length && i < y.items.length; i++) {
		const p = x.items[i]!;
		const q = y.items[i]!;
		if (p === q) continue;
		if (vm.recursionDepth >= vm.recursionLimit) checkRecursionLevel(vm, COMPARISON_LEVEL);
		if (!compareValues(vm, p, q, "Eq")) break;
	}
	return i;
}

/** firstDifference holding each pair around its == (no closure: nested lists a thousand deep recurse through here). */
function firstHeldDifference(vm: VM, x: Sequence, y: Sequence): number {
	let i = 0;
	vm.chargeWork(Math.min(x.items.length, y.items.length));
	for (; i < x.items.length && i < y.items.length; i++) {
		const p = x.items[i]!;
		const q = y.items[i]!;
		if (p !== q && !heldPairEqual(vm, p, q)) break;
	}
	return i;
}

/** The end of both searches: past either's end the lengths decide, else the differing pair is compared by `op`, unheld. */
function decideAt(vm: VM, x: Sequence, y: Sequence, i: number, op: string): boolean {
	if (i >= x.items.length || i >= y.items.length) return order(x.items.length, y.items.length, op);
	if (op === "Eq") return false;
	if (op === "NotEq") return true;
	return compareValues(vm, x.items[i]!, y.items[i]!, op);
}

/**
 * list_richcompare and tuplerichcompare for <, <=, > and >= as an object: where a pair of items differs, what
 * PyObject_RichCompare of that pair returns (`compare`), which need not be a bool (a class's `__lt__` may return
 * anything); else the lengths' order. Null for the other pairs of operands and operators.
 */
export function sequenceOrder(vm: VM, x: PyObject, y: PyObject, op: string, compare: (p: PyObject, q: PyObject) => PyObject): PyObject | null {
	if (op === "Eq" || op === "NotEq") return null;
	const lists = x instanceof PyList && y instanceof PyList;
	if (!lists && !(x instanceof PyTuple && y instanceof PyTuple)) return null;
	const a = x as unknown as Sequence;
	const b = y as unknown as Sequence;
	const i = lists ? firstHeldDifference(vm, a, b) : firstDifference(vm, a, b);
	if (i >= a.items.length || i >= b.items.length) return vm.bool(order(a.items.length, b.items.length, op));
	return compare(a.items[i]!, b.items[i]!);
}

/**
 * list.sort's unsafe_tuple_compare, for keys that are all non-empty exact tuples: the first pair that differs
 * decides, a first pair through the sort's own compare of first items (`firstLess`), any later one through `<`.
 */
export function sortTupleLess(vm: VM, x: PyTuple, y: PyTuple, firstLess: (p: PyObject, q: PyObject) => boolean): boolean {
	const i = firstDifference(vm, x, y);
	if (i >= x.items.length || i >= y.items.length) return x.items.length < y.items.length;
	return i === 0 ? firstLess(x.items[0]!, y.items[0]!) : compareValues(vm, x.items[i]!, y.items[i]!, "Lt");
}

/** tuplerichcompare: a tuple cannot lose its items while __eq__ runs, so none is held. */
export function compareTuples(vm: VM, x: PyTuple, y: PyTuple, op: string): boolean {
	return decideAt(vm, x, y, firstDifference(vm, x, y), op);
}

/** list_richcompare's PyObject_RichCompareBool of a pair, between Py_INCREF of both and Py_DECREF of both, in that order. */
function heldPairEqual(vm: VM, p: PyObject, q: PyObject): boolean {
	vm.heap.hold(p, ITEM_BEING_COMPARED);
	vm.heap.hold(q, ITEM_BEING_COMPARED);
	try {
		// PyObject_RichCompare's check of the depth, inline (richEquals's): nested lists a thousand deep recurse here.
		if (vm.recursionDepth >= vm.recursionLimit) checkRecursionLevel(vm, COMPARISON_LEVEL);
		return compareValues(vm, p, q, "Eq");
	} finally {
		vm.heap.release(p, ITEM_BEING_COMPARED);
		vm.heap.release(q, ITEM_BEING_COMPARED);
	}
}

/**
 * list_richcompare (3.11): lists of different lengths differ without a comparison, and each pair is held
 * around its == since __eq__ may take either out of its list.
 */
export function compareLists(vm: VM, x: PyList, y: PyList, op: string): boolean {
	if (x.items.length !== y.items.length && (op === "Eq" || op === "NotEq")) return op === "NotEq";
	return decideAt(vm, x, y, firstHeldDifference(vm, x, y), op);
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
		return compareTuples(vm, t1, t2, op);
	} finally {
		vm.heap.release(t1, SLICE_AS_TUPLE);
		if (t2) vm.heap.release(t2, SLICE_AS_TUPLE);
	}
}

const COMPARED_KEY = "key of dicts being compared";
const COMPARED_VALUE = "value of dicts being compared";

/**
 * dict_equal: each of a's entries looked up in b (with its stored hash once a dict keeps an index table), its
 * value and key held (Py_INCREF of aval, then key) and then b's value too while the values compare.
 */
export function dictsEqual(vm: VM, a: PyDict, b: PyDict): boolean {
	if (a.entries.size !== b.entries.size) return false;
	const probed = a.index !== null || b.index !== null;
	const valueInB = (k: HashKey, key: PyObject) => (probed ? probedGet(vm, b, key, storedHash(vm, a, k)) : b.entries.get(k))?.value;
	for (const [k, { key, value }] of [...a.entries]) {
		// An earlier __eq__ may have removed or replaced this entry.
		if (a.entries.get(k)?.value !== value) continue;
		vm.heap.hold(value, COMPARED_VALUE);
		vm.heap.hold(key, COMPARED_KEY);
		let other: PyObject | undefined;
		let equal = false;
		try {
			other = valueInB(k, key);
			if (other) vm.heap.hold(other, COMPARED_VALUE);
			equal = other !== undefined && (other === value || compareValues(vm, value, other, "Eq"));
		} finally {
			vm.heap.release(key, COMPARED_KEY);
			vm.heap.release(value, COMPARED_VALUE);
			if (other) vm.heap.release(other, COMPARED_VALUE);
		}
		if (!equal) return false;
	}
	return true;
}
