// Reading a recorded run's steps in tests: the first state inside a frame, and the interpreter-held
// references the trace names for objects of a type.
import { runProgram } from "../../../src/sim/index";
import type { StepState } from "../../../src/sim/index";

/** The first step whose running frame is `frameName`. */
export function stateIn(source: string, frameName: string): StepState {
	const trace = runProgram(source, { record: true }).trace!;
	for (let step = 0; step < trace.stepCount; step++) {
		const state = trace.state(step);
		if (state.frames.at(-1)?.name === frameName) return state;
	}
	throw new Error(`no step runs ${frameName}`);
}

/** The labels of the internal holders of every object of `type` in `state`. */
export function internalLabels(state: StepState, type: string): string[] {
	const ids = state.objects.filter((o) => o.type === type).map((o) => o.id);
	return ids.flatMap((id) => (state.holders.get(id) ?? []).flatMap((h) => (h.kind === "internal" ? [h.label] : [])));
}
