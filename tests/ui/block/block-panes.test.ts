// @vitest-environment jsdom
// A block's panes: the narration, the source's marks, output, which panes show, and the block's life while its run goes on.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { FAKE_SOURCE, makeFakeTrace } from "./fake-trace";
import { finished, keysOn, mountFake, mountProgram, mountWith, stepsWhere } from "./mount-block";

describe("a pymem block's panes", () => {
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
		// A temporary the last step made and freed had no place in the heap: the narration tells it, no card does;
		// the step raised as well, which its story tells, and the temporary is an aside under it.
		const story = [...root.querySelectorAll(".pymem-narration p:not(.pymem-narration-aside)")].map((sentence) => sentence.textContent);
		expect(story).toEqual(["[][0] raises IndexError"]);
		expect(root.querySelector(".pymem-narration-aside")?.textContent).toBe("Also made and freed in this step: list#9");
		// Outside the story's scrolling part, so a busy step shows it without scrolling; whole in its title when cut.
		expect(root.querySelector(".pymem-narration-story .pymem-narration-aside")).toBeNull();
		expect(root.querySelector(".pymem-narration-aside")?.getAttribute("title")).toBe("Also made and freed in this step: list#9");
		expect(root.querySelector("[data-pymem-freed='9']")).toBeNull();
	});

	it("marks no line of the source at exit, unless a finalizer the shutdown called runs one", () => {
		const source = 'def bump(n):\n    return n + 1\nclass A:\n    def __del__(self):\n        print("bye")\na = A()\nx = bump(1)\n';
		const { trace } = mountProgram(source);
		const exit = trace.exitStep!;
		const marks = (step: number) => {
			const { root } = mountProgram(source, { start: step });
			return [root.querySelector(".pymem-source-current")?.textContent ?? null, root.querySelector(".pymem-source-next")?.textContent ?? null];
		};
		// The last line the program ran was in bump; at exit no line of the program runs, nor runs next.
		expect(trace.state(exit).line).toBe(2);
		expect(marks(exit)).toEqual([null, null]);
		expect(marks(trace.stepCount - 1)).toEqual([null, null]);
		// The step that calls __del__ marks the line it will run next; the one that runs it marks that line.
		const called = stepsWhere(trace, (step) => step > exit && trace.state(step).frames.at(-1)?.name === "A.__del__")[0]!;
		expect(marks(called)).toEqual([null, expect.stringContaining('print("bye")')]);
		expect(marks(called + 1)[0]).toContain('print("bye")');
	});

	it("keeps a step's temporaries as its story when they are all it did, with no aside", () => {
		const { root, trace } = mountProgram("n = len([1, 2, 3])\nprint(n)\n");
		const made = stepsWhere(trace, (step) => trace.lineOf(step) === 1 && trace.events(step).some((event) => event.kind === "alloc"))[0]!;
		keysOn(root)("Home");
		for (let step = 0; step < made; step++) keysOn(root)("ArrowRight");
		expect(root.querySelector(".pymem-narration p")?.textContent).toMatch(/^n = len\(\[1, 2, 3\]\) creates list#\d+, a temporary: nothing keeps it, so it is freed again before the step ends$/);
		expect(root.querySelector(".pymem-narration-aside")).toBeNull();
	});

	it("leaves a freed card where an object of the previous step stood, with the reason it died", () => {
		const { trace } = mountFake();
		const freeing = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.events(step).some((event) => event.kind === "free" && event.object === 5))!;
		const { root } = mountFake({ start: freeing });
		expect(root.querySelector("[data-pymem-freed='5']")?.textContent).toContain("its refcount fell to 0 when c was deleted");
	});

	it("shows stdout and stderr in the order the program wrote them, each from the step that wrote it", () => {
		// A `__del__` that raises is reported on stderr where it ran; the traceback comes before what shutdown prints.
		const source = 'class A:\n    def __del__(self):\n        print("del", self.name)\n        if self.name == "a":\n            raise KeyError("k")\na = A()\na.name = "a"\ndel a\nprint("after")\nb = A()\nb.name = "b"\n[][1]\n';
		const { trace } = mountProgram(source);
		const pieces = (step: number) => {
			const { root } = mountProgram(source, { start: step });
			return [...root.querySelectorAll(".pymem-output pre")].map((pre) => `${pre.className}: ${pre.textContent.trimEnd().split("\n").pop()}`);
		};
		const reported = stepsWhere(trace, (step) => trace.state(step).stderr !== "")[0]!;
		expect(pieces(reported - 1)).toEqual(["pymem-stdout: del a"]);
		expect(pieces(reported)).toEqual(["pymem-stdout: del a", "pymem-stderr: KeyError: 'k'"]);
		expect(pieces(trace.exitStep!)).toEqual(["pymem-stdout: del a", "pymem-stderr: KeyError: 'k'", "pymem-stdout: after", "pymem-stderr: IndexError: list index out of range"]);
		expect(pieces(trace.stepCount - 1)).toEqual(["pymem-stdout: del a", "pymem-stderr: KeyError: 'k'", "pymem-stdout: after", "pymem-stderr: IndexError: list index out of range", "pymem-stdout: del b"]);
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
		const { host, block } = mountWith({ source: FAKE_SOURCE, problems: [{ line: 1, message: "Line 1: bad" }], run: { kind: "running", steps: 120 } });
		expect(host.querySelector("[role=status]")?.textContent).toContain("120 steps so far");
		expect(host.querySelector(".pymem-problems")?.textContent).toBe("Line 1: bad");
		block.setRun({ kind: "done", result: finished(trace) });
		flushSync();
		expect(host.querySelectorAll("[data-pymem-object]").length).toBe(0);
		expect(host.querySelector(".pymem-narration")).not.toBeNull();
		block.destroy();
		expect(host.childElementCount).toBe(0);
	});
});
