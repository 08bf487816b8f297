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

	// Messages and lines from python3 3.11 (each program run as a file).
	it.each([
		["def f():\n    return [[(j := 1) for j in range(2)] for i in range(3)]\n", 2, "assignment expression cannot rebind comprehension iteration variable 'j'"],
		["def f():\n    return [(k := 1) for i in range(3) for k in [1]]\n", 2, "assignment expression cannot rebind comprehension iteration variable 'k'"],
		["x = [i for i in range((y := 3))]\n", 1, "assignment expression cannot be used in a comprehension iterable expression"],
		["x = [i for i in range(3) for i in [\n(i := 3)]]\n", 2, "assignment expression cannot be used in a comprehension iterable expression"],
		["def f():\n    return [1 for i in range(3) if (j := 1) for j in range(2)]\n", 2, "comprehension inner loop cannot rebind assignment expression target 'j'"],
	])("rejects a walrus that conflicts with a comprehension's iteration: %s", (source, line, message) => {
		const result = runProgram(source);
		expect(result.status).toBe("syntax-error");
		expect(result.stderr.trim().split("\n").pop()).toBe(`SyntaxError: ${message}`);
		expect(result.error?.line).toBe(line);
	});

	it("lets a walrus in a comprehension's condition bind the enclosing scope's name", () => {
		const result = runProgram("print([x for x in [1] if (y := x)], y)\n");
		expect(result.stdout).toBe("[1] 1\n");
	});
});
