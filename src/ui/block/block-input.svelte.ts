import type { BlockViewConfig, RunPhase } from "./types";

/**
 * What a host changes after mounting: the run's progress, and the config and starting step when the
 * settings change. Raw: a trace is read, never deeply proxied.
 */
export class BlockInput {
	run: RunPhase;
	config: BlockViewConfig;
	initialStep: number | null;

	constructor(run: RunPhase, config: BlockViewConfig, initialStep: number | null) {
		this.run = $state.raw(run);
		this.config = $state.raw(config);
		this.initialStep = $state.raw(initialStep);
	}
}
