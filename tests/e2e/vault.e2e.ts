// Walks every note of example-vault in the preview, in real chromium: each note renders without an error,
// each pymem block runs to its last step, each concept-map draws, and the only unresolved links are the
// concepts the vault leaves unwritten on purpose (they show ghost nodes and "Create note").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { readdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser, openPreview, repoRoot, runCommand, saveScreenshot, startPreview, type RunningPreview } from "./harness";

const VAULT = path.join(repoRoot, "example-vault");
const NOTES = readdirSync(VAULT)
	.filter((name) => name.endsWith(".md"))
	.map((name) => name.slice(0, -3))
	.sort();
/** Concepts the vault mentions without a note, so readers can see ghost nodes and "Create note". */
const INTENTIONAL_GHOSTS = ["Global Interpreter Lock", "Interning", "Memory Pools"];

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

describe("every note of example-vault in the preview", () => {
	it("has the twelve notes the vault promises", () => {
		expect(NOTES).toHaveLength(12);
		expect(NOTES).toContain("Python Memory Home");
	});

	for (const note of NOTES) {
		it(`renders "${note}" without an error and runs each of its blocks to the end`, async () => {
			const { page, errors } = await openPreview(browser, preview.url, { note });
			const view = page.locator(".preview-center");
			expect(await view.locator(".view-header-title").textContent()).toBe(note);

			const fences = view.locator(".block-language-pymem");
			const blocks = view.locator("[data-pymem-block]");
			const fenceCount = await fences.count();
			if (fenceCount > 0) await blocks.nth(fenceCount - 1).waitFor();
			expect(await blocks.count()).toBe(fenceCount);
			for (let index = 0; index < fenceCount; index++) {
				const block = blocks.nth(index);
				await block.scrollIntoViewIfNeeded();
				await block.getByRole("button", { name: "Next step" }).waitFor();
				// The program's end, then the end of the interpreter's exit.
				await block.getByRole("button", { name: "End of the program" }).click();
				await block.getByRole("button", { name: "Last step" }).click();
				await expect.poll(() => block.getByRole("button", { name: "Next step" }).isDisabled()).toBe(true);
				expect(Number(await block.getAttribute("data-step"))).toBeGreaterThan(0);
				expect(await block.locator(".pymem-error").count(), `${note}, block ${index + 1}`).toBe(0);
				expect(await block.locator(".pymem-problems").count(), `${note}, block ${index + 1}`).toBe(0);
				// Every vault program ends cleanly in CPython (its conformance output says so); where the block
				// shows its output pane, nothing may have gone to stderr.
				expect(await block.locator(".pymem-stderr").allTextContents(), `${note}, block ${index + 1}`).toEqual([]);
			}

			const maps = view.locator(".pymem-concept-map");
			for (let index = 0; index < (await maps.count()); index++) {
				await maps.nth(index).locator(".pymem-graph-node").first().waitFor();
				expect(await maps.nth(index).locator(".pymem-concept-map-errors").count()).toBe(0);
			}

			expect(await page.locator(".preview-error").allTextContents(), "the preview's error banner").toEqual([""]);
			const unresolved = await view.locator("a.internal-link.is-unresolved").allTextContents();
			for (const text of unresolved) expect(INTENTIONAL_GHOSTS, `${note} links to a missing note`).toContain(text);
			expect(errors).toEqual([]);
			await page.close();
		});
	}

	it("shows the related concepts of a note in the side pane, in both themes", async () => {
		for (const theme of ["light", "dark"] as const) {
			const { page, errors } = await openPreview(browser, preview.url, { note: "Reference Counting", theme });
			await runCommand(page, "Open related concepts");
			const panel = page.locator(".pymem-related");
			await panel.getByRole("heading", { name: "Links from Reference Counting" }).waitFor();
			expect(await panel.locator(".pymem-related-text").count()).toBeGreaterThan(3);
			expect(await page.locator(".preview-error").allTextContents(), "the preview's error banner").toEqual([""]);
			await saveScreenshot(page, `related-panel-${theme}`, false);
			expect(errors).toEqual([]);
			await page.close();
		}
	});
});
