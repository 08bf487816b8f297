// A __del__ or weakref callback the collector runs is Python code inside a phase that has not ended: its steps
// show that phase under way (not the last one recorded), the first of them tells it starting, and they free
// objects for the phase's reason. Once it returns, the later phases' steps are at the line that started the
// collection.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const PROGRAM = `import gc, weakref
class Box:
    pass
class A:
    def __del__(self):
        self.data = None
def callback(ref):
    print("callback")
a = A()
b = A()
a.other = b
b.other = a
a.data = Box()
w = weakref.ref(b, callback)
del a, b
gc.collect()
print("end")
`;
const COLLECT_LINE = 16;

describe("trace: Python code run by the collector", () => {
	const trace = runProgram(PROGRAM, { record: true }).trace!;
	const steps = Array.from({ length: trace.stepCount }, (_, step) => step);
	const runningIn = (name: string) => steps.filter((step) => trace.state(step).frames.at(-1)?.name === name);

	it("shows the phase the code runs in as under way", () => {
		const inDel = runningIn("A.__del__");
		const inCallback = runningIn("callback");
		expect(inDel.length).toBeGreaterThan(0);
		expect(inCallback.length).toBeGreaterThan(0);
		for (const step of inDel) expect(trace.state(step).gc.collecting).toMatchObject({ phase: "finalize", underWay: true });
		for (const step of inCallback) expect(trace.state(step).gc.collecting).toMatchObject({ phase: "handle-weakrefs", underWay: true });
		// The step that calls the code tells its phase starting, first; the code's other steps tell no phase.
		for (const [steps, phase] of [[inDel, "finalize"], [inCallback, "handle-weakrefs"]] as const) {
			const phases = steps.map((step) => trace.events(step).filter((e) => e.kind === "gc-phase"));
			expect(phases[0]).toEqual([expect.objectContaining({ phase, stage: "starts" })]);
			expect(trace.events(steps[0]!)[1]).toEqual(phases[0]![0]);
			for (const told of phases.slice(1)) expect(told).toEqual([]);
		}
	});

	it("marks the own step of a phase that ran code as where it ends", () => {
		const ends = steps.flatMap((step) => trace.events(step).flatMap((e) => (e.kind === "gc-phase" && e.stage === "ends" ? [e.phase] : [])));
		expect(ends).toEqual(["handle-weakrefs", "finalize"]);
	});

	it("marks each phase's own step as ended, and tells it", () => {
		const phaseSteps = steps.filter((step) => trace.isCollectorPhase(step) && trace.state(step).gc.collecting);
		expect(phaseSteps.length).toBeGreaterThan(0);
		for (const step of phaseSteps) {
			expect(trace.state(step).gc.collecting!.underWay).toBe(false);
			const told = trace.state(step).gc.collecting!.phase === "done" ? "gc-done" : "gc-phase";
			expect(trace.events(step).some((e) => e.kind === told)).toBe(true);
		}
	});

	it("frees what a finalizer dropped as the finalize phase's doing", () => {
		const box = trace.state(steps.find((step) => trace.state(step).objects.some((o) => o.type === "Box"))!).objects.find((o) => o.type === "Box")!;
		const frees = steps.flatMap((step) => trace.events(step)).filter((e) => e.kind === "free" && e.object === box.id);
		expect(frees).toEqual([{ kind: "free", object: box.id, reason: "refcount reached 0 while finalizers ran" }]);
	});

	it("puts the phases after the finalizers at the line that called gc.collect()", () => {
		const after = steps.filter((step) => {
			const collecting = trace.state(step).gc.collecting;
			const late = collecting?.phase === "check-resurrection" || collecting?.phase === "clear";
			return trace.isCollectorPhase(step) && late && collecting.cause.kind === "collect";
		});
		expect(after.length).toBe(2);
		for (const step of after) expect(trace.state(step).line).toBe(COLLECT_LINE);
	});
});
