// _Py_EnterRecursiveCall: the C functions CPython lets recurse (PyObject_Repr, PyObject_Str, PyObject_RichCompare)
// count one level toward the recursion limit while they run, as a Python frame does, so the deepest frame of an
// unbounded recursion that prints or compares fails there: "maximum recursion depth exceeded while getting the
// str of an object", "... in comparison".
import type { VM } from "./vm";
import type { PyObject } from "../heap/object";
import { PyBool, PyFloat, PyInt, PyStr } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { COMPARE_OPS, Op } from "../compile/code";

export const REPR_LEVEL = " while getting the repr of an object";
export const STR_LEVEL = " while getting the str of an object";
export const COMPARISON_LEVEL = " in comparison";
/** _PyObject_MakeTpCall's level: an object whose type has tp_call and no vectorcall, called. */
export const CALL_LEVEL = " while calling a Python object";

/** RecursionError when one more level would pass the limit (the check every counted level makes before it starts). */
export function checkRecursionLevel(vm: VM, where: string): void {
	if (vm.recursionDepth >= vm.recursionLimit) vm.raise("RecursionError", `maximum recursion depth exceeded${where}`);
}

/**
 * Starts one counted level (checked first): the caller ends it with `vm.nativeLevels--` in a finally block. No
 * closure, so recursion through builtins keeps the host stack it had (frame-stack.ts's MAX_NESTED_RUNS).
 */
export function enterRecursionLevel(vm: VM, where: string): void {
	checkRecursionLevel(vm, where);
	vm.nativeLevels++;
}

/** `body` run as a C call counting one level (checked first), for calls off the paths deep recursion takes. */
export function withRecursionLevel<R>(vm: VM, where: string, body: () => R): R {
	enterRecursionLevel(vm, where);
	try {
		return body();
	} finally {
		vm.nativeLevels--;
	}
}

/**
 * COMPARE_OP's level: PyObject_RichCompare counts one, but not 3.11's specialized forms (COMPARE_OP_INT_JUMP,
 * _FLOAT_JUMP, _STR_JUMP), which a comparison takes once warm when a jump follows at once and both operands are
 * compact ints (below 2**30), exact floats, or exact strs compared with == or !=. Only the check is made here:
 * the level itself is counted where a comparison calls Python code (compareOp's user methods).
 */
export function checkComparisonLevel(vm: VM, ops: ArrayLike<number>, pc: number, arg: number, a: PyObject, b: PyObject): void {
	if (vm.recursionDepth < vm.recursionLimit) return;
	if (comparesInline(ops[pc + 1], arg, a, b)) return;
	checkRecursionLevel(vm, COMPARISON_LEVEL);
}

function comparesInline(next: number | undefined, arg: number, a: PyObject, b: PyObject): boolean {
	if (next !== Op.POP_JUMP_IF_FALSE && next !== Op.POP_JUMP_IF_TRUE) return false;
	if (isScalarInstance(a) || isScalarInstance(b)) return false;
	if (a instanceof PyFloat) return b instanceof PyFloat;
	if (a instanceof PyStr) return b instanceof PyStr && (COMPARE_OPS[arg] === "Eq" || COMPARE_OPS[arg] === "NotEq");
	return isCompactInt(a) && isCompactInt(b);
}

function isCompactInt(o: PyObject): boolean {
	if (!(o instanceof PyInt) || o instanceof PyBool) return false;
	const v = o.value;
	return typeof v === "number" && v < 2 ** 30 && v > -(2 ** 30);
}
