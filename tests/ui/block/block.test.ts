// @vitest-environment jsdom
import { flushSync } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RunResult, Trace } from "../../../src/sim/trace/types";
import { mountBlock, type MountedBlock } from "../../../src/ui/block/mount";
import { ALL_PANELS, type BlockViewConfig } from "../../../src/ui/block/types";
import { checkContract } from "./contract";
import { runProgram } from "../../../src/sim/index";
import { FAKE_SOURCE, makeFakeTrace } from "./fake-trace";
import "../../stubs/resize-observer";

const config: BlockViewConfig = { title: "Fake", panels: ALL_PANELS, layout: "horizontal", start: 0, autoplay: false, speed: 4 };

function finished(trace: Trace): RunResult {
	return {
		status: "exception",
		exitCode: 1,
		stdout: "[2]\n",
		stderr: trace.state(trace.stepCount - 1).stderr,
		error: { type: "IndexError", message: "list index out of range", line: 16 },
		steps: trace.stepCount,
		trace,
	};
}

let mounted: MountedBlock | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
	mounted?.destroy();
	host?.remove();
	mounted = null;
});

function mountFake(overrides: Partial<BlockViewConfig> = {}, steps: number[] = []): { root: HTMLElement; trace: Trace } {
	const trace = makeFakeTrace();
	host = document.createElement("div");
	document.body.append(host);
	mounted = mountBlock(host, {
		source: FAKE_SOURCE,
		config: { ...config, ...overrides },
		problems: [],
		headerLines: 0,
		run: { kind: "done", result: finished(trace) },
		onStep: (step) => steps.push(step),
	});
	flushSync();
	const root = host.querySelector<HTMLElement>("[data-pymem-block]");
	if (!root) throw new Error("no block root");
	return { root, trace };
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
	const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
	if (!found) throw new Error(`no button named ${name}`);
	return found;
}

/** Presses keys on `element`, as the browser does: the event bubbles to the block's handler. */
function keysOn(element: HTMLElement): (key: string) => void {
	return (key) => {
		element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
		flushSync();
	};
}

function expectStepMatchesTrace(root: HTMLElement, trace: Trace): void {
	const report = checkContract(root);
	expect(report.problems, `step ${report.step}`).toEqual([]);
	const state = trace.state(report.step);
	// Shared values are shown in place of an arrow, not as cards.
	const carded = state.objects.filter((object) => !object.inline);
	expect(report.objects.sort((a, b) => a - b)).toEqual(carded.map((object) => object.id).sort((a, b) => a - b));
	for (const object of state.objects) {
		expect(report.refcounts.get(object.id)).toBe(object.shared ? undefined : object.refcount);
	}
}

