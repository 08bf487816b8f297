// copy.deepcopy: the memo (id(x) -> copy, plus memo[id(memo)], the list keeping originals alive), and
// copy.py's per-type copiers for lists, tuples, dicts and bound methods. Anything else goes through
// __deepcopy__ or the pickle protocol (copy-reduce.ts, copy-reconstruct.ts). Each copier makes the temporary
// tuples, lists and dicts copy.py's bytecode makes, in the same order (see copy-reduce.ts for why).
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyDict } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { PyBoundMethod } from "../heap/callables";
import { dictSet } from "../vm/dicts";
import { listAppend } from "../vm/mutations";
import { boundBuiltin, holdTemporary, reduceEx } from "./copy-reduce";
import { hasAttribute, reconstruct } from "./copy-reconstruct";
import { idOf, memoLookup, memoSubscript, memoize, keepAlive } from "./copy-memo";
import type { VM } from "../vm/vm";

/** copy.py's _deepcopy_atomic types: deepcopy returns the object itself. */
const ATOMIC = new Set(["NoneType", "ellipsis", "NotImplementedType", "int", "float", "bool", "str", "code", "type", "range", "builtin_function_or_method", "function", "property"]);

function isAtomic(x: PyObject): boolean {
	return x instanceof PyClass || x.cls === T.weakref || (x.cls.builtin && x.cls.module === "builtins" && ATOMIC.has(x.cls.name));
}

/** deepcopy(x, memo): a new reference to x's deep copy, through the memo. */
export function deepcopyValue(vm: VM, x: PyObject, memo: PyDict): PyObject {
	const d = holdTemporary(vm, idOf(vm, x), "deepcopy's d (id(x))");
	try {
		const found = memoLookup(vm, memo, d);
		if (found) return vm.incref(found);
		const y = holdTemporary(vm, copyByType(vm, x, memo), "deepcopy's y");
		try {
			// An object that is its own copy is not memoized.
			if (y !== x) {
				dictSet(vm, memo, d, y);
				keepAlive(vm, x, memo);
			}
		} catch (e) {
			vm.heap.release(y, "deepcopy's y");
			throw e;
		}
		vm.heap.disown(y, "deepcopy's y");
		return y;
	} finally {
		vm.heap.release(d, "deepcopy's d (id(x))");
	}
}

function copyByType(vm: VM, x: PyObject, memo: PyDict): PyObject {
	if (isAtomic(x)) return vm.incref(x);
	if (x.cls === T.list) return deepcopyList(vm, x as PyList, memo);
	if (x.cls === T.tuple) return deepcopyTuple(vm, x as PyTuple, memo);
	if (x.cls === T.dict) return deepcopyDict(vm, x as PyDict, memo);
	if (x instanceof PyBoundMethod) return deepcopyMethod(vm, x, memo);
	const copier = hasAttribute(vm, x, "__deepcopy__");
	if (copier) {
		holdTemporary(vm, copier, "deepcopy's copier");
		try {
			return vm.callObject(copier, [memo]);
		} finally {
			vm.heap.release(copier, "deepcopy's copier");
		}
	}
	return viaReduce(vm, x, memo);
}

/** rv = x.__reduce_ex__(4), then _reconstruct(x, memo, *rv); shared with copy.copy (memo null). */
export function viaReduce(vm: VM, x: PyObject, memo: PyDict | null): PyObject {
	const reductor = holdTemporary(vm, boundBuiltin(vm, "__reduce_ex__", x), "x.__reduce_ex__");
	try {
		const rv = holdTemporary(vm, reduceEx(vm, x), "rv (x.__reduce_ex__(4))");
		try {
			if (rv.cls === T.str) return vm.incref(x);
			return reconstruct(vm, x, memo, rv, memo ? (o) => deepcopyValue(vm, o, memo) : null);
		} finally {
			vm.heap.release(rv, "rv (x.__reduce_ex__(4))");
		}
	} finally {
		vm.heap.release(reductor, "x.__reduce_ex__");
	}
}

/** _deepcopy_list: y = [], memoized before its items are copied (so cycles find it), filled by y.append. */
function deepcopyList(vm: VM, x: PyList, memo: PyDict): PyObject {
	const y = holdTemporary(vm, vm.list([]), "_deepcopy_list's y");
	const temporaries: [PyObject, string][] = [[y, "_deepcopy_list's y"]];
	try {
		memoize(vm, memo, x, y);
		temporaries.push([holdTemporary(vm, vm.lookupAttrOf(y, "append")!, "y.append"), "y.append"]);
		temporaries.push([holdTemporary(vm, vm.getIter(x), "iterator over the list being copied"), "iterator over the list being copied"]);
		const it = temporaries[2]![0];
		let item: PyObject | null = null;
		for (let next = vm.iterNext(it); next; next = vm.iterNext(it)) {
			// The loop variable `a` keeps the previous item until it is rebound.
			holdTemporary(vm, next, "_deepcopy_list's a");
			if (item) vm.heap.release(item, "_deepcopy_list's a");
			item = next;
			const copied = deepcopyValue(vm, item, memo);
			listAppend(vm, y, copied);
			vm.decref(copied);
		}
		vm.heap.release(temporaries.pop()![0], "iterator over the list being copied");
		if (item) temporaries.push([item, "_deepcopy_list's a"]);
		vm.incref(y);
		return y;
	} finally {
		for (const [o, label] of temporaries) vm.heap.release(o, label);
	}
}

