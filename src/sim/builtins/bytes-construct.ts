// bytes(...) and str.encode(): where a program's bytes objects come from (literals aside).

import { getBuffer, hasBuffer, readBuffer } from "../vm/buffers";
import type { PyObject } from "../heap/object";
import type { NativeImpl } from "../heap/callables";
import { PyBytes, PyStr, PyInt, PyBool } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { PyByteArray } from "../heap/bytearray";
import { T } from "../heap/classes";
import { EMPTY_BYTEARRAY_BUFFER, byteArrayAfterAppends, byteArrayFromSequence, type ByteArrayBuffer } from "../runtime/bytearrayGrowth";
import { byteValue, bytesFromDunder } from "../vm/bytes-ops";
import { ITERATOR_BEING_CONSUMED } from "../vm/iteration";
import { fitsSsize } from "../vm/ssize";
import { askedLengthHint, lengthIfSized } from "../vm/lengths";
import { clearRaised, indexValue, raisedMatches } from "../vm/protocol";
import { codecNamed, decodeBytes, encodeText } from "../runtime/codecs";
import { textArgument } from "./bytes-methods";
import type { VM } from "../vm/vm";

/** str.encode(encoding="utf-8", errors="strict"). */
export function encodeStr(vm: VM, text: string, encodingArg: PyObject | undefined, errorsArg: PyObject | undefined): PyBytes {
	const encoding = textArgument(vm, encodingArg, "encode", "encoding", "utf-8");
	const errors = textArgument(vm, errorsArg, "encode", "errors", "strict");
	return vm.bytes(encodeText(text, codecNamed(encoding, "encode"), errors));
}

/** str(object, encoding, errors): only a bytes object can be decoded. */
export function decodeToStr(vm: VM, o: PyObject, encodingArg: PyObject | undefined, errorsArg: PyObject | undefined): PyObject {
	const encoding = textArgument(vm, encodingArg, "str", "encoding", "utf-8");
	const errors = textArgument(vm, errorsArg, "str", "errors", "strict");
	if (o instanceof PyStr) return vm.raise("TypeError", "decoding str is not supported");
	const bytes = readBuffer(o, "contiguous");
	if (!bytes) return vm.raise("TypeError", `decoding to str: need a bytes-like object, ${o.typeName} found`);
	return vm.str(decodeBytes(bytes, codecNamed(encoding, "decode"), errors));
}

/** Argument Clinic's str converters for encoding and errors, which run before the constructor's body. */
function requireTextArguments(vm: VM, constructor: string, encoding: PyObject | undefined, errors: PyObject | undefined): void {
	for (const [name, o] of [["encoding", encoding], ["errors", errors]] as const) {
		if (o) textArgument(vm, o, constructor, name, "");
	}
}

/** bytes(source, encoding, errors): bytes_new in Objects/bytesobject.c. */
export function newBytes(vm: VM, source: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): PyObject {
	requireTextArguments(vm, "bytes", encoding, errors);
	if (!source) {
		if (encoding || errors) vm.raise("TypeError", encoding ? "encoding without a string argument" : "errors without a string argument");
		return vm.bytes(new Uint8Array(0));
	}
	if (encoding || errors) {
		if (!(source instanceof PyStr)) return vm.raise("TypeError", encoding ? "encoding without a string argument" : "errors without a string argument");
		if (!encoding) return vm.raise("TypeError", "string argument without an encoding");
		return encodeStr(vm, source.value, encoding, errors);
	}
	const special = bytesFromDunder(vm, source);
	if (special) return special;
	if (source instanceof PyStr) return vm.raise("TypeError", "string argument without an encoding");
	if (!(source instanceof PyBytes) && !hasBuffer(source)) {
		const count = byteCount(vm, source);
		if (count !== null) return vm.bytes(new Uint8Array(count));
	}
	return bytesFromObject(vm, source);
}

/** PyBytes_FromObject: an exact bytes object itself, any buffer's bytes, or an iterable of ints (never a str). */
function bytesFromObject(vm: VM, source: PyObject): PyBytes {
	if (source instanceof PyBytes && source.cls === T.bytes) return vm.incref(source);
	const copied = getBuffer(vm, source, "any");
	if (copied) return vm.bytes(copied.slice());
	const cannot = (typeName: string) => `cannot convert '${typeName}' object to bytes`;
	if (source instanceof PyStr) return vm.raise("TypeError", cannot(source.typeName));
	if ((source instanceof PyList && source.cls === T.list) || (source instanceof PyTuple && source.cls === T.tuple)) {
		return vm.bytes(Uint8Array.from(source.items, (item) => byteOf(vm, item)));
	}
	return bytesFromIterator(vm, source, cannot);
}

/**
 * _PyBytes_FromIterator: PyObject_LengthHint(x, 64) (a __len__ or __length_hint__ written in Python runs), then
 * each item converted as it comes, so a bad one stops the iteration there.
 */