describe("pymem block with the fake trace", () => {
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
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
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
			host = document.createElement("div");
			document.body.append(host);
			mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
			flushSync();
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

	it("marks text print() left in sys.stdout's buffer, a real object with its count, as waiting there", () => {
		const source = "items = ['kept']\nprint('a label:', len(items))\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const printed = trace.exitStep! - 1;
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: printed }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const label = trace.state(printed).objects.find((object) => object.preview === "'a label:'")!;
		const card = host.querySelector<HTMLElement>(`[data-pymem-object="${label.id}"]`)!;
		expect(card.classList.contains("pymem-object-pending")).toBe(true);
		expect(card.querySelector(".pymem-object-pending-note")?.textContent).toBe("in stdout's buffer");
		expect(card.querySelector(".pymem-holders")?.textContent).toContain("text waiting in the stream's write buffer");
		const list = host.querySelector<HTMLElement>(`[data-pymem-object="${trace.state(printed).objects.find((object) => object.preview === "['kept']")!.id}"]`)!;
		expect(list.classList.contains("pymem-object-pending")).toBe(false);
		expect(checkContract(host.querySelector<HTMLElement>("[data-pymem-block]")!).problems).toEqual([]);
	});

	it("tells the collections after the program's end as the interpreter's at exit", () => {
		const source = "import gc\nclass Node:\n    pass\na = Node()\na.me = a\ndel a\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const exitPhase = Array.from({ length: trace.stepCount }, (_, step) => step).find(
			(step) => trace.isCollectorPhase(step) && !trace.state(step).frames.some((frame) => frame.name === "<module>"),
		)!;
		expect(exitPhase).toBeDefined();
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: exitPhase }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		// The exit's first collection (Py_FinalizeEx's) says what started it, and its later phases keep saying "at exit".
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("At interpreter exit, the interpreter collects every generation once");
		expect(host.querySelector(".pymem-gc-phase")?.textContent).toMatch(/^\s*Collecting generation 2 at interpreter exit: /);
		expect(host.querySelector(".pymem-gc-cause")?.textContent).toBe("Started by the interpreter at exit, while modules are intact.");
		mounted.destroy();
		mounted = mountBlock(host, { source, config: { ...config, start: exitPhase + 1 }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("At interpreter exit, the collector (generation 2) copies");
	});

	it("shows a __del__ the collector runs inside the finalize phase, before that phase ends", () => {
		const source = "import gc\nclass A:\n    def __del__(self):\n        print('bye')\na = A()\na.me = a\ndel a\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const inDel = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).frames.at(-1)?.name === "A.__del__")!;
		expect(inDel).toBeDefined();
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: inDel }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		expect(host.querySelector(".pymem-gc-phase-current")?.textContent?.trim()).toBe("Call finalizers");
		expect(host.querySelector(".pymem-gc-under-way")?.textContent).toBe("A __del__ method runs now, before this phase ends.");
	});

	it("gives an arrow highlighted in the accent colour (its target's count moved) an accent head, and every other arrow the plain one", () => {
		const { root, trace } = mountFake();
		const press = keysOn(root);
		let newArrows = 0;
		for (let step = 0; step < trace.stepCount; step++) {
			const heads = [...root.querySelectorAll<SVGPathElement>(".pymem-arrow")].map((arrow) => [
				arrow.classList.contains("pymem-arrow-new"),
				arrow.getAttribute("marker-end")?.includes("-new)") ?? false,
			]);
			for (const [fresh, accentHead] of heads) expect(accentHead, `step ${step}`).toBe(fresh);
			newArrows += heads.filter(([fresh]) => fresh).length;
			press("ArrowRight");
		}
		expect(newArrows).toBeGreaterThan(0);
	});

	it("names an instance's class in its __class__ row and draws that arrow only for the cards looked at", () => {
		const source = "class Point:\n    pass\npoints = [Point() for i in range(3)]\nlast = points[-1]\n";
		const result = runProgram(source, { record: true });
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: "end" }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		// The last line's step: three instances, none new.
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
		flushSync();
		let step = Number(root.dataset.step);
		while (root.querySelectorAll(".pymem-object-slot-class").length < 3 && step > 0) {
			root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
			flushSync();
			step = Number(root.dataset.step);
		}
		const classRows = [...root.querySelectorAll(".pymem-object-slot-class")];
		expect(classRows.map((row) => row.textContent)).toEqual(["Point", "Point", "Point"]);
		const typeEdges = () => root.querySelectorAll(".pymem-arrow-type").length;
		expect(root.querySelectorAll(".pymem-object-new").length).toBe(0);
		expect(typeEdges()).toBe(0);
		const instance = classRows[0]!.closest<HTMLElement>("[data-pymem-object]")!;
		instance.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
		flushSync();
		expect(typeEdges()).toBe(1);
		instance.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
		flushSync();
		expect(typeEdges()).toBe(0);
		const cls = [...root.querySelectorAll<HTMLElement>("[data-pymem-object]")].find((card) => card.textContent?.includes("<class 'Point'>"))!;
		cls.dispatchEvent(new PointerEvent("pointerenter"));
		flushSync();
		expect(typeEdges()).toBe(3);
		cls.dispatchEvent(new PointerEvent("pointerleave"));
		flushSync();
		expect(typeEdges()).toBe(0);
	});

	it("tells what started a collection: gc.collect() or an allocation past generation 0's threshold", () => {
		// 10 tracked objects fill generation 0 (threshold 10): the next list starts an automatic collection of it.
		const source = "import gc\ngc.set_threshold(10)\ngc.collect()\nkeep = []\nfor i in range(20):\n    keep.append([])\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const merges = Array.from({ length: trace.stepCount }, (_, step) => step).filter(
			(step) => trace.isCollectorPhase(step) && trace.state(step).gc.collecting?.phase === "merge",
		);
		const causes = merges.map((step) => trace.state(step).gc.collecting!.cause.kind);
		expect(causes.slice(0, 2)).toEqual(["collect", "threshold"]);
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: merges[0]! }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("gc.collect() calls gc.collect(), which starts a collection of generation 2");
		expect(host.querySelector(".pymem-gc-cause")?.textContent).toBe("Started by gc.collect().");
		mounted.destroy();
		mounted = mountBlock(host, { source, config: { ...config, start: merges[1]! }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("keep.append([]) allocates an object the collector tracks, which takes generation 0's count over its threshold (11 > 10)");
		expect(host.querySelector(".pymem-gc-cause")?.textContent).toBe("Started automatically: an allocation took gen0's count over its threshold (11 > 10).");
	});

	it("notes python3's start-up counts in the collector pane while they move an automatic collection", () => {
		const source = "import gc\ngc.set_threshold(10)\nkeep = []\nfor i in range(20):\n    keep.append([])\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const full = Array.from({ length: trace.stepCount }, (_, step) => step).find(
			(step) => trace.isCollectorPhase(step) && trace.state(step).gc.collecting?.generation === 2,
		)!;
		host = document.createElement("div");
		document.body.append(host);
		const note = (start: number) => {
			mounted?.destroy();
			mounted = mountBlock(host!, { source, config: { ...config, start }, problems: [], headerLines: 0, run: { kind: "done", result } });
			flushSync();
			return host!.querySelector(".pymem-gc-startup")?.textContent?.replace(/\s+/g, " ").trim() ?? null;
		};
		expect(note(1)).toBe(
			"In python3, gen0 also counts a few hundred objects its start-up and compiler made until the first full collection, " +
				"so its automatic collections come sooner. Start the program with gc.collect() to match python3's timing.",
		);
		expect(note(full - 1)).not.toBeNull();
		expect(note(full)).toBeNull();
	});

	it("narrates the step, marks the lines and shows output, the collector and the freed", () => {
		const { root } = mountFake({ start: 2 });
		expect(root.getAttribute("data-step")).toBe("2");
		expect(root.querySelector(".pymem-narration")?.textContent).toContain("y = x makes a new name for list#3: refcount 1 -> 2");
		expect(root.querySelector(".pymem-source-current")?.textContent).toContain("y = x");
		expect(root.querySelector(".pymem-source-next")?.textContent).toContain("class C:");
		const holders = [...root.querySelectorAll('[data-pymem-ref-to="3"]')].map((element) => element.textContent);
		expect(holders).toEqual(["x in <module>", "y in <module>"]);

		root.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
		flushSync();
		expect(root.querySelector(".pymem-stdout")?.textContent).toBe("[2]\n");
		expect(root.querySelector(".pymem-stderr")?.textContent).toContain("IndexError: list index out of range");
		expect(root.querySelector("[data-pymem-freed='9']")?.textContent).toContain("the failed subscript dropped the only reference");
	});

	it("names each pane itself, since a pane that scrolls is a tab stop of its own in Chromium", () => {
		const { root } = mountFake({ start: 2 });
		const panes = [...root.querySelectorAll<HTMLElement>(".pymem-pane")];
		expect(panes.map((pane) => [pane.getAttribute("role"), pane.getAttribute("aria-label")])).toEqual([
			["region", "Source"],
			["region", "Frames and objects"],
			["region", "Garbage collector"],
			["region", "Output"],
			["region", "Event log"],
		]);
		// No region inside a pane repeats its name.
		expect(root.querySelectorAll(".pymem-pane [role=region]")).toHaveLength(0);
	});

	it("heads each card's list of holders with its whole label and value, which the card may cut short", () => {
		const { root, trace } = mountFake({ start: 2 });
		const list = trace.state(2).objects.find((object) => object.id === 3)!;
		const tooltip = root.querySelector('[data-pymem-object="3"] .pymem-holders')!;
		expect(tooltip.querySelector(".pymem-holders-object")?.textContent).toBe(list.label);
		expect(tooltip.querySelector(".pymem-holders-preview")?.textContent).toBe(list.preview);
		// Assistive technology reads the list as the card's description.
		expect(document.getElementById(root.querySelector('[data-pymem-object="3"]')!.getAttribute("aria-describedby")!)).toBe(tooltip);
		const names = [...root.querySelectorAll<HTMLElement>(".pymem-frame-local")];
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(name.title).toBe(name.textContent);
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

	it("lets the up and down arrows scroll a focused narration, while left and right still step", () => {
		const { root } = mountFake({ start: 2 });
		const narration = root.querySelector<HTMLElement>(".pymem-narration")!;
		const press = keysOn(narration);
		press("ArrowDown");
		expect(root.getAttribute("data-step")).toBe("2");
		press("ArrowRight");
		expect(root.getAttribute("data-step")).toBe("3");
	});

	it("gives a list of holders too long for its room a tab stop, where up and down scroll it instead of stepping", () => {
		const { root } = mountFake({ start: 2 });
		const card = root.querySelector<HTMLElement>('[data-pymem-object="3"]')!;
		const list = card.querySelector<HTMLElement>(".pymem-holders")!;
		// Closed, it is the card's tooltip and no tab stop.
		expect(list.getAttribute("role")).toBe("tooltip");
		expect(list.hasAttribute("tabindex")).toBe(false);
		// jsdom lays nothing out: the pane shows no room, so any list is too long for it.
		card.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
		flushSync();
		expect(list.tabIndex).toBe(0);
		expect(list.getAttribute("role")).toBe("region");
		expect(list.getAttribute("aria-label")).toMatch(/^References held to list#3/);
		const press = keysOn(list);
		press("ArrowDown");
		press("ArrowUp");
		expect(root.getAttribute("data-step")).toBe("2");
		press("ArrowRight");
		expect(root.getAttribute("data-step")).toBe("3");
	});

	it("shows gc_refs and the phase inside a collection", () => {
		const { root } = mountFake({ start: 13 });
		expect(root.querySelector(".pymem-gc-phase")?.textContent).toContain("subtracts the references");
		expect(root.querySelector(".pymem-gc-phase-current")?.textContent).toBe("Subtract internal references");
		expect(root.querySelector('[data-pymem-object="3"] .pymem-object-gcrefs')?.textContent).toBe("gc_refs 0");
		expect(root.querySelector('[data-pymem-object="6"] .pymem-object-gcrefs')?.textContent).toBe("gc_refs 1");
	});

	it("does not highlight a count that ends the step where it began (a generator's function moving to its frame)", () => {
		const source = "def count():\n    yield 1\nticks = count()\nnext(ticks)\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const resumed = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) =>
			trace.events(step).some((event) => event.kind === "call" && event.generator),
		)!;
		const functionId = trace.state(resumed).objects.find((object) => object.type === "function")!.id;
		// The trace tells it as a reference dropped and one taken: the count falls and rises within the step.
		expect(trace.events(resumed).filter((event) => "object" in event && event.object === functionId && event.kind !== "alloc").length).toBeGreaterThan(1);
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: resumed }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const badge = host.querySelector(`[data-pymem-object="${functionId}"] .pymem-badge-refcount`)!;
		expect(badge.textContent).toBe(String(trace.state(resumed - 1).objects.find((object) => object.id === functionId)!.refcount));
		expect(badge.classList.contains("pymem-badge-moved")).toBe(false);
	});

	it("marks a finalized object in its card's head, where the foot inside a collection has no room left", () => {
		const source = "import gc\nclass Node:\n    def __del__(self):\n        pass\na = Node()\na.me = a\ndel a\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		// Inside the collection, after the finalizer ran: the foot shows size, generation and gc_refs.
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => {
			const node = trace.state(index).objects.find((object) => object.type === "Node");
			return node?.finalized === true && node.gcRefs !== undefined;
		})!;
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, start: step }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const node = trace.state(step).objects.find((object) => object.type === "Node")!;
		const card = host.querySelector<HTMLElement>(`[data-pymem-object="${node.id}"]`)!;
		// Before: "56 B ● gen 2 gc_refs 0 finalized" in the 184 px foot, cut off at "finaliz".
		expect(card.querySelector(".pymem-object-head .pymem-object-finalized")?.textContent).toBe("finalized");
		expect(card.querySelector(".pymem-object-foot")?.textContent).not.toContain("finalized");
		expect(card.querySelector(".pymem-object-foot .pymem-object-gcrefs")).not.toBeNull();
		expect(card.getAttribute("aria-label")).toMatch(/, finalized$/);
	});

	it("tells the collection's result at its done step, every phase behind it", () => {
		const fake = makeFakeTrace();
		const done = Array.from({ length: fake.stepCount }, (_, step) => step).find((step) => fake.events(step).some((event) => event.kind === "gc-done"));
		const { root } = mountFake({ start: done! });
		expect(root.querySelector(".pymem-gc-phase")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
			"Collection of generation 2 done: it found 1 unreachable object.",
		);
		expect(root.querySelector(".pymem-gc-phase-current")).toBeNull();
		expect(root.querySelectorAll(".pymem-gc-phases .pymem-gc-phase-done")).toHaveLength(11);
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

	it("shows only the panels asked for and starts at the end", () => {
		const { root, trace } = mountFake({ panels: ["heap"], start: "end" });
		expect(root.getAttribute("data-step")).toBe(String(trace.stepCount - 1));
		expect(root.querySelector(".pymem-source")).toBeNull();
		expect(root.querySelector(".pymem-frame")).toBeNull();
		expect(root.querySelector(".pymem-gc")).toBeNull();
		expect(root.querySelectorAll("[data-pymem-object]").length).toBeGreaterThan(0);
	});

	it("shows progress while running, then the diagram, and leaves no DOM when destroyed", () => {
		const trace = makeFakeTrace();
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source: FAKE_SOURCE, config, problems: [{ line: 1, message: "Line 1: bad" }], headerLines: 0, run: { kind: "running", steps: 120 } });
		flushSync();
		expect(host.querySelector("[role=status]")?.textContent).toContain("120 steps so far");
		expect(host.querySelector(".pymem-problems")?.textContent).toBe("Line 1: bad");
		mounted.setRun({ kind: "done", result: finished(trace) });
		flushSync();
		expect(host.querySelectorAll("[data-pymem-object]").length).toBe(0);
		expect(host.querySelector(".pymem-narration")).not.toBeNull();
		mounted.destroy();
		expect(host.childElementCount).toBe(0);
	});

	it("shows a syntax error at its line", () => {
		host = document.createElement("div");
		document.body.append(host);
		const result: RunResult = {
			status: "syntax-error",
			exitCode: 1,
			stdout: "",
			stderr: "",
			error: { type: "SyntaxError", message: "invalid syntax (line 2)", line: 2 },
			steps: 0,
			trace: null,
		};
		mounted = mountBlock(host, { source: "x = 1\ny = = 2\n", config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		expect(host.querySelector("[role=alert]")?.textContent).toBe("invalid syntax (line 2)");
		expect(host.querySelector(".pymem-source-error")?.textContent).toContain("y = = 2");
		expect(host.querySelector("[data-pymem-block]")?.getAttribute("data-step")).toBe("0");
	});

	it("says when builtins' work stopped the run, and how to raise the limit", () => {
		host = document.createElement("div");
		document.body.append(host);
		const source = "print('start')\nprint(sum(range(10**9)))\n";
		const result = runProgram(source, { record: true, maxSteps: 1000 });
		mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const notice = host.querySelector(".pymem-notice")?.textContent ?? "";
		expect(notice).toContain("Stopped after 2 steps: builtins went through more than 100,000 items (step limit), on line 2.");
		expect(notice).toContain("Raise the limit with #| max-steps:");
		expect(host.querySelector("[data-pymem-block]")?.getAttribute("data-status")).toBe("step-limit");
	});

	it("says when the memory limit stopped the run, with every step before it still readable", () => {
		const trace = makeFakeTrace();
		host = document.createElement("div");
		document.body.append(host);
		const message = "stopped after 3 steps: more than 2,000,000 objects alive at once (memory limit)";
		const result: RunResult = { ...finished(trace), status: "memory-limit", error: { type: "MemoryLimit", message, line: 3 } };
		mounted = mountBlock(host, { source: FAKE_SOURCE, config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const notice = host.querySelector(".pymem-notice")?.textContent ?? "";
		expect(notice).toContain("Stopped after 3 steps: more than 2,000,000 objects alive at once (memory limit), on line 3.");
		expect(notice).not.toContain("max-steps");
		expect(host.querySelector("[data-pymem-block]")?.getAttribute("data-status")).toBe("memory-limit");
	});

	it("leaves gc.garbage and gc.callbacks out until the program names or fills them", () => {
		const source = "import gc\nx = [1]\ng = gc.garbage\ngc.callbacks.append(lambda phase, info: None)\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const sharedCards = () => [...host!.querySelectorAll(".pymem-object-shared")].map((card) => card.getAttribute("data-pymem-object"));
		const stepOfLine = (line: number) => Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).line === line)!;
		const [garbage, callbacks] = trace.state(0).objects.filter((object) => object.shared).map((object) => String(object.id));
		const go = (step: number) => {
			button(host!.querySelector("[data-pymem-block]")!, "First step").click();
			for (let i = 0; i < step; i++) button(host!.querySelector("[data-pymem-block]")!, "Next step").click();
			flushSync();
		};
		// A step's state is the one after its line ran.
		go(stepOfLine(2));
		expect(sharedCards()).toEqual([]);
		go(stepOfLine(3));
		expect(sharedCards()).toEqual([garbage]);
		go(stepOfLine(4));
		expect(sharedCards().sort()).toEqual([garbage, callbacks].sort());
		// Held by the gc module's dict alone, which is not shown: named as the program reaches them, not list#272.
		const card = (id: string) => host!.querySelector(`[data-pymem-object="${id}"]`)!;
		expect(card(callbacks!).querySelector(".pymem-object-label")?.textContent).toBe("gc.callbacks");
		expect(card(garbage!).querySelector(".pymem-object-label")?.textContent).toBe("gc.garbage");
		expect(card(callbacks!).querySelector(".pymem-holders-title")?.textContent).toBe("Shared value: its count is interpreter-wide.");
		expect(card(callbacks!).querySelectorAll(".pymem-holders li")).toHaveLength(0);
		expect(host!.querySelector(".pymem-narration")?.textContent).toContain("from gc.callbacks[0]");
	});

	it("shows shared values (small ints, None, interned strings, modules) in place of an arrow, without cards", () => {
		const source = "import sys\nx = 5\nname = 'hi'\nnothing = None\npair = [x, 300]\n";
		const result = runProgram(source, { record: true });
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		// The state after line 5 ran, while the module frame still shows its names.
		const trace = result.trace!;
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.state(index).line === 5)!;
		for (let i = 0; i < step; i++) button(root, "Next step").click();
		flushSync();
		const rows = [...root.querySelectorAll(".pymem-frame-row")].map((row) => row.textContent?.replace(/\s+/g, " ").trim());
		expect(rows).toEqual(expect.arrayContaining(["sys <module 'sys'>", "x 5", "name 'hi'", "nothing None"]));
		// The list is a card and its small int shows in its slot. The int 300 is a code constant, an object
		// of its own with an exact count (co_consts, the AST arena, the list), so it has a card too.
		const cards = [...root.querySelectorAll(".pymem-object")].map((card) => card.querySelector(".pymem-object-label")?.textContent);
		expect(cards.filter((label) => label?.startsWith("int#") || label?.startsWith("str#") || label?.startsWith("NoneType#"))).toHaveLength(1);
		const slots = [...root.querySelectorAll(".pymem-object-slot")].map((slot) => slot.textContent?.replace(/\s+/g, " ").trim());
		expect(slots).toEqual(["[0] 5", "[1]"]);
		expect(checkContract(root).problems).toEqual([]);
	});
});
