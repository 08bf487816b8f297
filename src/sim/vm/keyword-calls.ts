// C code calling a Python function with a tuple and a dict of keywords (_PyObject_Call_Prepend,
// _PyObject_FastCallDictTstate): without keywords the arguments go straight to the frame; with them,
// _PyStack_UnpackDict first copies every argument into a new array (a reference each) and the keys into a
// kwnames tuple, all released after the call.
import type { PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { callObject } from "./calls";
import { dictSet } from "./dicts";
import type { VM } from "./vm";
import { resolveSpecialMethod } from "./special-methods";

const ARGUMENT_COPY = "argument copy (_PyStack_UnpackDict)";
const KWNAMES = "keyword names (_PyStack_UnpackDict)";

/** Call `func` with borrowed arguments; `kwDict` is the dict `kwargs` came from (its keys fill kwnames). */
export function callWithKeywordDict(vm: VM, func: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): PyObject {
	if (!kwargs || kwargs.size === 0 || !kwDict) return callObject(vm, func, args, null);
	const release = unpackKeywordDict(vm, args, kwDict);
	try {
		return callObject(vm, func, args, kwargs);
	} finally {
		release();
	}
}

/**
 * _PyStack_UnpackDict: a new tuple of the dict's keys, then copies of the arguments and the dict's values, held
 * for the call; returns what releases them once it is over.
 */
export function unpackKeywordDict(vm: VM, args: readonly PyObject[], kwDict: PyDict): () => void {
	const copies: PyObject[] = [];
	for (const a of args) copies.push(a);
	const keys: PyObject[] = [];
	for (const { key, value } of kwDict.entries.values()) {
		copies.push(value);
		keys.push(key);
	}
	// It allocates the kwnames tuple before it copies anything.
	const kwnames = vm.tuple(keys.map((k) => vm.incref(k)));
	vm.heap.adopt(kwnames, KWNAMES);
	for (const o of copies) vm.heap.hold(o, ARGUMENT_COPY);
	return () => {
		for (const o of copies) vm.heap.release(o, ARGUMENT_COPY);
		vm.heap.release(kwnames, KWNAMES);
	};
}

export const CALL_ARGS = "call arguments (slot_tp_call)";
const CALL_KWARGS = "keyword arguments (slot_tp_call)";
export const CALL_METHOD = "__call__ being called (slot_tp_call)";

/**
 * Calling an instance whose class defines __call__ (slot_tp_call). Its type has no vectorcall, so a call
 * packs the arguments in a tuple and dict first (_PyObject_MakeTpCall), unless CALL_FUNCTION_EX passes its
 * own (`packed`); the method found on the class is held for the call.
 */
export function callInstance(vm: VM, self: PyObject, call: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, packed: { kwDict: PyDict | null } | null = null): PyObject {
	let argTuple: PyObject | null = null;
	let kwDict = packed ? packed.kwDict : null;
	if (!packed) {
		argTuple = vm.tuple(args.map((a) => vm.incref(a)));
		vm.heap.adopt(argTuple, CALL_ARGS);
		if (kwargs?.size) {
			kwDict = vm.dict();
			for (const [k, v] of kwargs) dictSet(vm, kwDict, vm.intern(k), v);
			vm.heap.adopt(kwDict, CALL_KWARGS);
		}
	}
	// lookup_method: a function is called with self first; anything else as its __get__ gives it for self.
	const method = resolveSpecialMethod(vm, call, self, "__call__");
	vm.heap.adopt(method.callable, CALL_METHOD);
	try {
		return callWithKeywordDict(vm, method.callable, method.unbound ? [self, ...args] : args, kwargs, kwDict);
	} finally {
		vm.heap.release(method.callable, CALL_METHOD);
		if (argTuple) vm.heap.release(argTuple, CALL_ARGS);
		if (kwDict && !packed) vm.heap.release(kwDict, CALL_KWARGS);
	}
}
