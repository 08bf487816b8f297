// Step render time of a pymem block with 200 live objects, in Debian's chromium through playwright-core.
// The block is mounted with the hand-written wide trace (tests/ui/block/fake-trace.ts): the figure measures
// the UI alone, click to laid-out DOM, not the simulator.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

// scripts/bench.mjs runs this file from a temporary folder, so packages are resolved from the repository.
const requireFromRepo = createRequire(path.join(process.cwd(), "package.json"));
/** esbuild-svelte ships as ES modules only, so it cannot be required. */
async function loadSveltePlugin(): Promise<typeof import("esbuild-svelte").default> {
	const url = pathToFileURL(requireFromRepo.resolve("esbuild-svelte")).href;
	const module = (await import(url)) as { default: typeof import("esbuild-svelte").default };
	return module.default;
}

type Report = (r: { name: string; value: number; unit: string; reference: string; goal?: string }) => void;

const CHROMIUM = "/usr/bin/chromium";
const OBJECTS = 200;
const STEPS = 300;
/** The first steps run while the JIT warms up; they are timed but not counted. */
const WARM_UP = 30;

/** The page's script: mounts the block and times each "Next step" until the DOM is laid out. */
const ENTRY = `
import { flushSync } from "svelte";
import { mountBlock } from "./src/ui/block/mount";
import { makeWideTrace } from "./tests/ui/block/fake-trace";

let next = null;
let host = null;
window.setupBench = (objects, steps) => {
	const trace = makeWideTrace(objects, steps + 1);
	host = document.getElementById("host");
	const result = { status: "finished", exitCode: 0, stdout: "", stderr: "", error: null, steps: trace.stepCount, trace };
	mountBlock(host, {
		source: "items = [[i] for i in range(${OBJECTS})]\\nfor item in items: pass\\n",
		config: { title: "Bench", panels: ["source", "frames", "heap", "gc", "output", "log"], layout: "horizontal", start: 1, autoplay: false, speed: 4 },
		problems: [],
		headerLines: 0,
		run: { kind: "done", result },
	});
	flushSync();
	next = host.querySelector('button[aria-label="Next step"]');
};
window.stepBench = (steps) => {
	const times = [];
	const scriptTimes = [];
	for (let index = 0; index < steps; index++) {
		const start = performance.now();
		next.click();
		flushSync();
		const scripted = performance.now();
		host.getBoundingClientRect();
		document.body.offsetHeight;
		times.push(performance.now() - start);
		scriptTimes.push(scripted - start);
	}
	return { times, scriptTimes, cards: host.querySelectorAll("[data-pymem-object]").length, arrows: host.querySelectorAll(".pymem-arrow").length };
};
`;

interface BenchPage {
	setupBench(objects: number, steps: number): void;
	stepBench(steps: number): { times: number[]; scriptTimes: number[]; cards: number; arrows: number };
}

function percentile(values: number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

export async function run(report: Report): Promise<void> {
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the block bench needs a real browser`);
	const esbuild = requireFromRepo("esbuild") as typeof import("esbuild");
	const sveltePlugin = await loadSveltePlugin();
	const { chromium } = requireFromRepo("playwright-core") as typeof import("playwright-core");
	const dir = mkdtempSync(path.join(tmpdir(), "pymem-block-bench-"));
	try {
		await esbuild.build({
			stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "ts", sourcefile: "block-bench-entry.ts" },
			bundle: true,
			platform: "browser",
			format: "iife",
			target: "es2022",
			conditions: ["svelte", "browser", "production"],
			mainFields: ["svelte", "browser", "module", "main"],
			outfile: path.join(dir, "bench.js"),
			plugins: [sveltePlugin({ compilerOptions: { css: "external", dev: false } })],
			logLevel: "warning",
		});
		const css = readFileSync("preview/static/host.css", "utf8") + readFileSync("styles.css", "utf8");
		writeFileSync(path.join(dir, "page.css"), css);
		writeFileSync(
			path.join(dir, "index.html"),
			'<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head>' +
				'<body class="theme-light"><div id="host" class="pymem-block"></div><script src="bench.js"></script></body></html>',
		);
		const browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: true,
			args: ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
		});
		try {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`file://${path.join(dir, "index.html")}`);
			await page.evaluate(([objects, steps]) => (window as unknown as BenchPage).setupBench(objects, steps), [OBJECTS, STEPS] as const);
			const measured = await page.evaluate((steps) => (window as unknown as BenchPage).stepBench(steps), STEPS);
			if (measured.cards < OBJECTS) throw new Error(`only ${measured.cards} cards rendered`);
			const steady = measured.times.slice(WARM_UP);
			const scripting = measured.scriptTimes.slice(WARM_UP);
			report({
				name: `step render p95, ${measured.cards} live objects, ${measured.arrows} arrows (chromium)`,
				value: percentile(steady, 0.95),
				unit: "ms",
				reference: `median ${percentile(steady, 0.5).toFixed(2)} ms over ${steady.length} steps`,
				goal: "<= 16 ms",
			});
			report({
				name: "of which Svelte updates (before style and layout), p95",
				value: percentile(scripting, 0.95),
				unit: "ms",
				reference: `median ${percentile(scripting, 0.5).toFixed(2)} ms`,
			});
		} finally {
			await browser.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
