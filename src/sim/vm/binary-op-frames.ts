// BINARY_OP on an instance whose class defines the operator in Python (`a + b` with a Python __add__, `a += b` with
// __iadd__): binary_op1 calls the left operand's slot first, and slot_nb_add calls the method through
// vectorcall_maybe, which holds it while it runs. pymem runs the method as a frame of the loop and finishes the
// instruction when it returns. A recursive `__add__` (`return N(self.prev + other)` down a Peano chain, a linked
// list concatenated node by node) would otherwise nest a host run per level and stop after 240; here it goes as
// deep as python3's. No C level is counted: PyNumber_Add checks no recursion depth. A method that answers
// NotImplemented hands over to the rest of the operation (the reflected method, a sequence's repeat, TypeError),
// run as before.
import type { PyObject } from "../heap/object";
import { PyInstance } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import { PyFloat, PyInt, PyStr } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { isScalarInstance } from "../heap/scalar-instances";
import { isExactTuple, pythonSlot } from "../heap/subclass-instances";
import { T } from "../heap/classes";
import { BINARY_OPS, INPLACE_OFFSET } from "../compile/code";
import type { Frame } from "./frame";
import { SlotMethodCall, plainFunction } from "./c-call-frames";
import { subclassOnRight } from "./dunder-calls";
import { DUNDER, asksReflected, binaryAfterOwnMethodDeclined } from "./operators";
import { replaceTop } from "./operand-release";
import type { VM } from "./vm";

/**
 * Right operands that binaryNamed, with a plain instance on the left, meets first through the instance's own method:
 * another instance, or an exact int, float, str, list or tuple (a subclass of a builtin type, a proxy, a Counter or
 * a dict may take the operation earlier there).
 */
function frameableRightOperand(vm: VM, b: PyObject): boolean {
	if (b instanceof PyInstance) return true;
	if (b === vm.None) return true;
	if (isScalarInstance(b)) return false;
	if (b instanceof PyInt || b instanceof PyFloat || b instanceof PyStr) return true;
	return (b instanceof PyList && b.cls === T.list) || (b instanceof PyTuple && isExactTuple(b));
}

/**
 * BINARY_OP `arg` of `a` and `b`, the top two of `f`'s stack: true when a's class's Python method for it started as
 * a frame; false (nothing done) when the operation goes the general way.
 */
export function startsBinaryOpFrame(vm: VM, f: Frame, arg: number, a: PyObject, b: PyObject): boolean {
	if (!(a instanceof PyInstance) || !frameableRightOperand(vm, b) || subclassOnRight(a, b)) return false;
	const inplace = arg >= INPLACE_OFFSET;
	const op = BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg]!;
	const inplaceName = inplace ? `__i${DUNDER[op]!}__` : null;
	const ownInplace = inplaceName === null ? undefined : pythonSlot(a.cls, inplaceName);
	const name = ownInplace === undefined ? `__${DUNDER[op]!}__` : inplaceName!;
	const method = plainFunction(ownInplace ?? pythonSlot(a.cls, name), 2);
	if (!method) return false;
	const askedInplace = ownInplace !== undefined;
	const asksOther = !askedInplace && asksReflected(a, b, DUNDER[op]!);
	new BinaryOpCall(vm, f, method, name, op, inplace, askedInplace, asksOther, a, b).start([a, b]);
	return true;
}

/** The BINARY_OP an operator method's frame finishes (vectorcall_maybe held the method meanwhile). */
class BinaryOpCall extends SlotMethodCall {
	constructor(
		vm: VM,
		caller: Frame,
		method: PyFunction,
		name: string,
		private readonly op: string,
		private readonly inplace: boolean,
		private readonly askedInplace: boolean,
		private readonly asksOther: boolean,
		private readonly a: PyObject,
		private readonly b: PyObject,
	) {
		super(vm, caller, method, name);
	}

	/** The method's answer is the result, unless NotImplemented: then the rest of the operation is tried. */
	protected complete(value: PyObject): void {
		const { vm, a, b } = this;
		let result = value;
		if (value === vm.NotImplemented) {
			vm.decref(value);
			result = binaryAfterOwnMethodDeclined(vm, this.op, this.inplace, this.askedInplace, this.asksOther, a, b);
		}
		// An instance on the left fits no specialized form: the generic instruction releases the left operand first.
		replaceTop(vm, this.caller.stack, 2, result);
	}
}
