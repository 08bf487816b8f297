// What the interpreter does to a bytearray beyond what it shares with bytes (bytes-ops.ts): +, * and their
// in-place forms, item and slice assignment and deletion, each resizing the buffer as bytearrayobject.c does.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr } from "../heap/values";
import { PySlice } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { PyByteArray } from "../heap/bytearray";
import { readBuffer } from "./buffers";
import { byteArrayBufferOfSize, byteArrayReplace, byteArrayResize } from "../runtime/bytearrayGrowth";
import { newByteArray } from "../builtins/bytes-construct";
import { byteValue } from "./bytes-ops";
import { requireIndexSized } from "./ssize";
import { joinedBytes, repeatedBytes } from "../arrays";
import { indexValue } from "./protocol";
import { sliceIndices } from "./slice-indices";
import type { VM } from "./vm";

/** bytearray_setslice_linear: bytes lo..hi become `bytes`. */
export function replaceBytes(vm: VM, b: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
	if (bytes.length !== hi - lo) requireResizable(vm, b);
	const old = b.value;
	const out = new Uint8Array(old.length - (hi - lo) + bytes.length);
	out.set(old.subarray(0, lo));
	out.set(bytes, lo);
	out.set(old.subarray(hi), lo + bytes.length);
	b.value = out;
	b.buffer = byteArrayReplace(b.buffer, lo, hi, bytes.length);
	vm.heap.observer?.contentChanged(b);
}

/** PyByteArray_Resize with the new contents (which the caller made `size` bytes long). */
export function resizeTo(vm: VM, b: PyByteArray, bytes: Uint8Array): void {
	if (bytes.length !== b.value.length) requireResizable(vm, b);
	b.value = bytes;
	b.buffer = byteArrayResize(b.buffer, bytes.length);
	vm.heap.observer?.contentChanged(b);
}

/** _canresize: a bytearray cannot change size while a buffer of it is exported (a memoryview's). */
function requireResizable(vm: VM, b: PyByteArray): void {
	if (b.exports > 0) vm.raise("BufferError", "Existing exports of data: object cannot be re-sized");
}

/** `b += b` exports b's buffer to itself while it resizes (bytearray_iconcat's PyObject_GetBuffer). */
function checkNotExported(vm: VM, b: PyByteArray, other: PyObject): void {
	if (other === b) vm.raise("BufferError", "Existing exports of data: object cannot be re-sized");
}

/** bytearray + x (PyByteArray_Concat) and bytearray += x (bytearray_iconcat), x bytes-like; undefined otherwise. */
export function addToByteArray(vm: VM, a: PyByteArray, b: PyObject, inplace: boolean): PyObject | undefined {
	const other = readBuffer(b, "contiguous");
	if (!other) return undefined;
	if (!inplace) return vm.bytearray(joinedBytes(a.value, other));
	if (other.length > 0) {
		checkNotExported(vm, a, b);
		resizeTo(vm, a, joinedBytes(a.value, other));
	}
	return vm.incref(a);
}

/** bytearray * n (a new bytearray of exactly the bytes) and bytearray *= n (bytearray_irepeat: one resize). */
export function repeatByteArray(vm: VM, seq: PyByteArray, count: number, inplace: boolean): PyByteArray {
	const bytes = repeatedBytes(seq.value, count);
	if (!inplace) return vm.bytearray(bytes);
	resizeTo(vm, seq, bytes);
	return vm.incref(seq);
}

/** PyNumber_Check or a str: what slice assignment refuses before trying to make a bytearray of it. */
function isNumberOrStr(o: PyObject): boolean {
	if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr) return true;
	return o instanceof PyInstance && ["__index__", "__int__", "__float__"].some((name) => o.cls.lookup(name) !== undefined);
}

/** The index of b[key] for an int key, as bytearray_ass_subscript checks it. */
function itemIndex(vm: VM, b: PyByteArray, key: PyObject): number {
	const index = indexValue(vm, key);
	if (index === null) return vm.raise("TypeError", `bytearray indices must be integers or slices, not ${key.typeName}`);
	requireIndexSized(vm, index, key);
	const i = Number(index < 0n ? index + BigInt(b.value.length) : index);
	if (i < 0 || i >= b.value.length) vm.raise("IndexError", "bytearray index out of range");
	return i;
}

/** bytearray_ass_subscript: b[key] = value, or del b[key] when value is null. */
export function setByteArrayItem(vm: VM, b: PyByteArray, key: PyObject, value: PyObject | null): void {
	if (!(key instanceof PySlice)) {
		const i = itemIndex(vm, b, key);
		if (value === null) replaceBytes(vm, b, i, i + 1, new Uint8Array(0));
		else {
			b.value[i] = byteValue(vm, value);
			vm.heap.observer?.contentChanged(b);
		}
		return;
	}
	const indices = sliceIndices(vm, key, b.value.length);
	if (value !== null && (value === b || !(value instanceof PyByteArray))) {
		if (isNumberOrStr(value)) vm.raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
		// CPython assigns from a temporary bytearray made of the value (PyByteArray_FromObject).
		const copy = newByteArray(vm, value, undefined, undefined);
		try {
			assignSlice(vm, b, indices, copy.value);
		} finally {
			vm.decref(copy);
		}
		return;
	}
	assignSlice(vm, b, indices, value ? value.value : new Uint8Array(0));
}

function assignSlice(vm: VM, b: PyByteArray, [start, stop, step, count]: [number, number, number, number], bytes: Uint8Array): void {
	// b[5:2] = ... inserts before 5, not before 2.
	if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
	if (step === 1) return replaceBytes(vm, b, start, stop, bytes);
	const picked = new Set<number>();
	for (let i = 0, j = start; i < count; i++, j += step) picked.add(j);
	// Assigning no bytes to an extended slice deletes it, whatever its length.
	if (bytes.length === 0) {
		// bytearray_ass_subscript checks _canresize before it looks at the slice's length.
		requireResizable(vm, b);
		if (count > 0) resizeTo(vm, b, b.value.filter((_, j) => !picked.has(j)));
		return;
	}
	if (bytes.length !== count) vm.raise("ValueError", `attempt to assign bytes of size ${bytes.length} to extended slice of size ${count}`);
	for (let i = 0, j = start; i < count; i++, j += step) b.value[j] = bytes[i]!;
	vm.heap.observer?.contentChanged(b);
}

/** A copy with its own exact buffer (bytearray.copy(), copy.copy, the result of the shared methods). */
export function copyOfByteArray(vm: VM, b: PyByteArray): PyByteArray {
	return vm.bytearray(b.value.slice(), byteArrayBufferOfSize(b.value.length));
}
