// A step that does one thing thousands of times is told by its first repetitions and one line for the rest.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepState, Trace } from "../../../src/sim/index";
import { lookupFor } from "../../../src/sim/trace/names";
import type { TraceEvent } from "../../../src/sim/trace/types";
import { describeRun, eventShape, foldRuns, RUN_MIN_REPEATS, RUNS_KEPT } from "../../../src/ui/block/event-runs";
import { describeStep } from "../../../src/ui/block/log-rows";
import { narrate } from "../../../src/ui/block/narrate";

function stepAfterLine(trace: Trace, line: number): number {
	for (let step = 1; step < trace.stepCount; step++) if (trace.state(step).line === line) return step;
	throw new Error(`line ${line} never ran`);
}

function tellStep(trace: Trace, source: string, step: number): string[] {
	const events = trace.events(step);
	const states: StepState[] = [trace.state(step), trace.state(step - 1)];
	const lines = source.split("\n");
	return narrate(events, { names: lookupFor(states, events), codeOf: (line) => lines[line - 1]?.trim() ?? "" }).sentences;
}

const SOURCE = "big = list(range(3000, 3400))\nx = [7] * 50\ndel big\n";

describe("event runs", () => {
	const trace = runProgram(SOURCE, { record: true }).trace!;

	it("tells 400 new ints by two of them and one line for the rest", () => {
		const step = stepAfterLine(trace, 1);
		const sentences = tellStep(trace, SOURCE, step);
		const state = trace.state(step);
		const list = state.objects.find((o) => o.preview.startsWith("[3000, "))!;
		const ints = list.slots.map((slot) => state.objects.find((o) => o.id === slot.target)!.label);
		expect(ints).toHaveLength(400);
		expect(sentences).toContain(`Creates ${ints[0]}`);
		expect(sentences).toContain(`Creates ${ints[1]}`);
		expect(sentences).not.toContain(`Creates ${ints[2]}`);
		expect(sentences).toContain(`The same for 398 more ints: ${ints[2]} … ${ints[399]}`);
		// Their references from the list's slots fold the same way.
		expect(sentences.filter((s) => s.startsWith("The same for 398 more ints"))).toHaveLength(2);
		expect(sentences.length).toBeLessThan(12);
	});

	it("tells a drop and the free it brought about as one pattern", () => {
		const step = stepAfterLine(trace, 3);
		const sentences = tellStep(trace, SOURCE, step);
		const freedInts = trace.state(step - 1).objects.filter((o) => o.type === "int" && !trace.state(step).objects.some((a) => a.id === o.id));
		expect(freedInts).toHaveLength(400);
		const [first, second, third] = freedInts.map((o) => o.label);
		expect(sentences).toContain(`${first} is freed: refcount reached 0`);
		expect(sentences).toContain(`${second} is freed: refcount reached 0`);
		expect(sentences).not.toContain(`${third} is freed: refcount reached 0`);
		expect(sentences).toContain(`The same for 398 more ints: ${third} … ${freedInts[399]!.label}`);
	});

	it("folds the event log's row the same way", () => {
		const rows = describeStep(trace, stepAfterLine(trace, 1));
		expect(rows.filter((row) => row.startsWith("alloc int#"))).toHaveLength(RUNS_KEPT);
		expect(rows.filter((row) => row.startsWith("the same for 398 more ints"))).toHaveLength(2);
	});

	it("tells references to one object, all alike, as repeated, with the count it reaches", () => {
		const names = lookupFor([], []);
		const events: TraceEvent[] = Array.from({ length: 10 }, (_, i) => ({
			kind: "incref",
			object: 5,
			refcount: i + 2,
			holder: { kind: "slot", owner: 9, label: `[${i}]` },
			cause: "list_repeat",
		}));
		const folded = foldRuns(events, (event) => eventShape(event, names));
		expect(folded.slice(0, RUNS_KEPT)).toEqual(events.slice(0, RUNS_KEPT));
		const run = folded[RUNS_KEPT]!;
		expect(run.kind).toBe("run");
		expect(describeRun(run as Exclude<typeof run, TraceEvent>, names)).toBe("the same 8 more times for object#5, refcount now 11");
	});

	it("leaves a short run and unlike events as they are", () => {
		const names = lookupFor([], []);
		const alloc = (object: number): TraceEvent => ({ kind: "alloc", object, type: "int" });
		const few = Array.from({ length: RUN_MIN_REPEATS - 1 }, (_, i) => alloc(i + 1));
		expect(foldRuns(few, (event) => eventShape(event, names))).toEqual(few);
		const mixed: TraceEvent[] = [alloc(1), { kind: "alloc", object: 2, type: "str" }, alloc(3), { kind: "stdout", text: "x" }];
		expect(foldRuns(mixed, (event) => eventShape(event, names))).toEqual(mixed);
	});
});
