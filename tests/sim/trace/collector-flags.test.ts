// A collector phase rewrites an object's record only when its flags changed (recorder.ts, FLAGS_CHANGED): its
// contents change only through the heap's own notices, and so do its flags outside a collection (a __del__
// about to run from a deallocation, gc.unfreeze). So at the end of every line's step, what the trace shows of
// each object's tracking, generation and finalized flag must be the object's own. Checked on the conformance
// programs about the collector, deallocation and weak references (all the others pass it too, in 90 s more).
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../../src/sim/index";
import type { VM } from "../../../src/sim/vm/vm";
import type { PyObject } from "../../../src/sim/heap/object";
import { listRunnablePrograms } from "../../conformance/programs";

const programs = listRunnablePrograms().filter((program) => /^tests\/conformance\/(gc|dealloc|weakref)\//.test(program.name));

interface Flags {
	tracked: boolean;
	generation: number | null;
	finalized: boolean;
}
/** The first step whose end the trace and the collector's lists disagree about, or null. */
function firstDisagreement(source: string): unknown {
	const simulation = createSimulation(source, { record: true, maxSteps: 3000 });
	// The run's VM is private: a test reads it to see the heap as each step ends. Set-up runs a phase per slice.
	const vmOf = () => (simulation as unknown as { vm: VM | null }).vm;
	let ended = false;
	while (!ended && !vmOf()) ended = simulation.runSlice(0, 0);
	const vm = vmOf();
	if (!vm) return null;
	const objects = new Map<number, PyObject>();
	const heapObserver = vm.heap.observer!;
	const alloc = heapObserver.alloc.bind(heapObserver);
	heapObserver.alloc = (o) => {
		alloc(o);
		objects.set(o.id, o);
	};
	const atStepEnd = new Map<number, Map<number, Flags>>();
	const observer = vm.observer!;
	const line = observer.line.bind(observer);
	// The recorder ends a step when the next line starts: the heap is then as the trace's last step shows it.
	observer.line = (frame, lineNumber) => {
		line(frame, lineNumber);
		const flags = new Map<number, Flags>();
		for (const [id, o] of objects) flags.set(id, { tracked: o.tracked, generation: o.tracked ? o.generation : null, finalized: o.finalized });
		atStepEnd.set(simulation.result().trace!.stepCount - 1, flags);
	};
	while (!ended) ended = simulation.runSlice(1000, 60_000);
	const trace = simulation.result().trace!;
	for (const [step, flags] of atStepEnd) {
		for (const o of trace.state(step).objects) {
			const actual = flags.get(o.id);
			if (o.shared || o.inline || !actual) continue;
			const shown = { tracked: o.tracked, generation: o.generation, finalized: o.finalized };
			if (JSON.stringify(shown) !== JSON.stringify(actual)) return { step, object: o.label, shown, actual };
		}
	}
	return null;
}

describe("trace: tracking and generations as each step ends", () => {
	it("covers the collector's programs", () => expect(programs.length).toBeGreaterThan(50));
	it.each(programs.map((program) => [program.name, program.source] as const))("%s", (_name, source) => {
		expect(firstDisagreement(source)).toBeNull();
	});
});
