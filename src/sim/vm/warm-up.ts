// CPython 3.11's warm-up (specialize.c): a code object counts the RESUMEs (each call, each resumption of a
// generator) and JUMP_BACKWARDs it runs, and at the eighth it is quickened. Each adaptive instruction then
// specializes the first time it runs, for what it sees then. Pymem models the two specializations a program can
// see: `str(x)` becomes PRECALL_NO_KW_STR_1 here, which calls PyObject_Str(x) without packing x in an argument tuple,
// so from then on the call makes no tuple (gc.get_count()) and x has one reference fewer while its __str__ runs;
// and `obj[key]` becomes BINARY_SUBSCR_GETITEM for a class's Python __getitem__ (subscript-sites.ts).
import { T } from "../heap/classes";
import type { PyObject } from "../heap/object";
import type { CodeObject } from "../compile/code";
import { strObject } from "./str-of";
import { releaseOperands, releaseOperandsOfFailedCall } from "./call-operands";
import { isPythonError } from "./errors";
import { truncate } from "../arrays";
import type { VM } from "./vm";

/** QUICKENING_WARMUP_DELAY: co_warmup starts this far below zero. */
export const QUICKENING_WARMUP_DELAY = 8;

/** PRECALL_NO_KW_STR_1: only `str` with one positional argument skips the tuple; anything else deopts. */
const STR_OF_ONE = 1;
/** Specialized for something else (or not at all): the generic call, which packs str's argument tuple. */
const OTHER_CALL = 2;

/** _PyCode_Warmup, run by RESUME and JUMP_BACKWARD until the code is quickened. */
export function warmUp(code: CodeObject): void {
	if (code.warmup < QUICKENING_WARMUP_DELAY) code.warmup++;
}

/**
 * Whether the CALL at `pc` runs as PRECALL_NO_KW_STR_1 for `callable`: its code is quickened and the site
 * specialized for `str(x)` the first time it ran since. `oneArgument`: one positional argument, no keyword
 * names, below a NULL (not a method call).
 */
export function callsStrDirectly(code: CodeObject, pc: number, callable: PyObject, oneArgument: boolean): boolean {
	if (code.warmup < QUICKENING_WARMUP_DELAY) return false;
	const sites = code.callSites;
	const site = (sites[pc] ??= callable === T.str && oneArgument ? STR_OF_ONE : OTHER_CALL);
	return site === STR_OF_ONE && callable === T.str && oneArgument;
}

/** PRECALL_NO_KW_STR_1: PyObject_Str(x), then x and str leave the stack, before an error is raised. */
export function callStrOfOne(vm: VM, stack: PyObject[], base: number, first: number): void {
	const arg = stack[first]!;
	let result: PyObject;
	try {
		result = strObject(vm, arg);
	} catch (e) {
		if (isPythonError(e)) {
			truncate(stack, base);
			releaseOperandsOfFailedCall(vm, [arg], e);
		}
		throw e;
	}
	truncate(stack, base);
	releaseOperands(vm, [arg], result);
	stack.push(result);
}
