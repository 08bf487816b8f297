// CALL (3.11 semantics: a Python callee takes over the caller's stack references to its arguments),
// MAKE_FUNCTION, and calls started by natives (run as a nested interpreter loop); CALL_FUNCTION_EX is
// call-function-ex.ts's.

import { PyTypingObject } from "../heap/typing-objects";
import { callTyping } from "./typing-ops";
import { PyToolObject } from "../heap/tool-objects";
import type { PyObject } from "../heap/object";
import { PyTuple, PyDict } from "../heap/containers";
import { PyClass, T } from "../heap/classes";
import { metaclassCall } from "./metaclasses";
import { subclassSlot, userSlot } from "../heap/subclass-instances";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, PyDescriptor, PySlotWrapper, VARARGS_IMPLS, isArgumentTaking, MOVED_ARGUMENT } from "../heap/callables";
import { requireSlotOwner } from "../builtins/slotdef-names";
import { PyGenerator } from "../heap/iterators";
import { PyWeakref, PyFinalize, PyWeakProxy } from "../heap/weakrefs";
import { callProxy } from "./weak-proxy-ops";
import { callFinalize, callRef } from "../builtins/weakref-module";
import { PyWeakDictRemover, PyWeakMethod, PyWeakMethodCallback } from "../heap/weak-dictionaries";
import { callWeakMethod, callWeakMethodCallback } from "../builtins/weak-methods";
import { callWeakDictRemover } from "../builtins/weak-dictionaries";
import { PyCode, CO_GENERATOR } from "../compile/code";
import type { Frame } from "./frame";
import { bindArguments, initCells, takesExactlyPositional } from "./binding";
import { instantiate } from "./instantiate";
import { callStrOfOne } from "./warm-up";
import { CallForm, callCountsLevel, callSiteForm } from "./call-levels";
import { CALL_LEVEL, checkRecursionLevel } from "./c-recursion";
import { startsBuiltinMethodFrame, startsStrOfOneFrame } from "./special-method-frames";
import { startsInstanceCallFrame } from "./instance-call-frames";
import { callTakingArguments, releaseOperands, releaseOperandsOfFailedCall } from "./call-operands";
import { startTypeCall } from "./init-frames";
import { callInstance } from "./keyword-calls";
import type { VM } from "./vm";
import { isPythonError } from "./errors";
import { truncate } from "../arrays";
import { PyGenericAlias } from "../heap/generic-alias";
import { callGenericAlias } from "./generic-alias-ops";
import { tpName } from "../builtins/module-type-constructors";

/** A new frame for `func` with its parameters bound; owned args move in. */
export function frameFor(vm: VM, func: PyFunction, args: PyObject[], kwnames: string[] | null, kwvalues: readonly PyObject[]): Frame {
	const frame = vm.newFrame(func.code, func, func.globals, null);
	try {
		bindArguments(vm, func, frame, args, kwnames, kwvalues);
	} catch (e) {
		vm.clearFrame(frame);
		throw e;
	}
	return frame;
}

/** Start a generator function: the bound frame is parked in a new generator object named as its function is now (make_gen). */
export function makeGenerator(vm: VM, frame: Frame): PyGenerator {
	const gen = vm.heap.register(new PyGenerator(frame, frame.func?.name ?? frame.code.name, frame.func?.qualname ?? frame.code.qualname, frame.func?.codeConstant ?? vm.heap.registerShared(new PyCode(frame.code))));
	frame.generator = gen;
	return gen;
}

const NO_KEYWORD_VALUES: readonly PyObject[] = [];

