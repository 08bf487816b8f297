// Control flow: jumps, iteration, return and yield, exception blocks, with, imports (raise is in raise-ops.ts).
import { warmUp } from "./warm-up";
import { Op } from "../compile/code";
import { HeapKind, type PyObject } from "../heap/object";
import type { PyInt } from "../heap/values";
import { PyGenerator, PyIterator } from "../heap/iterators";
import { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import { isTruthy } from "./protocol";
import { lookupAttr, lookupSpecial } from "./attributes";
import { deliver, deliverYield, resumeForIter, resumeForYieldFrom, sendToIterator } from "./generators";
import { callObject } from "./calls";
import { refuseUnmodelledAttribute } from "./unmodelled-attributes";
import { cannotImportName } from "../builtins/modules";
import { raiseVarargs } from "./raise-ops";
import { startsForIterFrame } from "./iteration-frames";
import type { VM } from "./vm";
import { T } from "../heap/classes";
import { mappingGet } from "./names";
import { setItem } from "./subscript";

const NEW_ANNOTATIONS = "__annotations__ dict being stored (SETUP_ANNOTATIONS)";

function jumpTo(vm: VM, f: Frame, target: number): void {
	if (target < f.pc) vm.jumpBack(f, target);
	else vm.jumpForward(f, target);
}

export function execFlowOp(vm: VM, f: Frame, op: Op, arg: number): boolean {
	const stack = f.stack;
	switch (op) {
		case Op.JUMP:
			// JUMP_BACKWARD warms the code up (the conditional backward jumps of 3.11 do not).
			if (arg < f.pc) warmUp(f.code);
			jumpTo(vm, f, arg);
			return true;
		case Op.POP_JUMP_IF_FALSE:
		case Op.POP_JUMP_IF_TRUE: {
			const truth = isTruthy(vm, stack[stack.length - 1]!);
			vm.decref(stack.pop()!);
			if (truth !== (op === Op.POP_JUMP_IF_TRUE)) return true;
			// A constant test (`while True:`) is folded into a JUMP_BACKWARD by 3.11's optimizer, which warms up.
			if (arg < f.pc && f.code.ops[f.pc - 2] === Op.LOAD_CONST) warmUp(f.code);
			jumpTo(vm, f, arg);
			return true;
		}
		case Op.POP_JUMP_IF_NONE:
		case Op.POP_JUMP_IF_NOT_NONE: {
			const isNone = stack[stack.length - 1] === vm.None;
			vm.decref(stack.pop()!);
			if (isNone === (op === Op.POP_JUMP_IF_NONE)) jumpTo(vm, f, arg);
			return true;
		}
		case Op.JUMP_IF_FALSE_OR_POP:
		case Op.JUMP_IF_TRUE_OR_POP: {
			const v = stack[stack.length - 1]!;
			if (isTruthy(vm, v) === (op === Op.JUMP_IF_TRUE_OR_POP)) jumpTo(vm, f, arg);
			else vm.decref(stack.pop()!);
			return true;
		}
		case Op.GET_ITER:
		case Op.GET_YIELD_FROM_ITER: {
			const iterator = vm.getIter(stack[stack.length - 1]!);
			const iterable = stack.pop()!;
			stack.push(iterator);
			vm.decref(iterable);
			return true;
		}
		case Op.FOR_ITER: {
			const it = stack[stack.length - 1]!;
			// The heap kind answers in one load what instanceof answers by walking an iterator's prototype chain.
			if (it.heapKind === HeapKind.Generator) {
				resumeForIter(vm, f, it as PyGenerator, arg);
				return true;
			}
			let next: PyObject | null;
			if (it instanceof PyIterator) next = it.advance(it);
			else if (startsForIterFrame(vm, f, it, arg)) return true;
			else next = vm.iterNext(it);
			if (next) stack.push(next);
			else {
				vm.decref(stack.pop()!);
				vm.leaveLoop(f, arg);
			}
			return true;
		}
		case Op.RETURN_VALUE: {
			const value = stack.pop()!;
			// Clearing the frame can run a __del__ (new steps): meanwhile the interpreter holds the result.
			vm.heap.adopt(value, RETURN_VALUE);
			vm.finishFrame(f);
			vm.heap.disown(value, RETURN_VALUE);
			deliver(vm, f, value, false);
			return true;
		}
		case Op.YIELD_VALUE:
			deliverYield(vm, f, stack.pop()!);
			return true;
		case Op.YIELD_FROM:
			yieldFrom(vm, f);
			return true;
		case Op.RAISE_VARARGS:
			raiseVarargs(vm, f, arg);
			return true;
		case Op.SETUP_FINALLY:
			f.blocks.push({ handler: arg, depth: stack.length });
			return true;
		case Op.SETUP_CLEANUP:
			f.blocks.push({ handler: arg, depth: stack.length });
			return true;
		case Op.SETUP_WITH:
			// SETUP_WITH runs above __enter__'s result, which the block does not cover (it is stored or popped
			// next): an exception in the body unwinds to the __exit__ method alone, as compile.c's SETUP_WITH.
			f.blocks.push({ handler: arg, depth: stack.length - 1 });
			return true;
		case Op.POP_BLOCK:
			f.blocks.pop();
			return true;
		case Op.PUSH_EXC_INFO: {
			const exc = stack.pop()!;
			stack.push(vm.handledException ?? vm.incref(vm.None));
			vm.handledException = vm.incref(exc);
			stack.push(exc);
			return true;
		}
		case Op.POP_EXCEPT:
			popExcept(vm, stack.pop()!);
			return true;
		case Op.POP_EXCEPT_AND_RERAISE: {
			const exc = stack.pop() as PyExceptionObject;
			popExcept(vm, stack.pop()!);
			throw new PyRaise(exc, true);
		}
		case Op.RERAISE:
			throw new PyRaise(stack.pop() as PyExceptionObject, true);
		case Op.BEFORE_WITH:
			beforeWith(vm, f);
			return true;
		case Op.WITH_EXIT: {
			// __exit__ stays on the stack while it runs (3.11 calls it with an ordinary CALL).
			try {
				vm.decref(callObject(vm, stack[stack.length - 1]!, [vm.None, vm.None, vm.None]));
			} finally {
				vm.decref(stack.pop()!);
			}
			return true;
		}
		case Op.WITH_EXCEPT:
			withExcept(vm, f, arg);
			return true;
		case Op.LOAD_ASSERTION_ERROR:
			stack.push(vm.exceptionClass("AssertionError"));
			return true;
		case Op.LOAD_BUILD_CLASS:
			stack.push(vm.incref(vm.dictGetStr(vm.builtins, "__build_class__")!));
			return true;
		case Op.IMPORT_NAME: {
			const fromlist = stack.pop()!;
			const level = stack.pop() as PyInt;
			vm.decref(level);
			try {
				stack.push(vm.importModule(f.code.names[arg]!, Number(level.value), fromlist));
			} finally {
				vm.decref(fromlist);
			}
			return true;
		}
		case Op.IMPORT_FROM: {
			const module = stack[stack.length - 1]!;
			const name = f.code.names[arg]!;
			const found = lookupAttr(vm, module, name);
			// A name CPython's module has (functools._make_key) is pymem's gap, not the program's ImportError.
			if (!found) refuseUnmodelledAttribute(vm, module, name);
			if (!found) cannotImportName(vm, module, name);
			stack.push(found);
			return true;
		}
		case Op.SETUP_ANNOTATIONS: {
			// A module or class body with annotations gets an __annotations__ dict before its first statement.
			const namespace = f.namespace!;
			if (namespace.cls !== T.dict) {
				const found = mappingGet(vm, namespace, "__annotations__");
				if (found) vm.decref(found);
				else {
					// PyObject_SetItem may run the mapping's own __setitem__: the new dict is held meanwhile.
					const annotations = vm.dict();
					vm.heap.adopt(annotations, NEW_ANNOTATIONS);
					try {
						setItem(vm, namespace, vm.intern("__annotations__"), annotations);
					} finally {
						vm.heap.release(annotations, NEW_ANNOTATIONS);
					}
				}
				return true;
			}
			if (!vm.dictGetStr(namespace, "__annotations__")) {
				const annotations = vm.dict();
				vm.dictSetStr(namespace, "__annotations__", annotations);
				vm.decref(annotations);
			}
			return true;
		}
	}
	return false;
}

function popExcept(vm: VM, prev: PyObject): void {
	const old = vm.handledException;
	vm.handledException = prev === vm.None ? null : prev;
	if (prev === vm.None) vm.decref(prev);
	if (old) vm.decref(old);
}

const RETURN_VALUE = "return value being delivered";
const ENTER_LABEL = "__enter__ being called";

function beforeWith(vm: VM, f: Frame): void {
	const stack = f.stack;
	// The manager stays on the stack while __enter__ and __exit__ are looked up; the bound __enter__ is
	// BEFORE_WITH's C local until it has run.
	const mgr = stack[stack.length - 1]!;
	const enter = lookupSpecial(vm, mgr, "__enter__");
	// Without __enter__, CPython does not look for __exit__; without __exit__, its message says so.
	if (!enter) vm.raise("TypeError", `'${mgr.typeName}' object does not support the context manager protocol`);
	vm.heap.adopt(enter, ENTER_LABEL);
	const exit = lookupSpecial(vm, mgr, "__exit__");
	if (!exit) {
		vm.heap.release(enter, ENTER_LABEL);
		vm.raise("TypeError", `'${mgr.typeName}' object does not support the context manager protocol (missed __exit__ method)`);
	}
	stack[stack.length - 1] = exit;
	vm.decref(mgr);
	let res: PyObject;
	try {
		res = callObject(vm, enter, []);
	} finally {
		vm.heap.release(enter, ENTER_LABEL);
	}
	stack.push(res);
}

/** Stack [exit, prev_exc, exc]: call exit(type, exc, tb); a true result swallows the exception. */
function withExcept(vm: VM, f: Frame, end: number): void {
	const stack = f.stack;
	const exc = stack[stack.length - 1] as PyExceptionObject;
	const exit = stack[stack.length - 3]!;
	const res = callObject(vm, exit, [exc.cls, exc, exc.traceback ?? vm.None]);
	const suppress = isTruthy(vm, res);
	vm.decref(res);
	f.blocks.pop();
	stack.pop();
	if (suppress) {
		// POP_TOP of the exception, POP_EXCEPT (which frees it), then POP_TOP of __exit__: a manager that dies
		// with its bound __exit__ finds the exception gone, as in CPython.
		vm.decref(exc);
		popExcept(vm, stack.pop()!);
		vm.decref(stack.pop()!);
		vm.jumpForward(f, end);
		return;
	}
	// POP_EXCEPT_AND_RERAISE restores the previous exception; unwinding then frees __exit__ while this one is raised.
	vm.heap.adoptOnce(exc, EXCEPTION_BEING_RAISED);
	popExcept(vm, stack.pop()!);
	vm.decref(stack.pop()!);
	// The RERAISE after WITH_EXCEPT_START: no new traceback entry for this frame.
	throw new PyRaise(exc, true);
}

/** `yield from`: drive the sub-iterator one step; re-run this instruction after each value we pass up. */
function yieldFrom(vm: VM, f: Frame): void {
	const stack = f.stack;
	const sent = stack.pop()!;
	const sub = stack[stack.length - 1]!;
	if (sub instanceof PyGenerator) return resumeForYieldFrom(vm, f, sub, sent);
	let result: ReturnType<typeof sendToIterator>;
	try {
		result = sendToIterator(vm, sub, sent);
	} finally {
		vm.decref(sent);
	}
	const { value, returned } = result;
	if (value) {
		f.pc--;
		deliverYield(vm, f, value);
		return;
	}
	vm.decref(stack.pop()!);
	stack.push(returned ?? vm.incref(vm.None));
}
