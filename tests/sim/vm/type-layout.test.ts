import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	return runProgram(source).stderr.trimEnd().split("\n").at(-1);
}

// A builtin type pymem has no struct figures for stops, never reading as some made-up size.
describe("type layout members pymem has no figures for", () => {
	it.each([
		["import ctypes\nprint(ctypes.c_long.__basicsize__)\n", "c_long.__basicsize__"],
		["import typing\nT = typing.TypeVar('T')\nprint(type(T).__weakrefoffset__)\n", "TypeVar.__weakrefoffset__"],
	])("%s stops naming %s", (source, name) => {
		expect(lastLine(source)).toBe(`TypeError: pymem does not support ${name} yet`);
	});
});
