// BINARY_OP on an instance whose class defines the operator in Python (`a + b` with a Python __add__, `a += b` with
// __iadd__, `1 + b` with b's __radd__): binary_op1 calls the left operand's slot first, and slot_nb_add calls the
// method through vectorcall_maybe, which holds it while it runs; when it declines, or the left operand has none, the
// right operand's reflected method. pymem runs each method as a frame of the loop and finishes the instruction when
// it returns. A recursive `__add__` (`return N(self.prev + other)` down a Peano chain, a linked list concatenated
// node by node) would otherwise nest a host run per level and stop after 240; here it goes as deep as python3's.
// No C level is counted: PyNumber_Add checks no recursion depth. What comes after a NotImplemented from both (a
// sequence's own concatenation or repeat, TypeError) runs as before. The unary operators' `__neg__`, `__pos__` and
// `__invert__` run as frames the same way.
import type { PyObject } from "../heap/object";
import { PyInstance } from "../heap/instances";
import type { PyFunction } from "../heap/callables";
import { PyFloat, PyInt, PyStr } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { isScalarInstance } from "../heap/scalar-instances";
import { isExactTuple, pythonSlot } from "../heap/subclass-instances";
import { T } from "../heap/classes";
import { BINARY_OPS, INPLACE_OFFSET, Op } from "../compile/code";
import type { Frame } from "./frame";
import { SlotMethodCall, plainFunction } from "./c-call-frames";
import { subclassOnRight } from "./dunder-calls";
import { DUNDER, asksReflected, binaryAfterOwnMethodDeclined, binaryAfterReflectedDeclined } from "./operators";
import { replaceTop } from "./operand-release";
import type { VM } from "./vm";

/**
 * Operands binaryNamed meets first through a Python class's number methods: an instance, None, or an exact int,
 * float, str, list or tuple (a subclass of a builtin type, a proxy, a Counter or a dict may take the operation
 * earlier there).
 */
function plainOperand(vm: VM, o: PyObject): boolean {
	if (o instanceof PyInstance) return true;
	if (o === vm.None) return true;
	if (isScalarInstance(o)) return false;
	if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr) return true;
	return (o instanceof PyList && o.cls === T.list) || (o instanceof PyTuple && isExactTuple(o));
}

/**
 * BINARY_OP `arg` of `a` and `b`, the top two of `f`'s stack: true when a Python method of their classes for it
 * started as a frame (a's own, or else b's reflected one); false (nothing done) when the operation goes the general
 * way.
 */
export function startsBinaryOpFrame(vm: VM, f: Frame, arg: number, a: PyObject, b: PyObject): boolean {
	const inplace = arg >= INPLACE_OFFSET;
	return startsNumberMethod(vm, f, BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg]!, inplace, inplace, a, b);
}

/**
 * binary_iop1 (`asksInplace`: the left operand's in-place method first) or binary_op1 (after it declined, or for
 * a plain operator) of `a` and `b`, with the first Python method on the way as a frame; false when none can be.
 */
function startsNumberMethod(vm: VM, f: Frame, op: string, inplace: boolean, asksInplace: boolean, a: PyObject, b: PyObject): boolean {
	if (!(a instanceof PyInstance || b instanceof PyInstance)) return false;
	if (!plainOperand(vm, a) || !plainOperand(vm, b) || subclassOnRight(a, b)) return false;
	const dunder = DUNDER[op]!;
	if (a instanceof PyInstance) {
		const inplaceName = asksInplace ? `__i${dunder}__` : null;
		const ownInplace = inplaceName === null ? undefined : pythonSlot(a.cls, inplaceName);
		const name = ownInplace === undefined ? `__${dunder}__` : inplaceName!;
		const own = ownInplace ?? pythonSlot(a.cls, name);
		if (own !== undefined) {
			const method = plainFunction(own);
			if (!method) return false;
			const step = ownInplace !== undefined ? "own in-place" : "own";
			const asksOther = step === "own" && asksReflected(a, b, dunder);
			new OperatorMethodCall(vm, f, method, name, op, inplace, a, b, step, asksOther).start([a, b]);
			return true;
		}
	}
	// No method of the left operand's own: a builtin's slot declines an instance (a str's `%` formats it, first),
	// so binary_op1 goes to the right operand's reflected method.
	if (!(b instanceof PyInstance) || (op === "Mod" && a instanceof PyStr) || !asksReflected(a, b, dunder)) return false;
	return startsReflectedMethod(vm, f, op, inplace, a, b);
}

