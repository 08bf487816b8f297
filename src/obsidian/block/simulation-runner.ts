// Runs a Simulation in slices so the UI never stalls: each slice stops after a few milliseconds and the next
// one is scheduled on a timer the owner can cancel. Pure scheduling, no DOM: tests drive it with fake timers.
import type { RunResult, Simulation } from "../../sim/trace/types";

export interface SliceScheduler {
	schedule(callback: () => void): number;
	cancel(handle: number): void;
}

export interface RunnerCallbacks {
	progress(steps: number): void;
	done(result: RunResult): void;
	failed(message: string): void;
}

/** Steps per slice; the time budget usually ends a slice first. */
export const SLICE_STEPS = 2000;
/** Milliseconds per slice: far under the 50 ms a frame may take before the UI feels stuck. */
export const SLICE_MS = 8;

export class SimulationRunner {
	private handle: number | null = null;
	private stopped = false;

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
		try {
			ended = this.simulation.runSlice(SLICE_STEPS, SLICE_MS);
		} catch (error) {
			this.stopped = true;
			this.callbacks.failed(`The simulator failed: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		if (ended) {
			this.stopped = true;
			let result: RunResult;
			try {
				result = this.simulation.result();
			} catch (error) {
				this.callbacks.failed(`The simulator failed: ${error instanceof Error ? error.message : String(error)}`);
				return;
			}
			this.callbacks.done(result);
			return;
		}
		this.callbacks.progress(this.simulation.steps);
		this.handle = this.scheduler.schedule(() => this.slice());
	}
}
