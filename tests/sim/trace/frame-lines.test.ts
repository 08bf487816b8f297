// A step that only moves a frame to its next line writes no record of the frame: the step's end marker names
// the frame that runs the next line. Every frame still shows its line, at every step and from any checkpoint.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const LOOP = `
def total(head):
    s = 0
    while head is not None:
        s += head[0]
        head = head[1]
    return s

pairs = None
for i in range(4):
    pairs = (i, pairs)
print(total(pairs))
`;

describe("frame lines", () => {
	it("the running frame is at the step's next line, and its callers at the lines that called", () => {
		const trace = runProgram(LOOP, { record: true }).trace!;
		let lineOnlySteps = 0;
		for (let step = 0; step < trace.stepCount; step++) {
			const state = trace.state(step);
			const top = state.frames[state.frames.length - 1];
			if (!top || state.nextLine === null) continue;
			expect(top.line).toBe(state.nextLine);
			if (state.frames.length === 2) expect(state.frames[0]!.line).toBe(12);
			if (state.line === 4 && state.nextLine === 5) lineOnlySteps++;
		}
		expect(lineOnlySteps).toBe(4);
	});

	it("states rebuilt out of order (replayed from the start, not from the step before) show the same lines as a walk", () => {
		const walked = runProgram(LOOP, { record: true }).trace!;
		const lines = Array.from({ length: walked.stepCount }, (_, step) => walked.state(step).frames.map((f) => f.line));
		const run = runProgram(LOOP, { record: true }).trace!;
		for (let step = walked.stepCount - 1; step >= 0; step -= 3) expect(run.state(step).frames.map((f) => f.line)).toEqual(lines[step]);
	});
});
