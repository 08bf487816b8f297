// Generators: resuming a parked frame (from FOR_ITER without host recursion, or from natives such as
// list() and send() in a nested loop; next(): generator-next-frames.ts), yield delivery, close() on GeneratorExit
// (throw(): generator-throw.ts).
import type { PyObject } from "../heap/object";
import { PyGenerator } from "../heap/iterators";
import { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import { PyRaise } from "./errors";
import { Op } from "../compile/code";
import { attributeOrNull, callMethodByName, lookupAttr } from "./attributes";
import type { VM } from "./vm";
import { userSlot } from "../heap/subclass-instances";

/** The trace shows a generator's frame under the generator only while it is suspended. */
export function setRunning(vm: VM, gen: PyGenerator, running: boolean): void {
	gen.running = running;
	vm.heap.observer?.contentChanged(gen);
}

function checkResumable(vm: VM, gen: PyGenerator): Frame | null {
	if (gen.running || gen.delegating) vm.raise("ValueError", "generator already executing");
	return gen.frame;
}

/** gen_send_ex2's checks: the frame `send` resumes, null for a finished generator; a just-started one takes None only. */
function frameToSend(vm: VM, gen: PyGenerator, send: PyObject | null): Frame | null {
	const frame = checkResumable(vm, gen);
	if (frame?.pc === 0 && send && send !== vm.None) vm.raise("TypeError", "can't send non-None value to a just-started generator");
	return frame;
}

/** FOR_ITER over a generator: push its frame so the caller continues when it yields or returns. */
export function resumeForIter(vm: VM, caller: Frame, gen: PyGenerator, loopExit: number): void {
	const frame = checkResumable(vm, gen);
	if (!frame) {
		vm.decref(caller.stack.pop()!);
		vm.leaveLoop(caller, loopExit);
		return;
	}
	if (frame.pc > 0) frame.stack.push(vm.incref(vm.None));
	frame.loopExit = loopExit;
	setRunning(vm, gen, true);
	vm.pushFrame(frame, "for-iter");
}

const SENT_TO_DELEGATE = "value sent by `yield from`";

/**
 * SEND at `caller`'s `yield from` to a generator: its frame goes on top of the caller's, so a chain of delegating
 * generators holds no host stack (resumeNested's). `sent`, popped off the caller's stack, stays held until the
 * generator yields, returns or raises (delegationEnded).
 */
export function resumeForYieldFrom(vm: VM, caller: Frame, gen: PyGenerator, sent: PyObject): void {
	let frame: Frame | null;
	try {
		frame = frameToSend(vm, gen, sent);
	} catch (e) {
		vm.decref(sent);
		throw e;
	}
	if (!frame) {
		// gen_send_ex2: an exhausted generator returns None to a send.
		vm.decref(sent);
		vm.decref(caller.stack.pop()!);
		caller.stack.push(vm.incref(vm.None));
		return;
	}
	if (frame.pc > 0) frame.stack.push(vm.incref(sent));
	vm.heap.adopt(sent, SENT_TO_DELEGATE);
	caller.sentToDelegate = sent;
	setRunning(vm, gen, true);
	try {
		vm.pushFrame(frame, "yield-from");
	} catch (e) {
		delegationEnded(vm, caller);
		throw e;
	}
}

/** SEND's Py_DECREF(v) once PyIter_Send is back: the generator that `caller` delegates to yielded, returned or raised. */
export function delegationEnded(vm: VM, caller: Frame): void {
	const sent = caller.sentToDelegate!;
	caller.sentToDelegate = null;
	vm.heap.release(sent, SENT_TO_DELEGATE);
}

/**
 * Resume from native code: returns the yielded value (new reference), or null when the generator
 * returned; `returned` then holds its return value. `throwing` raises that exception at the yield.
 * `pastYieldFrom`: the frame goes on past a finished `yield from`, not at a RESUME.
 */
export function resumeNested(vm: VM, gen: PyGenerator, send: PyObject | null, throwing: PyExceptionObject | null = null, pastYieldFrom = false): { value: PyObject | null; returned: PyObject | null } {
	const frame = frameToSend(vm, gen, send);
	if (!frame) {
		if (throwing) throw new PyRaise(throwing);
		return { value: null, returned: null };
	}
	if (frame.pc > 0 && !throwing) frame.stack.push(vm.incref(send ?? vm.None));
	setRunning(vm, gen, true);
	const result = vm.runNested(frame, throwing, pastYieldFrom);
	if (vm.nestedYielded) return { value: result, returned: null };
	return { value: null, returned: result };
}

export const DELEGATE_METHOD = "method of the iterator a `yield from` delegates to, being called";
export const RESULT_SENT = "return value of a `yield from` iterator, sent to its generator";

/** _PyGen_yf: the iterator a suspended generator delegates to with `yield from` (it waits at YIELD_FROM). */
export function yieldFromTarget(gen: PyGenerator): PyObject | null {
	const frame = gen.frame;
	if (!frame || gen.running || gen.delegating || frame.pc === 0 || frame.code.ops[frame.pc] !== Op.YIELD_FROM) return null;
	return frame.stack[frame.stack.length - 1] ?? null;
}

/** The delegated-to iterator is done with: pop it and go past YIELD_FROM, as the finished SEND loop would. */
export function leaveYieldFrom(vm: VM, gen: PyGenerator): void {
	const frame = gen.frame!;
	const sub = frame.stack.pop()!;
	frame.pc++;
	// The suspended generator's frame no longer holds it, before its release can finalize it.
	vm.heap.observer?.contentChanged(gen);
	vm.decref(sub);
}

/**
 * Run `body` with the generator marked as executing (gi_frame_state = FRAME_EXECUTING while it delegates); its
 * frame stays parked with it, holding what it holds.
 */
export function whileDelegating<R>(gen: PyGenerator, body: () => R): R {
	gen.delegating = true;
	try {
		return body();
	} finally {
		gen.delegating = false;
	}
}

/**
 * PyIter_Send to an iterator that is not a generator (SEND at a `yield from`): None goes to its tp_iternext, anything
 * else to its send method; a StopIteration that ends it gives its value (_PyGen_FetchStopIterationValue), as the
 * end of a builtin iterator gives None.
 */
export function sendToIterator(vm: VM, sub: PyObject, sent: PyObject): { value: PyObject | null; returned: PyObject | null } {
	try {
		// PyObject_CallMethodOneArg: the attribute as Python finds it (an instance's own, a __getattr__'s).
		if (sent !== vm.None) return { value: callMethodByName(vm, sub, "send", [sent]), returned: null };
		if (userSlot(sub, "__next__")) {
			vm.chargeWork(1);
			return { value: vm.callMethod(sub, "__next__", []), returned: null };
		}
		const value = vm.iterNext(sub);
		return { value, returned: value ? null : vm.incref(vm.None) };
	} catch (e) {
		if (!(e instanceof PyRaise) || !e.raised.cls.isSubclassOf(vm.exceptionClass("StopIteration"))) throw e;
		const returned = stopIterationValue(vm, e.exc);
		vm.dropRaised(e.raised);
		return { value: null, returned };
	}
}

/** A StopIteration's value (its first argument, or None), a new reference. */
export function stopIterationValue(vm: VM, stop: PyExceptionObject): PyObject {
	const value = lookupAttr(vm, stop, "value");
	return value ?? vm.incref(vm.None);
}

/** gen_close_iter: close a generator, or call an iterator's own `close` method when it has one. */
export function closeIterator(vm: VM, it: PyObject): void {
	if (it instanceof PyGenerator) {
		closeGenerator(vm, it);
		return;
	}
	const method = attributeOrNull(vm, it, "close");
	if (!method) return;
	vm.heap.adopt(method, DELEGATE_METHOD);
	try {
		vm.decref(vm.callObject(method, []));
	} finally {
		vm.heap.release(method, DELEGATE_METHOD);
	}
}

/**
 * Deliver a yielded value from the top frame to whoever resumed it. A generator that `yield from` resumed passes the
 * value on: its delegator yields it in turn, suspended at its `yield from` to send there again.
 */
export function deliverYield(vm: VM, frame: Frame, value: PyObject): void {
	for (;;) {
		setRunning(vm, frame.generator!, false);
		vm.finishFrame(frame, true);
		if (frame.resumeMode !== "yield-from") return deliver(vm, frame, value, true);
		frame = vm.frames[vm.frames.length - 1]!;
		delegationEnded(vm, frame);
		frame.pc--;
	}
}

/** Hand a finished or suspended frame's result to its resumer. */
export function deliver(vm: VM, frame: Frame, value: PyObject, yielded: boolean): void {
	switch (frame.resumeMode) {
		case "value":
			vm.frames[vm.frames.length - 1]!.stack.push(value);
			return;
		case "native":
			vm.nestedResult = value;
			vm.nestedYielded = yielded;
			return;
		case "continuation":
			frame.continuation!.finish(value, yielded);
			return;
		case "yield-from": {
			// PYGEN_RETURN: the delegator goes on past its `yield from` with the return value.
			const caller = vm.frames[vm.frames.length - 1]!;
			delegationEnded(vm, caller);
			vm.decref(caller.stack.pop()!);
			caller.stack.push(value);
			return;
		}
		case "for-iter": {
			const caller = vm.frames[vm.frames.length - 1]!;
			if (yielded) {
				caller.stack.push(value);
				return;
			}
			vm.decref(value);
			vm.decref(caller.stack.pop()!);
			vm.leaveLoop(caller, frame.loopExit);
			return;
		}
	}
}

/** gen.close(): raise GeneratorExit at the yield; a yield in response is a RuntimeError. */
export function closeGenerator(vm: VM, gen: PyGenerator): void {
	const frame = gen.frame;
	if (!frame) return;
	if (gen.running || gen.delegating) {
		// gen_close sets GeneratorExit, then gen_send_ex2 finds the frame executing and replaces it with a ValueError.
		vm.dropRaised(vm.raisedByC(vm.exceptionClass("GeneratorExit"), []));
		vm.raise("ValueError", "generator already executing");
	}
	if (frame.pc === 0) {
		vm.finishFrameDetached(frame);
		return;
	}
	// gen_close: the iterator of a `yield from` is closed first; an error doing so is what the generator gets.
	let thrown: PyExceptionObject | null = null;
	const sub = yieldFromTarget(gen);
	if (sub) {
		try {
			whileDelegating(gen, () => closeIterator(vm, sub));
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			thrown = e.exc;
		}
		leaveYieldFrom(vm, gen);
	}
	if (!thrown) {
		// PyErr_SetNone(GeneratorExit) chains it to what the caller handles, before the generator runs; with nothing
		// handled it stays unmade unless the generator catches it (see raisedByC).
		thrown = vm.raisedByC(vm.exceptionClass("GeneratorExit"), []);
		if (!thrown.normalize) vm.chainImplicitContext(thrown);
	}
	try {
		const r = resumeNested(vm, gen, null, thrown);
		if (r.value) {
			vm.decref(r.value);
			vm.raise("RuntimeError", "generator ignored GeneratorExit");
		}
		if (r.returned) vm.decref(r.returned);
	} catch (e) {
		// PyErr_ExceptionMatches, then PyErr_Clear: the error is not normalized for that.
		if (e instanceof PyRaise && e.raised.cls.isSubclassOf(vm.exceptionClass("GeneratorExit"))) {
			vm.dropRaised(e.raised);
			return;
		}
		throw e;
	}
}

export { PyGenerator };
