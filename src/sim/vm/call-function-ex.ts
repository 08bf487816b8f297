// CALL_FUNCTION_EX (`f(*args, **kwargs)`): the callable, the argument tuple and the keyword dict stay on the stack
// during the call, as in ceval.c, and PyObject_Call hands them to the callee as it takes them.

import type { PyObject } from "../heap/object";
import { PyTuple, type PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyClass } from "../heap/classes";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, hasVectorcall } from "../heap/callables";
import { hasInstanceAttributes, isExactTuple, userSlot } from "../heap/subclass-instances";
import { isVectorcallType } from "../builtins/constructors";
import type { Frame, FrameContinuation } from "./frame";
import type { PyExceptionObject } from "../heap/instances";
import { CO_GENERATOR } from "../compile/code";
import { metaclassCall } from "./metaclasses";
import { callObject, frameFromC } from "./calls";
import { callCountsLevel } from "./call-levels";
import { CALL_LEVEL, checkRecursionLevel } from "./c-recursion";
import { releaseOperands, releaseOperandsOfFailedCall } from "./call-operands";
import { callInstance, callWithKeywordDict, unpackKeywordDict } from "./keyword-calls";
import { starredArguments } from "./call-arguments";
import { withCallerPacked } from "./caller-packed";
import { isPythonError } from "./errors";
import type { VM } from "./vm";

/** CALL_FUNCTION_EX: stack [NULL, func, args, kwargs?]. */
export function callFunctionEx(vm: VM, f: Frame, hasKwargs: boolean): void {
	// Callable and arguments stay on the stack during the call, as in ceval.c, and are released after.
	const stack = f.stack;
	const base = stack.length - (hasKwargs ? 4 : 3);
	const kwargsObj = hasKwargs ? (stack[base + 3] as PyDict) : null;
	const func = stack[base + 1]!;
	if (!isExactTuple(stack[base + 2]!)) {
		// Py_SETREF(callargs, PySequence_Tuple(callargs)): the iterable is released once the tuple is made.
		const iterable = stack[base + 2]!;
		stack[base + 2] = starredArguments(vm, func, iterable);
		vm.decref(iterable);
	}
	const callargs = stack[base + 2] as PyTuple;
	let result: PyObject;
	// PyObject_Call counts a C callee's level as the generic CALL does (call-levels.ts), a vectorcall's or tp_call's.
	const countsLevel = callCountsLevel(null, func, callargs.items.length, kwargsObj !== null, callargs.items[0]);
	let levelEntered = false;
	try {
		const kwargs = kwargsObj ? keywordArguments(vm, kwargsObj) : null;
		if (countsLevel) {
			checkRecursionLevel(vm, CALL_LEVEL);
			vm.nativeLevels++;
			levelEntered = true;
		}
		if (!countsLevel && startsFunctionFrame(vm, stack, base, func, callargs, kwargs, kwargsObj)) return;
		result = callWithDictArguments(vm, func, callargs, kwargs, kwargsObj);
	} catch (e) {
		if (levelEntered) vm.nativeLevels--;
		if (isPythonError(e)) failCallEx(vm, stack, base, e);
		throw e;
	}
	if (levelEntered) vm.nativeLevels--;
	finishCallEx(vm, stack, base, result);
}

/** As ceval: the callable, the arguments tuple and dict, then what was below the callable; then the result is pushed. */
function finishCallEx(vm: VM, stack: PyObject[], base: number, result: PyObject): void {
	const operands = stack.splice(base);
	releaseOperands(vm, [...operands.slice(1), operands[0]!], result);
	stack.push(result);
}

/** do_call_core failed: ceval releases the callable, the tuple and the dict before `error:`. */
function failCallEx(vm: VM, stack: PyObject[], base: number, e: unknown): void {
	releaseOperandsOfFailedCall(vm, stack.splice(base).slice(1), e);
}

/**
 * A Python function, or a method of one, called by CALL_FUNCTION_EX: PyObject_Call reaches _PyFunction_Vectorcall,
 * whose frame runs here as a frame of the loop (CPython runs it in a new C eval loop, which counts no level of its
 * own), and the instruction ends when it returns. A decorator's `wrapper(*args, **kwargs)` around a recursive
 * function recursed on the host's stack and stopped after 240 levels; now it goes as deep as python3's.
 */
function startsFunctionFrame(vm: VM, stack: PyObject[], base: number, func: PyObject, callargs: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): boolean {
	const method = func instanceof PyBoundMethod && func.func instanceof PyFunction && func.self ? func : null;
	const target = func instanceof PyFunction ? func : method ? (method.func as PyFunction) : null;
	if (!target || target.nativeBody || target.code.flags & CO_GENERATOR) return false;
	const keywords = kwargs !== null && kwargs.size > 0 && kwDict !== null ? kwargs : null;
	const release = keywords ? unpackKeywordDict(vm, callargs.items, kwDict!) : null;
	// The method's self goes first.
	const args = method ? [method.self!, ...callargs.items] : callargs.items.slice();
	let frame: Frame;
	try {
		frame = frameFromC(vm, target, args, keywords);
	} catch (e) {
		release?.();
		throw e;
	}
	const call = new FunctionCallEx(vm, stack, base, release);
	frame.continuation = call;
	try {
		vm.pushFrame(frame, "continuation");
	} catch (e) {
		call.abandon();
		throw e;
	}
	return true;
}

/** The CALL_FUNCTION_EX a Python function's frame finishes. */
class FunctionCallEx implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly stack: PyObject[],
		private readonly base: number,
		/** The keyword names and argument copies _PyStack_UnpackDict made, released once the call is over. */
		private readonly release: (() => void) | null,
	) {}

	finish(value: PyObject): void {
		this.release?.();
		finishCallEx(this.vm, this.stack, this.base, value);
	}

	abandon(exc?: PyExceptionObject): void {
		this.release?.();
		if (exc) failCallEx(this.vm, this.stack, this.base, exc);
	}
}

/**
 * PyObject_Call(func, tuple, dict): a Python function (or a method of one) unpacks the dict into a new
 * argument array and kwnames tuple (_PyVectorcall_Call); an instance's __call__, a type's tp_call and a
 * METH_VARARGS builtin get the tuple and dict as they are.
 */
function callWithDictArguments(vm: VM, func: PyObject, callargs: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null): PyObject {
	const args = callargs.items;
	const call = hasInstanceAttributes(func) ? userSlot(func, "__call__") : undefined;
	if (call) return callInstance(vm, func, call, args, kwargs, { kwDict });
	const metaCall = func instanceof PyClass ? metaclassCall(func) : null;
	if (metaCall) return callInstance(vm, func, metaCall, args, kwargs, { kwDict });
	// A vectorcall builtin (or builtin type) gets the dict unpacked too: its values copied and its keys in a new names tuple.
	if (func instanceof PyFunction || (func instanceof PyBoundMethod && func.func instanceof PyFunction) || (func instanceof PyBuiltinFunction && hasVectorcall(func)) || isVectorcallType(func)) {
		return callWithKeywordDict(vm, func, args, kwargs, kwDict);
	}
	return withCallerPacked(callargs, kwDict, () => callObject(vm, func, args, kwargs));
}

/** The keyword arguments of a call given as a dict (`f(**d)`): their names must be strs. */
function keywordArguments(vm: VM, d: PyDict): Map<string, PyObject> {
	const kwargs = new Map<string, PyObject>();
	for (const { key, value } of d.entries.values()) {
		if (!(key instanceof PyStr)) vm.raise("TypeError", "keywords must be strings");
		kwargs.set(key.value, value);
	}
	return kwargs;
}