/** b's Python __radd__... as a frame, when it is a plain function of two parameters. */
function startsReflectedMethod(vm: VM, f: Frame, op: string, inplace: boolean, a: PyObject, b: PyObject): boolean {
	const name = `__r${DUNDER[op]!}__`;
	const method = plainFunction(pythonSlot(b.cls, name));
	if (!method) return false;
	new OperatorMethodCall(vm, f, method, name, op, inplace, a, b, "reflected", false).start([b, a]);
	return true;
}

/** Which method an operator's frame runs: the left operand's own (`__add__`, or `__iadd__`), or the right's `__radd__`. */
type OperatorStep = "own" | "own in-place" | "reflected";

/** The BINARY_OP an operator method's frame finishes (vectorcall_maybe held the method meanwhile). */
class OperatorMethodCall extends SlotMethodCall {
	constructor(
		vm: VM,
		caller: Frame,
		method: PyFunction,
		name: string,
		private readonly op: string,
		private readonly inplace: boolean,
		private readonly a: PyObject,
		private readonly b: PyObject,
		private readonly step: OperatorStep,
		/** For the left operand's own method: whether the right one's reflected method comes next (asksReflected). */
		private readonly asksOther: boolean,
	) {
		super(vm, caller, method, name);
	}

	/**
	 * The method's answer is the result, unless NotImplemented: then the right operand's reflected method (as a frame
	 * when it can be one), or the rest of the operation.
	 */
	protected complete(value: PyObject): void {
		const { vm, op, inplace, a, b, step } = this;
		let result = value;
		if (value === vm.NotImplemented) {
			vm.decref(value);
			if (step === "reflected") result = binaryAfterReflectedDeclined(vm, op, inplace, a, b);
			// __iadd__ declined: binary_op1 as for `a + b`, its methods as frames too.
			else if (step === "own in-place" && startsNumberMethod(vm, this.caller, op, inplace, false, a, b)) return;
			else {
				const reflects = step === "own" && this.asksOther && a.cls !== b.cls && b instanceof PyInstance;
				if (reflects && startsReflectedMethod(vm, this.caller, op, inplace, a, b)) return;
				result = binaryAfterOwnMethodDeclined(vm, op, inplace, step === "own in-place", this.asksOther, a, b);
			}
		}
		// An instance operand fits no specialized form: the generic instruction releases the left operand first.
		replaceTop(vm, this.caller.stack, 2, result);
	}
}

const UNARY_DUNDERS: Partial<Record<Op, string>> = { [Op.UNARY_NEGATIVE]: "__neg__", [Op.UNARY_POSITIVE]: "__pos__", [Op.UNARY_INVERT]: "__invert__" };

/**
 * UNARY_NEGATIVE, UNARY_POSITIVE or UNARY_INVERT of `v`, the top of `f`'s stack: true when its class's Python
 * `__neg__`... started as a frame (slot_nb_negative's vectorcall_method holds it meanwhile); false otherwise.
 */
export function startsUnaryOpFrame(vm: VM, f: Frame, op: Op, v: PyObject): boolean {
	if (!(v instanceof PyInstance)) return false;
	const name = UNARY_DUNDERS[op]!;
	const method = plainFunction(pythonSlot(v.cls, name));
	if (!method) return false;
	new UnaryMethodCall(vm, f, method, name).start([v]);
	return true;
}

/** The unary instruction a `__neg__`, `__pos__` or `__invert__` frame finishes: its result replaces the operand. */
class UnaryMethodCall extends SlotMethodCall {
	protected complete(value: PyObject): void {
		replaceTop(this.vm, this.caller.stack, 1, value);
	}
}
