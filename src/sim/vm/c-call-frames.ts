// A C function of CPython's calling a plain Python function (a special method, an attribute hook, a property's
// accessor) and going on with its result, run by pymem with that function as a frame of the interpreter's own
// loop: the frame's FrameContinuation finishes the C function's work when it returns or an exception leaves it.
// A nested run would hold a stretch of the host's stack per level, so recursion through such calls would stop
// long before python3's does.
import type { PyObject } from "../heap/object";
import { PyFunction } from "../heap/callables";
import { CO_GENERATOR } from "../compile/code";
import type { PyExceptionObject } from "../heap/instances";
import type { Frame, FrameContinuation } from "./frame";
import { frameFromC } from "./calls";
import { releaseOperands, releaseOperandsOfFailedCall } from "./call-operands";
import { truncate } from "../arrays";
import { callLabel } from "./special-methods";
import { releaseFailedOperands } from "./failed-operands";
import type { VM } from "./vm";

/**
 * `attr` when it is a Python function whose call makes a frame to run (no generator, no function of pymem's own),
 * else null. Its parameters bind the arguments as any call's do (defaults, `*args`), or refuse them with the call's
 * TypeError.
 */
export function plainFunction(attr: PyObject | null | undefined): PyFunction | null {
	if (!(attr instanceof PyFunction) || attr.nativeBody || attr.code.flags & CO_GENERATOR) return null;
	return attr;
}

/**
 * Pushes `func`'s frame with new references to `func` and to `args` (a vectorcall from C copies them in), to be
 * finished by `continuation`. When the frame cannot start (arguments its parameters refuse, the recursion limit),
 * `cancel` releases what the C function holds before the error goes on.
 */
export function pushFrameFromC(vm: VM, func: PyFunction, args: readonly PyObject[], continuation: FrameContinuation, cancel: (e: unknown) => void): void {
	try {
		const frame = frameFromC(vm, func, args, null);
		frame.continuation = continuation;
		vm.pushFrame(frame, "continuation");
	} catch (e) {
		cancel(e);
		throw e;
	}
}

/**
 * An instruction whose slot calls a Python method found on an operand's type (slot_nb_add, slot_tp_richcompare,
 * slot_sq_contains), run as a frame: lookup_maybe_method's reference to the method shows as `name being called`
 * until the method returns. An exception that leaves it releases the instruction's operands, as ceval.c does before
 * `error:`; one that stops the frame from starting leaves them to the loop.
 */
export abstract class SlotMethodCall implements FrameContinuation {
	private readonly label: string;

	constructor(
		protected readonly vm: VM,
		protected readonly caller: Frame,
		private readonly method: PyFunction,
		name: string,
	) {
		this.label = callLabel(name);
		vm.heap.adopt(vm.incref(method), this.label);
	}

	/** Pushes the method's frame on `args`, which get references of their own. */
	start(args: readonly PyObject[]): void {
		pushFrameFromC(this.vm, this.method, args, this, () => this.abandon());
	}

	finish(value: PyObject): void {
		this.vm.heap.release(this.method, this.label);
		this.complete(value);
	}

	abandon(exc?: PyExceptionObject): void {
		this.vm.heap.release(this.method, this.label);
		this.leaveC();
		if (exc) releaseFailedOperands(this.vm, this.caller, exc);
	}

	/** The instruction's end with what the method returned (a new reference). */
	protected abstract complete(value: PyObject): void;

	/** Gives back the C levels the slot's caller counted for the call (none unless a subclass says so). */
	protected leaveC(): void {}
}

/**
 * A continuation's `absorb` for a C function that clears some exceptions of the method it called (getattr's
 * default, hasattr, next's default): when `tail` clears `exc`, `release` lets go of what the call held, the
 * exception is cleared, and the instruction ends as `tail` says once it is; true then.
 */
export function absorbInto(vm: VM, tail: InstructionTail, exc: PyExceptionObject, release: () => void): boolean {
	if (!tail.clears?.(exc)) return false;
	release();
	vm.dropRaised(exc);
	tail.cleared!();
	return true;
}

/** What the instruction does once the C path returned (`done`) or failed, in the frame or after it (`failed`). */
export interface InstructionTail {
	done(result: PyObject): void;
	/** `inFrame`: the exception left the method's frame (the loop then unwinds the caller without releasing operands). */
	failed(exc: unknown, inFrame: boolean): void;
	/** Whether the C function clears `exc` (an AttributeError for getattr with a default) and goes on with `cleared`. */
	clears?(exc: PyExceptionObject): boolean;
	/** The instruction's end once the exception `clears` took is cleared. */
	cleared?(): void;
}

/** The end of a CALL whose callable was a builtin: the C function's level, then the callable and arguments. */
export class BuiltinCallTail implements InstructionTail {
	constructor(
		private readonly vm: VM,
		private readonly stack: PyObject[],
		private readonly base: number,
		private readonly operands: PyObject[],
		private readonly countsLevel: boolean,
	) {}

	done(result: PyObject): void {
		if (this.countsLevel) this.vm.nativeLevels--;
		truncate(this.stack, this.base);
		releaseOperands(this.vm, this.operands, result);
		this.stack.push(result);
	}

	failed(exc: unknown): void {
		if (this.countsLevel) this.vm.nativeLevels--;
		truncate(this.stack, this.base);
		releaseOperandsOfFailedCall(this.vm, this.operands, exc);
	}
}

/**
 * The end of a builtin's CALL that clears an exception of class `clearedName` leaving the method it called, and
 * returns `fallback()` instead: getattr's default and hasattr's False (an AttributeError), next's default (a
 * StopIteration). `found` makes the method's result the builtin's (hasattr's True).
 */
export class ClearingCallTail implements InstructionTail {
	constructor(
		private readonly vm: VM,
		private readonly call: BuiltinCallTail,
		private readonly clearedName: string,
		private readonly fallback: () => PyObject,
		private readonly found: (result: PyObject) => PyObject = (result) => result,
	) {}

	done(result: PyObject): void {
		this.call.done(this.found(result));
	}

	failed(exc: unknown): void {
		this.call.failed(exc);
	}

	clears(exc: PyExceptionObject): boolean {
		return exc.cls.isSubclassOf(this.vm.exceptionClass(this.clearedName));
	}

	cleared(): void {
		this.call.done(this.fallback());
	}
}
