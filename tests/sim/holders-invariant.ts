// The holders invariant: at every step, each object that is not shared has exactly as many holders in the trace
// (names, slots, value-stack entries, interpreter-held references) as its reference count. A count of zero is
// seen only while the object is being deallocated (its weakref callbacks run then): at the last step, when
// nothing is, an object shown with no references is one the trace failed to free. Shared by the
// conformance invariant test, the fuzz test, scripts/gaps-report.ts and scripts/fuzz-invariant.ts, so they all
// judge a trace the same way.
import { runProgram, type Trace } from "../../src/sim/index";
import type { StepState, TraceEvent } from "../../src/sim/trace/types";
import { BEING_FINALIZED } from "../../src/sim/heap/heap";

/**
 * Up to `limit` mismatches, earliest step first, each naming the step, line, object and the holders shown. With
 * `countsTold`, also each step whose events read a count of 0 for an object the step did not free: the UI's log
 * and narration tell those counts, and CPython frees an object whose count reaches 0 (unless its `__del__`
 * brings it back, which the step then tells as the object being finalized), each step that tells an object
 * freed before a reference it held or a reference to it is let go, and each that tells a reference to or from an object before it is made.
 */
export function traceHolderMismatches(trace: Trace, limit = 5, { countsTold = false } = {}): string[] {
	const mismatches: string[] = [];
	for (let step = 0; step < trace.stepCount && mismatches.length < limit; step++) {
		const state = trace.state(step);
		if (countsTold && step > 0) {
			const events = trace.events(step);
			const zero = falseZero(events, state);
			if (zero) mismatches.push(`step ${step} line ${state.line}: #${zero.object} reads 0 at "${zero.cause}" and lives on`);
			const late = dropAfterFree(events);
			if (late) mismatches.push(`step ${step} line ${state.line}: "${late.cause}" is let go after its owner or #${late.object} was freed`);
			const early = referenceBeforeAlloc(events);
			if (early) mismatches.push(`step ${step} line ${state.line}: "${early.cause}" is told before #${early.object} or its owner is made`);
		}
		for (const object of state.objects) {
			if (object.shared) continue;
			const holders = state.holders.get(object.id) ?? [];
			const unfreed = object.refcount === 0 && step === trace.stepCount - 1;
			if ((holders.length !== object.refcount || unfreed) && mismatches.length < limit) {
				mismatches.push(
					`step ${step} line ${state.line}: ${object.label} (${object.preview}) refcount ${object.refcount} but ${holders.length} holders ${JSON.stringify(holders)}`,
				);
			}
		}
	}
	return mismatches;
}

/** Runs `source` recorded and checks its trace (a conformance program always records one). */
export function holderMismatches(source: string, limit = 5, options: { countsTold?: boolean } = {}): string[] {
	const trace = runProgram(source, { record: true }).trace;
	if (trace === null) return ["no trace recorded"];
	return traceHolderMismatches(trace, limit, options);
}

function falseZero(events: readonly TraceEvent[], state: StepState): (TraceEvent & { kind: "decref" }) | undefined {
	// Most steps read no count of 0: the counts of the whole heap are gathered only for one that does.
	if (!events.some((e) => e.kind === "decref" && e.refcount === 0)) return undefined;
	const living = new Map(state.objects.map((o) => [o.id, o.refcount]));
	const finalized = new Set(events.flatMap((e) => (e.kind === "incref" && e.holder.kind === "internal" && e.holder.label === BEING_FINALIZED ? [e.object] : [])));
	for (const e of events) if (e.kind === "decref" && e.refcount === 0 && (living.get(e.object) ?? 0) > 0 && !finalized.has(e.object)) return e;
	return undefined;
}

function dropAfterFree(events: readonly TraceEvent[]): (TraceEvent & { kind: "decref" }) | undefined {
	const freed = new Set<number>();
	for (const e of events) {
		if (e.kind === "free") freed.add(e.object);
		else if (e.kind === "decref" && (freed.has(e.object) || (e.holder.kind === "slot" && freed.has(e.holder.owner)))) return e;
	}
	return undefined;
}

function referenceBeforeAlloc(events: readonly TraceEvent[]): (TraceEvent & { kind: "incref" | "decref" }) | undefined {
	const later = new Set(events.flatMap((e) => (e.kind === "alloc" ? [e.object] : [])));
	for (const e of events) {
		if (e.kind === "alloc") later.delete(e.object);
		else if ((e.kind === "incref" || e.kind === "decref") && (later.has(e.object) || (e.holder.kind === "slot" && later.has(e.holder.owner)))) return e;
	}
	return undefined;
}
