// A class called by CALL whose instances object_new makes and whose __init__ is a plain Python function (most
// classes of a teaching program): type_call runs that __init__ as a frame of the interpreter's own loop rather
// than in a nested one, and finishes the call when the frame returns or an exception leaves it. What the call
// holds meanwhile (the packed argument tuple, the new object, the __init__ function) is held as instantiate()
// holds it, in the same order, so counts, collections and a trace's holders are the same either way.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { PyTuple } from "../heap/containers";
import type { PyFunction } from "../heap/callables";
import { CO_GENERATOR } from "../compile/code";
import { allocateInstance } from "../builtins/new-methods";
import type { Frame, FrameContinuation } from "./frame";
import type { VM } from "./vm";
import { initCells, takesExactlyPositional } from "./binding";
import { INIT_FUNCTION, NEW_OBJECT, TYPE_CALL, plainInit, releaseInitResult } from "./instantiate";
import { metaclassCall } from "./metaclasses";
import { releaseCallOperands } from "./call-operands";
import { CALL_LEVEL, enterRecursionLevel } from "./c-recursion";

/**
 * CALL of class `cls` at `f` (the callable just below `first`, the first argument's slot): start its __init__ as a frame
 * of the loop. False (nothing done) when the call needs type_call's general path.
 */
export function startTypeCall(vm: VM, f: Frame, cls: PyClass, base: number, first: number): boolean {
	if (cls.builtin || metaclassCall(cls)) return false;
	const init = cls.cachedPlainInit(plainInit) as PyFunction | null;
	const stack = f.stack;
	const nargs = stack.length - first;
	if (!init || init.nativeBody || init.code.flags & CO_GENERATOR || !takesExactlyPositional(init.code, nargs + 1)) return false;
	// _PyObject_MakeTpCall's own recursion check comes before anything is allocated; the __init__ frame
	// counts once more when it starts (pushFrame), so each level of recursion through a class call costs two.
	enterRecursionLevel(vm, CALL_LEVEL);
	let argTuple: PyTuple;
	let obj: PyObject;
	try {
		const args: PyObject[] = [];
		for (let i = first; i < stack.length; i++) args.push(vm.incref(stack[i]!));
		argTuple = vm.tuple(args);
		vm.heap.adopt(argTuple, TYPE_CALL.args);
	} catch (e) {
		vm.nativeLevels--;
		throw e;
	}
	try {
		obj = allocateInstance(vm, cls);
	} catch (e) {
		vm.nativeLevels--;
		vm.heap.release(argTuple, TYPE_CALL.args);
		throw e;
	}
	// slot_tp_init holds the object and the function it found; the call from C gives the frame references of its own.
	vm.heap.adopt(obj, NEW_OBJECT);
	vm.heap.hold(init, INIT_FUNCTION);
	const call = new TypeCall(vm, obj, init, argTuple, stack, base, first);
	try {
		vm.incref(init);
		vm.incref(obj);
		const items = argTuple.items;
		for (let i = 0; i < items.length; i++) vm.incref(items[i]!);
		const frame = vm.newFrame(init.code, init, init.globals, null);
		const locals = frame.locals;
		locals[0] = obj;
		for (let i = 0; i < items.length; i++) locals[i + 1] = items[i]!;
		initCells(vm, init, frame);
		frame.continuation = call;
		vm.pushFrame(frame, "continuation");
	} catch (e) {
		call.abandon();
		throw e;
	}
	return true;
}

/** What a running __init__ frame's type call holds, and where its operands sit on the caller's stack. */
class TypeCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly obj: PyObject,
		private readonly init: PyFunction,
		private readonly argTuple: PyTuple,
		private readonly callerStack: PyObject[],
		private readonly base: number,
		private readonly first: number,
	) {}

	/** The __init__ frame returned `value`: slot_tp_init's check, then CALL's release of its operands and the new object pushed. */
	finish(value: PyObject): void {
		const { vm, obj } = this;
		vm.nativeLevels--;
		vm.heap.release(this.init, INIT_FUNCTION);
		vm.heap.disown(obj, NEW_OBJECT);
		try {
			releaseInitResult(vm, obj, value);
		} finally {
			vm.heap.release(this.argTuple, TYPE_CALL.args);
		}
		releaseCallOperands(vm, this.callerStack, this.base, this.first, obj);
	}

	/** An exception left the __init__ frame (or it never started): what the type call held is released, the object last but the tuple. */
	abandon(): void {
		const vm = this.vm;
		vm.nativeLevels--;
		vm.heap.release(this.init, INIT_FUNCTION);
		vm.heap.release(this.obj, NEW_OBJECT);
		vm.heap.release(this.argTuple, TYPE_CALL.args);
	}
}
