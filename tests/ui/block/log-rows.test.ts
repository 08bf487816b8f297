// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { mountProgram } from "./mount-block";

const CLASS_LATER = ["x = 1", "class Node:", "    def __init__(self):", "        self.v = 1", "n = Node()"].join("\n");

const logRows = (root: HTMLElement): string[] => [...root.querySelectorAll(".pymem-log-steps li")].map((row) => row.textContent ?? "");

describe("the event log's rows", () => {
	it("names a class the shown step has not made yet as its later row's step does", () => {
		const { root } = mountProgram(CLASS_LATER);
		const rows = logRows(root);
		expect(rows.join("\n")).toContain("Node.__init__");
		expect(rows.join("\n")).not.toMatch(/type#\d+\./);
	});

	it("marks the drop of a reference handed over to the name that took it", () => {
		// `n = Node()`: type_call's reference goes to the stack and STORE_NAME takes it; CPython's count stays 1.
		const rows = logRows(mountProgram(CLASS_LATER).root).join("\n");
		expect(rows).toMatch(/incref Node#\d+ -> 2 \(n in <module>\)/);
		expect(rows).toMatch(/decref Node#\d+ -> 1 \(new object \(type call\), handed over\)/);
	});

	it("reads each row alike whichever step is shown", () => {
		const atStart = mountProgram(CLASS_LATER);
		const fromStart = logRows(atStart.root);
		// Shown at step 12, the log's window still begins at step 0: the rows both windows hold must read alike.
		const later = Math.min(12, atStart.trace.stepCount - 1);
		const fromLater = logRows(mountProgram(CLASS_LATER, { start: later }).root);
		expect(later).toBeGreaterThan(5);
		expect(fromLater.slice(0, fromStart.length)).toEqual(fromStart);
	});
});
