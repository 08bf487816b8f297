// @vitest-environment jsdom
// A block inside a collection: what started it, its phases and gc_refs, its result, and the interpreter's at exit.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { makeFakeTrace } from "./fake-trace";
import { mountFake, mountResult, stepsWhere } from "./mount-block";

describe("a pymem block inside a collection", () => {
	it("tells the collections after the program's end as the interpreter's at exit", () => {
		const source = "import gc\nclass Node:\n    pass\na = Node()\na.me = a\ndel a\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const exitPhase = stepsWhere(trace, (step) => trace.isCollectorPhase(step) && !trace.state(step).frames.some((frame) => frame.name === "<module>"))[0]!;
		expect(exitPhase).toBeDefined();
		const { host } = mountResult(source, result, { start: exitPhase });
		// The exit's first collection (Py_FinalizeEx's) says what started it, and its later phases keep saying "at exit".
		expect(host.querySelector(".pymem-narration")?.textContent).toContain("At interpreter exit, the interpreter collects every generation once");
		expect(host.querySelector(".pymem-gc-phase")?.textContent).toMatch(/^\s*Collecting generation 2 at interpreter exit: /);
		expect(host.querySelector(".pymem-gc-cause")?.textContent).toBe("Started by the interpreter at exit, while modules are intact.");
		const next = mountResult(source, result, { start: exitPhase + 1 }).host;
		expect(next.querySelector(".pymem-narration")?.textContent).toContain("At interpreter exit, the collector (generation 2) copies");
	});

	it("forecasts the next automatic collection while none runs, explains the counts on demand, and leaves that to the phases while one does", () => {
		const source = "import gc\nitems = [[1], [2]]\ngc.collect()\ngc.disable()\nprint(len(items))\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const pane = (step: number) => mountResult(source, result, { start: step }).host;
		const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? null;
		const idle = (step: number) => text(pane(step).querySelector(".pymem-gc-idle"));
		// Line 2 made three lists: gen0 is at 3 of 700, so 698 more take it past its threshold.
		const first = stepsWhere(trace, (step) => trace.lineOf(step) === 2)[0]!;
		expect(trace.state(first).gc.counts[0]).toBe(3);
		expect(idle(first)).toBe("No collection is running. The next automatic collection starts when gen0 passes 700, after 698 more tracked objects made than freed.");
		const explain = pane(first).querySelector("details.pymem-gc-explain");
		expect(explain?.hasAttribute("open")).toBe(false);
		expect(text(explain?.querySelector("summary"))).toBe("What these counts mean");
		expect(text(explain?.querySelector("p"))).toBe(
			"gen0 counts the objects the collector tracks (lists, dicts, instances…) made since its last collection, less those freed; " +
				"gen1 and gen2 count the collections of the generation below since their own last one. An automatic collection takes the " +
				"oldest generation whose count is over its threshold, and a full (gen2) one also waits until the objects waiting for it are " +
				"at least a quarter of those the last full collection kept (the long-lived rule). gc.collect() starts a full one, even with " +
				"automatic collection disabled.",
		);
		const collecting = stepsWhere(trace, (step) => trace.isCollectorPhase(step))[0]!;
		expect(idle(collecting)).toBeNull();
		expect(pane(collecting).querySelector(".pymem-gc-explain")).toBeNull();
		const disabled = stepsWhere(trace, (step) => trace.lineOf(step) === 5)[0]!;
		expect(idle(disabled)).toBe("No collection is running.");
		expect(text(pane(disabled).querySelector(".pymem-gc-disabled"))).toBe("Automatic collection is disabled (gc.disable()).");
	});

	it("shows a __del__ the collector runs inside the finalize phase, before that phase ends", () => {
		const source = "import gc\nclass A:\n    def __del__(self):\n        print('bye')\na = A()\na.me = a\ndel a\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const inDel = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).frames.at(-1)?.name === "A.__del__")!;
		expect(inDel).toBeDefined();
		const { host } = mountResult(source, result, { start: inDel });
		expect(host.querySelector(".pymem-gc-phase-current")?.textContent?.trim()).toBe("Call finalizers");
		expect(host.querySelector(".pymem-gc-under-way")?.textContent).toBe("A __del__ method runs now, before this phase ends.");
	});

	it("tells what started a collection: gc.collect() or an allocation past generation 0's threshold", () => {
		// 10 tracked objects fill generation 0 (threshold 10): the next list starts an automatic collection of it.
		const source = "import gc\ngc.set_threshold(10)\ngc.collect()\nkeep = []\nfor i in range(20):\n    keep.append([])\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const merges = stepsWhere(trace, (step) => trace.isCollectorPhase(step) && trace.state(step).gc.collecting?.phase === "merge");
		const causes = merges.map((step) => trace.state(step).gc.collecting!.cause.kind);
		expect(causes.slice(0, 2)).toEqual(["collect", "threshold"]);
		const byCollect = mountResult(source, result, { start: merges[0]! }).host;
		expect(byCollect.querySelector(".pymem-narration")?.textContent).toContain("gc.collect() calls gc.collect(), which starts a collection of generation 2");
		expect(byCollect.querySelector(".pymem-gc-cause")?.textContent).toBe("Started by gc.collect().");
		const byThreshold = mountResult(source, result, { start: merges[1]! }).host;
		expect(byThreshold.querySelector(".pymem-narration")?.textContent).toContain(
			"keep.append([]) allocates an object the collector tracks, which takes generation 0's count over its threshold (11 > 10)",
		);
		expect(byThreshold.querySelector(".pymem-gc-cause")?.textContent).toBe("Started automatically: an allocation took gen0's count over its threshold (11 > 10).");
	});

	it("notes python3's start-up counts in the collector pane while they move an automatic collection", () => {
		const source = "import gc\ngc.set_threshold(10)\nkeep = []\nfor i in range(20):\n    keep.append([])\ngc.collect()\n";
		const result = runProgram(source, { record: true });
		const trace = result.trace!;
		const full = stepsWhere(trace, (step) => trace.isCollectorPhase(step) && trace.state(step).gc.collecting?.generation === 2)[0]!;
		const note = (start: number) =>
			mountResult(source, result, { start }).host.querySelector(".pymem-gc-startup")?.textContent?.replace(/\s+/g, " ").trim() ?? null;
		expect(note(1)).toBe(
			"In python3, gen0 also counts a few hundred objects its start-up and compiler made until the first full collection, " +
				"so its automatic collections come sooner. Start the program with gc.collect() to match python3's timing.",
		);
		expect(note(full - 1)).not.toBeNull();
		expect(note(full)).toBeNull();
	});

	it("shows gc_refs and the phase inside a collection", () => {
		const { root } = mountFake({ start: 13 });
		expect(root.querySelector(".pymem-gc-phase")?.textContent).toContain("subtracts the references");
		expect(root.querySelector(".pymem-gc-phase-current")?.textContent).toBe("Subtract internal references");
		expect(root.querySelector('[data-pymem-object="3"] .pymem-object-gcrefs')?.textContent).toBe("gc_refs 0");
		expect(root.querySelector('[data-pymem-object="6"] .pymem-object-gcrefs')?.textContent).toBe("gc_refs 1");
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
});
