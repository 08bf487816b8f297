// The block reads a trace at two places at once as it steps (the shown step and the event log's newest row), and
// the reader keeps a model for each so neither replays from a checkpoint. Interleaved reads must still give
// every step's own state and events, as a reader that saw only that step does.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const SOURCE = [
	"class Node:",
	"    def __init__(self, value):",
	"        self.value = value",
	"        self.next = None",
	"head = None",
	"for value in range(12):",
	"    node = Node(value)",
	"    node.next = head",
	"    head = node",
	"del node",
	"head = None",
].join("\n");

const record = () => runProgram(SOURCE, { record: true }).trace!;

describe("TraceReader read at two places at once", () => {
	it("gives each step's own state and events when reads at two steps alternate", () => {
		const trace = record();
		const lag = 12;
		const reads: number[] = [];
		for (let step = 0; step + lag < trace.stepCount; step++) reads.push(step, step + lag, step + lag - 1);
		for (const step of reads) {
			const alone = record();
			expect(trace.state(step)).toEqual(alone.state(step));
			expect(trace.events(step)).toEqual(alone.events(step));
		}
	});

	it("gives the same states after a jump back and a third place read in between", () => {
		const trace = record();
		const last = trace.stepCount - 1;
		for (const step of [last, 3, Math.floor(last / 2), 4, last, 2]) expect(trace.state(step)).toEqual(record().state(step));
	});

	it("gives a collection's steps their gc_refs and the steps after them none, read forward, back and forward", () => {
		const source = "import gc\nclass C:\n    pass\na = C()\na.me = a\nb = [a, a]\ndel a, b\nprint(gc.collect())\nc = [1000]\n";
		const trace = runProgram(source, { record: true }).trace!;
		const steps = Array.from({ length: trace.stepCount }, (_, step) => step);
		expect(steps.some((step) => trace.state(step).objects.some((o) => o.gcRefs !== undefined))).toBe(true);
		for (const step of [...steps, ...steps.slice().reverse(), ...steps]) {
			const alone = runProgram(source, { record: true }).trace!;
			expect(trace.state(step)).toEqual(alone.state(step));
			expect(trace.events(step)).toEqual(alone.events(step));
		}
	});
});
