// A block whose program fills the heap, in real chromium: `list(range(100000))` once froze the note, a card
// drawn for each int and a sentence told for each of its 200,000 events. Every step must come, with a bounded
// diagram and narration.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPreview, startBlocksPreview, type RunningPreview } from "./harness";

const PROGRAM = ["#| autoplay: false", "import sys", "big = list(range(100000))", "print(sys.getsizeof(big))", "small = [big]", "del big, small", "print('done')"];

let preview: RunningPreview;
let browser: Browser;

beforeAll(async () => {
	preview = await startBlocksPreview({ Big: PROGRAM });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

describe("a block with 100,000 objects", () => {
	it("draws at most 300 cards, says how many it leaves out, and tells each step in a few sentences", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Big", width: 1280, height: 1200 });
		const block = page.locator("[data-pymem-block]").first();
		await block.waitFor();
		await page.waitForFunction(() => document.querySelector("[data-pymem-block]")?.getAttribute("data-status") !== "running", null, { timeout: 60_000 });
		const last = Number(await block.getByRole("slider", { name: "Step", exact: true }).getAttribute("max"));
		await block.focus();
		let capped = "";
		let folded = false;
		for (let step = 1; step <= last; step++) {
			await page.keyboard.press("ArrowRight");
			await expect.poll(() => block.getByRole("slider", { name: "Step", exact: true }).inputValue(), { timeout: 30_000 }).toBe(String(step));
			expect(await block.locator(".pymem-object").count()).toBeLessThanOrEqual(300);
			expect(await block.locator(".pymem-narration-story p").count()).toBeLessThanOrEqual(16);
			const notice = block.locator(".pymem-diagram-capped");
			if ((await notice.count()) > 0) capped ||= await notice.innerText();
			folded ||= /The same for 99,\d{3} more ints/.test(await block.locator(".pymem-narration-story").innerText());
		}
		expect(folded).toBe(true);
		expect(capped).toMatch(/^99,\d{3} more objects are not drawn/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
