// The module frame's record when its names change: a global bound for the first time or deleted rewrites only the
// names from the first that changed (Rec.FrameNames), so a program binding a new global at each step records a
// trace that grows with what each step changed, not with every global it has.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("the module frame's names", () => {
	it("shows, at each print, the globals python3 printed, in its order, whichever names came and went", () => {
		const source = [
			"def names():",
			'    return [k for k in globals() if not k.startswith("__")]',
			"a = 1",
			"b = [a]",
			"print(names())",
			'globals()["c"] = b',
			"del a",
			"print(names())",
			"a = 2",
			"for i in range(3):",
			'    globals()[f"v{i}"] = i',
			"print(names())",
			"del b, v0",
			"print(names())",
		].join("\n");
		// python3 prints these four lines for the program.
		const printed = [
			["names", "a", "b"],
			["names", "b", "c"],
			["names", "b", "c", "a", "i", "v0", "v1", "v2"],
			["names", "c", "a", "i", "v1", "v2"],
		];
		const result = runProgram(source + "\n", { record: true });
		expect(result.stdout).toBe(printed.map((line) => `[${line.map((name) => `'${name}'`).join(", ")}]\n`).join(""));
		const trace = result.trace!;
		const shown: string[][] = [];
		for (let step = 0; step < trace.stepCount; step++) {
			if (trace.events(step).some((event) => event.kind === "stdout")) shown.push(trace.state(step).frames[0]!.locals.map((local) => local.name));
		}
		expect(shown).toEqual(printed);
	});

	it("records a trace that grows with each step's new global, not with all of them", () => {
		const bytesPerStep = (globals: number) => {
			const trace = runProgram(`g = globals()\nfor i in range(${globals}):\n    g["v%d" % i] = i\n`, { record: true }).trace!;
			return trace.byteSize() / trace.stepCount;
		};
		// Each step wrote every global before: 2,200 bytes a step over 2,000 globals, twice that over 4,000.
		expect(bytesPerStep(4000)).toBeLessThan(1.2 * bytesPerStep(1000));
	});
});
