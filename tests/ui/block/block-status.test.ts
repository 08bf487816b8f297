// @vitest-environment jsdom
// The notices above a block say what ended the run once, in the words python3 uses, with the line.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import type { RunResult } from "../../../src/sim/trace/types";
import { runProgram } from "../../../src/sim";
import { mountProgram as mountRun, mountResult } from "./mount-block";

/** The program's finished run, mounted untitled; its block's root. */
function mountProgram(source: string, maxSteps?: number): HTMLElement {
	return mountRun(source, { title: null }, maxSteps).root;
}

describe("block status notices", () => {
	it("names an uncaught exception once, as its traceback's last line, with the line it came from", () => {
		const root = mountProgram("items = [1, 2, 3]\ntotal = 0\nfor i in range(4):\n    total += items[i]\n");
		expect(root.getAttribute("data-status")).toBe("exception");
		expect(root.querySelector(".pymem-notice-error")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
			"The program ended with IndexError: list index out of range (line 4). Every step up to it can be stepped through.",
		);
	});

	it("tells a program that ran out of input how a block gives it some", () => {
		const root = mountProgram("name = input('Name? ')\nprint(name)\n");
		expect(root.querySelector(".pymem-notice-error")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
			"The program ended with EOFError: EOF when reading a line (line 1). Every step up to it can be stepped through. Give the block its input with a #| stdin: line at the top, \\n between the lines.",
		);
	});

	it("says where the step limit stopped the run, as a sentence, and how to raise it", () => {
		const root = mountProgram("n = 0\nwhile True:\n    n += 1\n", 40);
		expect(root.getAttribute("data-status")).toBe("step-limit");
		expect(root.querySelector(".pymem-notice-limit")?.textContent?.replace(/\s+/g, " ").trim()).toMatch(
			/^Stopped after 40 steps \(step limit\), on line [23]\. Every step up to it can be stepped through\. Raise the limit with #\| max-steps: or in the settings\.$/,
		);
	});

	it("marks a syntax error's line in the source", () => {
		const root = mountProgram("x = [1, 2\nprint(x)\n");
		expect(root.querySelector("[role=alert] .pymem-error-message")?.textContent).toBe("SyntaxError: '[' was never closed (line 1)");
		// python3's report under it, carets and all.
		expect(root.querySelector("[role=alert] .pymem-error-report")?.textContent).toBe(`  File "main.py", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed`);
		const marked = [...root.querySelectorAll(".pymem-source-error")].map((line) => line.querySelector(".pymem-source-number")?.textContent);
		expect(marked).toEqual(["1"]);
	});

	it("shows a syntax error at its line", () => {
		const result: RunResult = {
			status: "syntax-error",
			exitCode: 1,
			stdout: "",
			stderr: "",
			error: { type: "SyntaxError", message: "invalid syntax (line 2)", line: 2 },
			steps: 0,
			trace: null,
		};
		const { host, root } = mountResult("x = 1\ny = = 2\n", result);
		expect(host.querySelector("[role=alert]")?.textContent?.trim()).toBe("invalid syntax (line 2)");
		expect(host.querySelector(".pymem-source-error")?.textContent).toContain("y = = 2");
		expect(root.getAttribute("data-step")).toBe("0");
	});

	it("says when builtins' work stopped the run, and how to raise the limit", () => {
		const { host, root } = mountRun("print('start')\nprint(sum(range(10**9)))\n", {}, 1000);
		const notice = host.querySelector(".pymem-notice")?.textContent ?? "";
		expect(notice).toContain("Stopped after 2 steps: builtins went through more than 100,000 items (step limit), on line 2.");
		expect(notice).toContain("Raise the limit with #| max-steps:");
		expect(root.getAttribute("data-status")).toBe("step-limit");
	});

	it("says when the memory limit stopped the run, with every step before it still readable, and how the step limit raises it", () => {
		const { host, root } = mountRun("import sys\nbig = list(range(300_000))\n", {}, 60_000);
		const notice = host.querySelector(".pymem-notice")?.textContent?.replace(/\s+/g, " ") ?? "";
		expect(notice).toContain("Stopped after 2 steps: more than 120,000 objects alive at once (memory limit), on line 2.");
		expect(notice).toContain("Every step up to it can be stepped through.");
		expect(notice).toContain("raise the step limit with #| max-steps: or in the settings");
		expect(root.getAttribute("data-status")).toBe("memory-limit");
	});

	it("does not offer the step limit as a way out once a block's object limit is at its cap", () => {
		// A run as the simulator ends it at the cap (tests/sim/simulation-limits.test.ts), without making two million objects here.
		const source = "big = list(range(3 * 10**6))\n";
		const result: RunResult = {
			status: "memory-limit",
			exitCode: 0,
			stdout: "",
			stderr: "",
			error: { type: "MemoryLimit", message: "stopped after 1 step: more than 2,000,000 objects alive at once (memory limit)", line: 1, objectLimit: 2_000_000 },
			steps: 1,
			trace: runProgram("pass\n", { record: true }).trace,
		};
		const notice = mountResult(source, result).host.querySelector(".pymem-notice")?.textContent?.replace(/\s+/g, " ") ?? "";
		expect(notice).toContain("Stopped after 1 step: more than 2,000,000 objects alive at once (memory limit), on line 1.");
		expect(notice).toContain("No block may hold more than 2,000,000 objects at once, whatever its step limit");
		expect(notice).not.toContain("max-steps");
	});

	it("says when the trace limit stopped the run, and that no step limit raises it", () => {
		const source = "for i in range(100_000):\n    print(i)\n";
		const result = runProgram(source, { record: true, maxSteps: 1_000_000, maxTraceBytes: 1 << 20 });
		const { host, root } = mountResult(source, result);
		const notice = host.querySelector(".pymem-notice")?.textContent?.replace(/\s+/g, " ") ?? "";
		expect(notice).toMatch(/Stopped after \d+ steps: the recorded trace would grow past 1 MB \(trace limit\), on line [12]\./);
		expect(notice).toContain("Every step up to it can be stepped through.");
		expect(notice).toContain("No block records more than 1 MB, whatever its step limit");
		expect(notice).not.toContain("max-steps");
		expect(root.getAttribute("data-status")).toBe("trace-limit");
	});
});

describe("empty diagram", () => {
	it("says the heap is empty at a step with no objects to draw, and says nothing once there are some", () => {
		const { root, trace } = mountRun("x = [1]\n", { title: null, panels: ["source", "heap"] });
		expect(root.querySelector(".pymem-object")).toBeNull();
		expect(root.querySelector(".pymem-diagram-empty")?.textContent).toBe("No objects at this step.");
		const withList = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).line === 1 && step > 0)!;
		for (let step = 0; step < withList; step++) root.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!.click();
		flushSync();
		expect(root.querySelector(".pymem-object")).not.toBeNull();
		expect(root.querySelector(".pymem-diagram-empty")).toBeNull();
	});
});
