// How an instruction's operands leave the value stack once its operation is done.
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";

/**
 * Operands stay on the value stack while the operation runs (it may call Python code, whose frames show
 * them as stack references); then they are released in push order (warm code's specialized forms release the
 * right one first: binary-op-sites.ts, subscript-sites.ts) and the result takes their place.
 */
export function replaceTop(vm: VM, stack: PyObject[], count: 1 | 2, result: PyObject, rightFirst = false): void {
	const top = stack.length - 1;
	const last = stack[top]!;
	if (count === 1) {
		stack[top] = result;
		vm.decref(last);
		return;
	}
	const first = stack[top - 1]!;
	stack.pop();
	stack[top - 1] = result;
	const early = rightFirst ? last : first;
	const late = rightFirst ? first : last;
	if (early.refcnt === 1 && vm.heap.recordsHolders) {
		// Freeing the first operand can run a __del__ while the other one still waits for its decref.
		vm.heap.releaseAll(null, FINISHED_OPERAND, [early, late]);
		return;
	}
	vm.decref(early);
	vm.decref(late);
}

const FINISHED_OPERAND = "operand of a finished operation";

/**
 * Operands already off the stack, released in the order given: until its turn, each stays held (a __del__ the
 * first runs sees the others held).
 */
export function releaseOperands(vm: VM, operands: readonly PyObject[]): void {
	vm.heap.releaseAll(null, FINISHED_OPERAND, operands);
}
