// python3's generation counts also hold what its start-up and its compiler allocated (a few hundred objects in
// generation 0) until the program's first full collection resets them; pymem's start at zero (see "A program
// starts with empty generations" in docs/supported-python.md). Where that moves what the diagram shows, an
// automatic collection before any full one, the collector pane says so until the full collection.
import type { Trace } from "../../sim/trace/types";

/**
 * The step before which the collector pane notes python3's start-up counts: the first full collection's (or
 * the run's end), when an automatic collection comes before it; 0 when none does.
 */
export function startupCountsShownUntil(trace: Pick<Trace, "collections" | "stepCount">): number {
	let automatic = false;
	for (const { step, generation, cause } of trace.collections()) {
		if (generation === 2) return automatic ? step : 0;
		if (cause === "threshold") automatic = true;
	}
	return automatic ? trace.stepCount : 0;
}
