// Past the program's end the interpreter shuts down: a state's line is then still the last one the program ran,
// which runs no more, so what shows a step's line (the block's source pane, `pymem trace`) asks here first.
import { MODULE_FRAME, type StepState, type TraceEvent } from "./types";

/** Whether a step comes after the module's frame ended: shutdown's finalizers and collections. */
export function isExitStep(state: StepState): boolean {
	return state.step > 0 && !state.frames.some((frame) => frame.name === MODULE_FRAME);
}

/**
 * The line a step ran and the line it goes on to. At exit there is no line unless a finalizer the shutdown called
 * runs it (one still running it, or returning in the step), and a next line only while a finalizer is on the stack.
 */
export function shownLines(state: StepState, events: readonly TraceEvent[]): { line: number; next: number | null } {
	if (!isExitStep(state)) return { line: state.line, next: state.nextLine };
	const running = state.frames.at(-1);
	const ran = running?.line === state.line || events.some((event) => event.kind === "return" && event.name !== MODULE_FRAME);
	return { line: ran ? state.line : 0, next: running ? state.nextLine : null };
}
