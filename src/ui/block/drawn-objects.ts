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
	// A freed card tells what the step did, as a changed one does.
	const candidates = [
		...objects.map((object) => ({ object, freed: false, tier: tierOf(object), slot: slotOf(object.id) })),
		...freed.map((object) => ({ object, freed: true, tier: Tier.Changed, slot: slotOf(object.id) })),
	];
	candidates.sort((a, b) => a.tier - b.tier || a.slot - b.slot);
	const chosen = candidates.slice(0, limit);
	const drawn = chosen.flatMap((entry) => (entry.freed ? [] : [entry.object]));
	return { objects: drawn, freed: chosen.flatMap((entry) => (entry.freed ? [entry.object] : [])), hidden: objects.length - drawn.length };
}
