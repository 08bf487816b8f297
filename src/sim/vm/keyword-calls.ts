// C code calling a Python function with a tuple and a dict of keywords (_PyObject_Call_Prepend,
// _PyObject_FastCallDictTstate): without keywords the arguments go straight to the frame; with them,
// _PyStack_UnpackDict first copies every argument into a new array (a reference each) and the keys into a
// kwnames tuple, all released after the call.
import type { PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { callObject } from "./calls";
import type { VM } from "./vm";

const ARGUMENT_COPY = "argument copy (_PyStack_UnpackDict)";
const KWNAMES = "keyword names (_PyStack_UnpackDict)";

/** Call `func` with borrowed arguments; `kwDict` is the dict `kwargs` came from (its keys fill kwnames). */
export function callWithKeywordDict(vm: VM, func: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): PyObject {
	if (!kwargs || kwargs.size === 0 || !kwDict) return callObject(vm, func, args, null);
	const copies: PyObject[] = [];
	for (const a of args) copies.push(a);
	const keys: PyObject[] = [];
	for (const { key, value } of kwDict.entries.values()) {
		copies.push(value);
		keys.push(key);
	}
	// _PyStack_UnpackDict allocates the kwnames tuple before it copies anything.
	const kwnames = vm.tuple(keys.map((k) => vm.incref(k)));
	vm.heap.adopt(kwnames, KWNAMES);
	for (const o of copies) vm.heap.hold(o, ARGUMENT_COPY);
	try {
		return callObject(vm, func, args, kwargs);
	} finally {
		for (const o of copies) vm.heap.release(o, ARGUMENT_COPY);
		vm.heap.release(kwnames, KWNAMES);
	}
}
