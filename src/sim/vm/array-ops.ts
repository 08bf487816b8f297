// array.array's protocols (Modules/arraymodule.c, 3.11): subscription and slice assignment, iteration,
// repr, comparison, `in`, and the sequence slots for `+`, `*`, `+=` and `*=`. Every item read is a new
// object; a slice, a concatenation or a repetition is a new array of exactly its size.
import type { PyObject } from "../heap/object";
import { PyArray, type ArrayValue, type Typecode } from "../heap/array";
import { PyInt } from "../heap/values";
import { PySlice } from "../heap/containers";
import { PyIterator } from "../heap/iterators";
import { arrayItem, arrayValue } from "../builtins/array-values";
import { compareValues } from "./comparisons";
import { registerIterator, releaseSource } from "./iteration";
import { indexValue } from "./protocol";
import { fitsSsize } from "./ssize";
import { repr } from "./repr";
import { itemsAt, sliceIndices } from "./slice-indices";
import type { VM } from "./vm";

/** newarrayobject: exactly `values.length` slots (none for an empty array). */
export function newArray(vm: VM, typecode: Typecode, values: ArrayValue[]): PyArray {
	return vm.heap.register(new PyArray(typecode, values));
}

/** Replace the values after array_resize has sized the buffer for them. */
export function setValues(vm: VM, a: PyArray, values: ArrayValue[]): void {
	if (values.length !== a.values.length) refuseResizeWhileExporting(vm, a);
	a.resize(values.length);
	a.values = values;
	vm.heap.observer?.contentChanged(a);
}

/** ins1: one value put in at `at` (0 to the length), in place: an append loop must not copy the array each time. */
export function insertOneValue(vm: VM, a: PyArray, at: number, value: ArrayValue): void {
	refuseResizeWhileExporting(vm, a);
	a.resize(a.values.length + 1);
	if (at === a.values.length) a.values.push(value);
	else a.values.splice(at, 0, value);
	vm.heap.observer?.contentChanged(a);
}

function refuseResizeWhileExporting(vm: VM, a: PyArray): void {
	if (a.exports > 0) vm.raise("BufferError", "cannot resize an array that is exporting buffers");
}

function index(vm: VM, key: PyObject): number {
	const i = key instanceof PyInt ? BigInt(key.value) : indexValue(vm, key);
	if (i === null) return vm.raise("TypeError", "array indices must be integers");
	// PyNumber_AsSsize_t(item, PyExc_IndexError).
	if (!fitsSsize(i)) vm.raise("IndexError", `cannot fit '${key.typeName}' into an index-sized integer`);
	return Number(i);
}

/** An index made non-negative and checked. */
export function arrayPosition(vm: VM, a: PyArray, i: number, message: string): number {
	const n = a.values.length;
	const at = i < 0 ? i + n : i;
	if (at < 0 || at >= n) vm.raise("IndexError", message);
	return at;
}

/** array_subscr: one item, or a new array of the slice. */
export function arrayGetItem(vm: VM, a: PyArray, key: PyObject): PyObject {
	if (key instanceof PySlice) return newArray(vm, a.typecode, itemsAt(a.values, sliceIndices(vm, key, a.values.length)));
	const at = arrayPosition(vm, a, index(vm, key), "array index out of range");
	return arrayItem(vm, a.typecode, a.values[at]!);
}

/** array_ass_subscr: an item set or deleted (`value` null), or a slice replaced by an array of the same kind. */
export function arraySetItem(vm: VM, a: PyArray, key: PyObject, value: PyObject | null): void {
	if (!(key instanceof PySlice)) {
		const at = arrayPosition(vm, a, index(vm, key), "array assignment index out of range");
		const values = a.values.slice();
		if (value) values[at] = arrayValue(vm, a.typecode, value);
		else values.splice(at, 1);
		return setValues(vm, a, values);
	}
	let replacement: ArrayValue[] = [];
	if (value) {
		if (!(value instanceof PyArray)) return vm.raise("TypeError", `can only assign array (not "${value.typeName}") to array slice`);
		if (value.typecode !== a.typecode) return vm.raise("TypeError", "bad argument type for built-in operation");
		replacement = value.values.slice();
	}
	const [start, stop, step, count] = sliceIndices(vm, key, a.values.length);
	// Nothing to put in is a deletion, which array_ass_subscr refuses while exports exist, whatever it deletes.
	if (replacement.length === 0 && a.exports > 0) vm.raise("BufferError", "cannot resize an array that is exporting buffers");
	const values = a.values.slice();
	if (step === 1) {
		// For a[2:1] = ..., the insertion point is start.
		values.splice(start, Math.max(stop, start) - start, ...replacement);
		return setValues(vm, a, values);
	}
	if (!value) {
		const doomed = new Set(itemsAt(values.map((_, i) => i), [start, stop, step, count]));
		return setValues(vm, a, values.filter((_, i) => !doomed.has(i)));
	}
	if (replacement.length !== count) vm.raise("ValueError", `attempt to assign array of size ${replacement.length} to extended slice of size ${count}`);
	for (let i = 0, j = start; i < count; i++, j += step) values[j] = replacement[i]!;
	a.values = values;
	vm.heap.observer?.contentChanged(a);
}

