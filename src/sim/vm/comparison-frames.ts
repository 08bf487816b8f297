// COMPARE_OP of an instance whose class defines the comparison in Python (`a == b` with a Python __eq__): the
// method runs as a frame of the loop inside PyObject_RichCompare's level, and the comparison finishes when it
// returns. An `__eq__` that compares `self.next == other.next` down two long linked lists, or one that compares
// `self == other` by mistake, would otherwise nest a host run per level and stop after 240; here it goes as deep
// as python3's. A method that answers NotImplemented hands over to the rest of do_richcompare (the other side's
// reflected method, then identity or TypeError), run as before.
import type { PyObject } from "../heap/object";
import { PyInstance, type PyExceptionObject } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import { pythonSlot } from "../heap/subclass-instances";
import { PyToolObject } from "../heap/tool-objects";
import { PyWeakProxy } from "../heap/weakrefs";
import { COMPARE_OPS } from "../compile/code";
import type { Frame, FrameContinuation } from "./frame";
import { plainFunction, pushFrameFromC } from "./c-call-frames";
import { callLabel } from "./special-methods";
import { subclassOnRight } from "./dunder-calls";
import { CMP_DUNDER, REFLECTED, compareOneWay, compareValues } from "./comparisons";
import { COMPARISON_LEVEL, enterRecursionLevel } from "./c-recursion";
import { releaseFailedOperands } from "./failed-operands";
import { replaceTop } from "./operand-release";
import type { VM } from "./vm";

/**
 * COMPARE_OP `arg` of `a` and `b`, the top two of `f`'s stack: true when a's class's Python method for it started
 * as a frame; false (nothing done) when the comparison goes the general way (a subclass instance on the right,
 * a proxy, a method that is no plain function of two parameters...).
 */
export function startsComparisonFrame(vm: VM, f: Frame, arg: number, a: PyObject, b: PyObject): boolean {
	if (!(a instanceof PyInstance) || b instanceof PyWeakProxy || b instanceof PyToolObject || subclassOnRight(a, b)) return false;
	const op = COMPARE_OPS[arg]!;
	const name = CMP_DUNDER[op]!;
	const method = plainFunction(pythonSlot(a.cls, name), 2);
	if (!method) return false;
	enterRecursionLevel(vm, COMPARISON_LEVEL);
	// vectorcall_unbound: slot_tp_richcompare holds the method it found; the frame gets references of its own.
	const label = callLabel(name);
	vm.heap.adopt(vm.incref(method), label);
	const call = new ComparisonCall(vm, f, op, a, b, method, label);
	pushFrameFromC(vm, method, [a, b], call, () => call.abandon());
	return true;
}

/** The COMPARE_OP a comparison method's frame finishes. */
class ComparisonCall implements FrameContinuation {
	constructor(
		private readonly vm: VM,
		private readonly caller: Frame,
		private readonly op: string,
		private readonly a: PyObject,
		private readonly b: PyObject,
		private readonly method: PyFunction,
		private readonly label: string,
	) {}

	/** The method's answer is the result, unless NotImplemented: then the other side is asked, then the default. */
	finish(value: PyObject): void {
		const { vm, op, a, b } = this;
		vm.heap.release(this.method, this.label);
		let answer: PyObject | undefined = value;
		if (value === vm.NotImplemented) {
			vm.decref(value);
			try {
				answer = compareOneWay(vm, REFLECTED[op]!, b, a);
			} finally {
				vm.nativeLevels--;
			}
		} else vm.nativeLevels--;
		const result = answer ?? vm.bool(compareValues(vm, a, b, op, true));
		replaceTop(vm, this.caller.stack, 2, result);
	}

	abandon(exc?: PyExceptionObject): void {
		this.vm.heap.release(this.method, this.label);
		this.vm.nativeLevels--;
		if (exc) releaseFailedOperands(this.vm, this.caller, exc);
	}
}
