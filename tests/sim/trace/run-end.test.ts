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

	it("shows an uncaught exception's traceback from the step the module's frame ends in, before shutdown's steps", () => {
		// python3 prints the traceback first; a `__del__` that runs at shutdown prints after it.
		const source = "class A:\n    def __del__(self):\n        print('del A')\na = A()\nraise ValueError('boom')\n";
		const { run, trace, state } = lastStep(source);
		expect(run.status).toBe("exception");
		expect(state.stderr).toBe(run.stderr);
		const exitStep = trace.exitStep!;
		expect(trace.state(exitStep - 1).stderr).toBe("");
		expect(trace.state(exitStep).stderr).toContain("ValueError: boom");
		expect(trace.state(exitStep).stdout).toBe("");
		expect(trace.events(exitStep)).toContainEqual({ kind: "stderr", text: run.stderr });
		expect(state.stdout).toBe("del A\n");
		// Then the run ends as a finished one does, at the done step of shutdown's final collection.
		expect(state.gc.collecting).toMatchObject({ phase: "done", cause: { kind: "final" } });
	});

	it("shows what a `__del__` that raised reported on stderr in the step it raised", () => {
		const source = "class A:\n    def __del__(self):\n        raise KeyError('k')\na = A()\ndel a\nprint('after')\n";
		const { run, trace } = lastStep(source);
		const reported = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).stderr !== "")!;
		expect(trace.state(reported).line).toBe(3);
		expect(trace.state(reported).stdout).toBe("");
		expect(trace.events(reported)).toContainEqual({ kind: "stderr", text: run.stderr });
		expect(run.stderr).toMatch(/^Exception ignored in: <function A.__del__ at 0x[0-9a-f]+>\n[^]*KeyError: 'k'\n$/);
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
