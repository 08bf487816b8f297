// _PyObject_MakeTpCall and METH_VARARGS calls: the arguments packed in a new tuple (and the keywords in a new
// dict) for the callee, or CALL_FUNCTION_EX's own. Kept apart from instantiate.ts so that builtins' argument
// checks can use it without importing the class machinery.
import type { PyObject } from "../heap/object";
import type { PyTuple, PyDict } from "../heap/containers";
import { takeCallerPacked } from "./caller-packed";
import type { VM } from "./vm";

/** How the trace names the tuple and dict a call packs. */
export interface PackedLabels {
	readonly args: string;
	readonly kwargs: string;
}
export const TYPE_CALL: PackedLabels = { args: "call arguments (type call)", kwargs: "keyword arguments (type call)" };
export const VARARGS_CALL: PackedLabels = { args: "call arguments (METH_VARARGS)", kwargs: "keyword arguments (METH_VARARGS)" };

/**
 * _PyObject_MakeTpCall: a type called without a vectorcall gets its arguments as a new tuple (and its keywords
 * as a new dict), held by the call while `call` runs with them; from CALL_FUNCTION_EX, the caller's own.
 */
export function withPackedArguments<R>(
	vm: VM,
	args: PyObject[],
	kwargs: Map<string, PyObject> | null,
	call: (argTuple: PyTuple, kwDict: PyDict | null) => R,
	labels: PackedLabels = TYPE_CALL,
): R {
	// PyObject_Call from CALL_FUNCTION_EX hands over its own tuple and dict.
	const given = takeCallerPacked(args);
	if (given) return call(given.tuple, given.kwDict);
	for (let i = 0; i < args.length; i++) vm.incref(args[i]!);
	const argTuple = vm.tuple(args.slice());
	vm.heap.adopt(argTuple, labels.args);
	let kwDict: PyDict | null = null;
	if (kwargs?.size) {
		kwDict = vm.dict();
		for (const [k, v] of kwargs) vm.dictSetStr(kwDict, k, v);
		vm.heap.adopt(kwDict, labels.kwargs);
	}
	try {
		return call(argTuple, kwDict);
	} finally {
		vm.heap.release(argTuple, labels.args);
		if (kwDict) vm.heap.release(kwDict, labels.kwargs);
	}
}
