import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

describe("an exception group in the trace", () => {
	it("shows like any exception, with its message and exceptions tuple among its fields", () => {
		const source = "g = ExceptionGroup('m', [ValueError(1)])\ntry:\n    raise g\nexcept* ValueError as e:\n    part = e\nx = 0\n";
		const trace = runProgram(source, { record: true }).trace!;
		let step = trace.stepCount - 1;
		while (trace.state(step).frames.length === 0) step--;
		const state = trace.state(step);
		const named = (name: string) => state.objects.find((o) => o.id === state.frames[0]!.locals.find((local) => local.name === name)?.target);
		const group = named("g")!;
		expect(group.type).toBe("ExceptionGroup");
		expect(group.preview).toMatch(/^ExceptionGroup\('m', list#\d+\)$/);
		expect(group.slots.map((s) => s.label)).toEqual([".message", ".exceptions", "args", "__traceback__"]);
		const exceptions = state.objects.find((o) => o.id === group.slots.find((s) => s.label === ".exceptions")!.target)!;
		expect(exceptions.type).toBe("tuple");
		// The part the clause took is a new group of the same message, holding the same ValueError.
		const part = named("part")!;
		expect(part.id).not.toBe(group.id);
		const partItems = state.objects.find((o) => o.id === part.slots.find((s) => s.label === ".exceptions")!.target)!;
		expect(partItems.slots[0]!.target).toBe(exceptions.slots[0]!.target);
	});
});
