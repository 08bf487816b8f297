// `next(gen)` and `next(gen, default)` of a generator, run with the generator's frame resumed in the loop, as
// FOR_ITER and `yield from` resume it: a nested run per level would stop recursion through next() (a recursive
// generator that asks its child for one item) after 240 levels, where python3 goes on to its recursion limit.
// builtin_next calls gen_iternext: what the generator yields is next()'s result; what it returns becomes
// StopIteration(value) (_PyGen_SetStopIterationValue), which a default clears; what it raises leaves as it is,
// a StopIteration already made a RuntimeError by gen_send_ex2, so a default never clears that.
import type { PyObject } from "../heap/object";
import { PyGenerator } from "../heap/iterators";
import type { PyExceptionObject } from "../heap/instances";
import type { FrameContinuation } from "./frame";
import { BuiltinCallTail, ClearingCallTail, absorbInto, type InstructionTail } from "./c-call-frames";
import { setRunning } from "./generators";
import { PyRaise } from "./errors";
import type { VM } from "./vm";

/**
 * A generator that returned `returned` (a reference this takes over), or null when it was exhausted already: the
 * StopIteration gen_iternext and gen.send raise.
 */
export function generatorReturnedError(vm: VM, returned: PyObject | null): PyExceptionObject {
	const stop = vm.exceptionClass("StopIteration");
	if (returned !== null && returned !== vm.None) return vm.newException(stop, [returned]);
	if (returned !== null) vm.decref(returned);
	return vm.newException(stop, []);
}

/** builtin_next waiting on the generator's frame: it ends the CALL when the frame yields, returns or raises. */
class GeneratorNextCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly tail: InstructionTail,
	) {}

	finish(value: PyObject, yielded = false): void {
		if (yielded) return this.tail.done(value);
		if (this.tail.clears) {
			// The StopIteration that the default clears holds the value until then; nothing else sees it.
			this.vm.decref(value);
			return this.tail.cleared!();
		}
		const stop = generatorReturnedError(this.vm, value);
		this.tail.failed(stop, false);
		throw new PyRaise(stop);
	}

	abandon(exc?: PyExceptionObject): void {
		if (exc) this.tail.failed(exc, true);
	}

	absorb(exc: PyExceptionObject): boolean {
		return absorbInto(this.vm, this.tail, exc, () => {});
	}
}

/**
 * CALL of the builtin next on a suspended generator (at `first`, its default after it when `stack` holds one): true
 * when the generator's frame went on top to run; false (nothing done) for the general path, which raises for a
 * generator already running and ends an exhausted one at once.
 */
export function startsGeneratorNext(vm: VM, stack: PyObject[], base: number, first: number, countsLevel: boolean): boolean {
	const gen = stack[first];
	if (!(gen instanceof PyGenerator) || gen.running || gen.delegating || !gen.frame) return false;
	const frame = gen.frame;
	const call = new BuiltinCallTail(vm, stack, base, stack.slice(base + 1), countsLevel);
	const fallback = stack[first + 1];
	const tail: InstructionTail = fallback ? new ClearingCallTail(vm, call, "StopIteration", () => vm.incref(fallback)) : call;
	// gen_send_ex2 sends None to a generator that has started.
	if (frame.pc > 0) frame.stack.push(vm.incref(vm.None));
	frame.continuation = new GeneratorNextCall(vm, tail);
	setRunning(vm, gen, true);
	try {
		vm.pushFrame(frame, "continuation");
	} catch (e) {
		tail.failed(e, false);
		throw e;
	}
	return true;
}
