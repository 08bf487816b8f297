// co_stacksize: the deepest the value stack gets, found as compile.c's stackdepth() finds it, by following every
// reachable path through the code with each instruction's stack effect. sys.getsizeof of a generator counts one
// pointer per slot, so the figure must be CPython's own. Where pymem runs one instruction for a sequence of
// CPython's (WITH_EXIT, YIELD_FROM...), or keeps a block stack instead of an exception table, the effects below
// are those of CPython's sequence, including how far above the start it reaches on the way.
import { Op } from "./code";
import type { PyObject } from "../heap/object";
import { PyBool, PyComplex, PyFloat, PyInt, PyNone, PyStr } from "../heap/values";
import { PySet, PyTuple } from "../heap/containers";

/** How one instruction moves the stack: after it falls through, at its deepest, and when it jumps. */
interface Effect {
	next: number;
	peak: number;
	/** Depth change on the jump to the instruction's target; null when the instruction does not jump. */
	jump: number | null;
	/** Whether execution can continue with the next instruction. */
	fallsThrough: boolean;
}

const simple = (next: number): Effect => ({ next, peak: Math.max(0, next), jump: null, fallsThrough: true });
const branch = (next: number, jump: number): Effect => ({ next, peak: Math.max(0, next, jump), jump, fallsThrough: true });
const ends = (peak = 0): Effect => ({ next: 0, peak, jump: null, fallsThrough: false });

function popCount(bits: number): number {
	let n = 0;
	for (let b = bits; b; b &= b - 1) n++;
	return n;
}

function effectOf(op: Op, arg: number): Effect {
	switch (op) {
		case Op.NOP: case Op.SWAP: case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL:
		case Op.DELETE_DEREF: case Op.MAKE_CELL: case Op.LOAD_ATTR: case Op.KW_NAMES: case Op.UNARY_NEGATIVE:
		case Op.UNARY_POSITIVE: case Op.UNARY_INVERT: case Op.UNARY_NOT: case Op.LIST_TO_TUPLE: case Op.GET_ITER:
		case Op.POP_BLOCK: case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH: case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER:
		case Op.RETURN_GENERATOR: case Op.SETUP_ANNOTATIONS:
			return simple(0);
		case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_NAME: case Op.LOAD_GLOBAL:
		case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: case Op.LOAD_CLOSURE: case Op.LOAD_METHOD: case Op.LOAD_BUILD_CLASS:
		case Op.PUSH_EXC_INFO: case Op.BEFORE_WITH: case Op.IMPORT_FROM: case Op.LOAD_ASSERTION_ERROR: case Op.PUSH_NULL:
		case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.GET_LEN: case Op.MATCH_KEYS:
			return simple(1);
		case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_DEREF:
		case Op.DELETE_ATTR: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
		case Op.BINARY_SUBSCR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
		case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.POP_EXCEPT: case Op.IMPORT_NAME: case Op.PREP_RERAISE_STAR:
			return simple(-1);
		case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD: case Op.MATCH_CLASS: case Op.EXCEPT_STAR_RAISED:
			return simple(-2);
		case Op.STORE_SUBSCR:
			return simple(-3);
		// [NULL or self, callable, arguments...] -> result
		case Op.CALL:
			return simple(-(arg + 1));
		case Op.CALL_FUNCTION_EX:
			return simple(-2 - (arg & 1));
		case Op.BUILD_SLICE: case Op.BUILD_LIST: case Op.BUILD_TUPLE: case Op.BUILD_SET: case Op.BUILD_STRING:
			return simple(1 - arg);
		case Op.BUILD_MAP:
			return simple(1 - 2 * arg);
		case Op.BUILD_CONST_KEY_MAP:
			return simple(-arg);
		case Op.UNPACK_SEQUENCE:
			return simple(arg - 1);
		case Op.UNPACK_EX:
			return simple((arg & 0xff) + (arg >> 8));
		case Op.MAKE_FUNCTION:
			return simple(-popCount(arg & 0x0f));
		case Op.FORMAT_VALUE:
			return simple(arg & 0x04 ? -1 : 0);
		case Op.FOR_ITER:
			return branch(1, -1);
		case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
			return branch(-1, -1);
		case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
			return branch(-1, 0);
		case Op.JUMP:
			return { next: 0, peak: 0, jump: 0, fallsThrough: false };
		// The handler starts with the exception pushed where the block began; SETUP_CLEANUP pushes the
		// instruction offset (lasti) below it.
		case Op.SETUP_FINALLY: case Op.SETUP_WITH:
			return branch(0, 1);
		case Op.SETUP_CLEANUP:
			return branch(0, 2);
		case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
			return ends();
		// COPY 3; POP_EXCEPT; RERAISE 1
		case Op.POP_EXCEPT_AND_RERAISE:
			return ends(1);
		// LOAD_CONST None x3; PRECALL 2; CALL 2; POP_TOP, with __exit__ on top
		case Op.WITH_EXIT:
			return { next: -1, peak: 3, jump: null, fallsThrough: true };
		// WITH_EXCEPT_START; POP_JUMP_IF_TRUE (suppressed: POP_TOP, POP_EXCEPT, POP_TOP, POP_TOP) or RERAISE 2,
		// from [__exit__, lasti, previous exception, exception]
		case Op.WITH_EXCEPT:
			return { next: 0, peak: 1, jump: -4, fallsThrough: false };
		// SEND's loop, from [iterator, value sent] to the result.
		case Op.YIELD_FROM:
			return simple(-1);
	}
}

