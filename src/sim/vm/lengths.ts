// len() and the length hints: which objects have a length (_PyObject_HasLen), PyObject_Size for builtin
// types and classes with __len__, and PyObject_LengthHint's two halves that list() and tuple() ask.

import { PyMemoryView } from "../heap/memoryview";
import { memoryviewLength } from "./memoryview-ops";
import type { PyObject } from "../heap/object";
import { PyInt, PyStr } from "../heap/values";
import { PyIterator } from "../heap/iterators";
import { fitsSsize } from "./ssize";
import { isBytesLike } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet, PyRange } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { PyInstance } from "../heap/instances";
import { PyDictInstance, PyListInstance, isMetaclassInstance, subclassSlot, userSlot } from "../heap/subclass-instances";
import { PyWeakProxy } from "../heap/weakrefs";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { PyWeakDictionary, PyWeakSet } from "../heap/weak-dictionaries";
import { PyDeque } from "../heap/collections";
import { PyArray } from "../heap/array";
import { weakDictLength } from "../builtins/weak-dictionaries";
import { weakSetLength } from "../builtins/weak-sets";
import { proxiedMapping } from "./mapping-proxy-ops";
import { throughProxy } from "./weak-proxy-ops";
import type { VM } from "./vm";
import { SSIZE_MAX } from "./ssize";
import { rejectResult } from "./rejected-results";
import { indexValue, withoutException } from "./protocol";
import { pyLen } from "../runtime/codepoints";
import { callLookedUpSpecial } from "./dunder-calls";

/** slot_sq_length's hold on what __len__ returned while its __index__ runs. */
const LENGTH_RESULT = "result of __len__";

/** Whether len(o) works: the objects `length` accepts (CPython's _PyObject_HasLen). */
export function hasLength(o: PyObject): boolean {
	// proxy_length answers for the referent; a dead proxy's raises ReferenceError.
	if (o instanceof PyWeakProxy) return o.referent ? hasLength(o.referent) : true;
	if (o instanceof PyMappingProxy) return hasLength(proxiedMapping(o));
	if (o instanceof PyListInstance || o instanceof PyDictInstance) return true;
	if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || isBytesLike(o) || o instanceof PyDict || o instanceof PySet || o instanceof PyDictView || o instanceof PyRange || o instanceof PyWeakDictionary || o instanceof PyWeakSet || o instanceof PyDeque || o instanceof PyArray || o instanceof PyMemoryView) return true;
	return (o instanceof PyInstance || isMetaclassInstance(o)) && userSlot(o, "__len__") !== undefined;
}

export function length(vm: VM, o: PyObject): number {
	if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => length(vm, referent));
	if (o instanceof PyMappingProxy) return length(vm, proxiedMapping(o));
	if (subclassSlot(o, "__len__")) return userLength(vm, o);
	return builtinLength(vm, o);
}

/**
 * The first half of PyObject_LengthHint: len(o) when o has a length slot, or null when it has none or its
 * length fails with a TypeError (a `__len__ = None`, say), which the hint clears before trying other means.
 */
export function lengthIfSized(vm: VM, o: PyObject): number | null {
	if (!hasLength(o)) return null;
	return withoutException(vm, "TypeError", () => length(vm, o)) ?? null;
}

/**
 * PyObject_LengthHint's call of a builtin iterator's own __length_hint__ (PyIterator.remaining), its result read
 * as a Py_ssize_t; null for any other object, or an iterator whose hint pymem does not keep.
 */
export function builtinIteratorHint(vm: VM, o: PyObject): number | null {
	if (!(o instanceof PyIterator) || !o.remaining) return null;
	const left = BigInt(o.remaining());
	if (!fitsSsize(left)) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
	return Number(left);
}

/**
 * The second half of PyObject_LengthHint, for what runs Python code there: a class's own __length_hint__
 * (looked up on the type, called before the first next(); NotImplemented or a TypeError it raises mean "no
 * hint", null), or a reversed() iterator over a sequence, whose reversed_len asks the sequence's length again.
 */
