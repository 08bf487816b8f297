// Keeps the identity of a card's or an arrow's render data while its content is unchanged, so Svelte skips
// every card and arrow a step did not touch: a step with 200 live objects updates only what moved.
import type { ObjectId, ReferenceHolder } from "../../sim/trace/types";
import type { NameLookup } from "../../sim/trace/names";
import { describeHolder } from "./holders";
import type { ArrowPath, CardBox, DiagramLayout } from "./layout";

export interface CardView {
	box: CardBox;
	/** What the refcount is made of, in words; one entry per counted reference. */
	holders: readonly string[];
	/** For each shown slot, the shared value it holds, shown in place (null when an arrow points the way). */
	slotValues: readonly (string | null)[];
	isNew: boolean;
	countMoved: boolean;
	freedReason: string | null;
}

export interface ArrowView {
	arrow: ArrowPath;
	fresh: boolean;
}

export interface StepChanges {
	created: ReadonlySet<ObjectId>;
	moved: ReadonlySet<ObjectId>;
	freedReasons: ReadonlyMap<ObjectId, string>;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
	if (a.length !== b.length) return false;
	for (let index = 0; index < a.length; index++) if (!same(a[index] as T, b[index] as T)) return false;
	return true;
}

/** Field by field, without building strings: this runs for every card at every step. */
function sameCard(a: CardView, b: CardView): boolean {
	const [boxA, boxB] = [a.box, b.box];
	const [objectA, objectB] = [boxA.object, boxB.object];
	return (
		boxA.x === boxB.x &&
		boxA.y === boxB.y &&
		boxA.height === boxB.height &&
		boxA.freed === boxB.freed &&
		boxA.shownSlots === boxB.shownSlots &&
		boxA.hiddenSlots === boxB.hiddenSlots &&
		sameList(boxA.leftSlots, boxB.leftSlots, (x, y) => x === y) &&
		a.isNew === b.isNew &&
		a.countMoved === b.countMoved &&
		a.freedReason === b.freedReason &&
		objectA.label === objectB.label &&
		objectA.preview === objectB.preview &&
		objectA.shared === objectB.shared &&
		objectA.refcount === objectB.refcount &&
		objectA.size === objectB.size &&
		objectA.tracked === objectB.tracked &&
		objectA.generation === objectB.generation &&
		objectA.finalized === objectB.finalized &&
		objectA.gcRefs === objectB.gcRefs &&
		objectA.gcState === objectB.gcState &&
		sameList(objectA.slots, objectB.slots, (x, y) => x.label === y.label && x.target === y.target) &&
		sameList(a.holders, b.holders, (x, y) => x === y) &&
		sameList(a.slotValues, b.slotValues, (x, y) => x === y)
	);
}

export class RenderCache {
	private cards = new Map<string, CardView>();
	private arrows = new Map<string, ArrowView>();

	cardsFor(
		layout: DiagramLayout,
		holders: ReadonlyMap<ObjectId, readonly ReferenceHolder[]>,
		names: NameLookup,
		changes: StepChanges,
	): CardView[] {
		const next = new Map<string, CardView>();
		const views = layout.cards.map((box) => {
			const key = `${box.freed ? "f" : "o"}${box.object.id}`;
			const view: CardView = {
				box,
				holders: box.freed ? [] : (holders.get(box.object.id) ?? []).map((holder) => describeHolder(holder, names)),
				slotValues: box.object.slots.slice(0, box.shownSlots).map((slot) => names.inlineValue(slot.target)),
				isNew: changes.created.has(box.object.id),
				countMoved: changes.moved.has(box.object.id),
				freedReason: box.freed ? (changes.freedReasons.get(box.object.id) ?? "freed") : null,
			};
			const cached = this.cards.get(key);
			const kept = cached && sameCard(cached, view) ? cached : view;
			next.set(key, kept);
			return kept;
		});
		this.cards = next;
		return views;
	}

	arrowsFor(layout: DiagramLayout, changes: StepChanges): ArrowView[] {
		const next = new Map<string, ArrowView>();
		const views = layout.arrows.map((arrow) => {
			// A weak reference moves no count: its arrow is new only with the weak reference itself.
			const fresh = arrow.from === "weak" ? changes.created.has(arrow.source!) : changes.created.has(arrow.target) || changes.moved.has(arrow.target);
			const cached = this.arrows.get(arrow.key);
			const view =
				cached && cached.fresh === fresh && cached.arrow.d === arrow.d && cached.arrow.target === arrow.target && cached.arrow.from === arrow.from
					? cached
					: { arrow, fresh };
			next.set(arrow.key, view);
			return view;
		});
		this.arrows = next;
		return views;
	}
}
