// What a step changed, as the diagram highlights it: the objects it made, those whose count moved, those it freed.
import type { ObjectId, TraceEvent } from "../../sim/trace/types";
import type { StepChanges } from "./render-cache";

/** One pass, with no array per event: a step that fills a list of 100,000 ints holds twice as many events. */
export function changesOf(events: readonly TraceEvent[]): StepChanges {
	const freedReasons = new Map<ObjectId, string>();
	const created = new Set<ObjectId>();
	// A count that ends the step where it began (a reference changing hands, say a generator's function
	// moving to its running frame) did not move: its badge is not highlighted.
	const net = new Map<ObjectId, number>();
	for (const event of events) {
		if (event.kind === "free") freedReasons.set(event.object, event.reason);
		else if (event.kind === "alloc") created.add(event.object);
		else if (event.kind === "incref" || event.kind === "decref") net.set(event.object, (net.get(event.object) ?? 0) + (event.kind === "incref" ? 1 : -1));
	}
	const moved = new Set<ObjectId>();
	for (const [id, change] of net) if (change !== 0) moved.add(id);
	return { created, moved, freedReasons };
}
