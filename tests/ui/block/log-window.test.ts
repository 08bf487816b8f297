// The event log's window on a large heap: the shown step's row at once, the rest a few per call from the top.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { describeStep, describeWindow, readingOrder, WORK_PER_TASK } from "../../../src/ui/block/log-rows";

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

	it("describes a large heap's rows a few per call, the shown step's first and then from the window's top, and the same words in the end", () => {
		const trace = record(LARGE);
		expect(trace.state(2).objects.length).toBeGreaterThan(WORK_PER_TASK);
		const [first, last, current] = [0, trace.stepCount - 1, 4];
		const told = (rows: ReturnType<typeof describeWindow>) => rows.filter((row) => row.events !== null).map((row) => row.step);
		const order = [...readingOrder(first, last, current)];
		expect(order.slice(0, 4)).toEqual([current, 0, 1, 2]);
		expect(told(describeWindow(trace, first, last, current))).toEqual([current]);
		// Row 0 reads a state before the large list, row 1 the first with it: that spends the call's work.
		expect(told(describeWindow(trace, first, last, current))).toEqual([0, 1, current]);
		expect(told(describeWindow(trace, first, last, current))).toEqual([0, 1, 2, current]);
		let rows = describeWindow(trace, first, last, current);
		for (let call = 0; call < 2 * trace.stepCount && rows.some((row) => row.events === null); call++) rows = describeWindow(trace, first, last, current);
		const alone = record(LARGE);
		expect(rows.map((row) => row.events)).toEqual(rows.map((row) => describeStep(alone, row.step)));
	});
});
