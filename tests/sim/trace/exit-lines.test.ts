// Which line a step shows, before and after the module's frame ends.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { isExitStep, shownLines } from "../../../src/sim/trace/exit-lines";

const SOURCE = 'def bump(n):\n    return n + 1\nclass A:\n    def __del__(self):\n        print("bye")\na = A()\nx = bump(1)\n';

describe("exit lines", () => {
	const trace = runProgram(SOURCE, { record: true }).trace!;
	const exit = trace.exitStep!;
	const shown = (step: number) => shownLines(trace.state(step), trace.events(step));

	it("shows the program's own steps as they ran", () => {
		expect(isExitStep(trace.state(0))).toBe(false);
		expect(isExitStep(trace.state(exit - 1))).toBe(false);
		expect(shown(exit - 1)).toEqual({ line: trace.state(exit - 1).line, next: trace.state(exit - 1).nextLine });
	});

	it("shows no line at exit, where the state's line is the last the program ran", () => {
		expect(isExitStep(trace.state(exit))).toBe(true);
		expect(trace.state(exit).line).toBe(2);
		expect(shown(exit)).toEqual({ line: 0, next: null });
		expect(shown(trace.stepCount - 1)).toEqual({ line: 0, next: null });
	});

	it("shows the line a finalizer called at exit goes on to, then the line it ran", () => {
		const called = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => step > exit && trace.state(step).frames.at(-1)?.name === "A.__del__")!;
		expect(shown(called)).toEqual({ line: 0, next: 5 });
		expect(shown(called + 1).line).toBe(5);
	});
});
