// copy.deepcopy: the memo (id(x) -> copy, plus memo[id(memo)], the list keeping originals alive), and
// copy.py's per-type copiers for lists, tuples, dicts and bound methods. Anything else goes through
// __deepcopy__ or the pickle protocol (copy-reduce.ts, copy-reconstruct.ts). Each copier makes the temporary
// tuples, lists and dicts copy.py's bytecode makes, in the same order (see copy-reduce.ts for why).
import type { PyObject } from "../heap/object";
import { PyList, PyTuple, PyDict } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { PyBoundMethod } from "../heap/callables";
import { dictSet } from "../vm/dicts";
import { listAppend } from "../vm/list-mutations";
import { boundBuiltin, holdTemporary, reduceEx } from "./copy-reduce";
import { reconstruct } from "./copy-reconstruct";
import { attributeOrNull } from "../vm/attributes";
import { idOf, memoLookup, memoSubscript, memoize, keepAlive } from "./copy-memo";
import { CopyFrame, Unbuilt } from "./copy-frame";
import type { VM } from "../vm/vm";

/** copy.py's _deepcopy_atomic types: deepcopy returns the object itself. */
const ATOMIC = new Set(["NoneType", "ellipsis", "NotImplementedType", "int", "float", "complex", "bool", "str", "bytes", "code", "type", "range", "builtin_function_or_method", "method_descriptor", "wrapper_descriptor", "function", "property"]);

function isAtomic(x: PyObject): boolean {
	return x instanceof PyClass || x.cls === T.weakref || (x.cls.builtin && x.cls.module === "builtins" && ATOMIC.has(x.cls.name));
}

/**
 * deepcopy(x, memo): a new reference to x's deep copy, through the memo. A nested call's frame holds x and memo;
 * the outermost call runs in `outermost`, the frame that took the program's references (and made the memo if none was given).
 */
export function deepcopyValue(vm: VM, x: PyObject, memo: PyDict, outermost: CopyFrame | null = null): PyObject {
	if (outermost) return deepcopyIn(vm, outermost, x, memo);
	const frame = new CopyFrame(vm, "deepcopy", true);
	return frame.run(() => {
		frame.hold("x", x);
		frame.hold("memo", memo);
		return deepcopyIn(vm, frame, x, memo);
	});
}

function deepcopyIn(vm: VM, frame: CopyFrame, x: PyObject, memo: PyDict): PyObject {
	const d = frame.own("d", idOf(vm, x));
	const found = memoLookup(vm, memo, d);
	if (found) return vm.incref(found);
	if (!x.cls.shared) frame.hold("cls", x.cls);
	const y = frame.own("y", copyByType(vm, x, memo, frame));
	// An object that is its own copy is not memoized.
	if (y !== x) {
		dictSet(vm, memo, d, y);
		keepAlive(vm, x, memo);
	}
	return vm.incref(y);
}

function copyByType(vm: VM, x: PyObject, memo: PyDict, frame: CopyFrame): PyObject {
	if (isAtomic(x)) return vm.incref(x);
	if (x.cls === T.list) return deepcopyList(vm, x as PyList, memo);
	if (x.cls === T.tuple) return deepcopyTuple(vm, x as PyTuple, memo);
	if (x.cls === T.dict) return deepcopyDict(vm, x as PyDict, memo);
	if (x instanceof PyBoundMethod) return deepcopyMethod(vm, x, memo);
	const copier = attributeOrNull(vm, x, "__deepcopy__");
	if (copier) return vm.callObject(frame.own("copier", copier), [memo]);
	return viaReduce(vm, x, memo, frame);
}

