// At every step of every conformance program, each object's reference count must be explained by the
// holders the trace shows (names, slots, value stacks, interpreter-held references): one holder per
// reference. This is what lets the UI justify every number it displays.
// Programs listed in invariant-gaps.json must still break the invariant (strict expected failure), so the
// list can only shrink: fixing one makes this test fail until the entry is removed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/sim/index";
import { listPrograms } from "../conformance/programs";

const programs = listPrograms();
const invariantGaps = JSON.parse(readFileSync(new URL("./invariant-gaps.json", import.meta.url), "utf8")) as Record<string, string>;

function holderMismatches(source: string): string[] {
	const trace = runProgram(source, { record: true }).trace;
	if (trace === null) return ["no trace recorded"];
	const mismatches: string[] = [];
	for (let step = 0; step < trace.stepCount && mismatches.length < 5; step++) {
		const state = trace.state(step);
		for (const object of state.objects) {
			if (object.shared) continue;
			const holders = state.holders.get(object.id) ?? [];
			if (holders.length !== object.refcount) {
				mismatches.push(
					`step ${step} line ${state.line}: ${object.label} (${object.preview}) refcount ${object.refcount} but ${holders.length} holders ${JSON.stringify(holders)}`,
				);
			}
		}
	}
	return mismatches;
}

describe("trace: holders explain every reference count at every step", () => {
	it.each(programs.map((program) => [program.name, program] as const))("%s", (name, program) => {
		const mismatches = holderMismatches(program.source);
		const gap = invariantGaps[name];
		if (gap === undefined) expect(mismatches).toEqual([]);
		else expect(mismatches, `${name} now keeps the invariant: remove it from invariant-gaps.json`).not.toEqual([]);
	});
});
