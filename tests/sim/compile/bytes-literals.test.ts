import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

// Bytes are outside the supported subset; the message must name the line of the literal, wherever the
// compiler folds it (an expression, a function's constant defaults, a constant list).
describe("bytes literals", () => {
	it.each([
		["x = 1\n\ny = b'abc'\n", 3],
		["x = 1\ndef f(a=(1, b'x')):\n    pass\n", 2],
		["x = [1, 2,\n     b'x']\n", 2],
	])("%j stops with the literal's line", (source, line) => {
		const result = runProgram(source);
		expect(result.status).toBe("unsupported");
		expect(result.error?.message).toBe(`pymem does not support bytes literals yet (line ${line})`);
		expect(result.error?.line).toBe(line);
	});
});
