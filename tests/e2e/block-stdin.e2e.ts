// A block's `stdin` option in real chromium, through the preview and the built main.js: input() reads its lines,
// and the output pane shows each prompt with what the program printed, as `printf 'Ann\n3' | python3` would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPreview, startBlocksPreview, type RunningPreview } from "./harness";

let preview: RunningPreview;
let browser: Browser;

const PROGRAM = ["#| stdin: Ann\\n3", "#| start: end", "name = input('Name? ')", "times = int(input('Times? '))", "print(name * times)", "input()"];

beforeAll(async () => {
	preview = await startBlocksPreview({ Input: PROGRAM });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

describe("a block with a stdin option", () => {
	it("reads its lines with input(), then ends in EOFError at the end of them", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Input", theme: "light", width: 1280, height: 1000 });
		const block = page.locator("[data-pymem-block]").first();
		await block.waitFor();
		await page.waitForFunction(() => document.querySelector("[data-pymem-block]")?.getAttribute("data-status") !== "running");
		const output = block.locator(".pymem-output-text");
		await expect.poll(async () => output.innerText()).toContain("Name? Times? AnnAnnAnn");
		expect(await block.locator(".pymem-stderr").last().innerText()).toContain("EOFError: EOF when reading a line");
		expect(errors).toEqual([]);
		await page.close();
	});
});
