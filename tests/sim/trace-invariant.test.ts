// At every step of every conformance program, each object's reference count must be explained by the
// holders the trace shows (names, slots, value stacks, interpreter-held references): one holder per
// reference. This is what lets the UI justify every number it displays. And the counts a step's events tell
// on the way never read 0 for an object that lives on.
// Programs listed in invariant-gaps.json must still break the invariant (strict expected failure), so the
// list can only shrink: fixing one makes this test fail until the entry is removed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listRunnablePrograms } from "../conformance/programs";
import { runProgram } from "../../src/sim/index";
import { traceHolderMismatches } from "./holders-invariant";

const programs = listRunnablePrograms();
const invariantGaps = JSON.parse(readFileSync(new URL("./invariant-gaps.json", import.meta.url), "utf8")) as Record<string, string>;

describe("trace: holders explain every reference count at every step, and no living object reads 0", () => {
	it.each(programs.map((program) => [program.name, program] as const))("%s", (name, program) => {
		const trace = runProgram(program.source, { record: true }).trace!;
		const mismatches = traceHolderMismatches(trace, 5, { countsTold: true });
		const gap = invariantGaps[name];
		if (gap === undefined) expect(mismatches).toEqual([]);
		else expect(mismatches, `${name} now keeps the invariant: remove it from invariant-gaps.json`).not.toEqual([]);
	});
});
