// At every step of every conformance program, each object's reference count must be explained by the
// holders the trace shows (names, slots, value stacks, interpreter-held references): one holder per
// reference. This is what lets the UI justify every number it displays.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/sim/index";
import { listPrograms, readKnownGaps } from "../conformance/programs";

const programs = listPrograms();
const knownGaps = readKnownGaps();

describe("trace: holders explain every reference count at every step", () => {
	it.each(programs.filter((p) => knownGaps[p.name] === undefined).map((p) => [p.name, p] as const))("%s", (_name, program) => {
		const result = runProgram(program.source, { record: true });
		const trace = result.trace;
		expect(trace).not.toBeNull();
		const mismatches: string[] = [];
		for (let step = 0; step < trace!.stepCount && mismatches.length < 5; step++) {
			const state = trace!.state(step);
			for (const o of state.objects) {
				if (o.shared) continue;
				const holders = state.holders.get(o.id) ?? [];
				if (holders.length !== o.refcount) {
					mismatches.push(`step ${step} line ${state.line}: ${o.label} (${o.preview}) refcount ${o.refcount} but ${holders.length} holders ${JSON.stringify(holders)}`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});
});
