// The event log's window on a large heap: the shown step's row with the step, the rest a few per later task from
// the window's top.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { describeMore, describeStep, describeWindow, readingOrder, WORK_PER_TASK } from "../../../src/ui/block/log-rows";

const SMALL = ["x = [1, 2]", "y = {'a': x}", "del x", "z = (y, y)", "print(len(z))"].join("\n");
// Each state past line 1 holds more objects than one task's work, so each call describes one row more.
const LARGE = ["big = list(range(40000))", ...Array.from({ length: 8 }, (_, i) => `v${i} = [${i}]`), "del big"].join("\n");

const record = (source: string) => runProgram(source, { record: true }).trace!;

describe("the event log's window", () => {
	it("describes a small program's window at once, as each row alone reads", () => {
		const trace = record(SMALL);
		const last = trace.stepCount - 1;
		const rows = describeWindow(trace, 0, last, 2);
		const alone = record(SMALL);
		expect(rows.map((row) => row.step)).toEqual(Array.from({ length: last + 1 }, (_, step) => step));
		expect(rows.map((row) => row.events)).toEqual(rows.map((row) => describeStep(alone, row.step)));
	});

	it("describes a large heap's shown row with the step and the rest a few per later task, from the window's top, to the same words", () => {
		const trace = record(LARGE);
		expect(trace.state(2).objects.length).toBeGreaterThan(WORK_PER_TASK);
		const [first, last, current] = [0, trace.stepCount - 1, 4];
		const told = (rows: ReturnType<typeof describeWindow>) => rows.filter((row) => row.events !== null).map((row) => row.step);
		expect([...readingOrder(first, last, current)].slice(0, 4)).toEqual([current, 0, 1, 2]);
		expect(told(describeWindow(trace, first, last, current))).toEqual([current]);
		// The shown row reads as much as a task's work: another render of the step describes nothing more.
		expect(told(describeWindow(trace, first, last, current))).toEqual([current]);
		// Row 0 reads a state before the large list, row 1 the first with it: that spends the task's work.
		describeMore(trace, first, last, current);
		expect(told(describeWindow(trace, first, last, current))).toEqual([0, 1, current]);
		describeMore(trace, first, last, current);
		expect(told(describeWindow(trace, first, last, current))).toEqual([0, 1, 2, current]);
		for (let call = 0; call < trace.stepCount && describeWindow(trace, first, last, current).some((row) => row.events === null); call++) describeMore(trace, first, last, current);
		const rows = describeWindow(trace, first, last, current);
		const alone = record(LARGE);
		expect(rows.map((row) => row.events)).toEqual(rows.map((row) => describeStep(alone, row.step)));
	});

	it("shows a step back over a large heap at once, and leaves the row that came into the window's top to a later task", () => {
		const trace = record(LARGE);
		// Line 8 (`v6 = [6]`), the list of 40,000 ints still alive in the steps around it.
		const current = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.lineOf(step) === 8)!;
		const [first, last] = [current - 4, current + 1];
		expect(trace.state(first - 2).objects.length).toBeGreaterThan(WORK_PER_TASK);
		const fill = (from: number, to: number, at: number) => {
			for (let call = 0; call < trace.stepCount && describeWindow(trace, from, to, at).some((row) => row.events === null); call++) describeMore(trace, from, to, at);
		};
		fill(first, last, current);
		const back = describeWindow(trace, first - 1, last - 1, current - 1);
		expect(back.filter((row) => row.events === null).map((row) => row.step)).toEqual([first - 1]);
		describeMore(trace, first - 1, last - 1, current - 1);
		expect(describeWindow(trace, first - 1, last - 1, current - 1).every((row) => row.events !== null)).toBe(true);
	});
});
