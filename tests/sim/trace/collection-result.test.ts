// A collection's done phase gets a step of its own that tells what the collection found unreachable: the
// number gc.collect() returns, and for automatic collections and those at exit the same count, unseen by Python.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { TraceEvent } from "../../../src/sim/trace/types";

function doneEvents(source: string): { step: number; event: Extract<TraceEvent, { kind: "gc-done" }> }[] {
	const trace = runProgram(source, { record: true }).trace!;
	const found = [];
	for (let step = 0; step < trace.stepCount; step++) {
		for (const event of trace.events(step)) if (event.kind === "gc-done") found.push({ step, event });
	}
	return found;
}

describe("trace: a collection's result", () => {
	it("gives gc.collect()'s return value at the done step, shown only there", () => {
		const source = "import gc\nclass A:\n    pass\na = A()\nb = A()\na.b = b\nb.a = a\ndel a, b\nn = gc.collect()\nprint(n)\n";
		const run = runProgram(source, { record: true });
		const printed = Number(run.stdout.trim());
		const trace = run.trace!;
		const [first] = doneEvents(source);
		expect(first!.event).toEqual({ kind: "gc-done", generation: 2, collected: printed, cause: { kind: "collect" } });
		const state = trace.state(first!.step);
		expect(state.gc.collecting).toMatchObject({ generation: 2, phase: "done", collected: printed, underWay: false });
		expect(trace.isCollectorPhase(first!.step)).toBe(true);
		// The next step is the program's own again.
		expect(trace.state(first!.step + 1).gc.collecting).toBeNull();
		expect(trace.events(first!.step).some((event) => event.kind === "gc-phase")).toBe(false);
	});

	it("ends every collection with one, the two at exit included", () => {
		const found = doneEvents("import gc\ngc.collect()\n").map(({ event }) => [event.cause.kind, event.collected]);
		expect(found.map(([kind]) => kind)).toEqual(["collect", "exit", "final"]);
		expect(found[0]![1]).toBe(0);
	});

	it("counts a weakref freed by its own callback, as gc_collect_main does", () => {
		const source = [
			"import gc, weakref",
			"class A:",
			"    pass",
			"a = A()",
			"a.me = a",
			"holder = {}",
			"holder['r'] = weakref.ref(a, lambda r: holder.clear())",
			"del a",
			"print(gc.collect())",
		].join("\n");
		const run = runProgram(source + "\n", { record: true });
		const [first] = doneEvents(source + "\n");
		expect(first!.event.collected).toBe(Number(run.stdout.trim()));
	});
});
