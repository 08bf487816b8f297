// The names readers give a trace's objects: what a class holds is named by the class's qualname, read from
// the preview the trace stores, in the block and in `pymem trace` alike.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { classQualname, lookupFor, ownerName, slotName } from "../../../src/sim/trace/names";
import type { TraceEvent } from "../../../src/sim/trace/types";

const NESTED = `class Outer:
    class Inner:
        def ping(self):
            return 1
    def method(self):
        return 2
box = [Outer.Inner()]
`;

function allEvents(source: string): TraceEvent[] {
	const trace = runProgram(source, { record: true }).trace!;
	return Array.from({ length: trace.stepCount }, (_, step) => trace.events(step)).flat();
}

describe("trace names", () => {
	it("reads a class's qualname from its preview, and nothing else's", () => {
		expect(classQualname({ preview: "<class 'Outer.Inner'>" })).toBe("Outer.Inner");
		expect(classQualname({ preview: "<Node object>" })).toBeNull();
		expect(classQualname({ preview: `"<class 'Node'>"` })).toBeNull();
		expect(ownerName({ label: "type#7", preview: "<class 'Node'>" })).toBe("Node");
		expect(ownerName({ label: "list#8", preview: "[1, 2]" })).toBe("list#8");
	});

	it("names a class's slots by its qualname and other objects' by their label", () => {
		const trace = runProgram(NESTED, { record: true }).trace!;
		const state = trace.state(trace.exitStep! - 1);
		const names = lookupFor([state]);
		const outer = state.objects.find((o) => o.preview === "<class 'Outer'>")!;
		const inner = state.objects.find((o) => o.preview === "<class 'Outer.Inner'>")!;
		const box = state.objects.find((o) => o.type === "list")!;
		expect(names.ownerName(outer.id)).toBe("Outer");
		expect(names.ownerName(inner.id)).toBe("Outer.Inner");
		expect(names.objectLabel(inner.id)).toBe(inner.label);
		expect(names.ownerName(box.id)).toBe(box.label);
		expect(slotName(names.ownerName(inner.id), ".ping")).toBe("Outer.Inner.ping");
		expect(slotName(names.ownerName(box.id), "[0]")).toBe(`${box.label}[0]`);
		expect(slotName(names.ownerName(outer.id), "__mro__")).toBe("__mro__ of Outer");
	});

	it("gives the events' causes a class's slots as Python spells them, and leaves other slots as they were", () => {
		const causes = allEvents(NESTED).flatMap((event) => (event.kind === "incref" ? [event.cause] : []));
		expect(causes).toContain("Outer.method");
		expect(causes).toContain("Outer.Inner.ping");
		expect(causes).toContain("Outer.Inner");
		expect(causes.filter((cause) => /^type#\d+ /.test(cause))).toEqual([]);
		// A list's item and an instance's attribute keep `label slot`.
		expect(causes.some((cause) => /^list#\d+ \[0\]$/.test(cause))).toBe(true);
	});
});
