// CPython 3.11's adaptive BINARY_OP (specialize.c's _Py_Specialize_BinaryOp; ceval.c's BINARY_OP_* instructions),
// with adaptive-sites.ts's counter. Once its code is quickened, `+`, `-` and `*` (and their in-place forms) specialize
// for two operands of one exact type: int or float (and str for `+`). What shows is the release order: the int and
// float forms release the right operand before the left, where the generic instruction releases the left first,
// so when both die the freed blocks come back in the other order (which address the next float or int takes).
// BINARY_OP_ADD_UNICODE releases the left first, as the generic one. BINARY_OP_INPLACE_ADD_UNICODE (`s += t` or
// `s = s + t` on a local) does the STORE_FAST after it itself: the local's old str goes before the right operand
// (growing the str in place, as PyUnicode_Append can, is not modelled: docs/supported-python.md).
import { T } from "../heap/classes";
import type { PyObject } from "../heap/object";
import { BINARY_OPS, INPLACE_OFFSET, Op, type CodeObject } from "../compile/code";
import { AdaptiveSite, GENERIC, formOfRun, quickenedSite } from "./adaptive-sites";
import type { Frame } from "./frame";
import type { VM } from "./vm";

const ADD_INT = 1;
const ADD_FLOAT = 2;
const ADD_UNICODE = 3;
const INPLACE_ADD_UNICODE = 4;
const SUBTRACT_INT = 5;
const SUBTRACT_FLOAT = 6;
const MULTIPLY_INT = 7;
const MULTIPLY_FLOAT = 8;

const ADD = BINARY_OPS.indexOf("Add");
const SUBTRACT = BINARY_OPS.indexOf("Sub");
const MULTIPLY = BINARY_OPS.indexOf("Mult");

/** The operators with specialized forms; 3.11 turns any other BINARY_OP back into the generic one for good. */
function specializes(arg: number): boolean {
	const op = arg >= INPLACE_OFFSET ? arg - INPLACE_OFFSET : arg;
	return op === ADD || op === SUBTRACT || op === MULTIPLY;
}

const NO_LOCALS: readonly (PyObject | null)[] = [];

class BinaryOpSite extends AdaptiveSite {
	/** The running frame's locals while the site decides its form: the in-place `+` checks its local holds the left operand. */
	locals = NO_LOCALS;
	constructor(
		/** The operator (BINARY_OP's arg). */
		readonly arg: number,
		/** BINARY_OP_INPLACE_ADD_UNICODE's guard: the local the STORE_FAST after the instruction stores to, or -1. */
		readonly storedLocal: number,
	) {
		super();
	}
}

function newSite(code: CodeObject, pc: number): BinaryOpSite {
	return new BinaryOpSite(code.args[pc]!, code.ops[pc + 1] === Op.STORE_FAST ? code.args[pc + 1]! : -1);
}

/** How a BINARY_OP releases its operands: the generic instruction's order, right first, or appending to a local. */
export const enum Release {
	Generic,
	RightFirst,
	AppendsToLocal,
}

/** BINARY_OP `arg` at `pc` of `f` about to run on `left` and `right`: how the form it runs as releases its operands. */
export function binaryOpRelease(f: Frame, pc: number, arg: number, left: PyObject, right: PyObject): Release {
	if (!specializes(arg)) return Release.Generic;
	const site = quickenedSite(f.code, pc, newSite);
	if (!site) return Release.Generic;
	site.locals = f.locals;
	const form = formOfRun(site, left, right, specialize, guardsHold);
	site.locals = NO_LOCALS;
	if (form === GENERIC || form === ADD_UNICODE) return Release.Generic;
	return form === INPLACE_ADD_UNICODE ? Release.AppendsToLocal : Release.RightFirst;
}

/**
 * BINARY_OP_INPLACE_ADD_UNICODE with `result`, the new str, made: the stack's reference to the left operand goes
 * (the local still holds it), the local takes the result and lets its old str go, then the right operand goes, and
 * the STORE_FAST after the instruction is skipped.
 */
export function appendToLocal(vm: VM, f: Frame, result: PyObject): void {
	const stack = f.stack;
	const right = stack.pop()!;
	vm.decref(stack.pop()!);
	const slot = f.code.args[f.pc]!;
	const old = f.locals[slot]!;
	f.locals[slot] = result;
	vm.decref(old);
	vm.decref(right);
	f.pc++;
}

function specialize(site: BinaryOpSite, left: PyObject, right: PyObject): void {
	const cls = left.cls;
	if (right.cls !== cls) return;
	const op = site.arg >= INPLACE_OFFSET ? site.arg - INPLACE_OFFSET : site.arg;
	if (op === ADD && cls === T.str) site.form = site.storedLocal >= 0 && site.locals[site.storedLocal] === left ? INPLACE_ADD_UNICODE : ADD_UNICODE;
	else if (cls === T.int) site.form = op === ADD ? ADD_INT : op === SUBTRACT ? SUBTRACT_INT : MULTIPLY_INT;
	else if (cls === T.float) site.form = op === ADD ? ADD_FLOAT : op === SUBTRACT ? SUBTRACT_FLOAT : MULTIPLY_FLOAT;
}

/** DEOPT_IF: the left operand of the exact type, the right of the left's type (and for in-place `+`, still in the local). */
function guardsHold(site: BinaryOpSite, left: PyObject, right: PyObject): boolean {
	const cls = left.cls;
	if (right.cls !== cls) return false;
	switch (site.form) {
		case ADD_INT:
		case SUBTRACT_INT:
		case MULTIPLY_INT:
			return cls === T.int;
		case ADD_FLOAT:
		case SUBTRACT_FLOAT:
		case MULTIPLY_FLOAT:
			return cls === T.float;
		case ADD_UNICODE:
			return cls === T.str;
		default:
			return cls === T.str && site.locals[site.storedLocal] === left;
	}
}
