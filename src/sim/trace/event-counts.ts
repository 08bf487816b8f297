// The counts a step's events read, filled in once the events are in order. diffEvents orders a step's holders
// by whose work they were (the line's own, a returning frame's end, its caller's), but an object whose reference
// passed from one part to another in the step (a class body's value into the class's dict, the value stack into
// a namespace that died in the step) would then read as dying and coming back: a count of 0 CPython never had,
// for an object it never freed. Such a drop is told after the object's next new reference instead, marked as
// handed over to it.
import type { CountEvent, ObjectId, TraceEvent } from "./types";

/**
 * Fills in each incref's and decref's count from `before` (each object's count when the step began) and
 * returns the events with the drops that would read a false 0 moved; `mayReachZero` says which objects' count
 * really reached 0 in the step (they were freed, or finalized from 0).
 */
export function countEvents(events: readonly TraceEvent[], before: ReadonlyMap<ObjectId, number>, mayReachZero: (id: ObjectId) => boolean): TraceEvent[] {
	const counts = new Map(before);
	const told: TraceEvent[] = [];
	/** Drops waiting for their object's next reference, by object. */
	const waiting = new Map<ObjectId, CountEvent[]>();
	/** Objects whose free is told already. */
	const freedSoFar = new Set<ObjectId>();
	const tell = (event: CountEvent, count: number) => {
		event.refcount = count;
		counts.set(event.object, count);
		told.push(event);
		// What a dying object held goes before its free: a drop that waited takes its owner's free along.
		const owner = event.holder.kind === "slot" ? event.holder.owner : null;
		if (owner === null || !freedSoFar.has(owner)) return;
		const freed = told.findIndex((other) => other.kind === "free" && other.object === owner);
		if (freed < told.length - 1) told.push(...told.splice(freed, 1));
	};
	for (const event of events) {
		if (event.kind !== "incref" && event.kind !== "decref") {
			if (event.kind === "free") freedSoFar.add(event.object);
			told.push(event);
			continue;
		}
		const count = counts.get(event.object)!;
		if (event.kind === "decref") {
			if (count === 1 && !mayReachZero(event.object)) waiting.set(event.object, [...(waiting.get(event.object) ?? []), event]);
			else tell(event, count - 1);
			continue;
		}
		tell(event, count + 1);
		const drops = waiting.get(event.object);
		while (drops && drops.length > 0 && counts.get(event.object)! > 1) {
			const drop = drops.shift()!;
			if (drop.kind === "decref") drop.handedOver = true;
			tell(drop, counts.get(event.object)! - 1);
		}
	}
	// A drop no later reference let through (an object shown at 0 while its dealloc runs) is told last, as it is.
	for (const drops of waiting.values()) for (const drop of drops) tell(drop, counts.get(drop.object)! - 1);
	return told;
}
