// Where a jump or a raised exception starts a step: the line events of ceval's maybe_call_line_trace, which
// compares the line of the instruction about to run with that of the instruction executed last. The code's
// lineStarts answer for straight-line code; these answer for control that arrives from elsewhere. Each takes
// `from`, the index of the instruction that jumped or raised.
import { ARTIFICIAL, LINE_START, Op, type CodeObject } from "../compile/code";

/**
 * A backward jump re-executes its target line as a new step (as sys.settrace reports loops), even inside a
 * line: the run loop starts it, so a slice can also end between two turns of a loop that is all on one line.
 */
export function backwardJumpNeedsStep(code: CodeObject, target: number): boolean {
	return code.lineStarts[target] !== LINE_START;
}

/**
 * A forward jump that lands on the start of the line it is on (a match case's failure path, an except
 * clause's re-raise after a handler body) is no line event, whatever comes before the target in code order.
 */
export function forwardJumpSkipsStep(code: CodeObject, from: number, target: number): boolean {
	return code.lineStarts[target] === LINE_START && code.lines[target] === code.lines[from];
}

/**
 * FOR_ITER's jump past an exhausted loop. Where it lands straight on a return (a list, set or dict
 * comprehension's), that return is on the line its last condition's SET_LOC left, and reaching it from the
 * loop's line is a line event.
 */
export function loopExitNeedsStep(code: CodeObject, from: number, exit: number): boolean {
	return code.ops[exit] === Op.RETURN_VALUE && code.lineStarts[exit] === 0 && code.lines[exit] !== code.lines[from];
}

/**
 * The line an exception landing in a handler counts as raised at: the frame's line, but for the RERAISE
 * after WITH_EXCEPT_START (a with's exit let it through), which restores the lasti the exception was first
 * raised at in this frame (`raiseLine`, kept at its previous landing).
 */
export function lineRaisedAt(code: CodeObject, from: number, reraised: boolean, frameLine: number, raiseLine: number): number {
	return reraised && code.ops[from] === Op.WITH_EXCEPT ? raiseLine : frameLine;
}

/**
 * Whether an exception landing on `handler` is a line event: landing on another line than the one it was
 * raised at is a new step even where the code just before the handler in code order is on the handler's
 * line (a finally body's copy for the normal path); a cleanup that only re-raises has no line and starts none.
 */
export function landingNeedsStep(code: CodeObject, handler: number, raisedAt: number): boolean {
	return code.lineStarts[handler] !== ARTIFICIAL && code.lines[handler] !== raisedAt;
}
