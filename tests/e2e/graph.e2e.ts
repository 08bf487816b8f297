// The concept graph in real chromium, through the browser preview running the built main.js: open the
// view from the command palette, follow a link by keyboard, and find a path between two concepts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import path from "node:path";
import { launchBrowser, openPreview, repoRoot, saveScreenshot, startPreview, type RunningPreview } from "./harness";

const FIXTURE_VAULT = path.join(repoRoot, "tests", "graph", "fixtures", "vault");

let preview: RunningPreview;
let browser: Browser;

beforeAll(async () => {
	preview = await startPreview({ vault: FIXTURE_VAULT });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

describe("concept graph view", () => {
	it("opens around the active note, follows a link and finds a path with its relations", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Memory Management" });
		await page.getByRole("button", { name: "Commands" }).click();
		await page.locator(".preview-command-palette .prompt-input").fill("Open concept graph");
		await page.keyboard.press("Enter");

		const node = (id: string) => page.locator(`.pymem-graph-node[data-node-id="${id}"]`);
		await node("Functions").waitFor();
		expect(await node("Memory Management").getAttribute("class")).toContain("is-centre");
		expect(await node("Thread Safety").getAttribute("class")).toContain("is-ghost");
		expect(await node("Functions").locator(".pymem-graph-pymem-mark").count()).toBe(1);
		expect(await node("Python 1 Home").getAttribute("class")).toContain("is-hub");
		const labels = await page.locator(".pymem-graph-edge title").allTextContents();
		expect(labels).toContain("Nested functions can create reference cycles that only the collector reclaims.");

		// Follow a link with the keyboard: the note opens and the map re-centres on it.
		await node("Functions").focus();
		await page.keyboard.press("Enter");
		await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Functions");
		await page.locator('.pymem-graph-node.is-centre[data-node-id="Functions"]').waitFor();

		await page.getByRole("button", { name: "Path", exact: true }).click();
		await page.getByLabel("Path from").fill("Thread Safety");
		await page.getByLabel("Path to").fill("Reference Counting");
		await page.getByRole("button", { name: "Find path" }).click();
		const steps = page.locator(".pymem-graph-path li");
		await steps.first().waitFor();
		expect(await steps.count()).toBe(2);
		expect(await steps.nth(0).locator(".pymem-graph-relation").textContent()).toBe(
			"Threads that share objects must agree on who frees them.",
		);
		expect(await steps.nth(1).locator(".pymem-graph-relation").textContent()).toBe(
			"Every object carries a reference count, described in Reference Counting.",
		);
		expect(await page.locator('.pymem-graph-node.is-path').count()).toBe(3);
		await saveScreenshot(page, "concept-graph-path");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("shows related concepts and a ghost node's create action, in the dark theme at phone width", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Memory Management", theme: "dark", width: 390, height: 844 });
		await page.getByRole("button", { name: "Commands" }).click();
		await page.locator(".preview-command-palette .prompt-input").fill("Open related concepts");
		await page.keyboard.press("Enter");
		const panel = page.locator(".pymem-related");
		await panel.getByRole("heading", { name: "Links from Memory Management" }).waitFor();
		expect(await panel.locator("li", { hasText: "Thread Safety" }).locator(".pymem-related-text").textContent()).toBe(
			"Threads that share objects must agree on who frees them.",
		);
		expect(await panel.getByRole("button", { name: "Create note Thread Safety" }).count()).toBe(1);
		expect(await panel.locator(".pymem-related-text").allTextContents()).toContain("A name refers to an object; see how memory is managed.");

		await page.getByRole("button", { name: "Commands" }).click();
		await page.locator(".preview-command-palette .prompt-input").fill("Open concept graph");
		await page.keyboard.press("Enter");
		const ghost = page.locator('.pymem-graph-node[data-node-id="Thread Safety"]');
		await ghost.focus();
		await page.locator(".pymem-graph-info").getByRole("button", { name: "Create note" }).waitFor();
		await saveScreenshot(page, "concept-graph-dark-narrow");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("draws the example vault's concept-map block on its home note", async () => {
		const examplePreview = await startPreview();
		try {
			const { page, errors } = await openPreview(browser, examplePreview.url);
			const map = page.locator(".pymem-concept-map");
			await map.locator('[data-node-id="Memory Management"]').waitFor();
			expect(await map.locator(".pymem-concept-map-title").textContent()).toBe("Memory Management: links to depth 2");
			expect(await map.locator(".pymem-graph-node.is-ghost").count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await examplePreview.close();
		}
	});
});
