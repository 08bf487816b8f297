// A reader walking forward derives each state from the one before it (state-builder.ts); one reading backward
// builds each whole. Both must give the same states and events, at every step of each conformance program (at
// evenly spaced steps of a long one), and of heaps whose objects are made, changed and freed in every order.
import { describe, expect, it } from "vitest";
import { runProgram, type Trace } from "../../../src/sim/index";
import { listRunnablePrograms } from "../../conformance/programs";
import { LayeredMap } from "../../../src/sim/trace/layered-map";
import type { StepState } from "../../../src/sim/trace/types";

const record = (source: string): Trace => runProgram(source, { record: true }).trace!;

/** A state as text, its holders by id: two states are the same when their texts are. */
function text(state: StepState): string {
	return JSON.stringify({ ...state, holders: [...state.holders].sort((a, b) => a[0] - b[0]) });
}

/** At most how many steps of a program are compared, evenly spaced: each costs two whole builds, over a heap that can be large. */
const COMPARED = 24;

/**
 * Steps whose derived state or events differ from the whole build's, up to `limit`. The reader first reads the
 * compared steps from the last to the first, so each state is built whole (events(step) builds the one before it,
 * of which the reader has no state before). Then it reads every step from the first, deriving each state from the
 * one before, through events(step) at every fourth step and through state(step) alone at the others.
 */
function differences(source: string, limit = 3): string[] {
	const trace = record(source);
	const every = Math.ceil(trace.stepCount / COMPARED);
	const whole = new Map<number, { state: string; events: string }>();
	for (let step = trace.stepCount - 1; step >= 0; step--) {
		if (step % every === 0 || step === trace.stepCount - 1) whole.set(step, { state: text(trace.state(step)), events: JSON.stringify(step > 0 ? trace.events(step) : []) });
	}
	const found: string[] = [];
	for (let step = 0; step < trace.stepCount && found.length < limit; step++) {
		const events = step % 4 === 1 ? trace.events(step) : null;
		const state = trace.state(step);
		const compared = whole.get(step);
		if (!compared) continue;
		if (text(state) !== compared.state) found.push(`step ${step}: state\n${text(state)}\n${compared.state}`);
		else if (events !== null && JSON.stringify(events) !== compared.events) found.push(`step ${step}: events\n${JSON.stringify(events)}\n${compared.events}`);
	}
	return found;
}

describe("derived states", () => {
	it.each(listRunnablePrograms().map((program) => [program.name, program.source] as const))("equal whole ones at every step of %s", (_name, source) => {
		expect(differences(source)).toEqual([]);
	});

	it("equal whole ones where objects are made, relinked and freed out of order, and shared values come and go", () => {
		const source = [
			"import gc",
			"class Node:",
			"    def __init__(self, value, link=None):",
			"        self.value = value",
			"        self.link = link",
			"nodes = [Node(i) for i in range(30)]",
			"for i in range(0, 30, 3):",
			"    nodes[i].link = nodes[29 - i]",
			"    nodes[29 - i].value = 1000 + i",
			"for i in range(0, 30, 4):",
			"    nodes[i] = None",
			"keep = nodes[1]",
			"nodes.reverse()",
			"del nodes[5:9]",
			"a = b = keep.link",
			"keep.value = 7",
			"nodes = None",
			"print(gc.collect())",
		].join("\n");
		expect(differences(source)).toEqual([]);
	});
});

describe("LayeredMap", () => {
	it("reads as a map with each change made, leaves the map it came from as it was, and folds large layers", () => {
		const base = new Map<number, string>([
			[1, "a"],
			[2, "b"],
			[3, "c"],
		]);
		const first = LayeredMap.over(base);
		const second = first.with(
			new Map<number, string | undefined>([
				[2, undefined],
				[4, "d"],
				[1, "A"],
				[9, undefined],
			]),
		);
		expect([...first]).toEqual([
			[1, "a"],
			[2, "b"],
			[3, "c"],
		]);
		expect([...second]).toEqual([
			[1, "A"],
			[3, "c"],
			[4, "d"],
		]);
		expect(second.size).toBe(3);
		expect(second.has(2)).toBe(false);
		expect(second.get(4)).toBe("d");
		const third = second.with(new Map<number, string | undefined>([[2, "B"], [4, undefined]]));
		expect([...third.keys()]).toEqual([1, 2, 3]);
		expect(third.size).toBe(3);
		let grown = third;
		for (let key = 100; key < 1100; key++) grown = grown.with(new Map([[key, String(key)]]));
		expect(grown.size).toBe(1003);
		expect(grown.get(1099)).toBe("1099");
		expect(grown.get(2)).toBe("B");
		expect(Object.prototype.toString.call(grown)).toBe("[object Map]");
	});
});
