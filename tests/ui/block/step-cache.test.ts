// @vitest-environment jsdom
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Trace } from "../../../src/sim/trace/types";
import { mountBlock, type MountedBlock } from "../../../src/ui/block/mount";
import { cachedTrace } from "../../../src/ui/block/step-cache";
import { ALL_PANELS } from "../../../src/ui/block/types";
import { makeWideTrace } from "./fake-trace";
import "../../stubs/resize-observer";

/** `trace` with a count of the steps whose state and events were rebuilt from it. */
function counted(trace: Trace): { trace: Trace; calls: { state: number[]; events: number[] } } {
	const calls = { state: [] as number[], events: [] as number[] };
	const wrapped = Object.create(trace) as Trace;
	wrapped.state = (step) => (calls.state.push(step), trace.state(step));
	wrapped.events = (step) => (calls.events.push(step), trace.events(step));
	return { trace: wrapped, calls };
}

let mounted: MountedBlock | null = null;
afterEach(() => {
	mounted?.destroy();
	mounted = null;
	document.body.replaceChildren();
});

describe("cachedTrace", () => {
	it("answers as the trace does and asks it once per recent step", () => {
		const { trace, calls } = counted(makeWideTrace(20, 10));
		const cached = cachedTrace(trace);
		expect(cached.events(3)).toEqual(trace.events(3));
		expect(cached.state(3)).toEqual(trace.state(3));
		calls.events.length = 0;
		calls.state.length = 0;
		cached.events(3);
		cached.state(3);
		expect(calls).toEqual({ state: [], events: [] });
		expect(cached.stepCount).toBe(trace.stepCount);
	});

	it("forgets the steps read longest ago", () => {
		const { trace, calls } = counted(makeWideTrace(20, 60));
		const cached = cachedTrace(trace);
		for (let step = 0; step < 60; step++) cached.events(step);
		calls.events.length = 0;
		cached.events(0);
		cached.events(59);
		expect(calls.events).toEqual([0]);
	});
});

describe("stepping a block with its event log", () => {
	it("rebuilds the events and states of the step that came into the log's window, not the whole window", () => {
		const { trace, calls } = counted(makeWideTrace(50, 60));
		const host = document.body.appendChild(document.createElement("div"));
		const config = { title: null, panels: ALL_PANELS, layout: "horizontal" as const, start: 30, autoplay: false, speed: 4 };
		mounted = mountBlock(host, {
			source: "items = []",
			config,
			problems: [],
			headerLines: 0,
			run: { kind: "done", result: { status: "finished", exitCode: 0, stdout: "", stderr: "", error: null, steps: trace.stepCount, trace } },
		});
		flushSync();
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		// The log shows 25 steps around the shown one.
		expect(calls.events.length).toBeGreaterThanOrEqual(25);
		calls.events.length = 0;
		calls.state.length = 0;
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
		flushSync();
		expect(root.dataset.step).toBe("31");
		expect(calls.events).toEqual([31 + 12]);
		// The shown step's state, and the new row's own, which names its objects (the one before it too if it frees one).
		const rowFrees = trace.events(31 + 12).some((event) => event.kind === "free");
		expect(calls.state).toEqual([31, ...(rowFrees ? [31 + 11] : []), 31 + 12]);
	});
});
