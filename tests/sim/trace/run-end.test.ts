// How a recorded run ends: its last step is the last thing that happened, never a repeat of the step before.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { traceHolderMismatches } from "../holders-invariant";

function lastStep(source: string, maxSteps?: number) {
	const run = runProgram(source, { record: true, maxSteps });
	const trace = run.trace!;
	const last = trace.stepCount - 1;
	return { run, trace, last, state: trace.state(last), events: trace.events(last) };
}

describe("trace: the end of a run", () => {
	it("ends a finished program at the done step of shutdown's final collection", () => {
		for (const source of ["", "x = [1, 2]\ny = x\n"]) {
			const { run, trace, last, state, events } = lastStep(source);
			expect(run.status).toBe("finished");
			expect(events).toContainEqual(expect.objectContaining({ kind: "gc-done", cause: { kind: "final" } }));
			expect(trace.isCollectorPhase(last)).toBe(true);
			expect(state.gc.collecting).toMatchObject({ phase: "done", cause: { kind: "final" } });
		}
	});

	it("keeps a step of its own for an uncaught exception's traceback", () => {
		const { run, trace, last, state } = lastStep("x = [1]\nraise ValueError('boom')\n");
		expect(run.status).toBe("exception");
		expect(state.stderr).toContain("ValueError: boom");
		expect(trace.state(last - 1).stderr).toBe("");
		expect(state.nextLine).toBeNull();
	});

	it("stops at the step limit with the line that would have run next", () => {
		const { run, trace, state } = lastStep("n = 0\nwhile True:\n    n += 1\n", 50);
		expect(run.status).toBe("step-limit");
		expect(trace.stepCount).toBe(50);
		expect([state.line, state.nextLine].sort()).toEqual([2, 3]);
	});

	it("names the step the interpreter's shutdown starts at: the first without the module's frame", () => {
		for (const source of ["x = [1, 2]\ny = x\n", "x = [1]\nraise ValueError('boom')\n", "import sys\nsys.exit(0)\n"]) {
			const { trace } = lastStep(source);
			const exitStep = trace.exitStep!;
			const hasModule = (step: number) => trace.state(step).frames.some((frame) => frame.name === "<module>");
			expect(exitStep, source).toBeGreaterThan(0);
			expect(hasModule(exitStep - 1), source).toBe(true);
			for (let step = exitStep; step < trace.stepCount; step++) expect(hasModule(step), `${source} step ${step}`).toBe(false);
		}
	});

	it("has no exit step when the run stopped before shutdown", () => {
		expect(lastStep("n = 0\nwhile True:\n    n += 1\n", 50).trace.exitStep).toBeNull();
	});

	it("shows the value stacks a step limit left mid-line in the last state", () => {
		// Stopped as the comprehension's first line starts, with its iterator already pushed: two references.
		const source = "while True:\n    x = sum({k: str(k) for k in range(3)})\n";
		for (let maxSteps = 1; maxSteps <= 12; maxSteps++) {
			const { run, trace } = lastStep(source, maxSteps);
			expect(run.status).toBe("step-limit");
			expect(traceHolderMismatches(trace, 1, { countsTold: true }), `max steps ${maxSteps}`).toEqual([]);
		}
	});
});
