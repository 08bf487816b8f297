// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { mountProgram } from "./mount-block";

const CLASS_LATER = ["x = 1", "class Node:", "    def __init__(self):", "        self.v = 1", "n = Node()"].join("\n");

// Past line 1 each state holds more objects than one task describes (log-rows.ts's WORK_PER_TASK).
const LARGE_HEAP = ["big = list(range(40000))", "a = [1]", "b = [2]", "c = [3]", "del big"].join("\n");

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

	it("shows a large heap's shown row at once and the others as later tasks tell them", async () => {
		const { root } = mountProgram(LARGE_HEAP, { start: 3 });
		const list = root.querySelector(".pymem-log-steps")!;
		const waiting = () => root.querySelectorAll(".pymem-log-events.pymem-muted").length;
		expect(root.querySelector(".pymem-log-current .pymem-muted")).toBeNull();
		expect(waiting()).toBeGreaterThan(0);
		expect(list.getAttribute("aria-busy")).toBe("true");
		await vi.waitFor(() => expect(list.getAttribute("aria-busy")).toBe("false"), { timeout: 20_000 });
		expect(waiting()).toBe(0);
		expect(logRows(root).join("\n")).toMatch(/decref list#\d+ -> 0/);
	});
});
