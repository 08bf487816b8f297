// Keeps the identity of a card's or an arrow's render data while its content is unchanged, so Svelte skips
// every card and arrow a step did not touch: a step with 200 live objects updates only what moved.
import type { ObjectId, ReferenceHolder } from "../../sim/trace/types";
import { describeHolder, type NameLookup } from "./holders";
import type { ArrowPath, CardBox, DiagramLayout } from "./layout";

export interface CardView {
	box: CardBox;
	/** What the refcount is made of, in words; one entry per counted reference. */
	holders: readonly string[];
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

function cardSignature(card: CardView): string {
	const { box } = card;
	const object = box.object;
	return [
		box.x,
		box.y,
		box.height,
		box.freed,
		box.shownSlots,
		box.hiddenSlots,
		object.label,
		object.preview,
		object.shared,
		object.refcount,
		object.size,
		object.tracked,
		object.generation,
		object.finalized,
		object.gcRefs,
		object.gcState,
		card.isNew,
		card.countMoved,
		card.freedReason,
		object.slots.map((slot) => slot.label).join("\u0001"),
		card.holders.join("\u0001"),
	].join("\u0002");
}

export class RenderCache {
	private cards = new Map<string, { signature: string; view: CardView }>();
	private arrows = new Map<string, ArrowView>();

	cardsFor(
		layout: DiagramLayout,
		holders: ReadonlyMap<ObjectId, readonly ReferenceHolder[]>,
		names: NameLookup,
		changes: StepChanges,
	): CardView[] {
		const next = new Map<string, { signature: string; view: CardView }>();
		const views = layout.cards.map((box) => {
			const key = `${box.freed ? "f" : "o"}${box.object.id}`;
			const view: CardView = {
				box,
				holders: box.freed ? [] : (holders.get(box.object.id) ?? []).map((holder) => describeHolder(holder, names)),
				isNew: changes.created.has(box.object.id),
				countMoved: changes.moved.has(box.object.id),
				freedReason: box.freed ? (changes.freedReasons.get(box.object.id) ?? "freed") : null,
			};
			const signature = cardSignature(view);
			const cached = this.cards.get(key);
			const kept = cached && cached.signature === signature ? cached : { signature, view };
			next.set(key, kept);
			return kept.view;
		});
		this.cards = next;
		return views;
	}

	arrowsFor(layout: DiagramLayout, changes: StepChanges): ArrowView[] {
		const next = new Map<string, ArrowView>();
		const views = layout.arrows.map((arrow) => {
			const fresh = changes.created.has(arrow.target) || changes.moved.has(arrow.target);
			const cached = this.arrows.get(arrow.key);
			const view =
				cached && cached.fresh === fresh && cached.arrow.d === arrow.d && cached.arrow.target === arrow.target ? cached : { arrow, fresh };
			next.set(arrow.key, view);
			return view;
		});
		this.arrows = next;
		return views;
	}
}
