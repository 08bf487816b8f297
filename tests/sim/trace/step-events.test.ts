// The order of a step's events, which the trace rebuilds from the difference between two states.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const TICKETS = `class Ticket:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
first = Ticket(1)
second = Ticket(2)
second = Ticket(3)
`;

describe("step events", () => {
	it("tells an object's count reaching 0 before its finalizer holds it, after the store that replaced it", () => {
		const trace = runProgram(TICKETS, { record: true }).trace!;
		// The step that rebinds `second` ends in Ticket(2)'s __del__.
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) =>
			trace.events(index).some((event) => event.kind === "call" && event.name === "Ticket.__del__"),
		)!;
		const events = trace.events(step);
		const counts = events.filter((event) => event.kind === "incref" || event.kind === "decref");
		const dying = counts.find((event) => event.kind === "incref" && event.holder.kind === "internal" && event.holder.label === "object being finalized")!.object;
		const told = counts.filter((event) => event.object === dying).map((event) => [event.cause, event.refcount]);
		expect(told).toEqual([
			["name second released", 0],
			["object being finalized", 1],
			["new name self", 2],
		]);
		// Ticket(3) took the name first: STORE_NAME stores the new value, then lets the old one go.
		const stored = counts.findIndex((event) => event.kind === "incref" && event.cause === "new name second");
		const released = counts.findIndex((event) => event.kind === "decref" && event.cause === "name second released");
		expect(stored).toBeGreaterThanOrEqual(0);
		expect(stored).toBeLessThan(released);
	});
});
