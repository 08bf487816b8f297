import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

// python3 3.11 under sys.settrace reports a line event for each of lines 3-6 of f: a constant statement
// compiles to a NOP that keeps its line, and the docstring (line 2) to nothing.
const SOURCE = ["def f():", '    """Docstring."""', "    ...", "    42", '    "stray"', "    return None", "f()", ""].join("\n");

describe("constant statements", () => {
	it("are steps of their own, as CPython's line events are; a function's docstring is not", () => {
		const trace = runProgram(SOURCE, { record: true }).trace!;
		const lines: number[] = [];
		for (let step = 0; step < trace.stepCount; step++) if (lines.at(-1) !== trace.lineOf(step)) lines.push(trace.lineOf(step));
		// The module's lines 1 and 7, then f's body; the shutdown steps stay on the last line.
		expect(lines).toEqual([0, 1, 7, 3, 4, 5, 6]);
	});
});
