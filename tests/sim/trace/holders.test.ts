// Interpreter-held references the trace names while Python code runs in the middle of an instruction: what a
// frame being cleared or a container being emptied still holds, a with statement's __enter__, a module's
// attributes. The trace-invariant test checks the counts; these check the names the UI shows for them.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { stateIn, internalLabels } from "./step-states";

const TAG = `class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
`;

describe("interpreter-held references in the trace", () => {
	it("shows what a returning frame still holds while a local's __del__ runs", () => {
		const state = stateIn(`${TAG}def f():\n    first = Tag("a")\n    second = [1, 2]\nf()\n`, "Tag.__del__");
		expect(internalLabels(state, "list")).toEqual(["frame of f being cleared"]);
		expect(internalLabels(state, "function")).toContain("frame of f being cleared");
	});

	it("shows the items list.clear() has not released yet", () => {
		const state = stateIn(`${TAG}items = [Tag("a"), Tag("b")]\nitems.clear()\n`, "Tag.__del__");
		const items = state.frames[0]!.locals.find((l) => l.name === "items")!.target;
		expect(internalLabels(state, "Tag")).toContain(`removed from list#${items}`);
	});

	it("shows a freed list's remaining items as its references", () => {
		const state = stateIn(`${TAG}items = [Tag("a"), Tag("b")]\ndel items\n`, "Tag.__del__");
		expect(internalLabels(state, "Tag").some((label) => /^references of freed list#\d+$/.test(label))).toBe(true);
	});

	it("shows the bound __enter__ while it runs", () => {
		const source = "class M:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        return False\nwith M():\n    pass\n";
		expect(internalLabels(stateIn(source, "M.__enter__"), "method")).toEqual(["__enter__ being called"]);
	});

	it("shows math's float constants as module attributes", () => {
		const trace = runProgram("import math\nx = 1\n", { record: true }).trace!;
		const state = trace.state(trace.stepCount - 1);
		expect(internalLabels(state, "float").sort()).toEqual(["module attribute math.e", "module attribute math.inf", "module attribute math.nan", "module attribute math.pi", "module attribute math.tau"]);
	});

	it("shows sys.argv, made at startup, only once the program touches it, with the count it already had", () => {
		const trace = runProgram("import sys\nx = 1\na = sys.argv\n", { record: true }).trace!;
		const isArgv = (o: { type: string; shared: boolean }) => o.type === "list" && !o.shared;
		const step = Array.from({ length: trace.stepCount }, (_, i) => i).find((i) => trace.state(i).objects.some(isArgv))!;
		expect(trace.state(step - 1).objects.some(isArgv)).toBe(false);
		const argv = trace.state(step).objects.find(isArgv)!;
		expect(argv.refcount).toBe(2);
		expect((trace.state(step).holders.get(argv.id) ?? []).map((h) => (h.kind === "internal" ? h.label : h.kind)).sort()).toEqual(["module attribute sys.argv", "name"]);
		const events = trace.events(step).filter((e) => "object" in e && e.object === argv.id);
		expect(events.map((e) => e.kind)).toEqual(["incref"]);
		expect(events[0]).toMatchObject({ refcount: 2, cause: "new name a" });
	});
});
