// The warm-up pymem counts as CPython 3.11's co_warmup: which events quicken a code object, seen through the one
// specialization a program can observe (str(x) packing no argument tuple once warm). Expected lists are python3's.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

/** gc.get_count()[0] moved by a `str(5)` in each of `turns` turns of `loop` (a loop header whose body is indented). */
function strCallCounts(loop: string, before = ""): number[] {
	const source = [
		"import gc",
		"out = []",
		before,
		loop,
		"    gc.collect()",
		"    a = gc.get_count()[0]",
		"    s = str(5)",
		"    out.append(gc.get_count()[0] - a)",
		"print(out)",
	].join("\n");
	const printed = runProgram(source).stdout.trim();
	return JSON.parse(printed) as number[];
}

describe("warm-up", () => {
	it("quickens module code at its eighth event (its RESUME and seven backward jumps)", () => {
		expect(strCallCounts("for i in range(10):")).toEqual([2, 2, 2, 2, 2, 2, 2, 1, 1, 1]);
	});

	it("does not count the conditional jump back of a while loop", () => {
		expect(strCallCounts("while len(out) < 10:")).toEqual(Array(10).fill(2));
	});

	it("counts `while True:`, whose jump back the optimizer makes unconditional", () => {
		expect(strCallCounts("while True:\n    if len(out) == 10: break")).toEqual([2, 2, 2, 2, 2, 2, 2, 1, 1, 1]);
	});
});
