import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPreview, saveScreenshot, startPreview, type RunningPreview } from "./harness";

let preview: RunningPreview;
let browser: Browser;

beforeAll(async () => {
	preview = await startPreview();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

describe("browser preview of example-vault", () => {
	it("runs the built main.js and renders its pymem block", async () => {
		const { page, errors } = await openPreview(browser, preview.url);
		const block = page.locator("[data-pymem-block]").first();
		await block.waitFor();
		expect(await page.locator(".block-language-pymem").count()).toBeGreaterThan(0);
		await saveScreenshot(page, "preview-home");
		expect(errors).toEqual([]);
		await page.close();
	});
});
