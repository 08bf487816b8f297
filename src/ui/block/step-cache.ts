// A trace as the block reads it: a step's state and events are rebuilt from the log on every call, and the
// block asks for the same steps again and again (the event log's window of 25 steps at every step, the
// shown step's state by the diagram and by its events). Keeping the recent answers makes one step's update
// cost the step that came into view, not the whole window.
import type { StepState, Trace, TraceEvent } from "../../sim/trace/types";

/** A map that forgets its oldest entry beyond `limit`. */
export class RecentMap<V> {
	private readonly entries = new Map<number, V>();

	constructor(private readonly limit: number) {}

	/** The kept value, without making one. */
	peek(key: number): V | undefined {
		return this.entries.get(key);
	}

	get(key: number, make: () => V): V {
		const found = this.entries.get(key);
		if (found !== undefined) return found;
		const value = make();
		this.entries.set(key, value);
		if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
		return value;
	}
}

/** The event log shows this many steps at once (EventLog's window); a few more cover a step either way. */
const EVENT_STEPS_KEPT = 40;
/** The shown step, the one before it (its freed objects' cards) and the two the last events() read. */
const STATES_KEPT = 4;

/**
 * `trace` with its states and events kept for the steps read last. A trace never changes once recorded,
 * so a kept answer stays right; callers treat states and events as read-only, as they already must.
 */
export function cachedTrace(trace: Trace): Trace {
	const states = new RecentMap<StepState>(STATES_KEPT);
	const events = new RecentMap<TraceEvent[]>(EVENT_STEPS_KEPT);
	return {
		profile: trace.profile,
		get stepCount() {
			return trace.stepCount;
		},
		get eventCount() {
			return trace.eventCount;
		},
		get exitStep() {
			return trace.exitStep;
		},
		state: (step) => states.get(step, () => trace.state(step)),
		events: (step) => events.get(step, () => trace.events(step)),
		objectsShownAndGone: (step) => trace.objectsShownAndGone(step),
		isCollectorPhase: (step) => trace.isCollectorPhase(step),
		lineOf: (step) => trace.lineOf(step),
		stepsMarked: (mark) => trace.stepsMarked(mark),
		collections: () => trace.collections(),
		byteSize: () => trace.byteSize(),
	};
}
