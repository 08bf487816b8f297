// A block's source pane and narration in real chromium: the contrast of the line numbers, of an option line
// and of the narration's aside in both themes, the preview host's Obsidian colours, a source line wider than
// the pane, and a busy step's aside in sight.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { launchBrowser, openPreview, startBlocksPreview, type RunningPreview } from "./harness";

let preview: RunningPreview;
let browser: Browser;

const LONG_LINE = `message = "${"a line of source far wider than any pane it could be shown in, ".repeat(5).trim()}"`;
// An option line first: the block shows it as a header line, quieter than the program (by colour, not opacity).
const PROGRAM = ["#| autoplay: false", "items = [1, 2]", "count = len([3, 4]) + len(items)", LONG_LINE, "print(count, len(message))"];
// Line 2's step makes two lists, stores both and frees a third, a temporary: four sentences and an aside.
// Line 4's aside lists four temporaries (str's argument tuple, a list, a dict, print's tuple; the printed str
// stays in stdout's buffer): more than a phone's line holds.
const BUSY_PROGRAM = ["names = {}", "names['a'], names['b'] = [1], [len([2, 3]), 4]", "print(names)", "print(str(12345), len([1]), len({2: 3}))"];

beforeAll(async () => {
	preview = await startBlocksPreview({ Source: PROGRAM, Busy: BUSY_PROGRAM });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

async function finishedBlock(page: Page): Promise<Locator> {
	const block = page.locator("[data-pymem-block]").first();
	await block.waitFor();
	await page.waitForFunction(() => document.querySelector("[data-pymem-block]")?.getAttribute("data-status") !== "running");
	return block;
}

/**
 * WCAG's contrast ratio of an element's text against what shows behind it: the backgrounds of it and its
 * ancestors, each laid over the next (the current line's tint is translucent).
 */
function contrastOf(element: Element): number {
	const parse = (color: string): number[] => {
		const numbers = (/rgba?\(([^)]+)\)/.exec(color)?.[1] ?? "0, 0, 0, 0").split(/[ ,/]+/).filter(Boolean).map(Number);
		return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
	};
	const over = (top: number[], bottom: number[]): number[] => [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
	const layers: number[][] = [];
	for (let at: Element | null = element; at; at = at.parentElement) {
		const layer = parse(getComputedStyle(at).backgroundColor);
		if (layer[3]! > 0) layers.push(layer);
		if (layer[3] === 1) break;
	}
	const background = layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
	const text = over(parse(getComputedStyle(element).color), background);
	const luminance = (rgb: number[]) => {
		const [r, g, b] = rgb.slice(0, 3).map((value) => {
			const c = value / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
	return (light! + 0.05) / (dark! + 0.05);
}

describe("a block's source pane", () => {
	it.each(["light", "dark"] as const)("reads its line numbers, its option line and the narration's aside at WCAG AA contrast, with Obsidian's --text-faint (%s)", async (theme) => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Source", theme, width: 1280, height: 1200 });
		// The preview's faint grey is Obsidian's, --color-base-50 (it was --color-base-60, a darker grey than users see).
		const faint = await page.evaluate(() => {
			const style = getComputedStyle(document.body);
			return [style.getPropertyValue("--text-faint").trim(), style.getPropertyValue("--color-base-50").trim()];
		});
		expect(faint).toEqual([theme === "light" ? "#ababab" : "#666666", theme === "light" ? "#ababab" : "#666666"]);
		const block = await finishedBlock(page);
		await block.focus();
		await page.keyboard.press("Home");
		// On to line 2, whose temporary list is an aside under its new name.
		for (let step = 0; step < 10 && (await block.locator(".pymem-narration-aside").count()) === 0; step++) await page.keyboard.press("ArrowRight");
		const numbers = await Promise.all((await block.locator(".pymem-source-number").all()).map((number) => number.evaluate(contrastOf)));
		const header = block.locator(".pymem-source-header");
		const contrasts = {
			numbers,
			aside: await block.locator(".pymem-narration-aside").evaluate(contrastOf),
			headerCode: await header.locator(".pymem-source-code span").first().evaluate(contrastOf),
		};
		expect(contrasts.numbers).toHaveLength(PROGRAM.length);
		expect(await header.count()).toBe(1);
		// contrastOf reads colours, not opacity: the header line must not fade its number and code by opacity
		// (it did, 0.6, which took the number under 4.5:1).
		expect(await header.evaluate((line) => getComputedStyle(line).opacity)).toBe("1");
		// Before: --text-faint, 2.3:1 in the light theme and 2.9:1 in the dark one.
		for (const ratio of contrasts.numbers) expect(ratio).toBeGreaterThanOrEqual(4.5);
		expect(contrasts.headerCode).toBeGreaterThanOrEqual(4.5);
		expect(contrasts.aside).toBeGreaterThanOrEqual(4.5);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each([
		[1600, true],
		[1280, false],
		[390, false],
	] as const)("scrolls a source line wider than its pane inside the pane, leaving the block the note's width (%i px, a wide note: %s)", async (width, wideNote) => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Source", theme: "light", width, height: 1200 });
		// A wide note (readable line length off) puts the source beside the diagram; Obsidian's 700 px stacks them.
		if (wideNote) await page.addStyleTag({ content: "body { --file-line-width: 1400px; }" });
		const block = await finishedBlock(page);
		const boxes = await block.evaluate((root) => {
			const note = root.closest(".markdown-preview-sizer") ?? document.body;
			const source = root.querySelector<HTMLElement>(".pymem-pane-source")!;
			return {
				note: note.getBoundingClientRect().right,
				block: root.getBoundingClientRect().right,
				row: root.querySelector(".pymem-panes-main")!.getBoundingClientRect().width,
				source: source.getBoundingClientRect().width,
				scrolls: source.scrollWidth > source.clientWidth,
				diagram: root.querySelector(".pymem-pane-diagram")!.getBoundingClientRect().width,
				gc: root.querySelector(".pymem-pane-gc")!.getBoundingClientRect().width,
			};
		});
		expect(boxes.block).toBeLessThanOrEqual(boxes.note + 1);
		expect(boxes.scrolls).toBe(true);
		// Beside the diagram the source keeps to 45% of the row, and the collector under it to that column; stacked
		// above the diagram, it shares its row with the collector, up to 72%.
		if (wideNote) {
			expect(boxes.source).toBeLessThanOrEqual(boxes.row * 0.45 + 2);
			expect(boxes.diagram).toBeGreaterThan(boxes.source);
			expect(boxes.gc).toBeLessThanOrEqual(boxes.source + 1);
		} else {
			expect(boxes.source).toBeLessThanOrEqual(width > 600 ? boxes.row * 0.72 + 2 : boxes.row + 1);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe("a block's narration", () => {
	it.each([1280, 390])("shows a busy step's aside without scrolling, in a box as tall as at every other step (%i px)", async (width) => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Busy", theme: "light", width, height: 900 });
		const block = await finishedBlock(page);
		await block.focus();
		await page.keyboard.press("Home");
		const seen: { step: number; height: number; aside: boolean; storyCut: boolean; asideInBox: boolean; asideWhole: boolean; asideText: string }[] = [];
		// The program's steps and the exit's first ones: stories of one to four sentences, with and without an aside.
		for (let step = 0; step < 8; step++) {
			seen.push(
				await block.evaluate((root) => {
					const box = root.querySelector(".pymem-narration")!.getBoundingClientRect();
					const story = root.querySelector(".pymem-narration-story")!;
					const asideLine = root.querySelector(".pymem-narration-aside");
					const aside = asideLine?.getBoundingClientRect();
					return {
						step: Number(root.getAttribute("data-step")),
						height: Math.round(box.height),
						aside: aside !== undefined,
						storyCut: story.scrollHeight > story.clientHeight + 1,
						// Inside the box's padding, under the story, with a height of its own: seen, not scrolled away.
						asideInBox: aside !== undefined && aside.height > 0 && aside.top >= box.top && aside.bottom <= box.bottom + 0.5,
						// Not cut: a touch screen has no tooltip to show the rest.
						asideWhole: asideLine === null || (asideLine.scrollHeight <= asideLine.clientHeight + 1 && asideLine.scrollWidth <= asideLine.clientWidth + 1),
						asideText: asideLine?.textContent ?? "",
					};
				}),
			);
			await page.keyboard.press("ArrowRight");
		}
		const busy = seen.find((at) => at.aside && at.storyCut);
		expect(busy, JSON.stringify(seen)).toBeDefined();
		for (const at of seen.filter((at) => at.aside)) {
			expect(at.asideInBox, `step ${at.step}`).toBe(true);
			expect(at.asideWhole, `step ${at.step}: ${at.asideText}`).toBe(true);
		}
		expect(seen.some((at) => /^Also 4 temporaries made and freed in this step: tuple#\d+, list#\d+, dict#\d+, tuple#\d+$/.test(at.asideText)), JSON.stringify(seen)).toBe(true);
		expect(new Set(seen.map((at) => at.height)).size, JSON.stringify(seen)).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});
});
