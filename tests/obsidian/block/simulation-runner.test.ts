import { describe, expect, it } from "vitest";
import { FIRST_SLICE_STEPS, MAX_SLICE_STEPS, SimulationRunner, SLICE_MS } from "../../../src/obsidian/block/simulation-runner";
import type { Simulation } from "../../../src/sim/trace/types";

/** A simulation whose steps each take `msPerStep` on a fake clock, ending after `total` steps. */
function timedRun(msPerStep: number, total: number) {
	let clock = 0;
	let steps = 0;
	const asked: number[] = [];
	const queue: (() => void)[] = [];
	const simulation: Simulation = {
		runSlice(maxSteps) {
			asked.push(maxSteps);
			const run = Math.min(maxSteps, total - steps);
			steps += run;
			clock += run * msPerStep;
			return steps >= total;
		},
		get steps() {
			return steps;
		},
		cancel() {},
		result: () => ({ status: "finished", exitCode: 0, stdout: "", stderr: "", error: null, steps, trace: null }),
	};
	const progress: number[] = [];
	let done = false;
	const runner = new SimulationRunner(
		simulation,
		{ schedule: (callback) => queue.push(callback), cancel: () => {}, now: () => clock },
		{ progress: (count) => progress.push(count), done: () => (done = true), failed: (message) => { throw new Error(message); } },
	);
	runner.start();
	while (queue.length > 0) queue.shift()?.();
	return { asked, progress, done: () => done };
}

describe("SimulationRunner", () => {
	it("shrinks slices when steps are slow, so no slice runs much past its budget", () => {
		const run = timedRun(2, 2000);
		expect(run.done()).toBe(true);
		expect(run.asked[0]).toBe(FIRST_SLICE_STEPS);
		// From the fourth slice on, each asks for at most 8 steps of 2 ms: 16 ms, within 2 x SLICE_MS.
		for (const asked of run.asked.slice(3)) expect(asked * 2).toBeLessThanOrEqual(2 * SLICE_MS);
		// The last slice reports its count too: the status shows it until the diagram replaces it, a task later.
		expect(run.progress.at(-1)).toBe(2000);
	});

	it("grows slices when steps are fast, up to the cap", () => {
		const run = timedRun(0.001, 200_000);
		expect(run.done()).toBe(true);
		expect(Math.max(...run.asked)).toBe(MAX_SLICE_STEPS);
	});

	it("reports the result in a task after the last slice's, and not at all once stopped", () => {
		const tasks: string[] = [];
		const queue: (() => void)[] = [];
		const simulation: Simulation = {
			runSlice() {
				tasks.push("slice");
				return true;
			},
			steps: 3,
			cancel() {},
			result: () => ({ status: "finished", exitCode: 0, stdout: "", stderr: "", error: null, steps: 3, trace: null }),
		};
		const start = () => {
			const runner = new SimulationRunner(
				simulation,
				{ schedule: (callback) => queue.push(callback), cancel: () => {}, now: () => 0 },
				{ progress: () => {}, done: () => tasks.push("done"), failed: (message) => { throw new Error(message); } },
			);
			runner.start();
			return runner;
		};

		start();
		while (queue.length > 0) {
			tasks.push("task");
			queue.shift()?.();
		}
		expect(tasks).toEqual(["task", "slice", "task", "done"]);

		tasks.length = 0;
		const stopped = start();
		queue.shift()?.();
		stopped.stop();
		while (queue.length > 0) queue.shift()?.();
		expect(tasks).toEqual(["slice"]);
	});
});
