// CALL_FUNCTION_EX calls PyObject_Call(func, callargs, kwargs) with a tuple and dict of its own: a callee that
// takes its arguments as a tuple (a type's tp_call, a METH_VARARGS builtin such as tp_new_wrapper) uses them as
// they are, where a vectorcall would pack new ones (_PyObject_MakeTpCall). callFunctionEx registers the
// tuple's item array, which pymem's call paths hand down unchanged to such a callee.
import type { PyObject } from "../heap/object";
import type { PyTuple, PyDict } from "../heap/containers";

export interface CallerPacked {
	readonly tuple: PyTuple;
	readonly kwDict: PyDict | null;
}

const packedByArray = new WeakMap<readonly PyObject[], CallerPacked>();

/** Run `call` with `tuple`'s items known as CALL_FUNCTION_EX's own packed arguments. */
export function withCallerPacked<R>(tuple: PyTuple, kwDict: PyDict | null, call: () => R): R {
	const previous = packedByArray.get(tuple.items);
	packedByArray.set(tuple.items, { tuple, kwDict });
	try {
		return call();
	} finally {
		if (previous) packedByArray.set(tuple.items, previous);
		else packedByArray.delete(tuple.items);
	}
}

/**
 * The caller's own tuple and dict when `args` are CALL_FUNCTION_EX's items, passed down unchanged; the first
 * callee that asks takes them (what it calls with its own arguments packs anew).
 */
export function takeCallerPacked(args: readonly PyObject[]): CallerPacked | null {
	const packed = packedByArray.get(args);
	if (!packed) return null;
	packedByArray.delete(args);
	return packed;
}

/** Whether `args` are CALL_FUNCTION_EX's items (takeCallerPacked would take them). */
export function isCallerPacked(args: readonly PyObject[]): boolean {
	return packedByArray.has(args);
}
