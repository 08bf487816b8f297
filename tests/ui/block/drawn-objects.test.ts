// Past MAX_CARDS the diagram draws the objects a reader looks for first, from a real program's heap.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepState, Trace } from "../../../src/sim/index";
import type { HeapObjectView } from "../../../src/sim/trace/types";
import { drawnObjects, MAX_CARDS } from "../../../src/ui/block/drawn-objects";
import { SlotAssigner } from "../../../src/ui/block/slots";

const NOTHING_CHANGED = { created: new Set<number>(), moved: new Set<number>() };

function traceOf(source: string): Trace {
	return runProgram(source, { record: true }).trace!;
}

function afterLine(trace: Trace, line: number): StepState {
	for (let step = 0; step < trace.stepCount; step++) if (trace.state(step).line === line) return trace.state(step);
	throw new Error(`line ${line} never ran`);
}

function slotsAt(trace: Trace, state: StepState): (id: number) => number {
	const slots = new SlotAssigner(trace);
	slots.advanceTo(state.step);
	return (id) => slots.slotOf(id);
}

const ints = (objects: readonly HeapObjectView[]) => objects.filter((o) => o.type === "int");

describe("drawnObjects", () => {
	it("draws every object while they fit", () => {
		const trace = traceOf("a = [1000, 2000]\nb = a\n");
		const state = afterLine(trace, 2);
		const drawn = drawnObjects(state.objects, [], state.frames, NOTHING_CHANGED, slotsAt(trace, state));
		expect(drawn.objects).toBe(state.objects);
		expect(drawn.hidden).toBe(0);
	});

	it("draws the named objects, then the changed ones, then the oldest places, up to the limit", () => {
		const trace = traceOf("first = 7000\nbig = [i for i in range(300, 900)]\nlast = [8000]\nlast.append(9000)\n");
		const state = afterLine(trace, 4);
		const slotOf = slotsAt(trace, state);
		const nine = state.objects.find((o) => o.preview === "9000")!;
		const drawn = drawnObjects(state.objects, [], state.frames, { created: new Set(), moved: new Set([nine.id]) }, slotOf, 50);
		expect(drawn.objects).toHaveLength(50);
		expect(drawn.hidden).toBe(state.objects.length - 50);
		const previews = drawn.objects.map((o) => o.preview);
		// The names' objects and the one whose count moved, though their places come after 600 ints'.
		expect(previews).toEqual(expect.arrayContaining(["7000", "[8000, 9000]", "9000"]));
		expect(previews.filter((p) => p.startsWith("[300, 301"))).toHaveLength(1);
		// The rest are the ints in the lowest places, in order of place.
		const rest = ints(drawn.objects).filter((o) => o !== nine && o.preview !== "7000");
		const places = rest.map((o) => slotOf(o.id));
		expect(places).toEqual([...places].sort((a, b) => a - b));
		const undrawnPlaces = ints(state.objects).filter((o) => !drawn.objects.includes(o)).map((o) => slotOf(o.id));
		expect(Math.min(...undrawnPlaces)).toBeGreaterThan(Math.max(...places));
	});

	it("counts freed cards within the limit, before the oldest places", () => {
		const trace = traceOf("big = list(range(1000, 1400))\nx = [5000]\ndel x\n");
		const before = afterLine(trace, 2);
		const after = afterLine(trace, 3);
		const freed = before.objects.filter((o) => !after.objects.some((a) => a.id === o.id));
		expect(freed.map((o) => o.preview)).toEqual(["[5000]"]);
		const drawn = drawnObjects(after.objects, freed, after.frames, NOTHING_CHANGED, slotsAt(trace, after), 20);
		expect(drawn.freed).toEqual(freed);
		expect(drawn.objects).toHaveLength(19);
		expect(drawn.hidden).toBe(after.objects.length - 19);
	});

	it("keeps a heap of a hundred thousand ints to the default limit", () => {
		const trace = traceOf("big = list(range(100000))\n");
		const state = afterLine(trace, 1);
		const drawn = drawnObjects(state.objects, [], state.frames, NOTHING_CHANGED, slotsAt(trace, state));
		expect(drawn.objects).toHaveLength(MAX_CARDS);
		expect(drawn.objects.some((o) => o.type === "list")).toBe(true);
		expect(drawn.hidden).toBeGreaterThan(99_000);
	});
});
