// COMPARE_OP of an instance whose class defines the comparison in Python (`a == b` with a Python __eq__), and
// CONTAINS_OP of a container whose class defines __contains__ in Python: the method runs as a frame of the loop
// (inside PyObject_RichCompare's level for a comparison; slot_sq_contains counts none), and the instruction
// finishes when it returns. An `__eq__` that compares `self.next == other.next` down two long linked lists, a
// `__contains__` that asks `v in self.next`, or one that compares `self == other` by mistake, would otherwise nest
// a host run per level and stop after 240; here they go as deep as python3's. A comparison method that answers
// NotImplemented hands over to the rest of do_richcompare (the other side's reflected method, then identity or
// TypeError), run as before.
import type { PyObject } from "../heap/object";
import { PyInstance } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import { pythonSlot, userSlot } from "../heap/subclass-instances";
import { PyToolObject } from "../heap/tool-objects";
import { PyWeakProxy } from "../heap/weakrefs";
import { COMPARE_OPS } from "../compile/code";
import type { Frame } from "./frame";
import { SlotMethodCall, plainFunction } from "./c-call-frames";
import { subclassOnRight } from "./dunder-calls";
import { CMP_DUNDER, REFLECTED, compareOneWay, compareValues } from "./comparisons";
import { COMPARISON_LEVEL, enterRecursionLevel } from "./c-recursion";
import { replaceTop } from "./operand-release";
import { CONTAINS_RESULT, isTruthy } from "./protocol";
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
	const method = plainFunction(pythonSlot(a.cls, name));
	if (!method) return false;
	enterRecursionLevel(vm, COMPARISON_LEVEL);
	new ComparisonCall(vm, f, method, name, op, a, b).start([a, b]);
	return true;
}

/** The COMPARE_OP a comparison method's frame finishes, inside PyObject_RichCompare's level. */
class ComparisonCall extends SlotMethodCall {
	constructor(
		vm: VM,
		caller: Frame,
		method: PyFunction,
		name: string,
		private readonly op: string,
		private readonly a: PyObject,
		private readonly b: PyObject,
	) {
		super(vm, caller, method, name);
	}

	/** The method's answer is the result, unless NotImplemented: then the other side is asked, then the default. */
	protected complete(value: PyObject): void {
		const { vm, op, a, b } = this;
		let answer: PyObject | undefined = value;
		if (value === vm.NotImplemented) {
			vm.decref(value);
			try {
				answer = compareOneWay(vm, REFLECTED[op]!, b, a);
			} finally {
				this.leaveC();
			}
		} else this.leaveC();
		const result = answer ?? vm.bool(compareValues(vm, a, b, op, true));
		replaceTop(vm, this.caller.stack, 2, result);
	}

	protected override leaveC(): void {
		this.vm.nativeLevels--;
	}
}

/**
 * CONTAINS_OP (`arg` 1: `not in`) of `item` in `container`, the top two of `f`'s stack: true when the container's
 * class's Python __contains__ started as a frame; false (nothing done) for the general way.
 */
export function startsContainsFrame(vm: VM, f: Frame, arg: number, item: PyObject, container: PyObject): boolean {
	if (!(container instanceof PyInstance)) return false;
	const method = plainFunction(userSlot(container, "__contains__"));
	if (!method) return false;
	new ContainsCall(vm, f, method, arg === 1).start([container, item]);
	return true;
}

/** The CONTAINS_OP a __contains__ frame finishes: the answer's truth, then the operands go. */
class ContainsCall extends SlotMethodCall {
	constructor(
		vm: VM,
		caller: Frame,
		method: PyFunction,
		private readonly negated: boolean,
	) {
		super(vm, caller, method, "__contains__");
	}

	protected complete(value: PyObject): void {
		const vm = this.vm;
		const found = vm.heap.whileOwned(value, CONTAINS_RESULT, () => isTruthy(vm, value));
		replaceTop(vm, this.caller.stack, 2, vm.bool(found !== this.negated));
	}
}
