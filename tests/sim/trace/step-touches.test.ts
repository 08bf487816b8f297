// A step's events compare the holders of only the objects its records touched (StepTouches). An object left out
// whose holders did change would lose its events, so every step of a spread of the conformance programs is told
// twice, once comparing every object, and the two must be the same.
import { describe, expect, it, vi } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepNotes } from "../../../src/sim/trace/step-notes";
import type { StepState } from "../../../src/sim/trace/types";
import { listRunnablePrograms } from "../../conformance/programs";

const compared = vi.hoisted(() => ({ steps: 0, restricted: 0 }));

vi.mock("../../../src/sim/trace/step-events", async (importOriginal) => {
	const original = await importOriginal<typeof import("../../../src/sim/trace/step-events")>();
	return {
		...original,
		diffEvents: (previous: StepState | null, current: StepState, notes: StepNotes = {}) => {
			const told = original.diffEvents(previous, current, notes);
			const everyObject = original.diffEvents(previous, current, { ...notes, touched: undefined });
			expect(told).toEqual(everyObject);
			compared.steps++;
			if (notes.touched && notes.touched.current.length < current.objects.length) compared.restricted++;
			return told;
		},
	};
});

/** Every seventh program: each folder's kinds of step (gc phases, finalizers, generators, class bodies, exits). */
const PROGRAMS = listRunnablePrograms().filter((_, index) => index % 7 === 0);

/** Items that move to new places (their slots renumbered) without a record of their own. */
const MOVED_ITEMS = [
	"from collections import deque",
	"items = [object() for _ in range(6)]",
	"del items[0]",
	"items.insert(0, items[-1])",
	"items[1:3] = [items[4]]",
	"items.pop(0)",
	"q = deque(items)",
	"q.appendleft(q.pop())",
	"q.rotate(2)",
	"d = {i: items[i % len(items)] for i in range(5)}",
	"del d[0]",
	"d.popitem()",
].join("\n");

describe("a step's events from the objects its records touched", () => {
	it("are the events of comparing every object, at every step of a spread of the conformance programs", () => {
		for (const source of [MOVED_ITEMS, ...PROGRAMS.map((program) => program.source)]) {
			const trace = runProgram(source, { record: true, maxSteps: 2_000 }).trace;
			if (!trace) continue;
			for (let step = 0; step < trace.stepCount; step++) trace.events(step);
		}
		expect(PROGRAMS.length).toBeGreaterThan(150);
		// Most steps leave most objects alone: the comparison was restricted, not skipped.
		expect(compared.restricted).toBeGreaterThan(compared.steps / 2);
	});
});
