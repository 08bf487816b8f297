// @vitest-environment jsdom
// The notices above a block say what ended the run once, in the words python3 uses, with the line.
import { flushSync } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { mountBlock, type MountedBlock } from "../../../src/ui/block/mount";
import { ALL_PANELS, type BlockViewConfig } from "../../../src/ui/block/types";
import "../../stubs/resize-observer";

const config: BlockViewConfig = { title: null, panels: ALL_PANELS, layout: "horizontal", start: 0, autoplay: false, speed: 4 };

let mounted: MountedBlock | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
	mounted?.destroy();
	host?.remove();
	mounted = null;
});

function mountProgram(source: string, maxSteps?: number): HTMLElement {
	const result = runProgram(source, { record: true, maxSteps });
	host = document.createElement("div");
	document.body.append(host);
	mounted = mountBlock(host, { source, config, problems: [], headerLines: 0, run: { kind: "done", result } });
	flushSync();
	return host.querySelector<HTMLElement>("[data-pymem-block]")!;
}

describe("block status notices", () => {
	it("names an uncaught exception once, as its traceback's last line, with the line it came from", () => {
		const root = mountProgram("items = [1, 2, 3]\ntotal = 0\nfor i in range(4):\n    total += items[i]\n");
		expect(root.getAttribute("data-status")).toBe("exception");
		expect(root.querySelector(".pymem-notice-error")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
			"The program ended with IndexError: list index out of range (line 4). Every step up to it can be stepped through.",
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
		expect(root.querySelector("[role=alert]")?.textContent).toBe("SyntaxError: '[' was never closed (line 1)");
		const marked = [...root.querySelectorAll(".pymem-source-error")].map((line) => line.querySelector(".pymem-source-number")?.textContent);
		expect(marked).toEqual(["1"]);
	});
});

describe("empty diagram", () => {
	it("says the heap is empty at a step with no objects to draw, and says nothing once there are some", () => {
		const source = "x = [1]\n";
		const result = runProgram(source, { record: true });
		host = document.createElement("div");
		document.body.append(host);
		mounted = mountBlock(host, { source, config: { ...config, panels: ["source", "heap"] }, problems: [], headerLines: 0, run: { kind: "done", result } });
		flushSync();
		const root = host.querySelector<HTMLElement>("[data-pymem-block]")!;
		expect(root.querySelector(".pymem-object")).toBeNull();
		expect(root.querySelector(".pymem-diagram-empty")?.textContent).toBe("No objects at this step.");
		const trace = result.trace!;
		const withList = Array.from({ length: trace.stepCount }, (_, step) => step).find((step) => trace.state(step).line === 1 && step > 0)!;
		for (let step = 0; step < withList; step++) root.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!.click();
		flushSync();
		expect(root.querySelector(".pymem-object")).not.toBeNull();
		expect(root.querySelector(".pymem-diagram-empty")).toBeNull();
	});
});
