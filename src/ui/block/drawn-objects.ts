// A heap can hold far more objects than a diagram can draw: `big = list(range(100000))` makes 100,000 ints, and a
// card for each stalled the note for minutes. Past MAX_CARDS the diagram draws the objects a reader looks for
// first: the ones a frame names, then the ones the step changed, then the lowest places of the grid. Each drawn
// card stays in its own place (slots.ts); rows with nothing drawn close up, as they do under the cap.
import type { FrameView, HeapObjectView, ObjectId } from "../../sim/trace/types";
import type { StepChanges } from "./render-cache";
import type { SlotLookup } from "./slots";

/** About what a note scrolls through smoothly: a step with 200 cards renders in under 10 ms. */
export const MAX_CARDS = 300;

export interface DrawnObjects {
	objects: readonly HeapObjectView[];
	freed: readonly HeapObjectView[];
	/** How many of the live objects given are not drawn (a freed one not drawn is still told by the narration). */
	hidden: number;
}

const enum Tier {
	Named,
	Changed,
	Rest,
}

/** The objects and freed ones to draw: all of them up to `limit`, else the `limit` a reader needs most. */
export function drawnObjects(
	objects: readonly HeapObjectView[],
	freed: readonly HeapObjectView[],
	frames: readonly FrameView[],
	changes: Pick<StepChanges, "created" | "moved">,
	slotOf: SlotLookup,
	limit = MAX_CARDS,
): DrawnObjects {
	if (objects.length + freed.length <= limit) return { objects, freed, hidden: 0 };
	const named = new Set<ObjectId>();
	for (const frame of frames) {
		for (const local of frame.locals) if (local.target !== null) named.add(local.target);
		for (const target of frame.stack) named.add(target);
	}
	const tierOf = (object: HeapObjectView): Tier => {
		if (named.has(object.id)) return Tier.Named;
		return changes.created.has(object.id) || changes.moved.has(object.id) ? Tier.Changed : Tier.Rest;
	};
	// A freed card tells what the step did, as a changed one does. The `limit` first by tier, then place: kept
	// in a bounded heap rather than sorting them all, as a heap of 100,000 spent a twentieth of a second sorting.
	const chosen = new LeastKept<Candidate>(limit, (a, b) => a.tier - b.tier || a.slot - b.slot || a.order - b.order);
	let order = 0;
	for (const object of objects) chosen.offer({ object, freed: false, tier: tierOf(object), slot: slotOf(object.id), order: order++ });
	for (const object of freed) chosen.offer({ object, freed: true, tier: Tier.Changed, slot: slotOf(object.id), order: order++ });
	const kept = chosen.sorted();
	const drawn = kept.flatMap((entry) => (entry.freed ? [] : [entry.object]));
	return { objects: drawn, freed: kept.flatMap((entry) => (entry.freed ? [entry.object] : [])), hidden: objects.length - drawn.length };
}

interface Candidate {
	object: HeapObjectView;
	freed: boolean;
	tier: Tier;
	slot: number;
	/** Where it was offered: the order among equals, as a stable sort of all of them kept it. */
	order: number;
}

/** The `limit` least items offered, by `compare`: a max-heap of them, whose greatest gives way to a lesser one. */
class LeastKept<T> {
	private readonly heap: T[] = [];

	constructor(
		private readonly limit: number,
		private readonly compare: (a: T, b: T) => number,
	) {}

	offer(item: T): void {
		const heap = this.heap;
		if (heap.length < this.limit) {
			heap.push(item);
			this.siftUp(heap.length - 1);
		} else if (this.limit > 0 && this.compare(item, heap[0]!) < 0) {
			heap[0] = item;
			this.siftDown(0);
		}
	}

	/** The items kept, least first. */
	sorted(): T[] {
		return this.heap.slice().sort(this.compare);
	}

	private siftUp(at: number): void {
		const heap = this.heap;
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (this.compare(heap[at]!, heap[parent]!) <= 0) return;
			[heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
			at = parent;
		}
	}

	private siftDown(at: number): void {
		const heap = this.heap;
		for (;;) {
			const left = 2 * at + 1;
			const right = left + 1;
			let greatest = at;
			if (left < heap.length && this.compare(heap[left]!, heap[greatest]!) > 0) greatest = left;
			if (right < heap.length && this.compare(heap[right]!, heap[greatest]!) > 0) greatest = right;
			if (greatest === at) return;
			[heap[at], heap[greatest]] = [heap[greatest]!, heap[at]!];
			at = greatest;
		}
	}
}
