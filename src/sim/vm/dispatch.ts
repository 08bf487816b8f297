// The instruction loop and the simple opcodes. Stack effects and the order of INCREF/DECREF follow CPython
// 3.11's ceval.c; families of opcodes with more logic live in their own modules (calls, containers, flow,
// generators).
import { Op } from "../compile/code";
import { PyCell } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { binaryOp } from "./operators";
import { unaryOp } from "./unary-operators";
import { compareOp } from "./comparisons";
import { checkComparisonLevel } from "./c-recursion";
import { getAttr, setAttr, delAttr, loadMethod } from "./attributes";
import { isTruthy, contains, exceptionMatches } from "./protocol";
import { callOp, makeFunction } from "./calls";
import { callFunctionEx } from "./call-function-ex";
import { execContainerOp } from "./containers-ops";
import { execFlowOp } from "./flow-ops";
import { execMatchOp } from "./match-ops";
import { execExceptStarOp } from "./except-star";
import { nameLoad, nameStore, nameDelete, mappingGet } from "./names";
import { T } from "../heap/classes";
import { raiseNameError } from "./suggestions";
import { attributeSite, readInlineValue, writeInlineValue } from "./attribute-sites";
import { setCellContents } from "./cell-contents";
import { startsGetattrHook, startsPropertyGetter, startsSetattrHook } from "./attribute-hook-frames";
import { startsComparisonFrame, startsContainsFrame } from "./comparison-frames";
import { startsBinaryOpFrame, startsUnaryOpFrame } from "./binary-op-frames";
import { appendToLocal, binaryOpRelease, Release } from "./binary-op-sites";
import { replaceTop } from "./operand-release";

/**
 * Run `f`'s instructions until it calls Python code, returns or raises (another frame is then on top), or a
 * slice runs out at a line start (false). One loop around one switch: an instruction costs a case, not a call,
 * and the frame's arrays stay in locals from one instruction to the next.
 */
