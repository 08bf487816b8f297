// C paths that call a class's special method written in Python and go on with its result, run with that method as
// a frame of the loop: `len(x)` (slot_sq_length), `hash(x)` (slot_tp_hash), `iter(x)` (slot_tp_iter), `repr(x)`
// and `!r` (PyObject_Repr), `str(x)` and `!s` (PyObject_Str), and an f-string's plain `{x}` (PyObject_Format
// through object.__format__, which calls PyObject_Str). A __repr__ that formats itself, the classic slip, or a recursive __len__ of a long linked list
// would otherwise nest a host run per level and stop after 240; here they end where python3's do. What the nested
// call holds meanwhile (the method found on the type, the C levels counted, object.__format__ bound to the value)
// is held the same way and released in the same order: the method as vectorcall_method returns, then the result
// checked while the levels are still held, then the levels, then what the instruction does with the result.
import type { PyObject } from "../heap/object";
import { PyInstance, PyExceptionObject } from "../heap/instances";
import { PyBuiltinFunction, type PyFunction } from "../heap/callables";
import { PyInt, PyStr } from "../heap/values";
import { userSlot } from "../heap/subclass-instances";
import type { Frame, FrameContinuation } from "./frame";
import { BuiltinCallTail, ClearingCallTail, absorbInto, plainFunction, pushFrameFromC, type InstructionTail } from "./c-call-frames";
import { callLabel } from "./special-methods";
import { CALL_LEVEL, REPR_LEVEL, STR_LEVEL, enterRecursionLevel } from "./c-recursion";
import { lengthFromResult } from "./lengths";
import { checkedIterator } from "./iteration";
import { userHash } from "../builtins/identity";
import { rejectHashResult, rejectResult } from "./rejected-results";
import { releaseFailedOperands } from "./failed-operands";
import { boundFormatMethod, FORMAT_METHOD } from "./formatting";
import { pushFormatted, replaceConverted } from "./format-value";
import { startsAttributeBuiltinFrame } from "./attribute-hook-frames";
import { startsGeneratorNext } from "./generator-next-frames";
import type { VM } from "./vm";

/** What the special method's result becomes (a new reference), raising as the C path does when it is wrong. */
type ResultCheck = (vm: VM, result: PyObject) => PyObject;

/** `name`, found on `obj`'s class, as a Python function the C path can run as a frame; else null. */
function frameMethod(obj: PyObject, name: string): PyFunction | null {
	return obj instanceof PyInstance ? plainFunction(userSlot(obj, name)) : null;
}

/** The C path's holdings while the method's frame runs. */
class SpecialMethodCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly method: PyFunction,
		private readonly label: string,
		/** C levels the path counted before the method ran, released once its result is checked. */
		private readonly levels: number,
		/** object.__format__ bound to the value (PyObject_Format's `meth`), released last. */
		private readonly bound: PyObject | null,
		private readonly check: ResultCheck,
		private readonly tail: InstructionTail,
	) {}

	finish(value: PyObject): void {
		this.vm.heap.release(this.method, this.label);
		let result: PyObject;
		try {
			result = this.check(this.vm, value);
		} catch (e) {
			this.leaveC();
			this.tail.failed(e, false);
			throw e;
		}
		this.leaveC();
		this.tail.done(result);
	}

	abandon(exc?: PyExceptionObject): void {
		this.vm.heap.release(this.method, this.label);
		this.leaveC();
		if (exc) this.tail.failed(exc, true);
	}

	/** next(it, default): builtin_next clears the StopIteration that left __next__ and returns the default. */
	absorb(exc: PyExceptionObject): boolean {
		return absorbInto(this.vm, this.tail, exc, () => this.abandon());
	}

	/** The frame never started (the recursion limit): the same releases, then the instruction fails. */
	cancel(e: unknown): void {
		this.abandon();
		this.tail.failed(e, false);
	}

	private leaveC(): void {
		this.vm.nativeLevels -= this.levels;
		if (this.bound) this.vm.heap.release(this.bound, FORMAT_METHOD);
	}
}

/**
 * Runs `method` of `obj` as a frame for a C path that counted `levels` (held already) and `bound` (held already):
 * vectorcall_method's reference to the method, the frame's own to it and to `obj`.
 */
function pushMethodFrame(vm: VM, obj: PyObject, method: PyFunction, name: string, levels: number, bound: PyObject | null, check: ResultCheck, tail: InstructionTail): void {
	const label = callLabel(name);
	vm.heap.adopt(vm.incref(method), label);
	const call = new SpecialMethodCall(vm, method, label, levels, bound, check, tail);
	pushFrameFromC(vm, method, [obj], call, (e) => call.cancel(e));
}

