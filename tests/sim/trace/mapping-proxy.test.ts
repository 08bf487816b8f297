// A class's __dict__ in the trace: the mappingproxy a read makes points at the class's tp_dict, which the
// class card then shows as its own __dict__ (a hidden part until the program reached it).
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("mappingproxy in the trace", () => {
	it("shows the proxy's one reference, to the class's dict, which the class then shows", () => {
		const trace = runProgram("class C:\n    x = [1]\np = C.__dict__\ny = 0\n", { record: true }).trace!;
		const step = Array.from({ length: trace.stepCount }, (_, i) => i).find((i) => trace.state(i).line === 4)!;
		const state = trace.state(step);
		const proxy = state.objects.find((o) => o.type === "mappingproxy")!;
		expect(proxy.refcount).toBe(1);
		expect(proxy.tracked).toBe(true);
		expect(proxy.size).toBe(40);
		expect(proxy.slots.map((s) => s.label)).toEqual(["mapping"]);
		const dict = state.objects.find((o) => o.id === proxy.slots[0]!.target)!;
		expect(dict.type).toBe("dict");
		expect(dict.refcount).toBe(2);
		const cls = state.objects.find((o) => o.type === "type" && o.preview === "<class 'C'>")!;
		expect(cls.slots.find((s) => s.label === "__dict__")?.target).toBe(dict.id);
	});

	it("frees a proxy nobody keeps at once", () => {
		const trace = runProgram("class C:\n    pass\nn = len(C.__dict__)\ny = 0\n", { record: true }).trace!;
		const step = Array.from({ length: trace.stepCount }, (_, i) => i).find((i) => trace.state(i).line === 4)!;
		expect(trace.state(step).objects.some((o) => o.type === "mappingproxy")).toBe(false);
		expect(trace.state(step).objects.some((o) => o.type === "dict" && !o.shared)).toBe(true);
	});
});
