// Mounting a block under jsdom for the component tests: one set-up for a run of the fake trace, of a real
// program, or of a result made by hand, and the unmounting after each test. Import in a jsdom test file.
import { flushSync } from "svelte";
import { afterEach, expect } from "vitest";
import { runProgram } from "../../../src/sim/index";
import type { RunResult, Trace } from "../../../src/sim/trace/types";
import { mountBlock, type MountedBlock } from "../../../src/ui/block/mount";
import { ALL_PANELS, type BlockProps, type BlockViewConfig } from "../../../src/ui/block/types";
import { checkContract } from "./contract";
import { FAKE_SOURCE, makeFakeTrace } from "./fake-trace";
import "../../stubs/resize-observer";

export const config: BlockViewConfig = { title: "Fake", panels: ALL_PANELS, layout: "horizontal", start: 0, autoplay: false, speed: 4 };

export interface Mounted {
	/** The element the block was mounted into. */
	host: HTMLElement;
	/** The block's root, `[data-pymem-block]`. */
	root: HTMLElement;
	block: MountedBlock;
}

const mountedBlocks: Mounted[] = [];

afterEach(() => {
	for (const { block, host } of mountedBlocks.splice(0)) {
		block.destroy();
		host.remove();
	}
});

/** Mounts a block with `config` (and `overrides`) into a new element of the document. */
export function mountWith(props: Omit<BlockProps, "config" | "problems" | "headerLines"> & Partial<Pick<BlockProps, "problems" | "headerLines">>, overrides: Partial<BlockViewConfig> = {}): Mounted {
	const host = document.createElement("div");
	document.body.append(host);
	const block = mountBlock(host, { problems: [], headerLines: 0, ...props, config: { ...config, ...overrides } });
	flushSync();
	const root = host.querySelector<HTMLElement>("[data-pymem-block]");
	if (!root) throw new Error("no block root");
	const mounted = { host, root, block };
	mountedBlocks.push(mounted);
	return mounted;
}

/** The fake trace's run, ended by its IndexError. */
export function finished(trace: Trace): RunResult {
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

export function mountFake(overrides: Partial<BlockViewConfig> = {}, steps: number[] = []): Mounted & { trace: Trace } {
	const trace = makeFakeTrace();
	const mounted = mountWith({ source: FAKE_SOURCE, run: { kind: "done", result: finished(trace) }, onStep: (step) => steps.push(step) }, overrides);
	return { ...mounted, trace };
}

/** Runs `source` in the simulator, recording, and mounts the finished run. */
export function mountProgram(source: string, overrides: Partial<BlockViewConfig> = {}, maxSteps?: number): Mounted & { result: RunResult; trace: Trace } {
	const result = runProgram(source, { record: true, maxSteps });
	return { ...mountResult(source, result, overrides), result, trace: result.trace! };
}

/** Mounts a run already made (the same run at another start, a result made by hand). */
export function mountResult(source: string, result: RunResult, overrides: Partial<BlockViewConfig> = {}): Mounted {
	return mountWith({ source, run: { kind: "done", result } }, overrides);
}

/** The steps of `trace` for which `test` holds, first to last. */
export function stepsWhere(trace: Trace, test: (step: number) => boolean): number[] {
	return Array.from({ length: trace.stepCount }, (_, step) => step).filter(test);
}

export function button(root: HTMLElement, name: string): HTMLButtonElement {
	const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
	if (!found) throw new Error(`no button named ${name}`);
	return found;
}

/** Presses keys on `element`, as the browser does: the event bubbles to the block's handler. */
export function keysOn(element: HTMLElement): (key: string) => void {
	return (key) => {
		element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
		flushSync();
	};
}

export function expectStepMatchesTrace(root: HTMLElement, trace: Trace): void {
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
