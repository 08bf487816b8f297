import type { RunPhase } from "./types";

/** The one value a host changes after mounting. Raw: a trace is read, never deeply proxied. */
export class BlockInput {
	run = $state.raw<RunPhase>({ kind: "running", steps: 0 });

	constructor(run: RunPhase) {
		this.run = run;
	}
}
