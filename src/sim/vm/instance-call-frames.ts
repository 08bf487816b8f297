// CALL of an instance whose class defines __call__ as a plain Python function (a class-based decorator around a
// recursive function): slot_tp_call runs it as a frame of the loop here, holding what callInstance holds (the
// argument tuple _PyObject_MakeTpCall packed, the method found on the class), and the CALL ends when it returns.
import type { PyObject } from "../heap/object";
import { PyInstance, type PyExceptionObject } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import type { PyTuple } from "../heap/containers";
import { userSlot } from "../heap/subclass-instances";
import type { FrameContinuation } from "./frame";
import { BuiltinCallTail, plainFunction, pushFrameFromC } from "./c-call-frames";
import { CALL_ARGS, CALL_METHOD } from "./keyword-calls";
import type { VM } from "./vm";

/**
 * CALL of `callable` (just below `first`, the first argument's slot) without keyword names: true when its class's
 * __call__ started as a frame; false (nothing done) for the general path. `countsLevel`: the CALL counted
 * _PyObject_MakeTpCall's level already (call-levels.ts).
 */
export function startsInstanceCallFrame(vm: VM, stack: PyObject[], base: number, first: number, callable: PyObject, countsLevel: boolean): boolean {
	if (!(callable instanceof PyInstance)) return false;
	const method = plainFunction(userSlot(callable, "__call__"));
	if (!method) return false;
	const args = stack.slice(first);
	const tail = new BuiltinCallTail(vm, stack, base, [callable, ...args], countsLevel);
	// _PyObject_MakeTpCall's tuple, then lookup_method's reference to the function, which runs with self first.
	const argTuple = vm.tuple(args.map((a) => vm.incref(a)));
	vm.heap.adopt(argTuple, CALL_ARGS);
	vm.heap.adopt(vm.incref(method), CALL_METHOD);
	const call = new InstanceCall(vm, method, argTuple, tail);
	pushFrameFromC(vm, method, [callable, ...args], call, (e) => {
		call.cancel();
		tail.failed(e);
	});
	return true;
}

/** The CALL a __call__ frame finishes. */
class InstanceCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly method: PyFunction,
		private readonly argTuple: PyTuple,
		private readonly tail: BuiltinCallTail,
	) {}

	finish(value: PyObject): void {
		this.cancel();
		this.tail.done(value);
	}

	abandon(exc?: PyExceptionObject): void {
		this.cancel();
		if (exc) this.tail.failed(exc);
	}

	/** callInstance's `finally`: the method, then the tuple. */
	cancel(): void {
		this.vm.heap.release(this.method, CALL_METHOD);
		this.vm.heap.release(this.argTuple, CALL_ARGS);
	}
}
