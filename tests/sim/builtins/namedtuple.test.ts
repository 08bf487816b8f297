// namedtuple's methods run as Python code of the library: they start no steps of their own, their frames show
// while a user's code called from them runs, and printed tracebacks leave their lines out (they are not the
// program's lines).
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { stateIn } from "../trace/step-states";

const PROGRAM = ["from collections import namedtuple", "P = namedtuple('P', 'x y')", "class Loud:", "    def __repr__(self):", "        return 'loud'", "p = P(Loud(), 2)", "q = p._replace(y=3)", "print(repr(q), q._asdict())"].join("\n");

describe("namedtuple's library code", () => {
	it("starts no steps: every step is on one of the program's lines", () => {
		const trace = runProgram(PROGRAM, { record: true }).trace!;
		const lines = PROGRAM.split("\n").length;
		for (let step = 0; step < trace.stepCount; step++) {
			const state = trace.state(step);
			for (const frame of state.frames) {
				// namedtuple's own frames have no line of the program.
				if (frame.name.startsWith("namedtuple")) expect(frame.line).toBe(0);
				else expect(frame.line).toBeGreaterThanOrEqual(1);
				expect(frame.line).toBeLessThanOrEqual(lines);
			}
		}
	});

	it("shows namedtuple's __repr__ frame (its code's qualname, as CPython's) under a field's __repr__ it calls", () => {
		const state = stateIn(PROGRAM, "Loud.__repr__");
		expect(state.frames.map((f) => [f.name, f.line])).toEqual([["<module>", 8], ["namedtuple.<locals>.__repr__", 0], ["Loud.__repr__", 5]]);
	});

	it("leaves the library's lines out of a printed traceback", () => {
		const result = runProgram("from collections import namedtuple\nP = namedtuple('P', 'x y')\nP(1, 2)._replace(z=1)\n");
		expect(result.stderr).toBe(
			"Traceback (most recent call last):\n" + '  File "main.py", line 3, in <module>\n' + "    P(1, 2)._replace(z=1)\n" + "ValueError: Got unexpected field names: ['z']\n",
		);
	});
});
