// Runs a Simulation in slices so the UI never stalls: each slice stops after a few milliseconds and the next
// one is scheduled on a timer the owner can cancel. Pure scheduling, no DOM: tests drive it with fake timers.
import type { RunResult, Simulation } from "../../sim/trace/types";

export interface SliceScheduler {
	schedule(callback: () => void): number;
	cancel(handle: number): void;
	/** Milliseconds from a monotonic clock. */
	now(): number;
}

export interface RunnerCallbacks {
	progress(steps: number): void;
	done(result: RunResult): void;
	failed(message: string): void;
}

/** Steps in the first slice; later slices adapt so each takes about SLICE_MS. */
export const FIRST_SLICE_STEPS = 64;
export const MAX_SLICE_STEPS = 4096;
/** Milliseconds per slice: far under the 50 ms a frame may take before the UI feels stuck. */
export const SLICE_MS = 8;

export class SimulationRunner {
	private handle: number | null = null;
	private stopped = false;
	/**
	 * The simulator checks its time budget only now and then (not inside nested calls), so the step count
	 * is what really bounds a slice: it halves after a slow slice and doubles after a fast one.
	 */
	private sliceSteps = FIRST_SLICE_STEPS;

	/** Steps the next slice may run, for tests. */
	get nextSliceSteps(): number {
		return this.sliceSteps;
	}

	constructor(
		private readonly simulation: Simulation,
		private readonly scheduler: SliceScheduler,
		private readonly callbacks: RunnerCallbacks,
	) {}

	start(): void {
		this.handle = this.scheduler.schedule(() => this.slice());
	}

	/** Stops scheduling and cancels the simulation; nothing is reported afterwards. */
	stop(): void {
		this.stopped = true;
		if (this.handle !== null) this.scheduler.cancel(this.handle);
		this.handle = null;
		this.simulation.cancel();
	}

	private slice(): void {
		this.handle = null;
		if (this.stopped) return;
		let ended: boolean;
		const started = this.scheduler.now();
		try {
			ended = this.simulation.runSlice(this.sliceSteps, SLICE_MS);
		} catch (error) {
			this.stopped = true;
			this.fail(error);
			return;
		}
		this.callbacks.progress(this.simulation.steps);
		if (ended) {
			// What `done` sets off (the block's first full diagram) is the largest piece of UI work of a run:
			// in the same task as the last slice the two would add up.
			this.handle = this.scheduler.schedule(() => this.finish());
			return;
		}
		const elapsed = this.scheduler.now() - started;
		if (elapsed > 2 * SLICE_MS) this.sliceSteps = Math.max(1, Math.floor(this.sliceSteps / 2));
		else if (elapsed < SLICE_MS / 2) this.sliceSteps = Math.min(MAX_SLICE_STEPS, this.sliceSteps * 2);
		this.handle = this.scheduler.schedule(() => this.slice());
	}

	private finish(): void {
		this.handle = null;
		if (this.stopped) return;
		this.stopped = true;
		let result: RunResult;
		try {
			result = this.simulation.result();
		} catch (error) {
			this.fail(error);
			return;
		}
		this.callbacks.done(result);
	}

	private fail(error: unknown): void {
		this.callbacks.failed(`The simulator failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}
