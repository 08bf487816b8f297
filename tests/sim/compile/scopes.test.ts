import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

// symtable.c rejects a walrus that would bind a class body's name from inside a comprehension; python3 3.11
// reports it as below (checked with python3; the conformance suite runs only programs that compile).
describe("scopes", () => {
	it("rejects a walrus in a comprehension in a class body with CPython's SyntaxError", () => {
		const result = runProgram("x = 1\ny = 2\nclass C:\n    z = [y for x in [1] if (y:=x)]\n");
		expect(result.status).toBe("syntax-error");
		expect(result.stderr.trim().split("\n").pop()).toBe("SyntaxError: assignment expression within a comprehension cannot be used in a class body");
		expect(result.error?.line).toBe(4);
	});
});
