// How the log numbers a collection: its phases by index, and the cause its first phase's record carries
// (recorder side: collector-writer.ts; reader side: model.ts and reader.ts).
import type { GcCause, GcObjectState, GcPhase } from "./types";

export const GC_PHASES: GcPhase[] = [
	"start", "merge", "update-refs", "subtract-refs", "move-unreachable", "untrack-tuples", "move-survivors",
	"legacy-finalizers", "handle-weakrefs", "finalize", "check-resurrection", "clear", "done",
];

export const MERGE_PHASE = GC_PHASES.indexOf("merge");
export const DONE_PHASE = GC_PHASES.indexOf("done");
const MOVE_UNREACHABLE_PHASE = GC_PHASES.indexOf("move-unreachable");
const CHECK_RESURRECTION_PHASE = GC_PHASES.indexOf("check-resurrection");

/**
 * What a phase's record says of the objects it lists (collector.ts: each phase lists the objects it worked on).
 * Never changed once made, so models and their checkpoints share it.
 */
export interface GcMarks {
	/** gc_refs, of the objects whose gc_refs the phase has computed. */
	readonly refs: ReadonlyMap<number, number>;
	readonly states: ReadonlyMap<number, GcObjectState>;
}

/**
 * The marks after a phase whose record listed `listed` (id -> gc_refs), read with the marks of the phase before.
 * move_unreachable leaves the unreachable ones at gc_refs 0 and sets to 1 those at 0 that a reachable object
 * refers to; the phases from legacy-finalizers to clear list the unreachable ones only, so one that
 * check-resurrection no longer lists was made reachable again by a finalizer.
 */
export function gcMarksAfter(phase: number, listed: ReadonlyMap<number, number>, before: GcMarks | null): GcMarks {
	const states = new Map<number, GcObjectState>();
	const name = GC_PHASES[phase];
	if (name === "merge") {
		for (const id of listed.keys()) states.set(id, "merged");
		return { refs: new Map(), states };
	}
	if (phase < MOVE_UNREACHABLE_PHASE || name === "done") return { refs: listed, states };
	// After move_unreachable a phase lists one kind of object: the survivors, or the garbage.
	const listedAre: GcObjectState = name === "untrack-tuples" || name === "move-survivors" ? "reachable" : name === "clear" ? "cleared" : "unreachable";
	for (const [id, refs] of listed) states.set(id, name !== "move-unreachable" ? listedAre : refs === 0 ? "unreachable" : "reachable");
	if (phase === CHECK_RESURRECTION_PHASE && before) {
		for (const [id, state] of before.states) if (state === "unreachable" && !listed.has(id)) states.set(id, "resurrected");
	}
	return { refs: listed, states };
}
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