/** array_iter: an array.arrayiterator that reads the array live and lets it go once exhausted. */
export function arrayIterator(vm: VM, a: PyArray): PyIterator {
	return registerIterator(
		vm,
		new PyIterator(ARRAY_ITERATOR, a, (it) => {
			if (it.source && it.index < a.values.length) return arrayItem(vm, a.typecode, a.values[it.index++]!);
			releaseSource(vm, it);
			return null;
		}),
	);
}

export const ARRAY_ITERATOR = "array.arrayiterator";

/** array_repr: `array('i', [1, 2])` through tolist() (a 'u' array through tounicode()), `array('i')` when empty. */
export function arrayRepr(vm: VM, a: PyArray): string {
	const code = a.typecode.code;
	if (a.values.length === 0) return `array('${code}')`;
	const contents = code === "u" ? vm.str(a.values.join("")) : arrayToList(vm, a);
	try {
		return `array('${code}', ${repr(vm, contents)})`;
	} finally {
		vm.decref(contents);
	}
}

/** tolist(): a new list of new items. */
export function arrayToList(vm: VM, a: PyArray): PyObject {
	return vm.list(a.values.map((v) => arrayItem(vm, a.typecode, v)));
}

function ordered(x: ArrayValue, y: ArrayValue, op: string): boolean {
	// Characters compare by code point, as Py_UCS4 values do.
	const p = typeof x === "string" ? x.codePointAt(0)! : x;
	const q = typeof y === "string" ? y.codePointAt(0)! : y;
	switch (op) {
		case "Lt": return p < q;
		case "LtE": return p <= q;
		case "Gt": return p > q;
		case "GtE": return p >= q;
		case "Eq": return p == q;
		default: return p != q;
	}
}

/** array_richcompare: == and != settle different lengths first, then the first differing item decides. */
export function compareArrays(vm: VM, a: PyArray, b: PyArray, op: string): boolean {
	const n = a.values.length;
	const m = b.values.length;
	if (n !== m && (op === "Eq" || op === "NotEq")) return op === "NotEq";
	// A 'u' array's items are strs: against a number array they compare as objects, never equal, and unordered.
	if ((a.typecode.kind === "unicode") !== (b.typecode.kind === "unicode") && n > 0 && m > 0) {
		if (op === "Eq" || op === "NotEq") return op === "NotEq";
		const x = arrayItem(vm, a.typecode, a.values[0]!);
		const y = arrayItem(vm, b.typecode, b.values[0]!);
		try {
			return compareValues(vm, x, y, op);
		} finally {
			vm.decref(x);
			vm.decref(y);
		}
	}
	for (let i = 0; i < n && i < m; i++) {
		const x = a.values[i]!;
		const y = b.values[i]!;
		if (ordered(x, y, "Eq")) continue;
		if (op === "Eq" || op === "NotEq") return op === "NotEq";
		return ordered(x, y, op);
	}
	return ordered(n, m, op);
}

/** array_contains: each item made and compared (==) in turn. */
export function arrayContains(vm: VM, a: PyArray, item: PyObject): boolean {
	for (let i = 0; i < a.values.length; i++) {
		const x = arrayItem(vm, a.typecode, a.values[i]!);
		try {
			if (x === item || compareValues(vm, x, item, "Eq")) return true;
		} finally {
			vm.decref(x);
		}
	}
	return false;
}

/** array_do_extend with another array: the same kind only, one resize. */
export function extendWithArray(vm: VM, a: PyArray, other: PyArray): void {
	if (other.typecode !== a.typecode) vm.raise("TypeError", "can only extend with array of same kind");
	setValues(vm, a, a.values.concat(other.values));
}

/** array_concat and array_inplace_concat with something other than an array. */
export function concatenationRefused(vm: VM, b: PyObject, inplace: boolean): never {
	return vm.raise("TypeError", inplace ? `can only extend array with array (not "${b.typeName}")` : `can only append array (not "${b.typeName}") to array`);
}

/** The array's sq_concat, sq_repeat, sq_inplace_concat and sq_inplace_repeat; undefined when they do not apply. */
export function arrayBinary(vm: VM, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	// Anything but an array on the right is left to its own reflected method first (concatenationRefused after).
	if (op === "Add" && a instanceof PyArray && b instanceof PyArray) {
		if (inplace) {
			extendWithArray(vm, a, b);
			return vm.incref(a);
		}
		if (b.typecode !== a.typecode) return vm.raise("TypeError", "bad argument type for built-in operation");
		return newArray(vm, a.typecode, a.values.concat(b.values));
	}
	if (op !== "Mult") return undefined;
	const [seq, count] = a instanceof PyArray ? [a, b] : b instanceof PyArray && !inplace ? [b, a] : [null, null];
	if (!seq || !count || indexValue(vm, count) === null) return undefined;
	const n = Math.max(0, Number(indexValue(vm, count)));
	if (seq.values.length * n > 1e8) vm.raise("MemoryError");
	const values: ArrayValue[] = [];
	for (let i = 0; i < n; i++) values.push(...seq.values);
	if (!(inplace && seq === a)) return newArray(vm, seq.typecode, values);
	// array_inplace_repeat: an empty array, or a count of 1, is left as it is.
	if (seq.values.length > 0 && n !== 1) setValues(vm, seq, values);
	return vm.incref(seq);
}