function bytesFromIterator(vm: VM, source: PyObject, cannot: (typeName: string) => string): PyBytes {
	const it = vm.getIter(source, cannot);
	return vm.heap.whileOwned(it, ITERATOR_BEING_CONSUMED, () => {
		if (lengthIfSized(vm, source) === null) askedLengthHint(vm, source);
		const values: number[] = [];
		for (let item = vm.iterNext(it); item; item = vm.iterNext(it)) {
			try {
				values.push(byteOf(vm, item));
			} finally {
				vm.decref(item);
			}
		}
		return vm.bytes(Uint8Array.from(values));
	});
}

/** bytes.__bytes__ (3.11): an exact bytes object itself, a subclass's instance copied. */
export const bytesItself: NativeImpl = (vm, _args, _kw, self) => {
	const bytes = self as PyBytes;
	return bytes.cls === T.bytes ? vm.incref(bytes) : vm.bytes(bytes.value.slice());
};

/** PyObject_Bytes (int.from_bytes's argument): an exact bytes object itself, `__bytes__`, else PyBytes_FromObject. */
export function objectBytes(vm: VM, source: PyObject): PyBytes {
	if (source instanceof PyBytes && source.cls === T.bytes) return vm.incref(source);
	return bytesFromDunder(vm, source) ?? bytesFromObject(vm, source);
}

/** An item of the iterable bytes() is given: an int in range(0, 256). */
function byteOf(vm: VM, item: PyObject): number {
	const value = indexValue(vm, item);
	if (value === null) return vm.raise("TypeError", `'${item.typeName}' object cannot be interpreted as an integer`);
	if (value < 0n || value > 255n) vm.raise("ValueError", "bytes must be in range(0, 256)");
	return Number(value);
}

/** bytes(n) and bytearray(n): n zero bytes. */
function byteCount(vm: VM, source: PyObject): number | null {
	let count: bigint | null;
	try {
		count = indexValue(vm, source);
	} catch (e) {
		// A TypeError from __index__ is cleared, and the object is converted as any other (bytes_new, bytearray_init).
		if (!raisedMatches(vm, e, "TypeError")) throw e;
		clearRaised(vm, e);
		return null;
	}
	if (count === null) return null;
	if (!fitsSsize(count)) vm.raise("OverflowError", `cannot fit '${source.typeName}' into an index-sized integer`);
	if (count < 0n) vm.raise("ValueError", "negative count");
	if (count > 100_000_000n) vm.raise("MemoryError");
	return Number(count);
}

/** bytearray(source, encoding, errors): bytearray___init__ in Objects/bytearrayobject.c, each source resizing as it does. */
export function newByteArray(vm: VM, source: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): PyByteArray {
	requireTextArguments(vm, "bytearray", encoding, errors);
	const withoutString = () => vm.raise("TypeError", encoding ? "encoding without a string argument" : "errors without a string argument");
	if (!source) {
		if (encoding || errors) withoutString();
		return vm.bytearray(new Uint8Array(0));
	}
	if (source instanceof PyStr) {
		if (!encoding) return vm.raise("TypeError", "string argument without an encoding");
		const encoded = encodeStr(vm, source.value, encoding, errors);
		try {
			return vm.bytearray(encoded.value.slice());
		} finally {
			vm.decref(encoded);
		}
	}
	if (encoding || errors) withoutString();
	const count = byteCount(vm, source);
	if (count !== null) return vm.bytearray(new Uint8Array(count));
	const bytes = getBuffer(vm, source, "any");
	if (bytes) return vm.bytearray(bytes.slice());
	const [values, buffer] = bytesFromIterable(vm, source, (typeName) => `cannot convert '${typeName}' object to bytearray`);
	return vm.bytearray(values, buffer);
}

/**
 * The bytes an iterable of ints gives, checked one by one as bytearray's init does (a generator stops at the
 * first bad item), and the buffer bytearray(iterable) ends with: an exact list or tuple of exact ints is sized
 * at once, anything else grows byte by byte.
 */
export function bytesFromIterable(vm: VM, iterable: PyObject, notIterable: (typeName: string) => string): [Uint8Array, ByteArrayBuffer] {
	if ((iterable instanceof PyList && iterable.cls === T.list) || (iterable instanceof PyTuple && iterable.cls === T.tuple)) {
		const items = iterable.items;
		const values = Uint8Array.from(items, (item) => byteValue(vm, item));
		return [values, byteArrayFromSequence(values.length, items.every((item) => item instanceof PyInt && !(item instanceof PyBool)))];
	}
	const it = vm.getIter(iterable, notIterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	const values: number[] = [];
	try {
		for (let item = vm.iterNext(it); item; item = vm.iterNext(it)) {
			try {
				values.push(byteValue(vm, item));
			} finally {
				vm.decref(item);
			}
		}
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
	return [Uint8Array.from(values), byteArrayAfterAppends(EMPTY_BYTEARRAY_BUFFER, values.length)];
}