/** rv = x.__reduce_ex__(4), then _reconstruct(x, memo, *rv); shared with copy.copy (memo null). */
export function viaReduce(vm: VM, x: PyObject, memo: PyDict | null, frame: CopyFrame): PyObject {
	// `dispatch_table.get(cls)` (copyreg's table, imported by name) makes one short-lived GC object in
	// CPython 3.11, as measured with gc.get_count() at threshold 1.
	new Unbuilt(vm, "dispatch_table.get(cls)").free();
	frame.own("reductor", boundBuiltin(vm, "__reduce_ex__", x));
	const rv = frame.own("rv", reduceEx(vm, x));
	if (rv.cls === T.str) return vm.incref(x);
	return reconstruct(vm, x, memo, rv, memo ? (o) => deepcopyValue(vm, o, memo) : null);
}

/** _deepcopy_list: y = [], memoized before its items are copied (so cycles find it), filled by y.append. */
function deepcopyList(vm: VM, x: PyList, memo: PyDict): PyObject {
	const frame = new CopyFrame(vm, "_deepcopy_list", true);
	try {
		frame.hold("x", x);
		frame.hold("memo", memo);
		const y = frame.own("y", vm.list([]));
		memoize(vm, memo, x, y);
		frame.own("append", vm.lookupAttrOf(y, "append")!);
		const it = frame.own("iterator", vm.getIter(x));
		for (let item = vm.iterNext(it); item; item = vm.iterNext(it)) {
			const copied = deepcopyValue(vm, frame.own("a", item), memo);
			listAppend(vm, y, copied);
			vm.decref(copied);
		}
		frame.drop("iterator");
		return vm.incref(y);
	} finally {
		frame.clear();
	}
}

/**
 * _deepcopy_tuple: the items are copied into a list (a comprehension with a closure); a tuple found in the memo
 * meanwhile (a cycle through it) is the answer; else a new tuple if any item changed, or x itself.
 */
function deepcopyTuple(vm: VM, x: PyTuple, memo: PyDict): PyObject {
	const frame = new CopyFrame(vm, "_deepcopy_tuple");
	try {
		frame.keep("cell for memo");
		frame.keep("cell for deepcopy");
		frame.hold("x", x);
		frame.hold("memo", memo);
		const y = frame.own("y", copyItemsInComprehension(vm, x, memo));
		const found = memoSubscript(vm, memo, x, frame);
		if (found) return vm.incref(found);
		const zipParts = zipTuples(vm);
		try {
			if (x.items.every((item, i) => item === y.items[i])) return vm.incref(x);
			return vm.tuple(y.items.map((o) => vm.incref(o)));
		} finally {
			for (const part of zipParts) {
				if (part instanceof Unbuilt) part.free();
				else vm.heap.release(part, ZIP_PARTS);
			}
		}
	} finally {
		frame.clear();
	}
}

/** `[deepcopy(a, memo) for a in x]`: the comprehension's function has a closure tuple (cells for deepcopy and memo). */
function copyItemsInComprehension(vm: VM, x: PyTuple, memo: PyDict): PyList {
	const closure = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "closure of _deepcopy_tuple's comprehension");
	const comprehension = new Unbuilt(vm, "the comprehension's function");
	const iterator = new Unbuilt(vm, "iterator over x, the comprehension's .0");
	try {
		const frame = new CopyFrame(vm, "<listcomp>");
		try {
			const y = frame.own("result", vm.list([]));
			for (const item of x.items) {
				const copied = deepcopyValue(vm, frame.hold("a", item), memo);
				listAppend(vm, y, copied);
				vm.decref(copied);
			}
			return frame.give<PyList>("result");
		} finally {
			iterator.free();
			frame.clear();
		}
	} finally {
		iterator.free();
		comprehension.free();
		vm.heap.release(closure, "closure of _deepcopy_tuple's comprehension");
	}
}

const ZIP_PARTS = "zip(x, y)'s tuple of iterators and result tuple";

/**
 * zip(x, y): its call packs the arguments in a tuple (zip has no vectorcall in 3.11); zip_new makes the tuple of
 * iterators, an iterator over each, the result tuple, then the zip object. Free the returned parts when done.
 */
