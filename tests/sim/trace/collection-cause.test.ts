// Each collection's phases carry what started it (GcCause): gc.collect(), an allocation past generation 0's
// threshold (with the counts and thresholds gc_collect_generations chose by), or the interpreter at exit.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { GcCause, Trace } from "../../../src/sim/trace/types";

interface Collection {
	generation: 0 | 1 | 2;
	cause: GcCause;
}

/** Every collection of the run, from its merge phase; each later phase of it must say the same. */
function collections(trace: Trace): Collection[] {
	const found: Collection[] = [];
	for (let step = 0; step < trace.stepCount; step++) {
		if (!trace.isCollectorPhase(step)) continue;
		const collecting = trace.state(step).gc.collecting;
		if (!collecting) continue;
		if (collecting.phase === "merge") found.push({ generation: collecting.generation, cause: collecting.cause });
		else expect(collecting.cause).toEqual(found.at(-1)?.cause);
	}
	return found;
}

/** gcmodule.c's gc_collect_generations: the oldest generation over its threshold; generation 2 waits for pending >= total / 4. */
function chosenGeneration(cause: Extract<GcCause, { kind: "threshold" }>): number {
	for (let i = 2; i >= 0; i--) {
		if (cause.counts[i]! <= cause.thresholds[i]!) continue;
		if (i === 2 && cause.longLivedPending < Math.floor(cause.longLivedTotal / 4)) continue;
		return i;
	}
	return -1;
}

describe("trace: what started each collection", () => {
	it("tells gc.collect() and the interpreter's two collections at exit", () => {
		const trace = runProgram("import gc\ngc.collect(1)\n", { record: true }).trace!;
		expect(collections(trace)).toEqual([
			{ generation: 1, cause: { kind: "collect" } },
			{ generation: 2, cause: { kind: "exit" } },
			{ generation: 2, cause: { kind: "final" } },
		]);
	});

	it("has only the final collection at exit when gc is disabled", () => {
		const trace = runProgram("import gc\ngc.disable()\n", { record: true }).trace!;
		expect(collections(trace)).toEqual([{ generation: 2, cause: { kind: "final" } }]);
	});

	it("records the counts an automatic collection chose its generation by, the long-lived rule included", () => {
		const source = [
			"import gc",
			"class Node:",
			"    pass",
			"keep = []",
			"gc.collect()",
			// The next full collection's long-lived total leaves out what freeze moved, python3's start-up objects
			// with it, so a full collection soon has a quarter of it pending.
			"gc.freeze()",
			"gc.collect()",
			"gc.set_threshold(10, 2, 2)",
			"for i in range(800):",
			"    keep.append(Node())",
			"gc.set_threshold(700, 10, 10)",
		].join("\n");
		const automatic = collections(runProgram(source, { record: true, maxSteps: 100_000 }).trace!).filter(
			(collection): collection is Collection & { cause: Extract<GcCause, { kind: "threshold" }> } => collection.cause.kind === "threshold",
		);
		expect(new Set(automatic.map((collection) => collection.generation))).toEqual(new Set([0, 1, 2]));
		for (const { generation, cause } of automatic) {
			expect(cause.thresholds).toEqual([10, 2, 2]);
			expect(cause.counts[0]).toBe(11);
			expect(chosenGeneration(cause)).toBe(generation);
		}
		// Some collections of generation 1 happened while generation 2 was over its threshold but had to wait.
		expect(automatic.some(({ generation, cause }) => generation === 1 && cause.counts[2] > cause.thresholds[2])).toBe(true);
	});

	it("lists every collection's first step, generation and cause without rebuilding states", () => {
		const source = "import gc\ngc.set_threshold(10, 2, 2)\nkeep = []\nfor i in range(60):\n    keep.append([])\ngc.collect(1)\n";
		const trace = runProgram(source, { record: true }).trace!;
		const merges: { step: number; generation: number; cause: string }[] = [];
		for (let step = 0; step < trace.stepCount; step++) {
			const collecting = trace.isCollectorPhase(step) ? trace.state(step).gc.collecting : null;
			if (collecting?.phase === "merge") merges.push({ step, generation: collecting.generation, cause: collecting.cause.kind });
		}
		expect(new Set(merges.map((merge) => merge.cause))).toEqual(new Set(["threshold", "collect", "exit", "final"]));
		expect(trace.collections()).toEqual(merges);
	});

	it("says the collector's clear phase freed what it freed", () => {
		const trace = runProgram("import gc\nclass Node:\n    pass\nn = Node()\nn.me = n\ndel n\ngc.collect()\n", { record: true }).trace!;
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.isCollectorPhase(index) && trace.state(index).gc.collecting?.phase === "clear")!;
		const frees = trace.events(step).filter((event) => event.kind === "free");
		expect(frees.length).toBeGreaterThan(0);
		for (const free of frees) expect(free.kind === "free" && free.reason).toBe("collected by the cyclic collector");
		const plain = trace.events(trace.stepCount - 1).filter((event) => event.kind === "free");
		for (const free of plain) expect(free.kind === "free" && free.reason).not.toContain("collector");
	});
});
