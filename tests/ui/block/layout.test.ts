import { describe, expect, it } from "vitest";
import type { HeapObjectView } from "../../../src/sim/trace/types";
import { CARD_HEAD, CARD_WIDTH, holdersPlacement, layoutDiagram, MAX_SLOT_ROWS, typeEdgeShown } from "../../../src/ui/block/layout";
import { detour } from "../../../src/ui/block/arrow-routes";
import { SlotAssigner } from "../../../src/ui/block/slots";
import { makeFakeTrace } from "./fake-trace";

function object(id: number, slots = 0): HeapObjectView {
	return {
		id,
		type: "list",
		label: `list#${id}`,
		preview: "[]",
		shared: false,
		refcount: 1,
		size: 56,
		tracked: true,
		generation: 0,
		finalized: false,
		inline: false,
		slots: Array.from({ length: slots }, (_, index) => ({ label: `[${index}]`, target: id })),
	};
}

function overlaps(a: { x: number; y: number; height: number }, b: { x: number; y: number; height: number }): boolean {
	return a.x < b.x + CARD_WIDTH && b.x < a.x + CARD_WIDTH && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("SlotAssigner", () => {
	it("gives each object one slot for its life and reuses a slot only after a free", () => {
		const trace = makeFakeTrace();
		const slots = new SlotAssigner(trace);
		slots.advanceTo(trace.stepCount - 1);
		for (let step = 0; step < trace.stepCount; step++) {
			const ids = trace.state(step).objects.map((entry) => entry.id);
			const taken = ids.map((id) => slots.slotOf(id));
			expect(new Set(taken).size, `step ${step}`).toBe(ids.length);
		}
		// C#5 is freed before gc's module is created, list#3 before f's function: they take the freed slots.
		expect(slots.slotOf(6)).toBe(slots.slotOf(5));
		expect(slots.slotOf(7)).toBe(slots.slotOf(3));
	});

	it("does not depend on the order the steps were visited", () => {
		const trace = makeFakeTrace();
		const walked = new SlotAssigner(trace);
		for (let step = 0; step < trace.stepCount; step++) walked.advanceTo(step);
		const jumped = new SlotAssigner(trace);
		jumped.advanceTo(trace.stepCount - 1);
		for (const id of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(jumped.slotOf(id)).toBe(walked.slotOf(id));
	});
});

describe("layoutDiagram", () => {
	it("places no card over another and keeps a card's place when others come and go", () => {
		const objects = [object(1, 3), object(2, 12), object(3), object(4, 1), object(5)];
		const slotOf = (id: number) => id - 1;
		const wide = layoutDiagram({ frames: [], objects, freed: [], slotOf, width: 900 });
		for (const a of wide.cards) for (const b of wide.cards) if (a !== b) expect(overlaps(a, b)).toBe(false);
		const fewer = layoutDiagram({ frames: [], objects: objects.filter((entry) => entry.id !== 4), freed: [], slotOf, width: 900 });
		const place = (layout: typeof wide, id: number) => layout.cards.find((card) => card.object.id === id);
		expect({ x: place(fewer, 1)?.x, y: place(fewer, 1)?.y }).toEqual({ x: place(wide, 1)?.x, y: place(wide, 1)?.y });
		expect(place(wide, 2)?.shownSlots).toBe(MAX_SLOT_ROWS);
		expect(place(wide, 2)?.hiddenSlots).toBe(12 - MAX_SLOT_ROWS);
	});

	it("draws a weak reference's arrow to its referent from its value row, as no slot of it", () => {
		const weak = { ...object(2), type: "weakref.ReferenceType", weakTarget: 1 };
		const layout = layoutDiagram({ frames: [], objects: [object(1), weak], freed: [], slotOf: (id) => id - 1, width: 900 });
		expect(layout.arrows).toEqual([{ key: "w2", d: expect.any(String) as string, target: 1, from: "weak", source: 2 }]);
		const card = layout.cards.find((box) => box.object.id === 2)!;
		// Its value row: between the title and the first slot row.
		expect(Number(layout.arrows[0]!.d.match(/-?[\d.]+/g)![1])).toBeLessThan(card.y + CARD_HEAD);
		expect(card.leftSlots).toEqual([]);
		// A referent with no card (shared, or not drawn) gets no arrow.
		expect(layoutDiagram({ frames: [], objects: [weak], freed: [], slotOf: () => 0, width: 900 }).arrows).toEqual([]);
	});

	it("sends an arrow to a card in a column to the left out of the row's left edge, never under its own column's cards", () => {
		// Slots 0 and 1 are the first row's two columns, 3 is under 1: the card under 1 points back at 0.
		const holder = { ...object(2, 1), slots: [{ label: "[0]", target: 1 }] };
		const objects = [object(1), object(3), holder];
		const slots = new Map([[1, 0], [3, 1], [2, 3]]);
		const layout = layoutDiagram({ frames: [], objects, freed: [], slotOf: (id) => slots.get(id)!, width: 500 });
		const card = (id: number) => layout.cards.find((box) => box.object.id === id)!;
		expect(card(2).x).toBe(card(3).x);
		expect(card(1).x + CARD_WIDTH).toBeLessThan(card(2).x);
		const back = layout.arrows.find((arrow) => arrow.source === 2)!;
		const numbers = back.d.match(/-?[\d.]+/g)!.map(Number);
		const xs = numbers.filter((_, index) => index % 2 === 0);
		// Every point of the curve lies between the two cards: in the gap, not across card 2's own column.
		expect(numbers[0]).toBe(card(2).x);
		for (const x of xs) expect(x).toBeGreaterThanOrEqual(card(1).x + CARD_WIDTH);
		for (const x of xs) expect(x).toBeLessThanOrEqual(card(2).x);
		expect(card(2).leftSlots).toEqual([0]);
		expect(card(3).leftSlots).toEqual([]);
	});

	it("routes an arrow that would pass under a column between its ends through the gaps between columns and rows", () => {
		// Three columns of three rows: every card holds every other, and a frame names each of them.
		const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9];
		const objects = ids.map((id) => ({ ...object(id), slots: ids.filter((other) => other !== id).map((target) => ({ label: `.to${target}`, target })) }));
		const frame = { id: 0, name: "<module>", line: 1, locals: ids.map((id) => ({ name: `n${id}`, target: id })), stack: [] };
		const layout = layoutDiagram({ frames: [frame], objects, freed: [], slotOf: (id) => id - 1, width: 1000 });
		expect(new Set(layout.cards.map((card) => card.x)).size).toBe(3);
		const detours = layout.arrows.filter((arrow) => / Q/.test(arrow.d));
		expect(detours.length).toBeGreaterThan(0);

		for (const arrow of layout.arrows) {
			for (const [x, y] of pathPoints(arrow.d)) {
				for (const card of layout.cards) {
					if (card.object.id === arrow.target || card.object.id === arrow.source) continue;
					const inside = x > card.x + 1 && x < card.x + CARD_WIDTH - 1 && y > card.y + 1 && y < card.y + card.height - 1;
					expect(inside, `${arrow.key} passes under ${card.object.label} at ${x},${y}`).toBe(false);
				}
			}
		}
	});

	it("runs routed arrows to different targets apart where they share a gap, and those to one target together", () => {
		const grid = { cardWidth: CARD_WIDTH, columnGap: 56, channels: [100], cards: [] };
		// Targets 4 and 7 share a lane, 5 takes the next: the corners in the start's gap and in the channel.
		expect(detour(grid, 0, 50, 300, 150, 1, 4)).toContain("Q28,100 ");
		expect(detour(grid, 0, 60, 300, 150, 1, 7)).toContain("Q28,100 ");
		expect(detour(grid, 0, 60, 300, 160, 1, 5)).toContain("Q33,105 ");
	});

	it("stacks frames above the heap when narrow and draws one arrow per name, stack entry and slot", () => {
		const trace = makeFakeTrace();
		const state = trace.state(7);
		const slots = new SlotAssigner(trace);
		slots.advanceTo(7);
		const layout = layoutDiagram({ frames: state.frames, objects: state.objects, freed: [], slotOf: (id) => slots.slotOf(id), width: 360 });
		expect(layout.narrow).toBe(true);
		const framesBottom = Math.max(...layout.frames.map((box) => box.y + box.height));
		for (const card of layout.cards) expect(card.y).toBeGreaterThan(framesBottom);
		const expected =
			state.frames.reduce((sum, frame) => sum + frame.locals.filter((local) => local.target !== null).length + frame.stack.length, 0) +
			state.objects.reduce((sum, entry) => sum + entry.slots.length, 0);
		expect(layout.arrows).toHaveLength(expected);
		expect(new Set(layout.arrows.map((arrow) => arrow.key)).size).toBe(expected);
		for (const arrow of layout.arrows) expect(arrow.d).toMatch(/^M-?[\d.]+,-?[\d.]+ C/);
	});

	it("marks an instance's arrow to its class as a type edge, drawn only for the cards looked at or a new instance", () => {
		const cls: HeapObjectView = { ...object(1), type: "type", label: "type#1", slots: [] };
		const instances = [2, 3, 4].map((id): HeapObjectView => ({ ...object(id), type: "Point", label: `Point#${id}`, slots: [{ label: "__class__", target: 1 }, { label: ".next", target: 1 }] }));
		const layout = layoutDiagram({ frames: null, objects: [cls, ...instances], freed: [], slotOf: (id) => id, width: 900 });
		const typeEdges = layout.arrows.filter((arrow) => arrow.from === "type");
		expect(typeEdges.map((arrow) => arrow.source)).toEqual([2, 3, 4]);
		expect(layout.arrows.filter((arrow) => arrow.from === "slot")).toHaveLength(3);
		const none = new Set<number>();
		const shown = (active: Set<number>, created: Set<number> = none) =>
			layout.arrows.filter((arrow) => typeEdgeShown(arrow, active, created)).map((arrow) => `${arrow.from} ${arrow.source}`);
		// Ordinary references are always drawn; type edges only for an instance or class looked at, or a new instance.
		expect(shown(none)).toEqual(["slot 2", "slot 3", "slot 4"]);
		expect(shown(new Set([3]))).toEqual(["slot 2", "type 3", "slot 3", "slot 4"]);
		expect(shown(new Set([1]))).toEqual(["type 2", "slot 2", "type 3", "slot 3", "type 4", "slot 4"]);
		expect(shown(none, new Set([4]))).toEqual(["slot 2", "slot 3", "type 4", "slot 4"]);
	});

	it("draws a freed object only where no live object stands", () => {
		const layout = layoutDiagram({ frames: null, objects: [object(1)], freed: [object(2), object(3)], slotOf: (id) => (id === 3 ? 1 : id), width: 900 });
		expect(layout.cards.map((card) => [card.object.id, card.freed])).toEqual([
			[1, false],
			[2, true],
		]);
	});
});

describe("holdersPlacement", () => {
	const visible = { width: 360, height: 400 };
	it("opens the list of holders below a card when it fits there", () => {
		expect(holdersPlacement({ x: 8, y: 8, height: 88 }, 3, visible)).toEqual({ above: false, alignRight: false, maxHeight: 300, scrolls: false });
	});

	it("opens it above a card near the bottom of what the pane shows, within the room there", () => {
		// 14 + 18 * (2 + 1 + 3) = 122 px wanted, 20 px below, 300 above.
		expect(holdersPlacement({ x: 8, y: 304, height: 76 }, 3, visible)).toEqual({ above: true, alignRight: false, maxHeight: 300, scrolls: false });
	});

	it("takes the roomier side and scrolls when neither side has room for every holder", () => {
		const placement = holdersPlacement({ x: 8, y: 120, height: 88 }, 30, visible);
		expect(placement.above).toBe(false);
		expect(placement.maxHeight).toBe(400 - 208 - 4);
		// 14 + 18 * (2 + 1 + 30) = 608 px wanted: the list scrolls, so keyboard users get to focus it.
		expect(placement.scrolls).toBe(true);
		expect(holdersPlacement({ x: 8, y: 240, height: 88 }, 30, visible)).toMatchObject({ above: true, maxHeight: 236, scrolls: true });
	});

	it("aligns it with the card's right edge near the right edge, when that leaves it inside on the left", () => {
		expect(holdersPlacement({ x: 168, y: 8, height: 88 }, 1, visible).alignRight).toBe(true);
		expect(holdersPlacement({ x: 8, y: 8, height: 88 }, 1, { width: 200, height: 400 }).alignRight).toBe(false);
	});
});

/** Points along an SVG path of M, L, Q and C commands with absolute coordinates, every 2 px or so. */
function pathPoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	let at: [number, number] = [0, 0];
	for (const [, command, args] of d.matchAll(/([MLQC])([^MLQC]*)/g)) {
		const n = args!.trim().split(/[\s,]+/).map(Number);
		const pairs: [number, number][] = [];
		for (let index = 0; index < n.length; index += 2) pairs.push([n[index]!, n[index + 1]!]);
		const controls: [number, number][] = [at, ...pairs];
		const end = pairs[pairs.length - 1]!;
		const steps = command === "M" ? 0 : Math.max(2, Math.ceil(Math.hypot(end[0] - at[0], end[1] - at[1]) / 2) * 2);
		for (let step = 1; step <= steps; step++) points.push(bezier(controls, step / steps));
		at = end;
		if (command === "M") points.push(at);
	}
	return points;
}

function bezier(controls: readonly [number, number][], t: number): [number, number] {
	let level = controls.slice();
	while (level.length > 1) level = level.slice(1).map((point, index) => [level[index]![0] + (point[0] - level[index]![0]) * t, level[index]![1] + (point[1] - level[index]![1]) * t]);
	return level[0]!;
}
