// How the log numbers a collection: its phases by index, and the cause its first phase's record carries
// (recorder side: collector-writer.ts; reader side: model.ts and reader.ts).
import type { GcCause, GcPhase } from "./types";

export const GC_PHASES: GcPhase[] = [
	"start", "merge", "update-refs", "subtract-refs", "move-unreachable", "untrack-tuples", "move-survivors",
	"legacy-finalizers", "handle-weakrefs", "finalize", "check-resurrection", "clear", "done",
];

export const MERGE_PHASE = GC_PHASES.indexOf("merge");
export const DONE_PHASE = GC_PHASES.indexOf("done");
const CAUSE_KINDS: GcCause["kind"][] = ["collect", "threshold", "exit", "final"];

/** A collection's cause as the log stores it: its kind's index, then (for a threshold) counts, thresholds and long-lived figures. */
export function encodeGcCause(cause: GcCause): number[] {
	const kind = CAUSE_KINDS.indexOf(cause.kind);
	return cause.kind === "threshold" ? [kind, ...cause.counts, ...cause.thresholds, cause.longLivedPending, cause.longLivedTotal, cause.longLivedStartup] : [kind];
}

/** The numbers after the cause's kind in a merge phase's record. */
export function gcCauseFields(kind: number): number {
	return CAUSE_KINDS[kind] === "threshold" ? 9 : 0;
}

export function decodeGcCause(numbers: readonly number[]): GcCause {
	const kind = CAUSE_KINDS[numbers[0] ?? 0] ?? "collect";
	if (kind !== "threshold") return { kind };
	const [, c0, c1, c2, t0, t1, t2, longLivedPending, longLivedTotal, longLivedStartup] = numbers;
	return {
		kind,
		counts: [c0!, c1!, c2!],
		thresholds: [t0!, t1!, t2!],
		longLivedPending: longLivedPending!,
		longLivedTotal: longLivedTotal!,
		longLivedStartup: longLivedStartup!,
	};
}