export function askedLengthHint(vm: VM, o: PyObject): number | null {
	// PyObject_LengthHint clears a TypeError the hint's call raises (the default is used instead).
	if (o instanceof PyIterator) return (o.lengthHint && withoutException(vm, "TypeError", o.lengthHint)) ?? null;
	if (!(o instanceof PyInstance) || userSlot(o, "__length_hint__") === undefined) return null;
	const hint = withoutException(vm, "TypeError", () => callLookedUpSpecial(vm, o, "__length_hint__", []));
	if (hint === undefined) return null;
	if (!(hint instanceof PyInt)) {
		if (hint !== vm.NotImplemented) return rejectResult(vm, hint, "TypeError", `__length_hint__ must be an integer, not ${hint.typeName}`);
		vm.decref(hint);
		return null;
	}
	// PyLong_AsSsize_t, then the result is released before the sign is checked.
	vm.decref(hint);
	const n = BigInt(hint.value);
	if (n < 0n) vm.raise("ValueError", "__length_hint__() should return >= 0");
	if (n > BigInt(Number.MAX_SAFE_INTEGER)) vm.raise("TypeError", "pymem does not support lengths of 2**53 and more yet");
	return Number(n);
}

/** slot_sq_length: the class's __len__, which must give an int >= 0. */
function userLength(vm: VM, o: PyObject): number {
	return lengthFromResult(vm, vm.callMethod(o, "__len__", []));
}

/** slot_sq_length's reading of what __len__ returned (`r`, released here). */
export function lengthFromResult(vm: VM, r: PyObject): number {
	// _PyNumber_Index(res) runs while the result is alive; the sign is checked next, then PyNumber_AsSsize_t.
	const n = r instanceof PyInt ? BigInt(r.value) : vm.heap.releaseIfRaises(r, LENGTH_RESULT, () => indexValue(vm, r));
	if (n === null) return rejectResult(vm, r, "TypeError", `'${r.typeName}' object cannot be interpreted as an integer`);
	vm.decref(r);
	if (n < 0n) vm.raise("ValueError", "__len__() should return >= 0");
	if (n > SSIZE_MAX) vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
	// Lengths are JavaScript numbers here: past 2**53 they would print rounded.
	if (n > BigInt(Number.MAX_SAFE_INTEGER)) vm.raise("TypeError", "pymem does not support lengths of 2**53 and more yet");
	return Number(n);
}

/** range_length: the exact count, which must fit a Py_ssize_t. */
function rangeLength(vm: VM, r: PyRange): number {
	const n = r.exactLength;
	if (n > SSIZE_MAX) vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
	if (n > BigInt(Number.MAX_SAFE_INTEGER)) vm.raise("TypeError", "pymem does not support lengths of 2**53 and more yet");
	return Number(n);
}

/** The builtin types' length (what list.__len__ and dict.__len__ run, whatever a subclass overrides). */
export function builtinLength(vm: VM, o: PyObject): number {
	if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
	if (o instanceof PyStr) return pyLen(o.value);
	if (isBytesLike(o)) return o.value.length;
	// A set's size needs no order: `entries` would first put its items in slot order.
	if (o instanceof PySet) return o.unorderedEntries.size;
	if (o instanceof PyDict) return o.entries.size;
	if (o instanceof PyDictView) return o.dict?.entries.size ?? 0;
	if (o instanceof PyRange) return rangeLength(vm, o);
	if (o instanceof PyWeakDictionary) return weakDictLength(o);
	if (o instanceof PyWeakSet) return weakSetLength(o);
	if (o instanceof PyDeque) return o.items.length;
	if (o instanceof PyArray) return o.values.length;
	if (o instanceof PyMemoryView) return memoryviewLength(vm, o);
	if (o instanceof PyInstance && userSlot(o, "__len__")) return userLength(vm, o);
	return vm.raise("TypeError", `object of type '${o.typeName}' has no len()`);
}
