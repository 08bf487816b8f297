// Helpers for real-browser tests: start the preview server in-process, drive Debian's chromium with
// playwright-core, open a note and wait for the host to be ready, save screenshots for the docs.
import { chromium, type Browser, type Page } from "playwright-core";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPreview, previewDir } from "../../preview/build.mjs";
import { startPreviewServer } from "../../preview/server/server";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
	"--no-sandbox",
	"--headless",
	"--disable-gpu",
	"--disable-quic",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
];

export interface RunningPreview {
	url: string;
	port: number;
	close(): Promise<void>;
}

let previewBuild: Promise<void> | null = null;

/** Builds main.js (only when missing: run `npm run build` for a fresh one) and, once per process, the host. */
async function ensureBuilt(): Promise<void> {
	if (!existsSync(path.join(repoRoot, "main.js"))) {
		const result = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repoRoot, stdio: "inherit" });
		if (result.status !== 0) throw new Error("Building main.js failed");
	}
	previewBuild ??= buildPreview();
	await previewBuild;
}

/**
 * Starts the preview of `vault` (default example-vault) on `port` (default: a free one). The plugin files
 * are served from the repository root, so tests never write into the vault.
 */
export async function startPreview(options: { vault?: string; port?: number } = {}): Promise<RunningPreview> {
	await ensureBuilt();
	return startPreviewServer({
		vault: options.vault ?? path.join(repoRoot, "example-vault"),
		pluginDir: repoRoot,
		previewDir,
		port: options.port ?? 0,
	});
}

/** A preview of a vault made for a test: one note per entry, each holding one pymem block of the program's lines. */
export async function startBlocksPreview(blocks: Record<string, readonly string[]>): Promise<RunningPreview> {
	const vault = mkdtempSync(path.join(tmpdir(), "pymem-blocks-"));
	for (const [note, program] of Object.entries(blocks)) writeFileSync(path.join(vault, `${note}.md`), `# ${note}\n\n\`\`\`pymem\n${program.join("\n")}\n\`\`\`\n`);
	const preview = await startPreview({ vault });
	return {
		...preview,
		close: async () => {
			await preview.close();
			rmSync(vault, { recursive: true, force: true });
		},
	};
}

/** Debian's chromium, headless. Playwright gives every launched browser a fresh temporary profile. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenOptions {
	/** Vault-relative note path without .md; the home note when omitted. */
	note?: string;
	theme?: "light" | "dark";
	width?: number;
	height?: number;
}

export function previewUrl(baseUrl: string, options: OpenOptions = {}): string {
	const url = new URL(baseUrl);
	if (options.note !== undefined) url.searchParams.set("note", options.note);
	if (options.theme) url.searchParams.set("theme", options.theme);
	return url.href;
}

/**
 * Opens a page on the preview and waits until the host has loaded main.js and rendered the first note.
 * Page errors and console errors are collected in `errors` so tests can assert there were none.
 */
export async function openPreview(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 } });
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	await page.goto(previewUrl(baseUrl, options));
	await page.waitForSelector("body[data-preview-ready]");
	if ((await page.getAttribute("body", "data-preview-ready")) !== "true") {
		throw new Error(`The preview failed to start: ${(await page.locator(".preview-error").allTextContents()).join(" ")}`);
	}
	return { page, errors };
}

/** Saves docs/screenshots/<name>.png (full page unless `fullPage` is false) and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
	const dir = path.join(repoRoot, "docs", "screenshots");
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${name}.png`);
	await page.screenshot({ path: file, fullPage });
	return file;
}

/** Runs a plugin command through the preview's command palette, as a user would (by its exact name). */
export async function runCommand(page: Page, name: string): Promise<void> {
	await page.getByRole("button", { name: "Commands" }).click();
	await page.locator(".preview-command-palette .prompt-input").fill(name);
	const exactName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
	await page.locator(".preview-command-palette .suggestion-item").filter({ hasText: exactName }).click();
}
