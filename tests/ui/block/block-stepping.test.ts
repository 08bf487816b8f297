// @vitest-environment jsdom
// Stepping through a block: the buttons, the keyboard, autoplay, the program's timeline and its exit.
import { flushSync } from "svelte";
import { describe, expect, it, vi } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { button, expectStepMatchesTrace, keysOn, mountFake, mountResult } from "./mount-block";

describe("stepping through a pymem block", () => {
	it("keeps the refcount contract at every step while stepping with the buttons", () => {
		const steps: number[] = [];
		const { root, trace } = mountFake({}, steps);
		expect(root.getAttribute("data-step")).toBe("0");
		expect(button(root, "Previous step").disabled).toBe(true);
		expect(button(root, "First step").disabled).toBe(true);
		expectStepMatchesTrace(root, trace);
		for (let step = 1; step < trace.stepCount; step++) {
			button(root, "Next step").click();
			flushSync();
			expect(root.getAttribute("data-step")).toBe(String(step));
			expectStepMatchesTrace(root, trace);
		}
		expect(button(root, "Next step").disabled).toBe(true);
		expect(button(root, "Last step").disabled).toBe(true);
		expect(button(root, "Previous step").disabled).toBe(false);
		expect(steps).toEqual(Array.from({ length: trace.stepCount - 1 }, (_, index) => index + 1));
		button(root, "First step").click();
		flushSync();
		expect(root.getAttribute("data-step")).toBe("0");
		button(root, "Last step").click();
		flushSync();
		expect(root.getAttribute("data-step")).toBe(String(trace.stepCount - 1));
	});

	it("steps with the keyboard: arrows, Home and End", () => {
		const { root, trace } = mountFake();
		const press = keysOn(root);
		press("ArrowRight");
		press("ArrowDown");
		expect(root.getAttribute("data-step")).toBe("2");
		press("ArrowLeft");
		expect(root.getAttribute("data-step")).toBe("1");
		press("End");
		expect(root.getAttribute("data-step")).toBe(String(trace.stepCount - 1));
		press("ArrowRight");
		expect(root.getAttribute("data-step")).toBe(String(trace.stepCount - 1));
		press("Home");
		expect(root.getAttribute("data-step")).toBe("0");
		press("ArrowUp");
		expect(root.getAttribute("data-step")).toBe("0");
	});

	it("autoplays only once the block is on screen, not while the reader is still above it", () => {
		vi.useFakeTimers();
		let report: ((entries: Partial<IntersectionObserverEntry>[]) => void) | null = null;
		vi.stubGlobal(
			"IntersectionObserver",
			class {
				constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
					report = callback;
				}
				observe(): void {}
				disconnect(): void {}
			},
		);
		try {
			const { root } = mountFake({ autoplay: true });
			vi.advanceTimersByTime(2000);
			flushSync();
			expect(root.getAttribute("data-step")).toBe("0");
			expect(root.querySelector(".pymem-button-play")?.getAttribute("aria-label")).toBe("Play");
			report!([{ isIntersecting: true }]);
			flushSync();
			expect(root.querySelector(".pymem-button-play")?.getAttribute("aria-label")).toBe("Pause");
			vi.advanceTimersByTime(1000);
			flushSync();
			expect(Number(root.getAttribute("data-step"))).toBeGreaterThan(0);
		} finally {
			vi.unstubAllGlobals();
			vi.useRealTimers();
		}
	});

	it("pages through a tenth of the program with PageDown and PageUp, stopping at its end before the exit", () => {
		const source = "total = 0\nfor n in range(40):\n    total = total + n * n\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const count = trace.stepCount;
		const exitStep = trace.exitStep!;
		expect(exitStep).toBeGreaterThan(1);
		const { host } = mountResult(source, result);
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		const press = keysOn(root);
		const page = Math.round(exitStep / 10);
		expect(page).toBeGreaterThan(1);
		press("PageDown");
		expect(root.getAttribute("data-step")).toBe(String(page));
		press("PageDown");
		press("PageUp");
		expect(root.getAttribute("data-step")).toBe(String(page));
		for (let i = 2; i < Math.ceil((exitStep - 1) / page); i++) press("PageDown");
		expect(root.getAttribute("data-step"), "a page short of the program's end").toBe(String((Math.ceil((exitStep - 1) / page) - 1) * page));
		press("PageDown");
		expect(root.getAttribute("data-step"), "the program's last step: the exit's section comes next").toBe(String(exitStep - 1));
		press("PageDown");
		expect(root.getAttribute("data-step")).toBe(String(exitStep));
		for (let i = 0; i < 12; i++) press("PageDown");
		expect(root.getAttribute("data-step")).toBe(String(count - 1));
		for (let i = 0; i < 12; i++) press("PageUp");
		expect(root.getAttribute("data-step"), "the exit's first step").toBe(String(exitStep));
		press("PageUp");
		expect(root.getAttribute("data-step")).toBe(String(exitStep - 1));
		for (let i = 0; i < 12; i++) press("PageUp");
		expect(root.getAttribute("data-step")).toBe("0");
	});

	it("keeps the program's steps as the timeline: the interpreter's exit is a short section after it, reached by End twice", () => {
		vi.useFakeTimers();
		try {
			const source = "import gc\nclass Node:\n    pass\na = Node()\na.me = a\ndel a\n";
			const result = runProgram(source, { record: true });
			const trace = result.trace!;
			const exitStep = trace.exitStep!;
			// The two collections at exit are most of this short run.
			expect(trace.stepCount - exitStep).toBeGreaterThan(exitStep);
			const { host } = mountResult(source, result);
			const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
			const press = keysOn(root);
			const program = root.querySelector<HTMLInputElement>('input[aria-label="Step"]')!;
			const exit = root.querySelector<HTMLInputElement>(`input[aria-label="Step of the interpreter's exit"]`)!;
			expect([program.min, program.max]).toEqual(["0", String(exitStep - 1)]);
			expect([exit.min, exit.max]).toEqual([String(exitStep), String(trace.stepCount - 1)]);
			expect(root.querySelector(".pymem-step-count")?.textContent).toBe(`Step 0 of ${exitStep - 1}`);
			expect(button(root, "End of the program").title).toBe("End of the program (End)");
			// Play stops at the program's end; the exit plays on only when asked.
			button(root, "Play").click();
			flushSync();
			for (let i = 0; i < trace.stepCount; i++) {
				vi.advanceTimersByTime(1000);
				flushSync();
			}
			expect(root.getAttribute("data-step")).toBe(String(exitStep - 1));
			expect(root.querySelector(".pymem-button-play")?.getAttribute("aria-label")).toBe("Play");
			press("Home");
			press("End");
			expect(root.getAttribute("data-step")).toBe(String(exitStep - 1));
			press("ArrowRight");
			expect(root.getAttribute("data-step"), "the next step is the exit's first: stepping stays continuous").toBe(String(exitStep));
			expect(root.querySelector(".pymem-step-count")?.textContent).toBe(`Exit step 1 of ${trace.stepCount - exitStep}`);
			expect(exit.value).toBe(String(exitStep));
			expect(program.value).toBe(String(exitStep - 1));
			press("End");
			expect(root.getAttribute("data-step")).toBe(String(trace.stepCount - 1));
			expect(button(root, "Last step").disabled).toBe(true);
			exit.value = String(exitStep + 2);
			exit.dispatchEvent(new Event("input", { bubbles: true }));
			flushSync();
			expect(root.getAttribute("data-step")).toBe(String(exitStep + 2));
			program.value = "2";
			program.dispatchEvent(new Event("input", { bubbles: true }));
			flushSync();
			expect(root.getAttribute("data-step")).toBe("2");
		} finally {
			vi.useRealTimers();
		}
	});

	it("lets the up and down arrows scroll a focused narration, while left and right still step", () => {
		const { root } = mountFake({ start: 2 });
		// The story is what scrolls (the aside stays under it, outside the scrolling).
		const narration = root.querySelector<HTMLElement>(".pymem-narration-story")!;
		const press = keysOn(narration);
		press("ArrowDown");
		expect(root.getAttribute("data-step")).toBe("2");
		press("ArrowRight");
		expect(root.getAttribute("data-step")).toBe("3");
	});

	it("gives the event log one tab stop, the shown step's button, which moves with the step", () => {
		const { root } = mountFake({ start: 2 });
		const tabbable = () => [...root.querySelectorAll<HTMLButtonElement>(".pymem-log-step")].filter((button) => button.tabIndex === 0);
		expect(tabbable().map((button) => button.getAttribute("aria-label"))).toEqual(["Go to step 2"]);
		expect(tabbable()[0]?.getAttribute("aria-current")).toBe("step");
		// Step 0 runs no line yet: it is the start, not a "line 0" the program does not have.
		expect(root.querySelector(".pymem-log-step")?.textContent).toBe("0 · start");
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
		flushSync();
		expect(tabbable().map((button) => button.getAttribute("aria-label"))).toEqual(["Go to step 3"]);
	});

	it("steps by line over the collector's phases", () => {
		const { root } = mountFake({ start: 10 });
		const byLine = root.querySelector<HTMLInputElement>(".pymem-controls-options input[type=checkbox]");
		byLine?.click();
		flushSync();
		button(root, "Next step").click();
		flushSync();
		expect(root.getAttribute("data-step")).toBe("17");
	});
});
