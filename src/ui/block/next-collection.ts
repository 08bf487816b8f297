// The idle collector pane's one-line forecast: when the next automatic collection comes and what it takes.
// CPython 3.11 decides both in two places of Modules/gcmodule.c: _PyObject_GC_Link starts a collection at the
// allocation that leaves generation 0's count over its threshold (with a threshold of 0 meaning never), and
// collect_generations then takes the oldest generation whose count is over its own threshold, except that a
// full collection also waits for the long-lived rule (the forecast names that rule rather than its numbers,
// which the trace does not carry).
import type { GcView } from "../../sim/trace/types";

type Generation = "gen0" | "gen1";

/** The generation a collection would take now if generation 2's turn were refused. */
function youngerTarget(gc: GcView): Generation {
	return gc.counts[1] > gc.thresholds[1] ? "gen1" : "gen0";
}

function targetClause(gc: GcView): string {
	if (gc.counts[2] > gc.thresholds[2]) {
		const fallback = youngerTarget(gc);
		return ` It takes gen2 if the long-lived rule below lets it, else ${fallback}${fallback === "gen1" ? " with gen0" : ""}.`;
	}
	if (youngerTarget(gc) === "gen1") return ` It takes gen1 with gen0, as gen1's count is over its threshold (${gc.thresholds[1]}).`;
	return "";
}

/** Null while automatic collection is off (gc.disable() says so elsewhere in the pane). */
export function nextCollectionForecast(gc: GcView): string | null {
	if (!gc.enabled) return null;
	const [count, threshold] = [gc.counts[0], gc.thresholds[0]];
	if (threshold === 0) return "gen0's threshold is 0, which turns automatic collection off: only gc.collect() starts one.";
	const toGo = threshold + 1 - count;
	const when =
		toGo <= 0
			? `gen0's count is over its threshold (${threshold}): the next object the collector tracks starts an automatic collection.`
			: `The next automatic collection starts when gen0 passes ${threshold}, after ${toGo} more tracked ${toGo === 1 ? "object" : "objects"} made than freed.`;
	return when + targetClause(gc);
}
