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
});
