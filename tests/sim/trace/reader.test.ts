// objectsShownAndGone reads from a step's records what a diff of two built states says: the program's objects
// that came into view (in the state's order) and those that left it. Checked at every step of every
// third conformance program (every step, in order, as a walk reads them) and at a hundred steps taken out of order.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepState, Trace } from "../../../src/sim/trace/types";
import { listRunnablePrograms } from "../../conformance/programs";

function fromStates(previous: StepState | null, current: StepState): { shown: number[]; gone: number[] } {
	const before = new Set(previous?.objects.filter((o) => !o.shared).map((o) => o.id));
	const after = new Set(current.objects.filter((o) => !o.shared).map((o) => o.id));
	return {
		shown: current.objects.filter((o) => !o.shared && !before.has(o.id)).map((o) => o.id),
		gone: [...before].filter((id) => !after.has(id)).sort((a, b) => a - b),
	};
}

/** The first step where the two ways disagree, or null. */
function firstMismatch(trace: Trace, steps: number[]): unknown {
	for (const step of steps) {
		const expected = fromStates(step > 0 ? trace.state(step - 1) : null, trace.state(step));
		const read = trace.objectsShownAndGone(step);
		const actual = { shown: read.shown, gone: [...read.gone].sort((a, b) => a - b) };
		if (JSON.stringify(actual) !== JSON.stringify(expected)) return { step, actual, expected };
	}
	return null;
}

describe("TraceReader.objectsShownAndGone", () => {
	const programs = listRunnablePrograms().filter((_program, index) => index % 3 === 0);
	it.each(programs.map((program) => [program.name, program.source] as const))("%s", (_name, source) => {
		const trace = runProgram(source, { record: true, maxSteps: 3000 }).trace!;
		const inOrder = Array.from({ length: trace.stepCount }, (_, step) => step);
		expect(firstMismatch(trace, inOrder)).toBeNull();
		const shuffled = inOrder.slice(0, 100).map((step) => (step * 7919) % trace.stepCount);
		expect(firstMismatch(trace, shuffled)).toBeNull();
		// Building every step's state of a program with automatic collections (hundreds of objects) takes most of
		// a minute on a loaded two-core machine: which programs are every third one shifts as programs are added.
	}, 180_000);
});