/** PyObject_IsTrue of a constant: never an instance, so no __bool__ runs. */
function constantIsTrue(o: PyObject): boolean {
	if (o instanceof PyBool) return o.flag;
	if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
	if (o instanceof PyFloat) return o.value !== 0;
	if (o instanceof PyComplex) return o.re !== 0 || o.im !== 0;
	if (o instanceof PyStr) return o.value.length > 0;
	if (o instanceof PyTuple) return o.items.length > 0;
	if (o instanceof PySet) return o.entries.size > 0;
	return !(o instanceof PyNone);
}

const JUMPS_WHEN_TRUE: Partial<Record<Op, boolean>> = {
	[Op.POP_JUMP_IF_TRUE]: true,
	[Op.POP_JUMP_IF_FALSE]: false,
	[Op.JUMP_IF_TRUE_OR_POP]: true,
	[Op.JUMP_IF_FALSE_OR_POP]: false,
};

/**
 * The deepest the stack gets on any path from the first instruction (compile.c's stackdepth). Like CPython's
 * optimize_basic_block, a conditional jump on a constant goes one way only, so code behind `if False` or
 * `x if True else y` counts for nothing.
 */
export function stackDepth(ops: readonly number[], args: readonly number[], consts: readonly PyObject[]): number {
	const depthAt = new Int32Array(ops.length).fill(-1);
	const pending: number[] = [];
	const reach = (at: number, depth: number) => {
		if (at < ops.length && depthAt[at] === -1) {
			depthAt[at] = depth;
			pending.push(at);
		}
	};
	let deepest = 0;
	reach(0, 0);
	while (pending.length) {
		let at = pending.pop()!;
		let depth = depthAt[at]!;
		for (;;) {
			const jumpsWhenTrue = ops[at] === Op.LOAD_CONST ? JUMPS_WHEN_TRUE[ops[at + 1] as Op] : undefined;
			if (jumpsWhenTrue !== undefined) {
				const jumps = constantIsTrue(consts[args[at]!]!) === jumpsWhenTrue;
				const popsAlways = ops[at + 1] === Op.POP_JUMP_IF_TRUE || ops[at + 1] === Op.POP_JUMP_IF_FALSE;
				if (jumps) {
					// A JUMP_IF_..._OR_POP that always jumps keeps the constant on the stack.
					const kept = popsAlways ? 0 : 1;
					deepest = Math.max(deepest, depth + kept);
					reach(args[at + 1]!, depth + kept);
					break;
				}
				at += 2;
			} else {
				const effect = effectOf(ops[at] as Op, args[at]!);
				deepest = Math.max(deepest, depth + effect.peak);
				if (effect.jump !== null) reach(args[at]!, depth + effect.jump);
				if (!effect.fallsThrough) break;
				depth += effect.next;
				at++;
			}
			if (at >= ops.length || depthAt[at] !== -1) break;
			depthAt[at] = depth;
		}
	}
	return deepest;
}
