// The order of the deaths in a step. diffEvents tells the last references to the objects a step freed, but
// sorts a step's events by whose work they were, not by which came of which: CPython's dealloc of an object
// starts when its count reaches 0, lets go of each reference the object held (which may end other objects in
// turn, each the same way), frees it, and a heap type's instance lets its class go last (subtype_dealloc; told
// here just before the free, since nothing may refer to an object after it). This puts each freed object's
// references and its free right after the drop that took its count to 0.
import { CLASS_SLOT, type ObjectId, type TraceEvent } from "./types";

/** The freed object whose slot a drop empties, or null. */
function slotOwner(event: TraceEvent, freed: ReadonlySet<ObjectId>): ObjectId | null {
	return event.kind === "decref" && event.holder.kind === "slot" && freed.has(event.holder.owner) ? event.holder.owner : null;
}

const ofClass = (event: TraceEvent): boolean => event.kind === "decref" && event.holder.kind === "slot" && event.holder.label === CLASS_SLOT;

/**
 * `events` with what each object of `freed` let go of, and its free, moved after its death (the last drop of it
 * the step tells).
 */
export function inDeathOrder(events: readonly TraceEvent[], freed: ReadonlySet<ObjectId>): TraceEvent[] {
	if (freed.size === 0) return [...events];
	const deaths = new Map<ObjectId, TraceEvent>();
	const frees = new Map<ObjectId, TraceEvent>();
	/** What each freed object let go of: its slots' drops in the order they came, and its class's. */
	const slotDrops = new Map<ObjectId, TraceEvent[]>();
	const classDrops = new Map<ObjectId, TraceEvent>();
	for (const event of events) {
		if (event.kind === "decref" && freed.has(event.object)) deaths.set(event.object, event);
		if (event.kind === "free" && freed.has(event.object)) frees.set(event.object, event);
		const owner = slotOwner(event, freed);
		if (owner === null) continue;
		const drops = slotDrops.get(owner);
		if (ofClass(event)) classDrops.set(owner, event);
		else if (drops) drops.push(event);
		else slotDrops.set(owner, [event]);
	}
	const told: TraceEvent[] = [];
	const placed = new Set<TraceEvent>();
	/** An object the collector is clearing: its dealloc waits until the clear has let go of all it held. */
	let clearing: ObjectId | null = null;
	/** Tells `first`, and when it is a death the dealloc it starts, depth first (without recursion: a freed chain can be long). */
	const tell = (first: TraceEvent): void => {
		const pending = [first];
		while (pending.length > 0) {
			const event = pending.pop()!;
			if (placed.has(event)) continue;
			placed.add(event);
			told.push(event);
			if (event.kind !== "decref" || deaths.get(event.object) !== event || event.object === clearing) continue;
			// Its dealloc: what it held, then the object itself; the first of them is told next.
			const dealloc = deallocOf(event.object);
			for (let i = dealloc.length - 1; i >= 0; i--) pending.push(dealloc[i]!);
		}
	};
	/** A freed object's dealloc: what it held, its class, then the object itself. */
	const deallocOf = (object: ObjectId): TraceEvent[] => {
		const dealloc = [...(slotDrops.get(object) ?? [])];
		const classDrop = classDrops.get(object);
		if (classDrop) dealloc.push(classDrop);
		const free = frees.get(object);
		if (free) dealloc.push(free);
		return dealloc;
	};
	/** What waits for a death not told yet: a drop from the dying object's slots, its class's drop, its free. */
	const waits = (event: TraceEvent): boolean => {
		if (event.kind === "free") return deaths.has(event.object);
		const owner = slotOwner(event, freed);
		return owner !== null && (deaths.has(owner) || ofClass(event));
	};
	for (const event of events) {
		if (placed.has(event) || waits(event)) continue;
		// An object freed with no death in the step (its count was 0 already, its dealloc under way) goes here.
		if (event.kind === "free" && freed.has(event.object)) deallocOf(event.object).forEach(tell);
		else tell(event);
	}
	// Objects of a cycle the collector broke die of each other, each death waiting for another. The collector's
	// tp_clear of the first of them breaks the cycle (delete_garbage holds it meanwhile): what it held goes first,
	// the objects that frees die of it (its own count reaching 0 among their drops), and then its own dealloc.
	for (const event of events) {
		if (placed.has(event) || event.kind !== "decref" || deaths.get(event.object) !== event) continue;
		clearing = event.object;
		for (const drop of slotDrops.get(clearing) ?? []) tell(drop);
		tell(event);
		clearing = null;
		deallocOf(event.object).forEach(tell);
	}
	const left = events.filter((event) => !placed.has(event));
	return freesAfterLastDrops([...told, ...left.filter((event) => event.kind !== "free"), ...left.filter((event) => event.kind === "free")]);
}

/**
 * Moves each free after the last drop of its object: in a cycle the collector cleared, the death told first may not
 * be an object's last drop (a subclass lets go of its base in its own dealloc, later), and nothing refers to a freed object.
 */
function freesAfterLastDrops(events: TraceEvent[]): TraceEvent[] {
	const lastDrop = new Map<ObjectId, number>();
	events.forEach((event, index) => {
		if (event.kind === "decref") lastDrop.set(event.object, index);
	});
	const dropAfter = (event: TraceEvent, index: number): number | null => {
		if (event.kind !== "free") return null;
		const last = lastDrop.get(event.object);
		return last !== undefined && last > index ? last : null;
	};
	if (!events.some((event, index) => dropAfter(event, index) !== null)) return events;
	const ordered: TraceEvent[] = [];
	const waiting = new Map<number, TraceEvent[]>();
	events.forEach((event, index) => {
		const last = dropAfter(event, index);
		if (last !== null) waiting.set(last, [...(waiting.get(last) ?? []), event]);
		else ordered.push(event, ...(waiting.get(index) ?? []));
	});
	return ordered;
}
