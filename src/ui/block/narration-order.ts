// The order in which the narration tells a step's events, and which of its value-stack traffic it tells: the
// trace keeps CPython's order, but a reader's first sentences should say what the step is about.
import { STREAM_BUFFER_HOLDER, type ObjectId, type TraceEvent } from "../../sim/trace/types";

/**
 * The value stack's traffic the narration tells: a count told later in the step would otherwise start from a number
 * the reader never saw (a call's argument waits on the caller's stack while a name in the callee takes it). The
 * rest is left to the event log, as is a push whose reference a drop handed over (`taken`), told with that drop.
 */
export function stackTrafficTold(ordered: readonly TraceEvent[], taken: ReadonlySet<TraceEvent>): ReadonlySet<TraceEvent> {
	const told = new Set<TraceEvent>();
	const countedLater = new Set<ObjectId>();
	for (let i = ordered.length - 1; i >= 0; i--) {
		const event = ordered[i]!;
		if (event.kind !== "incref" && event.kind !== "decref") continue;
		if (event.holder.kind !== "stack") countedLater.add(event.object);
		else if (countedLater.has(event.object) && !taken.has(event)) told.add(event);
	}
	return told;
}

/** Where the narration may not move a raise ahead of: what changed the frames, and output (told in order). */
const RAISE_BARRIERS = new Set<TraceEvent["kind"]>(["line", "call", "return", "stdout", "stderr"]);

/**
 * A raise is what its step is about, so it is told ahead of the objects and counts its line changed first (the
 * narration's box shows its first sentences), but never ahead of a frame's call or return, or of output.
 */
export function raisedFirst(events: readonly TraceEvent[]): readonly TraceEvent[] {
	if (!events.some((event) => event.kind === "exception")) return events;
	const ordered: TraceEvent[] = [];
	let barrier = 0;
	for (const event of events) {
		if (event.kind === "exception") {
			ordered.splice(barrier++, 0, event);
			continue;
		}
		ordered.push(event);
		if (RAISE_BARRIERS.has(event.kind)) barrier = ordered.length;
	}
	return ordered;
}

/**
 * What a print shows is what its step is about; that the stream's buffer keeps the strs it was given until it
 * is flushed is how, told after it (before, on a phone the narration's three lines showed only the buffer).
 */
export function printedFirst(events: readonly TraceEvent[]): readonly TraceEvent[] {
	const printed = events.findIndex((event) => event.kind === "stdout");
	if (printed < 0) return events;
	const before = events.slice(0, printed);
	// Moved only where no later count change of the same str would then read out of order.
	const buffered = (event: TraceEvent): boolean =>
		event.kind === "incref" &&
		event.holder.kind === "internal" &&
		event.holder.label === STREAM_BUFFER_HOLDER &&
		!before.slice(before.indexOf(event) + 1).some((later) => "object" in later && later.object === event.object);
	if (!before.some(buffered)) return events;
	return [...before.filter((event) => !buffered(event)), events[printed]!, ...before.filter(buffered), ...events.slice(printed + 1)];
}

/**
 * A collector's phase after the first that ran no Python code in steps of its own (`stage`) ends a step of its
 * own: everything else in the step is that phase's work (the clear phase's drops and frees).
 */
export function endsOwnStep(event: TraceEvent): boolean {
	return event.kind === "gc-phase" && event.phase !== "merge" && event.stage === undefined;
}

/**
 * Such a phase is told first, as what its step is about, and its work after it. A phase that ran Python code
 * keeps its place: its step's end is where it ends.
 */
export function phaseFirst(events: readonly TraceEvent[]): readonly TraceEvent[] {
	const phase = events.findIndex(endsOwnStep);
	// After the step's line, which says where the step stands.
	let first = 0;
	while (first < phase && events[first]!.kind === "line") first++;
	if (phase <= first) return events;
	return [...events.slice(0, first), events[phase]!, ...events.slice(first, phase), ...events.slice(phase + 1)];
}
