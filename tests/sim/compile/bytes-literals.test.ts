import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

// Bytes literals compile to constants wherever the compiler meets them: an expression, a function's
// constant defaults, a constant list split over lines. Expected output from python3 3.11.
describe("bytes literals", () => {
	it.each([
		["y = b'abc'\nprint(y, len(y))\n", "b'abc' 3\n"],
		["def f(a=(1, b'x')):\n    return a\nprint(f())\n", "(1, b'x')\n"],
		["x = [1, 2,\n     b'x']\nprint(x)\n", "[1, 2, b'x']\n"],
	])("%j runs", (source, stdout) => {
		const result = runProgram(source);
		expect(result.status).toBe("finished");
		expect(result.stdout).toBe(stdout);
	});
});
