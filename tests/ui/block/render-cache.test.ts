import { describe, expect, it } from "vitest";
import { lookupFor } from "../../../src/sim/trace/names";
import { layoutDiagram } from "../../../src/ui/block/layout";
import { RenderCache } from "../../../src/ui/block/render-cache";
import { SlotAssigner } from "../../../src/ui/block/slots";
import { makeWideTrace } from "./fake-trace";

describe("RenderCache", () => {
	it("hands back last step's card and arrow objects for everything a step did not change", () => {
		const trace = makeWideTrace(50, 4);
		const slots = new SlotAssigner(trace);
		slots.advanceTo(trace.stepCount - 1);
		const cache = new RenderCache();
		const render = (step: number) => {
			const state = trace.state(step);
			const layout = layoutDiagram({ frames: state.frames, objects: state.objects, freed: [], slotOf: (id) => slots.slotOf(id), width: 1200 });
			const changes = { created: new Set<number>(), moved: new Set<number>(), freedReasons: new Map<number, string>() };
			for (const event of trace.events(step)) if (event.kind === "incref" || event.kind === "decref") changes.moved.add(event.object);
			return { cards: cache.cardsFor(layout, state.holders, lookupFor([state]), changes), arrows: cache.arrowsFor(layout, changes) };
		};
		const before = render(2);
		const after = render(3);
		const changedCards = after.cards.filter((card, index) => card !== before.cards[index]);
		// Step 3 moves the name `item` from list#2 to list#9: only those two cards are new objects.
		expect(changedCards.map((card) => card.box.object.label).sort()).toEqual(["list#2", "list#9"]);
		expect(changedCards.map((card) => card.holders.length).sort()).toEqual([1, 2]);
		const changedArrows = after.arrows.filter((view) => !before.arrows.some((old) => old === view));
		// The name's arrow moves and the arrow into list#9 lights up; the one into list#2 was already lit at
		// step 2 (where `item` was bound to list#2), so its view is kept.
		expect(changedArrows.map((view) => view.arrow.key).sort()).toEqual(["n0:item", "o1:7"]);
	});

	it("lights a weak reference's arrow only in the step that makes the weak reference: it moves no count", () => {
		const referent = { id: 1, type: "A", label: "A#1", preview: "<A object>", shared: false, refcount: 1, size: 56, tracked: true, generation: 0 as const, finalized: false, inline: false, slots: [] };
		const weak = { ...referent, id: 2, type: "weakref.ReferenceType", label: "weakref.ReferenceType#2", preview: "<weakref to A#1>", weakTarget: 1 };
		const layout = layoutDiagram({ frames: [], objects: [referent, weak], freed: [], slotOf: (id) => id - 1, width: 900 });
		const cache = new RenderCache();
		const changes = (created: number[], moved: number[]) => ({ created: new Set(created), moved: new Set(moved), freedReasons: new Map<number, string>() });
		expect(cache.arrowsFor(layout, changes([2], []))[0]!.fresh).toBe(true);
		// A later step that moves the referent's count (a new name for it) leaves the weak arrow as it was.
		expect(cache.arrowsFor(layout, changes([], [1]))[0]!.fresh).toBe(false);
	});
});