export function callOp(vm: VM, f: Frame, argc: number): void {
	const stack = f.stack;
	const kwnames = f.kwnames;
	f.kwnames = null;
	const base = stack.length - argc - 2;
	let callable = stack[base + 1]!;
	let isMethod = stack[base] !== vm.NULL;
	if (!isMethod && callable instanceof PyBoundMethod && callable.func && callable.self) {
		// 3.11 unpacks a bound method into function + self on the stack before calling.
		stack[base] = vm.incref(callable.func);
		stack[base + 1] = vm.incref(callable.self);
		vm.decref(callable);
		isMethod = true;
	}
	if (isMethod) callable = stack[base]!;
	const first = isMethod ? base + 1 : base + 2;
	// Quickened code's sites specialize for what they first call (call-levels.ts).
	const nargs = stack.length - first;
	const form = callSiteForm(f.code, f.pc, callable, nargs, kwnames !== null, argc);
	if (form === CallForm.StrOfOne && callable === T.str && kwnames === null && !isMethod && nargs === 1) {
		if (!startsStrOfOneFrame(vm, stack, base, first)) callStrOfOne(vm, stack, base, first);
		return;
	}
	if (callable instanceof PyFunction && !callable.nativeBody) {
		if (kwnames === null && takesExactlyPositional(callable.code, nargs)) {
			// The common call: the arguments move from the stack straight into the parameter slots.
			const frame = vm.newFrame(callable.code, callable, callable.globals, null);
			const locals = frame.locals;
			for (let i = 0; i < nargs; i++) locals[i] = stack[first + i]!;
			truncate(stack, base);
			initCells(vm, callable, frame);
			if (callable.code.flags & CO_GENERATOR) {
				stack.push(makeGenerator(vm, frame));
				return;
			}
			vm.pushFrame(frame, "value");
			return;
		}
		const nkw = kwnames?.length ?? 0;
		const end = stack.length - nkw;
		const positional = stack.slice(first, end);
		const kwvalues = nkw ? stack.slice(end) : NO_KEYWORD_VALUES;
		// The arguments move into the frame; a NULL slot below the callable is dropped without a count.
		truncate(stack, base);
		const frame = frameFor(vm, callable, positional, kwnames, kwvalues);
		if (callable.code.flags & CO_GENERATOR) {
			stack.push(makeGenerator(vm, frame));
			return;
		}
		vm.pushFrame(frame, "value");
		return;
	}
	if (kwnames === null && callable instanceof PyClass && startTypeCall(vm, f, callable, base, first)) return;
	if (kwnames === null && callable instanceof PyToolObject && callable.startInLoop?.(f, base, first)) return;
	const countsLevel = callCountsLevel(form, callable, nargs, kwnames !== null, stack[first]);
	if (countsLevel) enterCallLevel(vm, stack, base, first, callable);
	if (kwnames === null && !isMethod && startsBuiltinMethodFrame(vm, stack, base, first, callable, countsLevel)) return;
	if (kwnames === null && startsInstanceCallFrame(vm, stack, base, first, callable, countsLevel)) return;
	if (callable instanceof PyBuiltinFunction && isArgumentTaking(callable)) return callTakingArguments(vm, stack, base, first, callable, kwnames, countsLevel);
	// ceval's generic CALL releases the callable, then the arguments first to last (the NULL slot has no count),
	// whether the call returned or failed: a failed call's go before the frame's traceback entry is made.
	const operands = stack.slice(first);
	let result: PyObject;
	try {
		result = callNative(vm, callable, operands, kwnames);
	} catch (e) {
		if (countsLevel) vm.nativeLevels--;
		// A stopped run leaves the stack as it is.
		if (isPythonError(e)) {
			truncate(stack, base);
			releaseOperandsOfFailedCall(vm, [callable, ...operands], e);
		}
		throw e;
	}
	if (countsLevel) vm.nativeLevels--;
	truncate(stack, base);
	operands.unshift(callable);
	releaseOperands(vm, operands, result);
	stack.push(result);
}

/**
 * The level a C call counts (call-levels.ts), checked before the function runs: at the recursion limit the call
 * fails, and CALL releases its callable and arguments as for any failed call.
 */
