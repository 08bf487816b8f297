// At every step of every conformance program, each object's reference count must be explained by the
// holders the trace shows (names, slots, value stacks, interpreter-held references): one holder per
// reference. This is what lets the UI justify every number it displays. And a step's events tell its counts in
// an order CPython could have: none reads 0 for an object that lives on, no free comes before a drop of what its
// object held or of the object itself, no reference before its object is made.
// Programs listed in invariant-gaps.json must still break the invariant (strict expected failure), so the
// list can only shrink: fixing one makes this test fail until the entry is removed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listRunnablePrograms } from "../conformance/programs";
import { holderMismatches } from "./holders-invariant";

const programs = listRunnablePrograms();
const invariantGaps = JSON.parse(readFileSync(new URL("./invariant-gaps.json", import.meta.url), "utf8")) as Record<string, string>;

describe("trace: holders explain every reference count at every step, and the events tell them in order", () => {
	it.each(programs.map((program) => [program.name, program] as const))("%s", (name, program) => {
		const mismatches = holderMismatches(program.source, 5, { countsTold: true });
		const gap = invariantGaps[name];
		if (gap === undefined) expect(mismatches).toEqual([]);
		else expect(mismatches, `${name} now keeps the invariant: remove it from invariant-gaps.json`).not.toEqual([]);
	});
});
