// Generators: resuming a parked frame (from FOR_ITER without host recursion, or from natives such as
// next() and list() in a nested loop), yield delivery, close() on GeneratorExit.
import type { PyObject } from "../heap/object";
import { PyGenerator } from "../heap/iterators";
import { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import { PyRaise } from "./errors";
import type { VM } from "./vm";

/** The trace shows a generator's frame under the generator only while it is suspended. */
export function setRunning(vm: VM, gen: PyGenerator, running: boolean): void {
	gen.running = running;
	vm.heap.observer?.contentChanged(gen);
}

function checkResumable(vm: VM, gen: PyGenerator): Frame | null {
	if (gen.running) vm.raise("ValueError", "generator already executing");
	return gen.frame;
}

/** FOR_ITER over a generator: push its frame so the caller continues when it yields or returns. */
export function resumeForIter(vm: VM, caller: Frame, gen: PyGenerator, loopExit: number): void {
	const frame = checkResumable(vm, gen);
	if (!frame) {
		vm.decref(caller.stack.pop()!);
		caller.pc = loopExit;
		return;
	}
	if (frame.pc > 0) frame.stack.push(vm.incref(vm.None));
	frame.loopExit = loopExit;
	setRunning(vm, gen, true);
	vm.pushFrame(frame, "for-iter");
}

/**
 * Resume from native code: returns the yielded value (new reference), or null when the generator
 * returned; `returned` then holds its return value. `throwing` raises that exception at the yield.
 */
export function resumeNested(vm: VM, gen: PyGenerator, send: PyObject | null, throwing: PyExceptionObject | null = null): { value: PyObject | null; returned: PyObject | null } {
	const frame = checkResumable(vm, gen);
	if (!frame) {
		if (throwing) throw new PyRaise(throwing);
		return { value: null, returned: null };
	}
	if (frame.pc === 0 && send && send !== vm.None) vm.raise("TypeError", "can't send non-None value to a just-started generator");
	if (frame.pc > 0 && !throwing) frame.stack.push(vm.incref(send ?? vm.None));
	setRunning(vm, gen, true);
	const result = vm.runNested(frame, throwing);
	if (vm.nestedYielded) return { value: result, returned: null };
	return { value: null, returned: result };
}

/** Deliver a yielded value from the top frame to whoever resumed it. */
export function deliverYield(vm: VM, frame: Frame, value: PyObject): void {
	setRunning(vm, frame.generator!, false);
	vm.finishFrame(frame, true);
	deliver(vm, frame, value, true);
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
		case "for-iter": {
			const caller = vm.frames[vm.frames.length - 1]!;
			if (yielded) {
				caller.stack.push(value);
				return;
			}
			vm.decref(value);
			vm.decref(caller.stack.pop()!);
			caller.pc = frame.loopExit;
			return;
		}
	}
}

/** gen.close(): raise GeneratorExit at the yield; a yield in response is a RuntimeError. */
export function closeGenerator(vm: VM, gen: PyGenerator): void {
	const frame = gen.frame;
	if (!frame || gen.running) return;
	if (frame.pc === 0) {
		vm.finishFrameDetached(frame);
		return;
	}
	const exit = vm.newException(vm.exceptionClass("GeneratorExit"), []);
	try {
		const r = resumeNested(vm, gen, null, exit);
		if (r.value) {
			vm.decref(r.value);
			vm.raise("RuntimeError", "generator ignored GeneratorExit");
		}
		if (r.returned) vm.decref(r.returned);
	} catch (e) {
		if (e instanceof PyRaise && e.exc.cls.isSubclassOf(vm.exceptionClass("GeneratorExit"))) {
			vm.decref(e.exc);
			return;
		}
		throw e;
	}
}

export { PyGenerator };
