// A reader walking forward derives each state from the one before it (state-builder.ts), and one stepping back
// over steps it walked derives each from the one after; one reading backward without a walk to go by builds each
// whole. All must give the same states (and events, forward), at every step of each conformance program (at evenly
// spaced steps of a long one, and its last twelve), and of heaps whose objects are made, changed and freed in
// every order.
import { describe, expect, it, vi } from "vitest";
import { runProgram, type Trace } from "../../../src/sim/index";
import { listRunnablePrograms } from "../../conformance/programs";
import { LayeredMap } from "../../../src/sim/trace/layered-map";
import { StateBuilder } from "../../../src/sim/trace/state-builder";
import type { StepState, TraceEvent } from "../../../src/sim/trace/types";

const record = (source: string): Trace => runProgram(source, { record: true }).trace!;

/** A state as text, its holders by id: two states are the same when their texts are. */
function text(state: StepState): string {
	return JSON.stringify({ ...state, holders: [...state.holders].sort((a, b) => a[0] - b[0]) });
}

/** At most how many steps of a program are compared, evenly spaced: each costs two whole builds, over a heap that can be large. */
const COMPARED = 24;
/** How many of a program's last steps are read back, each state derived from the one after it, and compared too. */
const STEPS_BACK = 12;

/**
 * Steps whose derived state or events differ from the whole build's, up to `limit`. The reader first reads the
 * compared steps from the last to the first, so each state is built whole (events(step) builds the one before it,
 * of which the reader has no state before, and no walk of the step after yet). Then it reads every step from the
 * first, deriving each state from the one before, through events(step) at every fourth step and through
 * state(step) alone at the others. Last it steps back through the last STEPS_BACK steps, as the block does after
 * walking there, deriving each state from the one after it by that step's walk.
 */
function differences(source: string, limit = 3): string[] {
	const trace = record(source);
	const every = Math.ceil(trace.stepCount / COMPARED);
	const backFrom = trace.stepCount - 1 - STEPS_BACK;
	const whole = new Map<number, { state: string; events: string }>();
	for (let step = trace.stepCount - 1; step >= 0; step--) {
		if (step % every === 0 || step >= backFrom) whole.set(step, { state: text(trace.state(step)), events: JSON.stringify(step > 0 ? trace.events(step) : []) });
	}
	const found: string[] = [];
	const compare = (step: number, state: StepState, events: TraceEvent[] | null, how: string) => {
		const compared = whole.get(step);
		if (!compared || found.length >= limit) return;
		if (text(state) !== compared.state) found.push(`step ${step} (${how}): state\n${text(state)}\n${compared.state}`);
		else if (events !== null && JSON.stringify(events) !== compared.events) found.push(`step ${step} (${how}): events\n${JSON.stringify(events)}\n${compared.events}`);
	};
	for (let step = 0; step < trace.stepCount; step++) {
		const events = step % 4 === 1 ? trace.events(step) : null;
		compare(step, trace.state(step), events, "forward");
	}
	for (let step = trace.stepCount - 2; step >= Math.max(0, backFrom); step--) compare(step, trace.state(step), null, "back");
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
		// The spy keeps what each call was given (models with their heaps): only here, over a small heap.
		const derive = vi.spyOn(StateBuilder.prototype, "derive");
		expect(differences(source)).toEqual([]);
		const derivedBack = derive.mock.calls.filter(([from, , step]) => from.step > step).length;
		derive.mockRestore();
		// The last three states were kept from the walk forward; the others were derived back.
		expect(derivedBack).toBe(STEPS_BACK - 3);
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
