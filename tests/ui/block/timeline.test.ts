import { describe, expect, it } from "vitest";
import { lineStep, markPaths, startStep, timelineMarks } from "../../../src/ui/block/timeline";
import { makeFakeTrace } from "./fake-trace";

describe("timelineMarks", () => {
	it("places one mark per step and kind along the slider", () => {
		expect(timelineMarks([{ step: 0, marks: ["alloc"] }, { step: 4, marks: ["free", "gc", "free"] }], 5)).toEqual([
			{ step: 0, percent: 0, kind: "alloc" },
			{ step: 4, percent: 100, kind: "free" },
			{ step: 4, percent: 100, kind: "gc" },
		]);
	});

	it("thins a kind to the limit", () => {
		const marks = Array.from({ length: 1000 }, (_, step) => ({ step, marks: ["alloc" as const] }));
		expect(timelineMarks(marks, 1000, 100)).toHaveLength(100);
	});

	it("marks the fake trace's allocations, frees and collection", () => {
		const trace = makeFakeTrace();
		const kinds = new Set(timelineMarks(trace.marks(), trace.stepCount).map((mark) => mark.kind));
		expect(kinds).toEqual(new Set(["alloc", "free", "gc"]));
	});
});

describe("lineStep and startStep", () => {
	it("skips the collector's phase steps when stepping by line", () => {
		const trace = makeFakeTrace();
		// Steps 10..16 are gc.collect()'s phases on line 11; only step 10 starts the line.
		expect(lineStep(trace, 10, 1)).toBe(17);
		expect(lineStep(trace, 17, -1)).toBe(10);
		expect(lineStep(trace, trace.stepCount - 1, 1)).toBe(trace.stepCount - 1);
		expect(lineStep(trace, 1, -1)).toBe(0);
	});

	it("clamps the start option into the run", () => {
		expect(startStep("end", 10)).toBe(9);
		expect(startStep(42, 10)).toBe(9);
		expect(startStep(3, 10)).toBe(3);
		expect(startStep("end", 0)).toBe(0);
	});
});

describe("markPaths", () => {
	it("draws each kind's marks as one path of vertical lines, collections taller", () => {
		const paths = markPaths([
			{ step: 0, percent: 0, kind: "alloc" },
			{ step: 5, percent: 50, kind: "alloc" },
			{ step: 5, percent: 50, kind: "gc" },
		]);
		expect(paths).toEqual([
			{ kind: "alloc", d: "M0.00 0V6M50.00 0V6" },
			{ kind: "free", d: "" },
			{ kind: "gc", d: "M50.00 0V8" },
		]);
	});
});