/**
 * Enters the C levels `where` lists, in order, then runs `start`; a level that cannot start (the recursion limit),
 * or a `start` that throws, leaves the levels entered so far and fails the instruction.
 */
function withLevels(vm: VM, where: readonly string[], tail: InstructionTail, start: (levels: number) => void): void {
	let entered = 0;
	try {
		for (const level of where) {
			enterRecursionLevel(vm, level);
			entered++;
		}
	} catch (e) {
		vm.nativeLevels -= entered;
		tail.failed(e, false);
		throw e;
	}
	start(entered);
}

/** slot_tp_iternext's result goes back as it is. */
const unchanged: ResultCheck = (_vm, result) => result;
const checkLength: ResultCheck = (vm, result) => vm.int(lengthFromResult(vm, result));
const checkRepr: ResultCheck = (vm, result) => (result instanceof PyStr ? result : rejectResult(vm, result, "TypeError", `__repr__ returned non-string (type ${result.typeName})`));
const checkHash: ResultCheck = (vm, result) => {
	if (!(result instanceof PyInt)) return rejectHashResult(vm, result);
	vm.decref(result);
	return vm.int(userHash(BigInt(result.value)));
};
const checkStr: ResultCheck = (vm, result) => (result instanceof PyStr ? result : rejectResult(vm, result, "TypeError", `__str__ returned non-string (type ${result.typeName})`));

/** The builtins whose C function calls one special method of the argument's class, and what it makes of the result. */
const SIMPLE_SLOTS: Readonly<Record<string, { method: string; check: ResultCheck }>> = {
	len: { method: "__len__", check: checkLength },
	hash: { method: "__hash__", check: checkHash },
	iter: { method: "__iter__", check: checkedIterator },
	// builtin_next without a default: slot_tp_iternext's result as it is, its exception (StopIteration too) as raised.
	next: { method: "__next__", check: unchanged },
};

/** The method PyObject_Str of `obj` runs: its class's __str__, else (object_str) its __repr__; undefined for the others. */
function strMethod(obj: PyObject): { method: PyFunction; name: string } | undefined {
	if (!(obj instanceof PyInstance) || obj instanceof PyExceptionObject) return undefined;
	if (userSlot(obj, "__str__") !== undefined) {
		const method = frameMethod(obj, "__str__");
		return method ? { method, name: "__str__" } : undefined;
	}
	const method = frameMethod(obj, "__repr__");
	return method ? { method, name: "__repr__" } : undefined;
}

/**
 * CALL of len, hash, iter, next or repr with one argument (at `first`) whose class runs a Python method for it, or of
 * getattr, setattr or delattr (attribute-hook-frames.ts): true when that method started as a frame; false
 * (nothing done) for the general path. `countsLevel`: the CALL counted the C function's level already
 * (call-levels.ts).
 */
export function startsBuiltinMethodFrame(vm: VM, stack: PyObject[], base: number, first: number, callable: PyObject, countsLevel: boolean): boolean {
	// Not `str(x)` as a generic call: _PyObject_MakeTpCall's argument tuple holds x meanwhile, which the nested path
	// makes. Only a cold site runs it, or one specialized for something else: recursion through `str(x)` warms its
	// code up after eight levels and goes on as PRECALL_NO_KW_STR_1 (startsStrOfOneFrame).
	if (!(callable instanceof PyBuiltinFunction) || callable.owner || callable.self) return false;
	if (callable.name === "next" && stack.length - first <= 2 && startsGeneratorNext(vm, stack, base, first, countsLevel)) return true;
	if (callable.name === "next" && stack.length - first === 2) return startsNextWithDefault(vm, stack, base, first, callable, countsLevel);
	if (stack.length - first !== 1) return startsAttributeBuiltinFrame(vm, stack, base, first, callable, countsLevel);
	const obj = stack[first]!;
	if (!(obj instanceof PyInstance)) return false;
	if (callable.name === "repr") return startsRepr(vm, obj, new BuiltinCallTail(vm, stack, base, [callable, obj], countsLevel));
	const simple = SIMPLE_SLOTS[callable.name];
	if (!simple) return false;
	// slot_tp_hash and slot_tp_iter: the class's method, its result checked (PyObject_GetIter's check for iter).
	const method = frameMethod(obj, simple.method);
	if (!method) return false;
	if (callable.name === "hash") vm.heap.addressesSeen();
	pushMethodFrame(vm, obj, method, simple.method, 0, null, simple.check, new BuiltinCallTail(vm, stack, base, [callable, obj], countsLevel));
	return true;
}

