// The order the narration tells a step's events in, and the value-stack traffic it tells.
import { describe, expect, it } from "vitest";
import { phaseFirst, printedFirst, raisedFirst, stackTrafficTold } from "../../../src/ui/block/narration-order";
import { STREAM_BUFFER_HOLDER, type TraceEvent } from "../../../src/sim/trace/types";

const incref = (object: number, holder: Extract<TraceEvent, { kind: "incref" }>["holder"]): TraceEvent => ({ kind: "incref", object, refcount: 1, holder, cause: "" });
const raised: TraceEvent = { kind: "exception", object: 9, type: "KeyError", preview: "KeyError('k')", line: 2 };
const call: TraceEvent = { kind: "call", frame: 2, name: "f", line: 1 };

describe("narration order", () => {
	it("tells a raise ahead of the counts its line changed, but never ahead of a call", () => {
		const counted = incref(4, { kind: "name", frame: 1, name: "x" });
		expect(raisedFirst([counted, raised])).toEqual([raised, counted]);
		const inCallee = incref(5, { kind: "name", frame: 2, name: "y" });
		expect(raisedFirst([counted, call, inCallee, raised])).toEqual([counted, call, raised, inCallee]);
	});

	it("tells a print ahead of the buffer keeping its text, unless the str's count changes again before it", () => {
		const buffered = incref(7, { kind: "internal", label: STREAM_BUFFER_HOLDER });
		const printed: TraceEvent = { kind: "stdout", text: "hi\n" };
		expect(printedFirst([buffered, printed])).toEqual([printed, buffered]);
		const again = incref(7, { kind: "name", frame: 1, name: "s" });
		expect(printedFirst([buffered, again, printed])).toEqual([buffered, again, printed]);
	});

	it("tells a collector's phase ahead of the work it did in its step, after the step's line, but not one that ran Python code", () => {
		const line: TraceEvent = { kind: "line", line: 9, frame: 1 };
		const dropped: TraceEvent = { kind: "decref", object: 4, refcount: 0, holder: { kind: "slot", owner: 5, label: ".other" }, cause: "clear" };
		const freed: TraceEvent = { kind: "free", object: 4, reason: "collected by the cyclic collector" };
		const clear: TraceEvent = { kind: "gc-phase", generation: 2, phase: "clear", cause: { kind: "collect" }, gcRefs: [] };
		expect(phaseFirst([line, dropped, freed, clear])).toEqual([line, clear, dropped, freed]);
		const finalizeEnds: TraceEvent = { ...clear, phase: "finalize", stage: "ends" };
		expect(phaseFirst([line, dropped, finalizeEnds])).toEqual([line, dropped, finalizeEnds]);
		const merge: TraceEvent = { ...clear, phase: "merge" };
		expect(phaseFirst([line, dropped, merge])).toEqual([line, dropped, merge]);
	});

	it("tells a push onto the value stack only when a later count of the same object would start from it", () => {
		const pushed = incref(3, { kind: "stack", frame: 1, depth: 0 });
		const named = incref(3, { kind: "name", frame: 2, name: "item" });
		const alone = incref(8, { kind: "stack", frame: 1, depth: 1 });
		expect([...stackTrafficTold([pushed, alone, named], new Set())]).toEqual([pushed]);
		expect([...stackTrafficTold([pushed, alone, named], new Set([pushed]))]).toEqual([]);
	});
});