/**
 * _deepcopy_tuple: the items are copied into a list (a comprehension with a closure); a tuple found in the memo
 * meanwhile (a cycle through it) is the answer; else a new tuple if any item changed, or x itself.
 */
function deepcopyTuple(vm: VM, x: PyTuple, memo: PyDict): PyObject {
	const closure = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "closure of _deepcopy_tuple's comprehension");
	let y: PyList;
	try {
		y = holdTemporary(vm, vm.list([]), "_deepcopy_tuple's y");
		try {
			for (const item of x.items) {
				const copied = deepcopyValue(vm, item, memo);
				listAppend(vm, y, copied);
				vm.decref(copied);
			}
		} catch (e) {
			vm.heap.release(y, "_deepcopy_tuple's y");
			throw e;
		}
	} finally {
		vm.heap.release(closure, "closure of _deepcopy_tuple's comprehension");
	}
	try {
		const found = memoSubscript(vm, memo, x);
		if (found) return vm.incref(found);
		const zipParts = zipTuples(vm);
		try {
			if (x.items.every((item, i) => item === y.items[i])) return vm.incref(x);
			return vm.tuple(y.items.map((o) => vm.incref(o)));
		} finally {
			for (const part of zipParts) vm.heap.release(part, ZIP_PARTS);
		}
	} finally {
		vm.heap.release(y, "_deepcopy_tuple's y");
	}
}

const ZIP_PARTS = "zip(x, y)'s tuple of iterators and result tuple";

/** zip(x, y): its call packs the arguments in a tuple (zip has no vectorcall in 3.11), then makes two tuples of its own. */
function zipTuples(vm: VM): PyTuple[] {
	const callArgs = vm.tuple([vm.None, vm.None]);
	vm.heap.adopt(callArgs, "arguments of zip(x, y)");
	const parts: PyTuple[] = [];
	for (let i = 0; i < 2; i++) parts.push(holdTemporary(vm, vm.tuple([vm.None, vm.None]), ZIP_PARTS));
	vm.heap.release(callArgs, "arguments of zip(x, y)");
	return parts;
}

/**
 * _deepcopy_dict: y = {}, memoized first; for each item `y[deepcopy(key)] = deepcopy(value)`, the value copied
 * first (a store evaluates its right side first). The items iterator's result tuple holds the current pair.
 */
function deepcopyDict(vm: VM, x: PyDict, memo: PyDict): PyObject {
	const y = holdTemporary(vm, vm.dict(), "_deepcopy_dict's y");
	const pair = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "x.items() iterator's result tuple");
	try {
		memoize(vm, memo, x, y);
		for (const { key, value } of [...x.entries.values()]) {
			const old = pair.items;
			pair.items = [vm.incref(key), vm.incref(value)];
			vm.heap.observer?.contentChanged(pair);
			for (const o of old) vm.decref(o);
			const valueCopy = holdTemporary(vm, deepcopyValue(vm, value, memo), "copy of the value");
			try {
				const keyCopy = deepcopyValue(vm, key, memo);
				dictSet(vm, y, keyCopy, valueCopy);
				vm.decref(keyCopy);
			} finally {
				vm.heap.release(valueCopy, "copy of the value");
			}
		}
		return vm.incref(y);
	} finally {
		vm.heap.release(pair, "x.items() iterator's result tuple");
		vm.heap.release(y, "_deepcopy_dict's y");
	}
}

/** _deepcopy_method: type(x)(x.__func__, deepcopy(x.__self__, memo)), a new method of the copied self. */
function deepcopyMethod(vm: VM, x: PyBoundMethod, memo: PyDict): PyObject {
	const func = holdTemporary(vm, vm.incref(x.func!), "x.__func__");
	try {
		const self = holdTemporary(vm, deepcopyValue(vm, x.self!, memo), "deepcopy(x.__self__, memo)");
		// Calling the method type packs its two arguments in a tuple (_PyObject_MakeTpCall).
		const callArgs = holdTemporary(vm, vm.tuple([vm.incref(func), vm.incref(self)]), "arguments of type(x)(...)");
		try {
			return vm.heap.register(new PyBoundMethod(vm.incref(func), vm.incref(self)));
		} finally {
			vm.heap.release(callArgs, "arguments of type(x)(...)");
			vm.heap.release(self, "deepcopy(x.__self__, memo)");
		}
	} finally {
		vm.heap.release(func, "x.__func__");
	}
}
