import { describe, expect, it } from "vitest";
import { endStep, lineStep, markPaths, pageSize, sectionMarks, startStep, timelineMarks, timelineSections } from "../../../src/ui/block/timeline";
import { makeFakeTrace } from "./fake-trace";
import { runProgram } from "../../../src/sim/index";
import type { StepMark } from "../../../src/sim/trace/types";

describe("timelineMarks", () => {
	/** A trace whose only content is its marks: `marked` lists each kind's steps. */
	const marked = (stepCount: number, steps: Partial<Record<StepMark, number[]>>) => ({ stepCount, stepsMarked: (mark: StepMark) => steps[mark] ?? [] });

	it("places one mark per step and kind along the slider", () => {
		expect(timelineMarks(marked(5, { alloc: [0], free: [4], gc: [4] }))).toEqual([
			{ step: 0, percent: 0, kind: "alloc" },
			{ step: 4, percent: 100, kind: "free" },
			{ step: 4, percent: 100, kind: "gc" },
		]);
	});

	it("thins a kind to the limit, evenly", () => {
		const thinned = timelineMarks(marked(1000, { alloc: Array.from({ length: 1000 }, (_, step) => step) }), 100);
		expect(thinned).toHaveLength(100);
		expect(thinned.slice(0, 3).map((mark) => mark.step)).toEqual([0, 10, 20]);
	});

	it("marks the fake trace's allocations, frees and collection", () => {
		const kinds = new Set(timelineMarks(makeFakeTrace()).map((mark) => mark.kind));
		expect(kinds).toEqual(new Set(["alloc", "free", "gc"]));
	});

	it("marks a recorded run's steps from its trace", () => {
		const trace = runProgram("import gc\nx = [1]\ny = x\ndel x, y\ngc.collect()\n", { record: true }).trace!;
		const steps = (kind: StepMark) => timelineMarks(trace).filter((mark) => mark.kind === kind).map((mark) => mark.step);
		const eventSteps = (kinds: string[]) =>
			Array.from({ length: trace.stepCount }, (_, step) => step).filter((step) => trace.events(step).some((event) => kinds.includes(event.kind)));
		// The heap's own notices mark a step too where the trace has no event of the kind: an object made at startup
		// that the program's end hands over (__main__'s globals) appears, an object never shown goes.
		expect(steps("alloc")).toEqual(expect.arrayContaining(eventSteps(["alloc"])));
		expect(steps("free")).toEqual(expect.arrayContaining(eventSteps(["free"])));
		expect(steps("gc")).toEqual(eventSteps(["gc-phase", "gc-done"]));
	});
});

describe("the program's section and the exit's", () => {
	it("splits the run at the exit's first step, when the run reached it", () => {
		expect(timelineSections(30, 6)).toEqual({ programLast: 5, exit: { first: 6, last: 29 } });
		expect(timelineSections(30, null)).toEqual({ programLast: 29, exit: null });
		expect(timelineSections(0, null)).toEqual({ programLast: 0, exit: null });
	});

	it("sends End to the program's end, and from there or inside the exit to the run's end", () => {
		const sections = timelineSections(30, 6);
		expect(endStep(sections, 0)).toBe(5);
		expect(endStep(sections, 5)).toBe(29);
		expect(endStep(sections, 10)).toBe(29);
		expect(endStep(timelineSections(30, null), 3)).toBe(29);
	});

	it("places each section's marks along its own slider", () => {
		const marks = { stepsMarked: (mark: StepMark) => (mark === "alloc" ? [2] : mark === "gc" ? [6, 10] : []) };
		expect(sectionMarks(marks, 0, 5)).toEqual([{ step: 2, percent: 40, kind: "alloc" }]);
		expect(sectionMarks(marks, 6, 10)).toEqual([
			{ step: 6, percent: 0, kind: "gc" },
			{ step: 10, percent: 100, kind: "gc" },
		]);
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

	it("skips a real collection's phase steps but stops at every executed line", () => {
		const trace = runProgram("import gc\nclass Node:\n    pass\na = Node()\na.me = a\ndel a\ngc.collect()\nprint('done')\n", { record: true }).trace!;
		const visited = [0];
		while (visited.at(-1)! < trace.stepCount - 1) visited.push(lineStep(trace, visited.at(-1)!, 1));
		const phases = Array.from({ length: trace.stepCount }, (_, step) => step).filter((step) => trace.isCollectorPhase(step));
		// gc.collect() on line 7, then the two collections of interpreter shutdown: 12 phase steps each.
		expect(phases).toHaveLength(36);
		const lineSteps = Array.from({ length: trace.stepCount }, (_, step) => step).filter((step) => !trace.isCollectorPhase(step));
		for (const step of lineSteps) expect(visited).toContain(step);
		// Of each run of phases only the first is a stop (shutdown's second collection follows the first directly),
		// and the last step, the end of the run, which is shutdown's last done phase.
		expect(visited.filter((step) => trace.isCollectorPhase(step))).toEqual([phases[0], phases[12], trace.stepCount - 1]);
		expect(phases.at(-1)).toBe(trace.stepCount - 1);
		expect(visited.map((step) => trace.lineOf(step))).toEqual([0, 1, 2, 2, 3, 4, 5, 6, 7, 7, 8, 8, 8]);
		const back = [trace.stepCount - 1];
		while (back.at(-1)! > 0) back.push(lineStep(trace, back.at(-1)!, -1));
		expect(back.reverse()).toEqual(visited);
	});

	it("pages through a tenth of the run, at least one step", () => {
		expect(pageSize(2588)).toBe(259);
		expect(pageSize(5)).toBe(1);
		expect(pageSize(0)).toBe(1);
	});

	it("clamps the start option into the run", () => {
		expect(startStep("end", 10)).toBe(9);
		expect(startStep(42, 10)).toBe(9);
		expect(startStep(3, 10)).toBe(3);
		expect(startStep("end", 0)).toBe(0);
	});
});

describe("markPaths", () => {
	it("draws each kind's marks as one path of vertical lines, allocations and frees in lanes of their own, collections across both", () => {
		const paths = markPaths([
			{ step: 0, percent: 0, kind: "alloc" },
			{ step: 5, percent: 50, kind: "alloc" },
			{ step: 5, percent: 50, kind: "free" },
			{ step: 5, percent: 50, kind: "gc" },
		]);
		expect(paths).toEqual([
			{ kind: "alloc", d: "M0.00 0V3.5M50.00 0V3.5" },
			{ kind: "free", d: "M50.00 4.5V8" },
			{ kind: "gc", d: "M50.00 0V8" },
		]);
	});
});
