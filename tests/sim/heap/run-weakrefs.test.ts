import { describe, expect, it } from "vitest";
import { createSimulation, runProgram } from "../../../src/sim/index";

describe("weak references to the objects every run shares", () => {
	it("belong to their run: a later run in the same process neither sees nor reuses them", () => {
		const source = "import weakref\nfrom collections.abc import Sequence\nclass P: pass\nSequence.register(P)\nr = weakref.ref(list)\nprint(weakref.getweakrefcount(list), r() is list)\n";
		const first = runProgram(source, { record: true });
		const second = runProgram(source, { record: true });
		expect(second.stdout).toBe(first.stdout);
		expect([second.trace!.stepCount, second.trace!.byteSize()]).toEqual([first.trace!.stepCount, first.trace!.byteSize()]);
	});

	it("stay apart when two runs' slices interleave: each prints what it prints alone", () => {
		const sources = ["import weakref\nr = weakref.ref(int)\nx = 1\nprint(weakref.getweakrefcount(int))\n", "import weakref\nr1 = weakref.ref(int, print)\nr2 = weakref.ref(int, print)\nprint(weakref.getweakrefcount(int))\n"];
		const alone = sources.map((source) => runProgram(source).stdout);
		const runs = sources.map((source) => createSimulation(source));
		const done = runs.map(() => false);
		while (done.includes(false)) runs.forEach((run, i) => (done[i] ||= run.runSlice(1, 0)));
		expect(runs.map((run) => run.result().stdout)).toEqual(alone);
	});
});
