// Truthiness, operator.index, membership and exception matching. Every function returns new references and
// borrows its arguments. Attribute access is in attributes.ts.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewLength } from "./memoryview-ops";
import { PyWeakProxy } from "../heap/weakrefs";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "./mapping-proxy-ops";
import { throughProxy } from "./weak-proxy-ops";
import { PyCData } from "../heap/ctypes-data";
import { cdataTruth } from "./ctypes-access";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyNone, PyBool } from "../heap/values";
import { bytesContains } from "./bytes-ops";
import { isBytesLike } from "../heap/bytearray";
import { PyList, PyTuple, PyDict, PySet, PyRange } from "../heap/containers";
import { PyDictView } from "../heap/views";
import { PyClass } from "../heap/classes";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { hasInstanceAttributes, isMetaclassInstance, isSubclassInstance, subclassSlot, userSlot } from "../heap/subclass-instances";
import { builtinLength, length } from "./lengths";
import type { VM } from "./vm";
import { PyRaise } from "./errors";
import { dictGet, setContains } from "./dicts";
import { PyWeakDictionary, PyWeakSet } from "../heap/weak-dictionaries";
import { weakDictContains, weakDictLength } from "../builtins/weak-dictionaries";
import { richEquals } from "./comparisons";
import { listFind } from "./list-searches";
import { weakSetContains, weakSetLength } from "../builtins/weak-sets";
import { PyDeque } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayContains } from "./array-ops";
import { dequeContains } from "../builtins/deque";
import { rejectResult } from "./rejected-results";

export function isTruthy(vm: VM, o: PyObject): boolean {
	if (o instanceof PyBool) return o.flag;
	if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => isTruthy(vm, referent));
	// mappingproxy has no nb_bool: its mp_length answers.
	if (o instanceof PyMappingProxy) return length(vm, o) > 0;
	if (isSubclassInstance(o)) {
		// int's and float's nb_bool comes before a subclass's __len__ (only its own __bool__ replaces it).
		if (o instanceof PyInt || o instanceof PyFloat) return userSlot(o, "__bool__") ? userTruth(vm, o)! : o.value !== 0 && o.value !== 0n;
		return userTruth(vm, o) ?? (o instanceof PyStr ? o.value.length > 0 : builtinLength(vm, o) > 0);
	}
	if (o instanceof PyNone) return false;
	if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
	if (o instanceof PyFloat) return o.value !== 0;
	if (o instanceof PyComplex) return o.re !== 0 || o.im !== 0;
	if (o instanceof PyStr) return o.value.length > 0;
	if (isBytesLike(o)) return o.value.length > 0;
	if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
	// A set's size needs no order: `entries` would first put its items in slot order.
	if (o instanceof PySet) return o.unorderedEntries.size > 0;
	if (o instanceof PyDict) return o.entries.size > 0;
	// dictview_len: a view of an empty dict is false.
	if (o instanceof PyDictView) return (o.dict?.entries.size ?? 0) > 0;
	if (o instanceof PyRange) return o.exactLength > 0n;
	if (o instanceof PyWeakDictionary) return weakDictLength(o) > 0;
	if (o instanceof PyWeakSet) return weakSetLength(o) > 0;
	if (o instanceof PyDeque) return o.items.length > 0;
	if (o instanceof PyArray) return o.values.length > 0;
	if (o instanceof PyMemoryView) return memoryviewLength(vm, o) > 0;
	if (o instanceof PyInstance || isMetaclassInstance(o)) return userTruth(vm, o) ?? true;
	if (o instanceof PyCData) return cdataTruth(vm, o);
	return true;
}

/** slot_nb_bool: the class's __bool__, else its __len__; undefined when it defines neither in Python. */
function userTruth(vm: VM, o: PyObject): boolean | undefined {
	if (userSlot(o, "__bool__")) {
		const r = vm.callMethod(o, "__bool__", []);
		if (!(r instanceof PyBool)) return rejectResult(vm, r, "TypeError", `__bool__ should return bool, returned ${r.typeName}`);
		return r.flag;
	}
	if (userSlot(o, "__len__")) return vm.len(o) > 0;
	return undefined;
}

/** operator.index: an int's value, or what the class's __index__ returns; null when the object has neither. */
export function indexValue(vm: VM, o: PyObject): bigint | null {
	if (o instanceof PyInt) return BigInt(o.value);
	if (o instanceof PyWeakProxy) return throughProxy(vm, o, (referent) => indexValue(vm, referent));
	if (!hasInstanceAttributes(o) || !o.cls.lookup("__index__")) return null;
	const result = vm.callMethod(o, "__index__", []);
	if (!(result instanceof PyInt)) return rejectResult(vm, result, "TypeError", `__index__ returned non-int (type ${result.typeName})`);
	vm.decref(result);
	// CPython takes a strict int subclass with a DeprecationWarning, which pymem cannot print.
	if (result instanceof PyBool) vm.raise("TypeError", "pymem does not support __index__ returning a bool yet");
	return BigInt(result.value);
}

export function contains(vm: VM, container: PyObject, item: PyObject): boolean {
	if (container instanceof PyWeakProxy) return throughProxy(vm, container, (referent) => contains(vm, referent, item));
	if (container instanceof PyMappingProxy) return contains(vm, proxiedMapping(container), item);
	if (subclassSlot(container, "__contains__")) return userContains(vm, container, item);
	return builtinContains(vm, container, item);
}

