// What an instruction does with its operands when its operation fails. The simple instructions keep their
// operands on the value stack while the operation runs (its Python code shows them held there); ceval.c
// releases them before it jumps to `error:`, where PyTraceBack_Here adds the frame's traceback entry (and
// makes its frame object), and only then does exception_unwind pop what else is on the stack. So an operand
// that dies with the failure dies before those two objects exist, and operands go in push order, not top first.
import { Op } from "../compile/code";
import { holdRaising } from "./errors";
import type { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import type { PyObject } from "../heap/object";

const FAILED_OPERAND = "operand of a failed instruction";

/** How many operands on top of the stack `op` (with `arg`) releases on its way to `error:`; 0 for the others. */
function operandsReleasedOnError(op: Op, arg: number): number {
	switch (op) {
		case Op.BINARY_OP:
		case Op.COMPARE_OP:
		case Op.CONTAINS_OP:
		case Op.BINARY_SUBSCR:
		case Op.DELETE_SUBSCR:
		case Op.STORE_ATTR:
			return 2;
		case Op.STORE_SUBSCR:
			return 3;
		case Op.UNARY_NEGATIVE:
		case Op.UNARY_POSITIVE:
		case Op.UNARY_INVERT:
		case Op.UNARY_NOT:
		case Op.LOAD_ATTR:
		case Op.DELETE_ATTR:
		case Op.GET_ITER:
		case Op.GET_YIELD_FROM_ITER:
		case Op.POP_JUMP_IF_FALSE:
		case Op.POP_JUMP_IF_TRUE:
		case Op.CHECK_EXC_MATCH:
			return 1;
		case Op.FORMAT_VALUE:
			// The value, then the spec when there is one.
			return (arg & 4) !== 0 ? 2 : 1;
		default:
			return 0;
	}
}

/**
 * `exc` leaves the instruction `frame` was running: release the operands that instruction still had on the
 * stack, first pushed first, while the exception is held as being raised.
 */
export function releaseFailedOperands(vm: VM, frame: Frame, exc: PyExceptionObject): void {
	const pc = frame.pc - 1;
	if (pc < 0) return;
	// A specialized form (adaptive-sites.ts) may have released its operands its own way already.
	if (frame.code.adaptiveSites[pc]?.operandsGone) return;
	const count = operandsReleasedOnError(frame.code.ops[pc]!, frame.code.args[pc]!);
	if (count === 0 || frame.stack.length < count) return;
	releaseOperandsOnFailure(vm, exc, frame.stack.splice(frame.stack.length - count));
}

/** Operands an instruction took off the stack, released in order while it fails with `exc`. */
export function releaseOperandsOnFailure(vm: VM, exc: PyExceptionObject, operands: readonly PyObject[]): void {
	holdRaising(vm.heap, exc);
	vm.heap.releaseAll(null, FAILED_OPERAND, operands);
}