/** CALL of next(it, default) whose iterator's class has a plain Python __next__: the method as a frame. */
function startsNextWithDefault(vm: VM, stack: PyObject[], base: number, first: number, callable: PyObject, countsLevel: boolean): boolean {
	const it = stack[first]!;
	const method = frameMethod(it, "__next__");
	if (!method) return false;
	// builtin_next clears a StopIteration and returns the default.
	const fallback = stack[first + 1]!;
	const tail = new ClearingCallTail(vm, new BuiltinCallTail(vm, stack, base, stack.slice(base + 1), countsLevel), "StopIteration", () => vm.incref(fallback));
	pushMethodFrame(vm, it, method, "__next__", 0, null, unchanged, tail);
	return true;
}

/** PRECALL_NO_KW_STR_1 of `x` (at `first`): PyObject_Str(x) with x's method as a frame; then x leaves the stack. */
export function startsStrOfOneFrame(vm: VM, stack: PyObject[], base: number, first: number): boolean {
	const obj = stack[first]!;
	return obj instanceof PyInstance && startsStr(vm, obj, new BuiltinCallTail(vm, stack, base, [obj], false));
}

/** PyObject_Repr: its level, then the class's __repr__. */
function startsRepr(vm: VM, obj: PyObject, tail: InstructionTail): boolean {
	const method = frameMethod(obj, "__repr__");
	if (!method) return false;
	withLevels(vm, [REPR_LEVEL], tail, (levels) => pushMethodFrame(vm, obj, method, "__repr__", levels, null, checkRepr, tail));
	return true;
}

/** PyObject_Str: its level, then the class's __str__ (or __repr__, through object_str, which counts none). */
function startsStr(vm: VM, obj: PyObject, tail: InstructionTail): boolean {
	const found = strMethod(obj);
	if (!found) return false;
	withLevels(vm, [STR_LEVEL], tail, (levels) => pushMethodFrame(vm, obj, found.method, found.name, levels, null, checkStr, tail));
	return true;
}

/** FORMAT_VALUE's end once the value is converted or formatted. */
class FormatValueTail implements InstructionTail {
	constructor(
		private readonly vm: VM,
		private readonly caller: Frame,
		/** The conversion (!s, !r) replaces the value and goes on to format; else the result is the formatted str. */
		private readonly converts: boolean,
	) {}

	done(result: PyObject): void {
		const arg = this.caller.code.args[this.caller.pc - 1]!;
		if (this.converts) replaceConverted(this.vm, this.caller.stack, arg, result);
		else pushFormatted(this.vm, this.caller.stack, arg, result);
	}

	failed(exc: unknown, inFrame: boolean): void {
		// Thrown out of the instruction, the loop releases its operands itself.
		if (inFrame) releaseFailedOperands(this.vm, this.caller, exc as PyExceptionObject);
	}
}

/**
 * FORMAT_VALUE with `arg` in `f`: true when the value's conversion (!s, !r) or, with neither conversion nor spec, its
 * formatting through object.__format__ started the value's method as a frame; false (nothing done) otherwise.
 */
export function startsFormatValueFrame(vm: VM, f: Frame, arg: number): boolean {
	const hasSpec = (arg & 4) !== 0;
	const stack = f.stack;
	const value = stack[stack.length - (hasSpec ? 2 : 1)]!;
	if (!(value instanceof PyInstance)) return false;
	const conversion = arg & 3;
	if (conversion === 1) return startsStr(vm, value, new FormatValueTail(vm, f, true));
	if (conversion === 2) return startsRepr(vm, value, new FormatValueTail(vm, f, true));
	if (conversion !== 0 || hasSpec || userSlot(value, "__format__") !== undefined) return false;
	const found = strMethod(value);
	if (!found) return false;
	// PyObject_Format: object.__format__ bound to the value, called (cfunction_vectorcall_O's level); it calls
	// PyObject_Str for the empty spec. What it returns is a str, or PyObject_Str has failed already.
	const tail = new FormatValueTail(vm, f, false);
	const bound = boundFormatMethod(vm, value);
	let started = false;
	try {
		withLevels(vm, [CALL_LEVEL, STR_LEVEL], tail, (levels) => {
			started = true;
			pushMethodFrame(vm, value, found.method, found.name, levels, bound, checkStr, tail);
		});
	} catch (e) {
		// A level that could not start: PyObject_Format releases the bound method before FORMAT_VALUE fails.
		if (!started) vm.heap.release(bound, FORMAT_METHOD);
		throw e;
	}
	return true;
}
