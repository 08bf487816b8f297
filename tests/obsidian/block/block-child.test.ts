// @vitest-environment jsdom
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PymemBlockChild, type BlockEnvironment } from "../../../src/obsidian/block/block-child";
import { SLICE_MS } from "../../../src/obsidian/block/simulation-runner";
import type { RunOptions, RunResult, Simulation } from "../../../src/sim/trace/types";
import { checkContract } from "../../ui/block/contract";
import { FAKE_SOURCE, makeFakeTrace } from "../../ui/block/fake-trace";
import "../../stubs/resize-observer";

// Obsidian adds createDiv to every element; the stub module does not, so the test does.
beforeEach(() => {
	HTMLElement.prototype.createDiv = function (this: HTMLElement, options?: { cls?: string } | string) {
		const div = document.createElement("div");
		if (typeof options === "object" && options.cls) div.className = options.cls;
		this.append(div);
		return div;
	};
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

/** Pretends to need `slices` slices, then finishes with the fake trace. */
function fakeSimulation(slices: number, calls: { options?: RunOptions; cancelled: boolean; budgets: number[] }): Simulation {
	const trace = makeFakeTrace();
	let done = 0;
	return {
		runSlice(maxSteps, maxMs) {
			calls.budgets.push(maxMs);
			done += 1;
			return done >= slices;
		},
		get steps() {
			return done * 100;
		},
		cancel() {
			calls.cancelled = true;
		},
		result(): RunResult {
			return { status: "finished", exitCode: 0, stdout: "[2]\n", stderr: "", error: null, steps: trace.stepCount, trace };
		},
	};
}

function environment(simulation: (source: string, options: RunOptions) => Simulation, remembered: Map<string, number>): BlockEnvironment {
	return {
		settings: { pythonProfile: "3.11", stepLimit: 1234, defaultLayout: "vertical", animationSpeed: 4 },
		createSimulation: simulation,
		rememberedStep: (key) => remembered.get(key) ?? null,
		rememberStep: (key, step) => remembered.set(key, step),
	};
}

describe("PymemBlockChild", () => {
	it("runs in slices with progress, renders, keeps the step across a re-render and cleans up", () => {
		const calls = { cancelled: false, budgets: [] as number[], options: undefined as RunOptions | undefined };
		const remembered = new Map<string, number>();
		const container = document.createElement("div");
		document.body.append(container);
		const source = "#| max-steps: 500\n#| start: 3\n#| layout: sideways\n" + FAKE_SOURCE;
		const child = new PymemBlockChild(
			container,
			source,
			environment((_, options) => {
				calls.options = options;
				return fakeSimulation(3, calls);
			}, remembered),
			"note.md:4",
		);
		child.load();
		// The block mounts in a task of its own, not inside the note's render; the simulation starts in the next.
		expect(container.childElementCount).toBe(0);
		vi.runOnlyPendingTimers();
		flushSync();
		expect(calls.options).toBeUndefined();
		vi.runOnlyPendingTimers();
		flushSync();
		expect(calls.options).toEqual({ profile: "3.11", maxSteps: 500, record: true });
		expect(container.querySelector(".pymem-problems")?.textContent).toContain('Line 3: layout must be horizontal or vertical (got "sideways")');
		expect(container.querySelector("[role=status]")?.textContent).toContain("0 steps so far");
		vi.runOnlyPendingTimers();
		flushSync();
		expect(container.querySelector("[role=status]")?.textContent).toContain("100 steps so far");
		vi.runOnlyPendingTimers();
		vi.runOnlyPendingTimers();
		flushSync();
		expect(calls.budgets).toEqual([SLICE_MS, SLICE_MS, SLICE_MS]);
		expect(container.querySelector("[role=status]")?.textContent).toContain("300 steps so far");
		// The diagram comes in a task after the last slice's.
		vi.runOnlyPendingTimers();
		flushSync();
		const root = container.querySelector<HTMLElement>("[data-pymem-block]");
		if (!root) throw new Error("no block");
		expect(root.classList.contains("pymem-layout-vertical")).toBe(true);
		expect(root.getAttribute("data-step")).toBe("3");
		// The panes below the diagram (output, log) follow in a task of their own.
		expect(root.querySelector(".pymem-pane-diagram")).not.toBeNull();
		expect(root.querySelector(".pymem-panes-bottom")).toBeNull();
		vi.runOnlyPendingTimers();
		flushSync();
		expect(root.querySelector(".pymem-panes-bottom [aria-label='Event log']")).not.toBeNull();
		expect(vi.getTimerCount()).toBe(0);
		expect(checkContract(root).problems).toEqual([]);
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
		flushSync();
		expect(remembered.get("note.md:4")).toBe(4);
		// Svelte's event delegation sets one timer of its own per dispatch to drop its last-event reference.
		vi.runOnlyPendingTimers();
		child.unload();
		expect(container.childElementCount).toBe(0);
		expect(vi.getTimerCount()).toBe(0);

		// An edit re-renders the block at the same place: the step it showed is kept.
		const again = new PymemBlockChild(container, source, environment(() => fakeSimulation(1, calls), remembered), "note.md:4");
		again.load();
		vi.runAllTimers();
		flushSync();
		expect(container.querySelector("[data-pymem-block]")?.getAttribute("data-step")).toBe("4");
		again.unload();
	});

	it("cancels a running simulation on unload and leaves no timers", () => {
		const calls = { cancelled: false, budgets: [] as number[] };
		const container = document.createElement("div");
		const child = new PymemBlockChild(container, "x = 1", environment(() => fakeSimulation(1000, calls), new Map()), "k");
		child.load();
		vi.runOnlyPendingTimers();
		vi.runOnlyPendingTimers();
		child.unload();
		expect(calls.cancelled).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		expect(container.childElementCount).toBe(0);
	});

	it("shows a simulator crash inline instead of throwing", () => {
		const container = document.createElement("div");
		const broken: Simulation = {
			runSlice: () => {
				throw new Error("boom");
			},
			steps: 0,
			cancel: () => {},
			result: () => {
				throw new Error("unreachable");
			},
		};
		const child = new PymemBlockChild(container, "x = 1", environment(() => broken, new Map()), "k");
		child.load();
		vi.runAllTimers();
		flushSync();
		expect(container.querySelector("[role=alert]")?.textContent).toBe("The simulator failed: boom");
		child.unload();
	});

	it("applies new settings to a rendered block: layout at once, a new step limit by running again at the same step", () => {
		const calls = { cancelled: false, budgets: [] as number[], runs: [] as RunOptions[] };
		const remembered = new Map<string, number>();
		const env = environment((_, options) => {
			calls.runs.push(options);
			return fakeSimulation(1, calls);
		}, remembered);
		const container = document.createElement("div");
		const child = new PymemBlockChild(container, FAKE_SOURCE, env, "note.md:9");
		child.load();
		vi.runAllTimers();
		flushSync();
		const root = () => container.querySelector<HTMLElement>("[data-pymem-block]")!;
		root().dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
		root().dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
		flushSync();
		expect(root().getAttribute("data-step")).toBe("2");

		// Only the view changed: same run, same step, new layout.
		env.settings = { ...env.settings, defaultLayout: "horizontal", animationSpeed: 10 };
		child.applySettings();
		flushSync();
		expect(calls.runs).toHaveLength(1);
		expect(root().classList.contains("pymem-layout-horizontal")).toBe(true);
		expect(root().getAttribute("data-step")).toBe("2");

		// The step limit feeds the run: it runs again and comes back at step 2.
		env.settings = { ...env.settings, stepLimit: 99 };
		child.applySettings();
		flushSync();
		expect(calls.runs.at(-1)).toEqual({ profile: "3.11", maxSteps: 99, record: true });
		expect(container.querySelector("[role=status]")?.textContent).toContain("steps so far");
		vi.runOnlyPendingTimers();
		vi.runOnlyPendingTimers();
		flushSync();
		expect(root().getAttribute("data-step")).toBe("2");
		expect(checkContract(root()).problems).toEqual([]);
		vi.runOnlyPendingTimers();
		child.unload();
		expect(vi.getTimerCount()).toBe(0);
	});

	it("keeps a block's own options over new settings", () => {
		const calls = { cancelled: false, budgets: [] as number[], runs: [] as RunOptions[] };
		const env = environment((_, options) => {
			calls.runs.push(options);
			return fakeSimulation(1, calls);
		}, new Map());
		const container = document.createElement("div");
		const child = new PymemBlockChild(container, "#| max-steps: 500\n#| layout: vertical\n" + FAKE_SOURCE, env, "k");
		child.load();
		vi.runAllTimers();
		env.settings = { ...env.settings, stepLimit: 7, defaultLayout: "horizontal" };
		child.applySettings();
		flushSync();
		expect(calls.runs).toHaveLength(1);
		expect(container.querySelector("[data-pymem-block]")?.classList.contains("pymem-layout-vertical")).toBe(true);
		child.unload();
	});
});
