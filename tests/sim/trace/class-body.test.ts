// A class statement's body runs in a frame of its own (CPython runs it as a function); the trace marks that frame
// and its call and return events, so the narration can tell it apart from a call.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { TraceEvent } from "../../../src/sim/trace/types";

const source = ["def weigh(n):", "    return n * 2", "", "class Parcel:", "    weight = weigh(3)", "", "p = Parcel()"].join("\n");

describe("class body frames", () => {
	it("marks the class body's frame, call and return, and no function call", () => {
		const trace = runProgram(source, { record: true }).trace!;
		const events: TraceEvent[] = [];
		let bodyFrameSeen = false;
		for (let step = 0; step < trace.stepCount; step++) {
			events.push(...trace.events(step));
			const body = trace.state(step).frames.find((f) => f.name === "Parcel");
			if (body) {
				expect(body.classBody).toBe(true);
				bodyFrameSeen = true;
			}
			for (const f of trace.state(step).frames) if (f.name !== "Parcel") expect(f.classBody).toBeUndefined();
		}
		expect(bodyFrameSeen).toBe(true);
		const framed = events.filter((e) => e.kind === "call" || e.kind === "return").map((e) => [e.kind, e.name, "classBody" in e]);
		// The body's last line returns from weigh and ends the body within one step: their order is not the point.
		expect(framed).toHaveLength(6);
		expect(framed).toEqual(expect.arrayContaining([
			["call", "<module>", false],
			["call", "Parcel", true],
			["call", "weigh", false],
			["return", "weigh", false],
			["return", "Parcel", true],
			["return", "<module>", false],
		]));
	});
});
