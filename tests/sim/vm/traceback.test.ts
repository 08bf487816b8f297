import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("printed tracebacks", () => {
	it("head an exception raised only in a library module's frames, which pymem does not print", () => {
		// python3 3.11.7 prints functools.py's `__set_name__` frame between the heading and the TypeError.
		const result = runProgram("from functools import cached_property\nclass B:\n    x = cached_property(lambda self: 2)\n    y = x\n");
		const cause = result.stderr.split("\n\nThe above exception was the direct cause of the following exception:\n\n")[0]!;
		expect(cause).toBe("Traceback (most recent call last):\nTypeError: Cannot assign the same cached_property to two different names ('x' and 'y').");
	});
});
