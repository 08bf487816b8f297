import { describe, expect, it } from "vitest";
import { createSimulation, runProgram } from "../../src/sim/index";

/** Slices of `maxMs` until the run ends; returns how many there were and the steps seen after each. */
function slices(source: string, maxMs: number): { count: number; steps: number[] } {
	const simulation = createSimulation(source, { record: true });
	const steps: number[] = [];
	let ended = false;
	while (!ended) {
		ended = simulation.runSlice(1000, maxMs);
		steps.push(simulation.steps);
		if (steps.length > 100) throw new Error("the run never ended");
	}
	return { count: steps.length, steps };
}

describe("a simulation run in slices", () => {
	it("does nothing until its first slice", () => {
		const simulation = createSimulation("x = 1\n", { record: true });
		expect(simulation.steps).toBe(0);
		expect(simulation.result().trace).toBeNull();
	});

	it("sets up a phase per slice when slices have no time: parse, boot, compile, then the program", () => {
		const { count, steps } = slices("x = [1, 2]\nprint(len(x))\n", 0);
		expect(steps.slice(0, 3)).toEqual([0, 0, 0]);
		expect(count).toBeGreaterThan(3);
		expect(steps.at(-1)).toBe(2);
	});

	it("sets up and runs in one slice when it has the time", () => {
		expect(slices("x = [1, 2]\nprint(len(x))\n", 60_000).count).toBe(1);
	});

	it("ends at the parse phase for a syntax error, with python3's report", () => {
		const simulation = createSimulation("x = (1,\n", { record: true });
		expect(simulation.runSlice(1000, 0)).toBe(true);
		expect(simulation.result()).toMatchObject({ status: "syntax-error", exitCode: 1 });
		expect(simulation.result().stderr).toContain("SyntaxError: '(' was never closed");
	});

	it("shuts down a phase per slice too, with the same outcome as a run in one slice", () => {
		const source = [
			"import gc",
			"class Noisy:",
			"    def __del__(self):",
			"        print('bye', self.name)",
			"a = Noisy(); a.name = 'a'",
			"b = Noisy(); b.name = 'b'; b.me = b",
			"del b",
			"print('end')",
		].join("\n");
		const run = (maxMs: number) => {
			const simulation = createSimulation(source, { record: true });
			let count = 1;
			while (!simulation.runSlice(1000, maxMs)) count++;
			const { status, stdout, stderr, steps, trace } = simulation.result();
			return { count, outcome: { status, stdout, stderr, steps, traceSteps: trace!.stepCount } };
		};
		const sliced = run(0);
		const whole = run(60_000);
		expect(whole.count).toBe(1);
		expect(sliced.outcome).toEqual(whole.outcome);
		expect(sliced.outcome.stdout).toBe("end\nbye b\nbye a\n");
		// Three set-up phases, a slice per step at most, and the five of shutdown: the last of them alone.
		expect(sliced.count).toBeGreaterThanOrEqual(3 + 5);
	});

	it("can be cancelled while it sets up", () => {
		const simulation = createSimulation("print('never')\n", { record: true });
		expect(simulation.runSlice(1000, 0)).toBe(false);
		simulation.cancel();
		expect(simulation.result()).toMatchObject({ status: "cancelled", stdout: "", steps: 0 });
	});

	it("hands the program's waiting output to the OS before the message of a JavaScript failure", () => {
		const writes: [string, string][] = [];
		const result = runProgram('import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("boom")\n', {
			// A host that fails while told a write: the run ends with an internal error at that line.
			onOutput: (_stream, text) => {
				if (text === "boom") throw new Error("host failed");
			},
			onOsWrite: (stream, text) => writes.push([stream, text]),
		});
		expect(result.status).toBe("exception");
		expect(writes).toEqual([
			["stderr", "err1\n"],
			["stdout", "out1\n"],
			["stderr", "pymem internal error at line 4: host failed\n"],
		]);
	});
});