function enterCallLevel(vm: VM, stack: PyObject[], base: number, first: number, callable: PyObject): void {
	try {
		checkRecursionLevel(vm, CALL_LEVEL);
	} catch (e) {
		const operands = stack.slice(first);
		truncate(stack, base);
		releaseOperandsOfFailedCall(vm, [callable, ...operands], e);
		throw e;
	}
	vm.nativeLevels++;
}

/** Call anything that is not a plain Python function at a CALL site; arguments are borrowed. */
function callNative(vm: VM, callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
	if (!kwnames) return vm.callObject(callable, args.slice(), null);
	const nkw = kwnames.length;
	const kwargs = new Map(kwnames.map((k, i) => [k, args[args.length - nkw + i]!]));
	return vm.callObject(callable, args.slice(0, args.length - nkw), kwargs);
}

/**
 * The frame a call from C makes for a Python function, with `args` (borrowed) and `kwargs` bound: a vectorcall copies
 * its arguments in, so the frame gets new references to them and to the function.
 */
export function frameFromC(vm: VM, func: PyFunction, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): Frame {
	vm.incref(func);
	for (let i = 0; i < args.length; i++) vm.incref(args[i]!);
	if (kwargs === null && takesExactlyPositional(func.code, args.length)) {
		// The common call (an __init__, a key function): the arguments go straight into the parameter slots.
		const frame = vm.newFrame(func.code, func, func.globals, null);
		const locals = frame.locals;
		for (let i = 0; i < args.length; i++) locals[i] = args[i]!;
		initCells(vm, func, frame);
		return frame;
	}
	const kwvalues = kwargs ? [...kwargs.values()].map((v) => vm.incref(v)) : NO_KEYWORD_VALUES;
	return frameFor(vm, func, args as PyObject[], kwargs ? [...kwargs.keys()] : null, kwvalues);
}

