// A stable place in the heap grid for each object: a slot is taken when the object first appears and given
// back when it is freed, so a live object never moves between steps. The assignment depends only on the
// trace (steps are walked in order), never on how the user navigated.
import type { ObjectId, Trace } from "../../sim/trace/types";

/** The heap-grid slot of an object at the shown step. */
export type SlotLookup = (id: ObjectId) => number;

export class SlotAssigner {
	private readonly slots = new Map<ObjectId, number>();
	/** Slot of every object ever seen, kept after its free: going back shows it where it stood. */
	private readonly lastSlot = new Map<ObjectId, number>();
	/** Slots given back, highest first. */
	private readonly freeSlots: number[] = [];
	private nextSlot = 0;
	private walkedSteps = 0;

	constructor(private readonly trace: Pick<Trace, "stepCount" | "objectsShownAndGone" | "state">) {}

	/** Walks the trace up to and including `step`: the objects each step shows take slots, the ones it drops give theirs back. */
	advanceTo(step: number): void {
		const last = Math.min(step, this.trace.stepCount - 1);
		if (this.walkedSteps === 0 && last >= 0) {
			// Objects alive before anything ran have no alloc event.
			for (const object of this.trace.state(0).objects) this.take(object.id);
		}
		for (; this.walkedSteps <= last; this.walkedSteps++) {
			const { shown, gone } = this.trace.objectsShownAndGone(this.walkedSteps);
			for (const id of shown) this.take(id);
			for (const id of gone) this.release(id);
		}
	}

	/**
	 * The slot of an object at any walked step. Object ids are never reused and a slot is reused only after
	 * its object was freed, so one object keeps one slot for its whole life and live objects never share one.
	 * An object no event announced gets the next slot.
	 */
	slotOf(id: ObjectId): number {
		return this.lastSlot.get(id) ?? this.take(id);
	}

	private take(id: ObjectId): number {
		const existing = this.slots.get(id);
		if (existing !== undefined) return existing;
		const slot = this.freeSlots.pop() ?? this.nextSlot++;
		this.slots.set(id, slot);
		this.lastSlot.set(id, slot);
		return slot;
	}

	private release(id: ObjectId): void {
		const slot = this.slots.get(id);
		if (slot === undefined) return;
		this.slots.delete(id);
		// Kept in descending order, so the lowest free slot is the last (a sort at every take cost a long walk dearly).
		const free = this.freeSlots;
		let at = free.length;
		while (at > 0 && free[at - 1]! < slot) at--;
		free.splice(at, 0, slot);
	}
}