/** slot_sq_contains: the class's __contains__ (None: not a container), its result's truth. */
function userContains(vm: VM, container: PyObject, item: PyObject): boolean {
	if (container.cls.lookup("__contains__") === vm.None) vm.raise("TypeError", `'${container.typeName}' object is not a container`);
	const r = vm.callMethod(container, "__contains__", [item]);
	return vm.heap.whileOwned(r, CONTAINS_RESULT, () => isTruthy(vm, r));
}

/** How the trace names __contains__'s answer while its truth is asked (its __bool__ may run). */
export const CONTAINS_RESULT = "result of __contains__";

/**
 * dictitems_contains: only a 2-tuple can be in an items view; its key is looked up in the dict (one hash) and the
 * value found, held meanwhile, compared with its value (identity first).
 */
function itemsContain(vm: VM, d: PyDict, item: PyObject): boolean {
	if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
	const [key, value] = item.items as [PyObject, PyObject];
	const found = dictGet(vm, d, key);
	if (found === undefined) return false;
	return found === value || vm.heap.whileHeld(found, "value found in the dict", () => richEquals(vm, found, value));
}

/** The builtin types' sq_contains (list.__contains__, dict.__contains__), then the iteration fallback. */
export function builtinContains(vm: VM, container: PyObject, item: PyObject): boolean {
	if (container instanceof PyDict) return dictGet(vm, container, item) !== undefined;
	if (container instanceof PySet) return setContains(vm, container, item);
	if (container instanceof PyWeakDictionary) return weakDictContains(vm, container, item);
	if (container instanceof PyWeakSet) return weakSetContains(vm, container, item);
	if (container instanceof PyDeque) return dequeContains(vm, container, item);
	if (container instanceof PyArray) return arrayContains(vm, container, item);
	if (container instanceof PyDictView && container.kind === "keys" && container.dict) return dictGet(vm, container.dict, item) !== undefined;
	if (container instanceof PyDictView && container.kind === "items" && container.dict) return itemsContain(vm, container.dict, item);
	if (container instanceof PyStr) {
		if (!(item instanceof PyStr)) vm.raise("TypeError", `'in <string>' requires string as left operand, not ${item.typeName}`);
		return container.value.includes(item.value);
	}
	if (isBytesLike(container)) return bytesContains(vm, container.value, item);
	if (container instanceof PyRange && item instanceof PyInt) return container.positionOf(BigInt(item.value)) !== null;
	if (container instanceof PyList) return listFind(vm, container, item) >= 0;
	if (container instanceof PyTuple) return container.items.some((x) => richEquals(vm, x, item));
	if (container instanceof PyInstance && userSlot(container, "__contains__")) return userContains(vm, container, item);
	// _PySequence_IterSearch holds the iterator, and each item while it is compared.
	const it = vm.getIter(container, (typeName) => `argument of type '${typeName}' is not iterable`);
	vm.heap.adopt(it, SEARCH_ITERATOR);
	try {
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) {
			vm.heap.adopt(x, SEARCHED_ITEM);
			let eq: boolean;
			try {
				eq = richEquals(vm, x, item);
			} finally {
				vm.heap.release(x, SEARCHED_ITEM);
			}
			if (eq) return true;
		}
		return false;
	} finally {
		vm.heap.release(it, SEARCH_ITERATOR);
	}
}

const SEARCH_ITERATOR = "iterator of `in` (_PySequence_IterSearch)";
const SEARCHED_ITEM = "item compared by `in`";

/**
 * check_except_type_valid: the classes an `except` names, every item of a tuple checked before any is tried
 * (a tuple inside it is no class either).
 */
export function exceptTypes(vm: VM, spec: PyObject): PyClass[] {
	const types = spec instanceof PyTuple ? spec.items : [spec];
	const base = vm.exceptionClass("BaseException");
	for (const t of types) if (!(t instanceof PyClass && t.isSubclassOf(base))) vm.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
	return types as PyClass[];
}

/** CHECK_EXC_MATCH: whether `exc` is an instance of the class, or of one in the tuple, an `except` names. */
export function exceptionMatches(vm: VM, exc: PyObject, spec: PyObject): boolean {
	const types = exceptTypes(vm, spec);
	return exc instanceof PyExceptionObject && types.some((t) => exc.cls.isSubclassOf(t));
}

/** Types whose tp_as_sequence is set: str, list, tuple, range, dict, sets, dict views, and every class defined in Python. */
export function hasSequenceSlots(o: PyObject): boolean {
	return o instanceof PyStr || isBytesLike(o) || o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyDict || o instanceof PySet || o instanceof PyDictView || o instanceof PyInstance || o instanceof PyArray;
}

/**
 * `run()`'s result, or undefined when it raised `name` (or a subclass of it), which is cleared: PyErr_ExceptionMatches,
 * then PyErr_Clear (also dropping the interpreter's hold on an exception that left a Python frame).
 */
export function withoutException<R>(vm: VM, name: string, run: () => R): R | undefined {
	try {
		return run();
	} catch (e) {
		if (!raisedMatches(vm, e, name)) throw e;
		clearRaised(vm, e);
		return undefined;
	}
}

/**
 * PyErr_ExceptionMatches: whether a native caught a Python error of builtin class `name` (or a subclass). It reads
 * the error's type only, so an error C code raised stays unnormalized (no exception object or args tuple made).
 */
export function raisedMatches(vm: VM, e: unknown, name: string): e is PyRaise {
	return e instanceof PyRaise && e.raised.cls.isSubclassOf(vm.exceptionClass(name));
}

/** PyErr_Clear of an error a native caught: one never normalized goes without being made. */
export function clearRaised(vm: VM, e: PyRaise): void {
	vm.dropRaised(e.raised);
}
