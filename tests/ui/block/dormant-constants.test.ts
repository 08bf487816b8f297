// Code constants are live objects from the start (held by co_consts and the AST arena); the diagram shows
// one only once the program refers to it.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { StepState, Trace } from "../../../src/sim/index";
import { dormantConstants, withoutConstantSetup } from "../../../src/ui/block/dormant-constants";

function traceOf(source: string): Trace {
	return runProgram(source, { record: true }).trace!;
}

/** The state once `line` has run. */
function afterLine(trace: Trace, line: number): StepState {
	for (let step = 0; step < trace.stepCount; step++) if (trace.state(step).line === line) return trace.state(step);
	throw new Error(`line ${line} never ran`);
}

function previews(state: StepState, ids: ReadonlySet<number>): string[] {
	return state.objects.filter((o) => ids.has(o.id)).map((o) => o.preview);
}

const SOURCE = `a = 1000
print("a is", a)
t = (2000, "x y")
del t
`;

describe("dormant code constants", () => {
	it("hides a constant until a name refers to it, and again once none does", () => {
		const trace = traceOf(SOURCE);
		const start = trace.state(0);
		expect(previews(start, dormantConstants(start)).sort()).toEqual(["'a is'", "'x y'", "(2000, 'x y')", "1000", "2000"]);
		const afterA = afterLine(trace, 1);
		expect(dormantConstants(afterA).has(afterA.objects.find((o) => o.preview === "1000")!.id)).toBe(false);
		// A named constant tuple shows, and so do the items its slots point to. 'a is' shows from the print on:
		// sys.stdout's write buffer holds it, as python3's does when its output is not a terminal.
		const afterT = afterLine(trace, 3);
		expect(previews(afterT, dormantConstants(afterT)).sort()).toEqual([]);
		const afterDel = afterLine(trace, 4);
		expect(previews(afterDel, dormantConstants(afterDel)).sort()).toEqual(["'x y'", "(2000, 'x y')", "2000"]);
	});

	it("counts the code's references in the card's holders", () => {
		const afterA = afterLine(traceOf(SOURCE), 1);
		const int = afterA.objects.find((o) => o.preview === "1000")!;
		const labels = afterA.holders.get(int.id)!.map((h) => (h.kind === "internal" ? h.label : h.kind));
		expect(int.refcount).toBe(3);
		expect(labels.sort()).toEqual(["co_consts of <module>", "name", "the module's syntax tree (AST arena)"]);
	});

	it("leaves the constants' setup out of the first step's events", () => {
		const trace = traceOf(SOURCE);
		const kinds = withoutConstantSetup(trace.events(0)).map((e) => e.kind);
		expect(kinds).not.toContain("alloc");
		expect(trace.events(0).some((e) => e.kind === "alloc")).toBe(true);
		// Later events on a constant stay: a name taking it is an incref like any other.
		expect(withoutConstantSetup(trace.events(1)).some((e) => e.kind === "incref")).toBe(true);
	});
});
