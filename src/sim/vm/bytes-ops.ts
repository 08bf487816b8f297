// What the interpreter does with bytes and bytearray objects: concatenation, repetition, comparison, subscripts and
// membership, with bytesobject.c's messages. Their methods are in builtins/bytes-methods.ts.
import { getBuffer, readBuffer } from "./buffers";
import type { PyObject } from "../heap/object";
import { PyBytes, PyInt } from "../heap/values";
import { PyByteArray } from "../heap/bytearray";
import { PySlice } from "../heap/containers";
import { indexValue } from "./protocol";
import { isWhole, sliceIndices } from "./slice-indices";
import type { VM } from "./vm";
import { requireIndexSized } from "./ssize";
import { joinedBytes, repeatedBytes } from "../arrays";
import { userSlot } from "../heap/subclass-instances";
import { rejectResult } from "./rejected-results";
import { callLookedUpSpecial } from "./dunder-calls";

/**
 * bytes_concat: bytes + any contiguous buffer, or undefined for an operand without one; with an empty side, the
 * other operand itself when it is a bytes object.
 */
export function concatBytes(vm: VM, a: PyBytes, b: PyObject): PyBytes | undefined {
	const tail = readBuffer(b, "contiguous");
	if (!tail) return undefined;
	if (tail.length === 0) return vm.incref(a);
	if (a.value.length === 0 && b instanceof PyBytes) return vm.incref(b);
	return vm.bytes(joinedBytes(a.value, tail));
}

/** bytes * n (bytes_repeat), `n` already checked as a str's repeat count is; once is the object itself. */
export function repeatBytes(vm: VM, seq: PyBytes, n: number): PyBytes {
	// bytes_repeat: a result as long as seq is seq itself (`b * 1`, `b"" * 5`); any other is allocated anew, the
	// empty one too (`b * 0` is not the shared b"").
	const size = seq.value.length * Math.max(n, 0);
	if (size === seq.value.length) return vm.incref(seq);
	if (size === 0) return vm.heap.register(new PyBytes(new Uint8Array(0)));
	return vm.bytes(repeatedBytes(seq.value, n));
}

/** bytes_concat's and bytearray_concat's error when the right operand is no bytes-like object. */
export function cannotConcat(vm: VM, a: PyObject, b: PyObject): never {
	return vm.raise("TypeError", `can't concat ${b.typeName} to ${a.typeName}`);
}

/**
 * bytearray_richcompare: a bytearray compares its bytes with any contiguous buffer (an array's, a view's); null
 * when the left operand is no bytearray (and `reflected` does not allow the right one) or either has no such buffer.
 */
export function bytearrayCompare(a: PyObject, b: PyObject, op: string, reflected: boolean): boolean | null {
	if (!(a instanceof PyByteArray || (reflected && b instanceof PyByteArray))) return null;
	const left = readBuffer(a, "contiguous");
	const right = readBuffer(b, "contiguous");
	return left && right ? compareBytes(left, right, op) : null;
}

/** bytes_richcompare: byte by byte, then the shorter first. */
export function compareBytes(a: Uint8Array, b: Uint8Array, op: string): boolean {
	const n = Math.min(a.length, b.length);
	let diff = 0;
	for (let i = 0; i < n && diff === 0; i++) diff = a[i]! - b[i]!;
	if (diff === 0) diff = a.length - b.length;
	switch (op) {
		case "Lt": return diff < 0;
		case "LtE": return diff <= 0;
		case "Gt": return diff > 0;
		case "GtE": return diff >= 0;
		case "Eq": return diff === 0;
		default: return diff !== 0;
	}
}

/** The bytes a slice of these picks. */
export function slicedBytes(bytes: Uint8Array, [start, , step, count]: [number, number, number, number]): Uint8Array {
	if (step === 1) return bytes.slice(start, start + count);
	const out = new Uint8Array(count);
	for (let i = 0, j = start; i < count; i++, j += step) out[i] = bytes[j]!;
	return out;
}

/**
 * bytes_subscript and bytearray_subscript: an int for an index, a new object of the same type for a slice,
 * and each type's own wording of the errors.
 */
export function bytesItem(vm: VM, seq: PyBytes | PyByteArray, key: PyObject): PyObject {
	const bytes = seq.value;
	const isArray = seq instanceof PyByteArray;
	if (key instanceof PySlice) {
		const indices = sliceIndices(vm, key, bytes.length);
		// bytes_subscript: a whole slice of a bytes object is the object itself.
		if (!isArray && isWhole(indices, bytes.length)) return vm.incref(seq);
		const picked = slicedBytes(bytes, indices);
		return isArray ? vm.bytearray(picked) : vm.bytes(picked);
	}
	const index = indexValue(vm, key);
	if (index === null) return vm.raise("TypeError", `${isArray ? "bytearray" : "byte"} indices must be integers or slices, not ${key.typeName}`);
	requireIndexSized(vm, index, key);
	const i = index < 0n ? index + BigInt(bytes.length) : index;
	if (i < 0n || i >= BigInt(bytes.length)) vm.raise("IndexError", isArray ? "bytearray index out of range" : "index out of range");
	return vm.int(bytes[Number(i)]!);
}

/** The bytes a bytes-like argument holds, or TypeError as PyObject_GetBuffer words it. */
export function bytesLike(vm: VM, o: PyObject): Uint8Array {
	const bytes = getBuffer(vm, o, "contiguous");
	if (bytes) return bytes;
	return vm.raise("TypeError", `a bytes-like object is required, not '${o.typeName}'`);
}

/** A byte value given as an int (`97 in b"abc"`, b.count(97)). */
export function byteValue(vm: VM, o: PyObject): number {
	const value = o instanceof PyInt ? BigInt(o.value) : indexValue(vm, o);
	if (value === null) return vm.raise("TypeError", `'${o.typeName}' object cannot be interpreted as an integer`);
	return byteInRange(vm, value);
}

/** An int read as a byte: ValueError outside 0..255. */
export function byteInRange(vm: VM, value: bigint): number {
	if (value < 0n || value > 255n) vm.raise("ValueError", "byte must be in range(0, 256)");
	return Number(value);
}

/** Where `needle` first occurs in `hay` at or after `from` and ending by `to`, or -1. */
export function findBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
	for (let i = from; i + needle.length <= to; i++) {
		let j = 0;
		while (j < needle.length && hay[i + j] === needle[j]) j++;
		if (j === needle.length) return i;
	}
	return -1;
}

/** bytes_contains: anything with an index is looked for as one byte, anything else as a bytes-like subsequence. */
export function bytesContains(vm: VM, bytes: Uint8Array, item: PyObject): boolean {
	const value = indexValue(vm, item);
	if (value === null) return findBytes(bytes, bytesLike(vm, item)) >= 0;
	if (value < 0n || value > 255n) vm.raise("ValueError", "byte must be in range(0, 256)");
	return bytes.includes(Number(value));
}

/**
 * What `source.__bytes__()` returns, as a new reference, or null when its class has none: bytes() and %b/%s call
 * whatever a class written in Python has there (_PyObject_LookupSpecial), a `__bytes__ = None` too.
 */
export function bytesFromDunder(vm: VM, source: PyObject): PyBytes | null {
	if (!userSlot(source, "__bytes__")) return null;
	const result = callLookedUpSpecial(vm, source, "__bytes__", []);
	if (result instanceof PyBytes) return result;
	return rejectResult(vm, result, "TypeError", `__bytes__ returned non-bytes (type ${result.typeName})`);
}
