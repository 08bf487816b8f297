// Public entry points of the simulator (see notes/shared-contracts: createSimulation, runProgram).
import type { RunOptions, RunResult, Simulation } from "./trace/types";
import { ProgramRun } from "./simulation";

export { textAsStdin } from "./runtime/standardInput";
export type { RunOptions, RunResult, Simulation, Trace, StepState } from "./trace/types";

/** A run the host advances with runSlice(); nothing runs until then. */
export function createSimulation(source: string, options: RunOptions = {}): Simulation {
	return new ProgramRun(source, options);
}

/** Run to the end synchronously. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
	const run = new ProgramRun(source, options);
	while (!run.runSlice(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)) {
		/* a slice never ends early without limits */
	}
	return run.result();
}
