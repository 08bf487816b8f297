import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	return runProgram(source).stderr.trimEnd().split("\n").at(-1);
}

// What pymem leaves out of memoryview stops with its own message, never a made-up answer or CPython-looking error.
describe("memoryview beyond what pymem models", () => {
	it.each([
		["print(memoryview(b'ab').cast('c') == memoryview(b'ab'))\n", "pymem does not support comparing memoryviews of different formats yet"],
		["memoryview(b'abcd').cast('e')\n", "pymem does not support memoryview format 'e' yet"],
		["memoryview(bytes(8)).cast('P')\n", "pymem does not support memoryview format 'P' yet"],
		["import ctypes\nmemoryview(ctypes.c_long(5))\n", "pymem does not support memoryview of 'c_long' objects yet"],
		["memoryview(b'ab').cast('B', [1, 2]).tobytes('F')\n", "pymem does not support memoryview.tobytes('F') of a multi-dimensional view yet"],
	])("%s", (source, message) => {
		expect(lastLine(source)).toBe(`TypeError: ${message}`);
	});
});