/** Call any callable with borrowed arguments; returns a new reference. Python code runs in a nested loop. */
export function callObject(vm: VM, callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
	if (callable instanceof PyFunction) {
		if (callable.nativeBody) return callable.nativeBody(vm, callable, args, kwargs);
		const frame = frameFromC(vm, callable, args, kwargs);
		if (callable.code.flags & CO_GENERATOR) return makeGenerator(vm, frame);
		return vm.runNested(frame);
	}
	if (callable instanceof PyBoundMethod && callable.func && callable.self) return callObject(vm, callable.func, [callable.self, ...args], kwargs);
	if (callable instanceof PyBuiltinFunction) {
		if (callable.self) {
			if (kwargs?.size && VARARGS_IMPLS.has(callable.impl)) vm.raise("TypeError", `${callable.name}() takes no keyword arguments`);
			if (callable instanceof PySlotWrapper) refuseWrapperKeywords(vm, callable, kwargs);
			return callable.impl(vm, args, kwargs, callable.self);
		}
		if (callable.owner) {
			const [self, ...rest] = args;
			if (!self) {
				// wrapperdescr_call's message for a slot wrapper, method_vectorcall's for a method descriptor.
				if (callable instanceof PySlotWrapper) vm.raise("TypeError", `descriptor '${callable.name}' of '${callable.owner.name}' object needs an argument`);
				vm.raise("TypeError", `unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
			}
			if (callable instanceof PySlotWrapper) return callSlotWrapper(vm, callable, self, rest, kwargs);
			// method_vectorcall's descr_check.
			if (!self.cls.isSubclassOf(callable.owner)) vm.raise("TypeError", `descriptor '${callable.name}' for '${tpName(callable.owner)}' objects doesn't apply to a '${self.typeName}' object`);
			return callable.impl(vm, rest, kwargs, self);
		}
		if (isArgumentTaking(callable)) {
			for (const a of args) vm.heap.hold(a, MOVED_ARGUMENT);
			if (kwargs) for (const v of kwargs.values()) vm.heap.hold(v, MOVED_ARGUMENT);
		}
		return callable.impl(vm, args, kwargs, null);
	}
	// sm_call (3.10+): a staticmethod object calls what it wraps.
	if (callable instanceof PyDescriptor && callable.kind === "staticmethod" && callable.parts[0]) return callObject(vm, callable.parts[0], args, kwargs);
	if (callable instanceof PyClass) {
		// slot_tp_call: a class whose metaclass defines __call__ is called through it.
		const call = metaclassCall(callable);
		return call ? callInstance(vm, callable, call, args, kwargs) : instantiate(vm, callable, args, kwargs);
	}
	if (callable instanceof PyToolObject && callable.call) return callable.call(args, kwargs);
	if (callable instanceof PyWeakProxy) return callProxy(vm, callable, args, kwargs);
	if (callable instanceof PyWeakMethod) return callWeakMethod(vm, callable);
	if (callable instanceof PyWeakMethodCallback) return callWeakMethodCallback(vm, callable, args);
	// A subclass's own __call__ (slot_tp_call) comes before weakref_call.
	if (callable instanceof PyWeakref && !subclassSlot(callable, "__call__")) return callRef(vm, callable, args, kwargs);
	if (callable instanceof PyFinalize) return callFinalize(vm, callable);
	if (callable instanceof PyGenericAlias) return callGenericAlias(vm, callable, args, kwargs);
	if (callable instanceof PyTypingObject) return callTyping(vm, callable, args, kwargs);
	if (callable instanceof PyWeakDictRemover) return callWeakDictRemover(vm, callable, args[0]!);
	const call = userSlot(callable, "__call__");
	if (call) return callInstance(vm, callable, call, args, kwargs);
	return vm.raise("TypeError", `'${callable.typeName}' object is not callable`);
}

/** A slot wrapper called unbound: _PyObject_MakeTpCall packs self and the arguments in a tuple first. */
function callSlotWrapper(vm: VM, wrapper: PySlotWrapper, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const all = vm.tuple([vm.incref(self), ...args.map((a) => vm.incref(a))]);
	vm.heap.adopt(all, "call arguments (slot wrapper)");
	try {
		// wrapperdescr_call checks the instance before the wrapper sees the keywords.
		if (kwargs?.size && wrapper.owner) requireSlotOwner(vm, wrapper.owner, wrapper.name, self);
		refuseWrapperKeywords(vm, wrapper, kwargs);
		return wrapper.impl(vm, args, kwargs, self);
	} finally {
		vm.heap.release(all, "call arguments (slot wrapper)");
	}
}

/** wrapperdescr_raw_call: only the wrappers flagged PyWrapperFlag_KEYWORDS (wrap_init, wrap_call) take keywords. */
function refuseWrapperKeywords(vm: VM, wrapper: PySlotWrapper, kwargs: Map<string, PyObject> | null): void {
	if (kwargs?.size && wrapper.name !== "__init__" && wrapper.name !== "__call__") vm.raise("TypeError", `wrapper ${wrapper.name}() takes no keyword arguments`);
}

/** MAKE_FUNCTION: the code object on top, with closure, annotations, kwdefaults and defaults below as flags say. */
export function makeFunction(vm: VM, f: Frame, flags: number): void {
	const stack = f.stack;
	const codeConstant = stack.pop() as PyCode;
	const func = new PyFunction(codeConstant.code, f.globals, codeConstant);
	// A function holds its globals (__main__'s keep no count until shutdown makes them an ordinary dict).
	if (!f.globals.shared) vm.incref(f.globals);
	if (flags & 0x08) func.closure = stack.pop() as PyTuple;
	if (flags & 0x04) func.annotations = stack.pop() as PyTuple;
	if (flags & 0x02) func.kwdefaults = stack.pop() as PyDict;
	if (flags & 0x01) func.defaults = stack.pop() as PyTuple;
	stack.push(vm.heap.register(func));
}
