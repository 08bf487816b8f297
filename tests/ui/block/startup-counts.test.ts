import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { Trace } from "../../../src/sim/trace/types";
import { startupCountsShownUntil } from "../../../src/ui/block/startup-counts";

function record(source: string): Trace {
	return runProgram(source, { record: true }).trace!;
}

/** The merge phase's step of every collection, with its generation and what started it. */
function merges(trace: Trace): { step: number; generation: number; cause: string }[] {
	const found: { step: number; generation: number; cause: string }[] = [];
	for (let step = 0; step < trace.stepCount; step++) {
		for (const event of trace.events(step)) {
			if (event.kind === "gc-phase" && event.phase === "merge") found.push({ step, generation: event.generation, cause: event.cause.kind });
		}
	}
	return found;
}

describe("the collector pane's note on python3's start-up counts", () => {
	it("shows until the first full collection when an automatic collection comes before it", () => {
		const trace = record("import gc\ngc.set_threshold(10)\nkeep = []\nfor i in range(20):\n    keep.append([])\ngc.collect()\n");
		const collections = merges(trace);
		expect(collections[0]).toMatchObject({ generation: 0, cause: "threshold" });
		const firstFull = collections.find((collection) => collection.generation === 2)!;
		expect(firstFull.cause).toBe("collect");
		expect(startupCountsShownUntil(trace)).toBe(firstFull.step);
	});

	it("shows up to the collection at exit when the program never collects in full", () => {
		const trace = record("import gc\ngc.set_threshold(10)\nkeep = []\nfor i in range(20):\n    keep.append([])\n");
		const exit = merges(trace).find((collection) => collection.cause === "exit")!;
		expect(startupCountsShownUntil(trace)).toBe(exit.step);
	});

	it("is not shown when the program collects in full first, or never collects automatically", () => {
		expect(startupCountsShownUntil(record("import gc\ngc.collect()\ngc.set_threshold(10)\nkeep = []\nfor i in range(20):\n    keep.append([])\n"))).toBe(0);
		expect(startupCountsShownUntil(record("x = [1, 2]\ny = x\n"))).toBe(0);
	});
});