export function runFrame(vm: VM, f: Frame, nested: boolean): boolean {
	const frames = vm.frames;
	const depth = frames.length;
	const { ops, args, lineStarts } = f.code;
	const stack = f.stack;
	for (;;) {
		if ((lineStarts[f.pc] === 1 || vm.lineAfterJump) && !vm.beginLine(f, nested)) return false;
		const pc = f.pc++;
		const op = ops[pc]! as Op;
		const arg = args[pc]!;
		switch (op) {
			// The cases that `continue` cannot leave another frame on top (a __del__ their decref runs, runs nested and
			// returns), so they skip the frame check at the loop's end.
			case Op.NOP:
				continue;
			case Op.POP_TOP:
				vm.decref(stack.pop()!);
				continue;
			case Op.COPY:
				stack.push(vm.incref(stack[stack.length - arg]!));
				continue;
			case Op.SWAP: {
				const top = stack.length - 1;
				const other = stack.length - arg;
				const t = stack[top]!;
				stack[top] = stack[other]!;
				stack[other] = t;
				continue;
			}
			case Op.PUSH_NULL:
				stack.push(vm.NULL);
				continue;
			case Op.LOAD_CONST:
				stack.push(vm.incref(f.code.consts[arg]!));
				continue;
			case Op.LOAD_FAST: {
				const v = f.locals[arg];
				if (!v) vm.raise("UnboundLocalError", `cannot access local variable '${f.code.varnames[arg]}' where it is not associated with a value`);
				stack.push(vm.incref(v));
				continue;
			}
			case Op.STORE_FAST: {
				const old = f.locals[arg];
				f.locals[arg] = stack.pop()!;
				if (old) vm.decref(old);
				continue;
			}
			case Op.DELETE_FAST: {
				const old = f.locals[arg];
				if (!old) vm.raise("UnboundLocalError", `cannot access local variable '${f.code.varnames[arg]}' where it is not associated with a value`);
				f.locals[arg] = null;
				vm.decref(old);
				break;
			}
			case Op.LOAD_NAME:
			case Op.LOAD_GLOBAL:
				stack.push(nameLoad(vm, f, arg, op === Op.LOAD_GLOBAL));
				break;
			case Op.STORE_NAME:
			case Op.STORE_GLOBAL:
				// The value leaves the stack only once stored: a replaced value's __del__ sees it held twice.
				nameStore(vm, f, arg, stack[stack.length - 1]!, op === Op.STORE_GLOBAL);
				vm.decref(stack.pop()!);
				break;
			case Op.DELETE_NAME:
			case Op.DELETE_GLOBAL:
				nameDelete(vm, f, arg, op === Op.DELETE_GLOBAL);
				break;
			case Op.LOAD_DEREF:
			case Op.LOAD_CLASSDEREF: {
				const slot = f.code.derefSlots[arg]!;
				const cell = f.locals[slot] as PyCell;
				const name = f.code.localsplusNames[slot]!;
				if (op === Op.LOAD_CLASSDEREF && f.namespace) {
					const found = f.namespace.cls === T.dict ? vm.dictGetStr(f.namespace, name) : mappingGet(vm, f.namespace, name);
					if (found) {
						stack.push(vm.incref(found));
						break;
					}
				}
				if (!cell.ref) raiseEmptyCell(vm, f, arg);
				stack.push(vm.incref(cell.ref));
				break;
			}
			case Op.STORE_DEREF:
				setCellContents(vm, f.locals[f.code.derefSlots[arg]!] as PyCell, stack.pop()!);
				break;
			case Op.DELETE_DEREF: {
				const cell = f.locals[f.code.derefSlots[arg]!] as PyCell;
				if (!cell.ref) raiseEmptyCell(vm, f, arg);
				setCellContents(vm, cell, null);
				break;
			}
			case Op.LOAD_CLOSURE:
				stack.push(vm.incref(f.locals[f.code.derefSlots[arg]!]!));
				break;
			case Op.LOAD_ATTR: {
				const owner = stack[stack.length - 1]!;
				const name = f.code.names[arg]!;
				const inline = readInlineValue(vm, attributeSite(f.code, f.pc - 1), owner, name);
				if (inline === undefined && (startsPropertyGetter(vm, f, owner, name) || startsGetattrHook(vm, f, owner, name))) break;
				replaceTop(vm, stack, 1, inline ?? getAttr(vm, owner, name));
				break;
			}
			case Op.LOAD_METHOD:
				loadMethod(vm, f, f.code.names[arg]!);
				break;
			case Op.STORE_ATTR: {
				// Owner and value stay on the stack while a property setter or __setattr__ runs.
				const owner = stack[stack.length - 1]!;
				const name = f.code.names[arg]!;
				const value = stack[stack.length - 2]!;
				if (!writeInlineValue(vm, attributeSite(f.code, f.pc - 1), owner, name, value)) {
					if (startsSetattrHook(vm, f, owner, name, value)) break;
					setAttr(vm, owner, name, value);
				}
				stack.pop();
				stack.pop();
				vm.decref(value);
				vm.decref(owner);
				break;
			}
			case Op.DELETE_ATTR: {
				// The owner stays on the stack while a property deleter or __delattr__ runs.
				const owner = stack[stack.length - 1]!;
				const name = f.code.names[arg]!;
				if (startsSetattrHook(vm, f, owner, name, null)) break;
				delAttr(vm, owner, name);
				vm.decref(stack.pop()!);
				break;
			}
			case Op.KW_NAMES:
				f.kwnames = vm.tupleStrings(f.code.consts[arg]!);
				break;
			case Op.CALL:
				callOp(vm, f, arg);
				break;
			case Op.CALL_FUNCTION_EX:
				callFunctionEx(vm, f, arg === 1);
				break;
			case Op.MAKE_FUNCTION:
				makeFunction(vm, f, arg);
				break;
			case Op.BINARY_OP: {
				const lhs = stack[stack.length - 2]!;
				const rhs = stack[stack.length - 1]!;
				const release = binaryOpRelease(f, pc, arg, lhs, rhs);
				if (startsBinaryOpFrame(vm, f, arg, lhs, rhs)) break;
				const result = binaryOp(vm, arg, lhs, rhs);
				if (release === Release.AppendsToLocal) appendToLocal(vm, f, result);
				else replaceTop(vm, stack, 2, result, release === Release.RightFirst);
				break;
			}
			case Op.UNARY_NEGATIVE:
			case Op.UNARY_POSITIVE:
			case Op.UNARY_INVERT:
			case Op.UNARY_NOT: {
				const v = stack[stack.length - 1]!;
				if (op !== Op.UNARY_NOT && startsUnaryOpFrame(vm, f, op, v)) break;
				replaceTop(vm, stack, 1, op === Op.UNARY_NOT ? vm.bool(!isTruthy(vm, v)) : unaryOp(vm, op, v));
				break;
			}
			case Op.COMPARE_OP:
			case Op.IS_OP:
			case Op.CONTAINS_OP: {
				const left = stack[stack.length - 2]!;
				const right = stack[stack.length - 1]!;
				let res: PyObject;
				if (op === Op.COMPARE_OP) {
					checkComparisonLevel(vm, ops, pc, arg, left, right);
					if (startsComparisonFrame(vm, f, arg, left, right)) break;
					res = compareOp(vm, arg, left, right);
				}
				else if (op === Op.IS_OP) res = vm.bool((left === right) !== (arg === 1));
				else {
					if (startsContainsFrame(vm, f, arg, left, right)) break;
					res = vm.bool(contains(vm, right, left) !== (arg === 1));
				}
				replaceTop(vm, stack, 2, res);
				break;
			}
			case Op.CHECK_EXC_MATCH: {
				const matched = exceptionMatches(vm, stack[stack.length - 2]!, stack[stack.length - 1]!);
				vm.decref(stack.pop()!);
				stack.push(vm.bool(matched));
				break;
			}
			// The hottest ops of the other families go straight to their module (no trial of the others first).
			case Op.JUMP:
			case Op.POP_JUMP_IF_FALSE:
			case Op.POP_JUMP_IF_TRUE:
			case Op.FOR_ITER:
			case Op.GET_ITER:
			case Op.RETURN_VALUE:
				execFlowOp(vm, f, op, arg);
				break;
			default:
				if (execContainerOp(vm, f, op, arg)) break;
				if (execFlowOp(vm, f, op, arg)) break;
				if (execMatchOp(vm, f, op, arg)) break;
				if (execExceptStarOp(vm, f, op)) break;
				throw new Error(`opcode ${Op[op]} is not implemented`);
		}
		if (frames.length !== depth || frames[depth - 1] !== f) return true;
	}
}

export { PyCell };

/** format_exc_unbound: an empty cell of the frame's own variable, or of a free variable from an enclosing scope. */
function raiseEmptyCell(vm: VM, f: Frame, arg: number): never {
	const name = f.code.localsplusNames[f.code.derefSlots[arg]!]!;
	if (arg < f.code.cellvars.length) vm.raise("UnboundLocalError", `cannot access local variable '${name}' where it is not associated with a value`);
	return raiseNameError(vm, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name);
}