function zipTuples(vm: VM): (PyTuple | Unbuilt)[] {
	const callArgs = holdTemporary(vm, vm.tuple([vm.None, vm.None]), "arguments of zip(x, y)");
	const parts: (PyTuple | Unbuilt)[] = [holdTemporary(vm, vm.tuple([vm.None, vm.None]), ZIP_PARTS)];
	parts.push(new Unbuilt(vm, "iterator over x"), new Unbuilt(vm, "iterator over y"));
	parts.push(holdTemporary(vm, vm.tuple([vm.None, vm.None]), ZIP_PARTS));
	parts.unshift(new Unbuilt(vm, "zip object"));
	vm.heap.release(callArgs, "arguments of zip(x, y)");
	return parts;
}

/** `x.items()` then iter() of it: the view goes at once, the iterator (not built here) lives through the loop. */
function itemsIteratorOf(vm: VM): Unbuilt {
	const view = new Unbuilt(vm, "dict_items view");
	const iterator = new Unbuilt(vm, "dict_itemiterator");
	view.free();
	return iterator;
}

/**
 * _deepcopy_dict: y = {}, memoized first; for each item `y[deepcopy(key)] = deepcopy(value)`, the value copied
 * first (a store evaluates its right side first). The items iterator's result tuple holds the current pair.
 */
function deepcopyDict(vm: VM, x: PyDict, memo: PyDict): PyObject {
	const frame = new CopyFrame(vm, "_deepcopy_dict", true);
	try {
		frame.hold("x", x);
		frame.hold("memo", memo);
		const y = frame.own("y", vm.dict());
		memoize(vm, memo, x, y);
		const itemsIterator = itemsIteratorOf(vm);
		try {
			copyItems(vm, x, y, memo, frame);
		} finally {
			itemsIterator.free();
		}
		frame.drop("items iterator's result tuple");
		return vm.incref(y);
	} finally {
		frame.clear();
	}
}

/** The loop of _deepcopy_dict, over the live dict: a __deepcopy__ that resizes it meets CPython's RuntimeError. */
function copyItems(vm: VM, x: PyDict, y: PyDict, memo: PyDict, frame: CopyFrame): void {
	const pair = frame.own("items iterator's result tuple", vm.tuple([vm.None, vm.None]));
	const size = x.entries.size;
	for (const { key, value } of x.entries.values()) {
		if (x.entries.size !== size) break;
		const old = pair.items;
		pair.items = [vm.incref(key), vm.incref(value)];
		vm.heap.observer?.contentChanged(pair);
		for (const o of old) vm.decref(o);
		frame.hold("key", key);
		frame.hold("value", value);
		const valueCopy = holdTemporary(vm, deepcopyValue(vm, value, memo), "deepcopy(value, memo)");
		try {
			const keyCopy = deepcopyValue(vm, key, memo);
			vm.heap.whileOwned(keyCopy, "deepcopy(key, memo)", () => dictSet(vm, y, keyCopy, valueCopy));
		} finally {
			vm.heap.release(valueCopy, "deepcopy(value, memo)");
		}
	}
	if (x.entries.size !== size) vm.raise("RuntimeError", "dictionary changed size during iteration");
}

/** _deepcopy_method: type(x)(x.__func__, deepcopy(x.__self__, memo)), a new method of the copied self. */
function deepcopyMethod(vm: VM, x: PyBoundMethod, memo: PyDict): PyObject {
	const frame = new CopyFrame(vm, "_deepcopy_method");
	try {
		frame.hold("x", x);
		frame.hold("memo", memo);
		const func = frame.hold("x.__func__", x.func!);
		const self = frame.own("deepcopy(x.__self__, memo)", deepcopyValue(vm, x.self!, memo));
		// Calling the method type packs its two arguments in a tuple (_PyObject_MakeTpCall).
		const callArgs = holdTemporary(vm, vm.tuple([vm.incref(func), vm.incref(self)]), "arguments of type(x)(...)");
		try {
			return vm.heap.register(new PyBoundMethod(vm.incref(func), vm.incref(self)));
		} finally {
			vm.heap.release(callArgs, "arguments of type(x)(...)");
		}
	} finally {
		frame.clear();
	}
}
