// CPython 3.11's warm-up (specialize.c): a code object counts the RESUMEs (each call, each resumption of a
// generator) and JUMP_BACKWARDs it runs, and at the eighth it is quickened. Each adaptive instruction then
// specializes the first time it runs, for what it sees then. Pymem models the specializations a program can
// see: `str(x)` becomes PRECALL_NO_KW_STR_1 here, which calls PyObject_Str(x) without packing x in an argument tuple,
// so from then on the call makes no tuple (gc.get_count()) and x has one reference fewer while its __str__ runs;
// the other CALL forms change the recursion levels C calls count (call-levels.ts); the subscripts and BINARY_OP
// forms are adaptive-sites.ts's.
import type { PyObject } from "../heap/object";
import type { CodeObject } from "../compile/code";
import { strObject } from "./str-of";
import { releaseOperands, releaseOperandsOfFailedCall } from "./call-operands";
import { isPythonError } from "./errors";
import { truncate } from "../arrays";
import type { VM } from "./vm";

/** QUICKENING_WARMUP_DELAY: co_warmup starts this far below zero. */
export const QUICKENING_WARMUP_DELAY = 8;

/** _PyCode_Warmup, run by RESUME and JUMP_BACKWARD until the code is quickened. */
export function warmUp(code: CodeObject): void {
	if (code.warmup < QUICKENING_WARMUP_DELAY) code.warmup++;
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
