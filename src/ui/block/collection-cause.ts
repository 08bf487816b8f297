// What started a collection, in words: the narration's sentences for its first and last phases and the
// collector pane's short line. The rule an automatic collection follows is gcmodule.c's gc_collect_generations.
import type { GcCause } from "../../sim/trace/types";
import { groupThousands } from "../../sim/runtime/thousands";

type ThresholdCause = Extract<GcCause, { kind: "threshold" }>;

function over(cause: ThresholdCause, generation: 0 | 1 | 2): string {
	return `${cause.counts[generation]} > ${cause.thresholds[generation]}`;
}

/**
 * The long-lived rule's bar, as gcmodule.c computes it (long_lived_total / 4 in C's integer division). Most of
 * a full collection's survivors are usually python3's own start-up objects, which the diagram never shows: said so.
 */
function quarterOf(cause: ThresholdCause): string {
	const { longLivedTotal: total, longLivedStartup: startup } = cause;
	const ofStartup = startup > 0 ? ` (${groupThousands(startup)} of them made by python3's start-up)` : "";
	return `${groupThousands(Math.floor(total / 4))}, a quarter of the ${groupThousands(total)} long-lived ones${total % 4 ? " rounded down" : ""}${ofStartup}`;
}

/** Why gc_collect_generations chose `generation`: the oldest over its threshold, unless it is 2 and waits. */
function whyThisGeneration(generation: 0 | 1 | 2, cause: ThresholdCause): string {
	const fullWaits = cause.counts[2] > cause.thresholds[2] && generation < 2;
	const waiting = fullWaits
		? `; generation 2's count is over its threshold too (${over(cause, 2)}), but a full collection waits until the objects ` +
			`that survived since the last one (${cause.longLivedPending}) are at least ${quarterOf(cause)}`
		: "";
	if (generation === 2) {
		return `it collects generation 2 and every younger one: generation 2's count is over its threshold (${over(cause, 2)}) and ` +
			`${cause.longLivedPending} objects survived since the last full collection, at least ${quarterOf(cause)}`;
	}
	if (generation === 1) return `it collects generations 1 and 0, as generation 1's count is over its threshold (${over(cause, 1)})${waiting}`;
	return `it collects generation 0 only, as no older generation's count is over its threshold${waiting}`;
}

/**
 * The sentence that opens a collection. `code` is the step's code prefix ("`gc.collect()` ") or "".
 * Counts of generations 1 and 2 count collections of the generation below, not objects.
 */
export function collectionStart(generation: 0 | 1 | 2, cause: GcCause, code: string): string {
	switch (cause.kind) {
		case "collect": {
			const scope = `a collection of generation ${generation}${generation > 0 ? " and every younger one" : ""}`;
			return code ? `${code}calls gc.collect(), which starts ${scope}` : `\`gc.collect()\` starts ${scope}`;
		}
		case "threshold": {
			const crossing = `generation 0's count over its threshold (${over(cause, 0)})`;
			const start = code ? `${code}allocates an object the collector tracks, which takes ${crossing}` : `an allocation the collector tracks takes ${crossing}`;
			return `${start}: an automatic collection starts, and ${whyThisGeneration(generation, cause)}`;
		}
		case "exit":
			return "at interpreter exit, the interpreter collects every generation once while all modules are still there for finalizers to use";
		case "final":
			return "at interpreter exit, with __main__ released, the final collection reclaims what only its globals kept alive";
	}
}

/** The collector pane's line: who started the collection. */
export function causeSummary(cause: GcCause): string {
	switch (cause.kind) {
		case "collect":
			return "Started by gc.collect().";
		case "threshold":
			return `Started automatically: an allocation took gen0's count over its threshold (${over(cause, 0)}).`;
		case "exit":
			return "Started by the interpreter at exit, while modules are intact.";
		case "final":
			return "The interpreter's final collection at exit, after __main__ is released.";
	}
}

/** A collection named by what started it, for the sentence that tells its result. */
export function collectionName(generation: 0 | 1 | 2, cause: GcCause): string {
	switch (cause.kind) {
		case "collect":
			return `the collection of generation ${generation}`;
		case "threshold":
			return `the automatic collection of generation ${generation}`;
		case "exit":
			return "the collection at interpreter exit";
		case "final":
			return "the final collection";
	}
}
