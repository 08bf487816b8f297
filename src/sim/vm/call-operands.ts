// What a CALL does once its callee has returned: the arguments and the callable leave the caller's stack,
// released as ceval releases them, and the result takes their place.
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";
import { truncate } from "../arrays";
import { isPythonError, markRaising } from "./errors";
import { MOVED_ARGUMENT, type PyBuiltinFunction } from "../heap/callables";

/** Whether releasing `operands` frees one of them (a loop: this runs after every native call). */
function anyLastReference(operands: readonly PyObject[]): boolean {
	for (let i = 0; i < operands.length; i++) if (operands[i]!.refcnt === 1) return true;
	return false;
}

const CALL_OPERANDS = "operand of a finished call";
const CALL_RESULT = "result of a finished call";

/**
 * Release a finished call's operands in order, while its result waits in a C local. Only when one of
 * them is about to be freed (a __del__ can run in between) are they shown as held until their turn.
 */
export function releaseOperands(vm: VM, operands: PyObject[], result: PyObject): void {
	if (!anyLastReference(operands)) {
		for (let i = 0; i < operands.length; i++) vm.decref(operands[i]!);
		return;
	}
	vm.heap.adopt(result, CALL_RESULT);
	try {
		vm.heap.releaseAll(null, CALL_OPERANDS, operands);
	} finally {
		vm.heap.disown(result, CALL_RESULT);
	}
}

/** A call failed with a Python error (on its way up meanwhile): its operands go in order before the frame's traceback entry is made. */
export function releaseOperandsOfFailedCall(vm: VM, operands: PyObject[], error: unknown): void {
	markRaising(vm.heap, error);
	vm.heap.releaseAll(null, CALL_OPERANDS, operands);
}

/**
 * The end of a CALL that did not hand its arguments over (a native callee, a class): the callable sits just
 * below the first argument, above `base` (a NULL slot, which has no count, or the callable itself for a
 * method call). CPython releases the arguments first to last, then the callable.
 */
export function releaseCallOperands(vm: VM, stack: PyObject[], base: number, first: number, result: PyObject): void {
	const operands = stack.slice(first);
	operands.push(stack[first - 1]!);
	truncate(stack, base);
	releaseOperands(vm, operands, result);
	stack.push(result);
}

/**
 * CALL of a native that takes over its arguments (isArgumentTaking): they leave the stack for the callee, as they
 * would for a Python function's frame, and only the callable is released once it returned or failed.
 */
export function callTakingArguments(vm: VM, stack: PyObject[], base: number, first: number, callable: PyBuiltinFunction, kwnames: string[] | null, countsLevel: boolean): void {
	const operands = stack.slice(first);
	truncate(stack, base);
	for (const o of operands) vm.heap.adopt(o, MOVED_ARGUMENT);
	const nkw = kwnames?.length ?? 0;
	const positional = operands.slice(0, operands.length - nkw);
	const kwargs = kwnames ? new Map(kwnames.map((k, i) => [k, operands[positional.length + i]!])) : null;
	let result: PyObject;
	try {
		result = callable.impl(vm, positional, kwargs, null);
	} catch (e) {
		// The C function's level (call-levels.ts) ends as it returns, before CALL releases anything.
		if (countsLevel) vm.nativeLevels--;
		if (isPythonError(e)) releaseOperandsOfFailedCall(vm, [callable], e);
		throw e;
	}
	if (countsLevel) vm.nativeLevels--;
	vm.decref(callable);
	stack.push(result);
}
