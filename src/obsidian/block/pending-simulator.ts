// Stands in for src/sim until its entry point lands: every block says plainly that it cannot run yet.
import type { RunOptions, RunResult, Simulation } from "../../sim/trace/types";

export function createPendingSimulation(_source: string, _options?: RunOptions): Simulation {
	const result: RunResult = {
		status: "unsupported",
		exitCode: 1,
		stdout: "",
		stderr: "",
		error: { type: "Unsupported", message: "The simulator is not part of this build yet.", line: null },
		steps: 0,
		trace: null,
	};
	return { runSlice: () => true, steps: 0, cancel: () => {}, result: () => result };
}
