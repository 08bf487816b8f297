// The browser preview in real chromium: the built main.js renders its block, ?note= and ?theme= work,
// wiki-links navigate, the theme toggles, another folder can be served, and the host's API slice
// (commands, side-pane views, render children, the in-memory vault overlay) behaves as documented.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { previewDir } from "../../preview/build.mjs";
import { startPreviewServer } from "../../preview/server/server";
import { launchBrowser, openPreview, repoRoot, runCommand, saveScreenshot, startPreview, type RunningPreview } from "./harness";

let preview: RunningPreview;
let browser: Browser;
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	tempDirs.push(dir);
	return dir;
}

function writeFiles(root: string, files: Record<string, string>): void {
	for (const [relative, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
		writeFileSync(path.join(root, relative), text);
	}
}

const fence = "```";

/** A folder of notes that is not example-vault: a home note, a link target in a folder, a pymem block. */
function makeOtherVault(): string {
	const vault = tempDir("pymem-other-vault-");
	writeFiles(vault, {
		"Home.md": `# Other home\n\nSee [[Deep note|the deep note]] and [[Missing note]].\n\n${fence}pymem\nx = [1, 2]\ny = x\n${fence}\n`,
		"Folder/Deep note.md": "---\ntags: [demo]\n---\n# Deep\n\n## Section two\n\nBack to [[Home]].\n",
		".hidden/secret.md": "not served",
	});
	return vault;
}

beforeAll(async () => {
	preview = await startPreview();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await preview?.close();
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("browser preview of example-vault", () => {
	it("runs the built main.js and renders its pymem block on the home note", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { theme: "light" });
		await page.locator("[data-pymem-block]").first().waitFor();
		expect(await page.locator(".block-language-pymem").count()).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get("note")).toBe("Python Memory Home");
		await saveScreenshot(page, "preview-home", false);
		await page.locator("[data-pymem-block]").first().scrollIntoViewIfNeeded();
		await saveScreenshot(page, "preview-block", false);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("opens the note named by ?note=", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "Reference Counting" });
		expect(await page.locator(".preview-center .view-header-title").textContent()).toBe("Reference Counting");
		expect(await page.locator('.preview-nav a[aria-current="page"]').textContent()).toBe("Reference Counting");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("falls back to the home note, with a notice, when ?note= names no note", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { note: "No such note" });
		await page.locator(".notice", { hasText: "No note at No such note.md" }).waitFor();
		expect(await page.locator(".preview-center .view-header-title").textContent()).toBe("Python Memory Home");
		expect(new URL(page.url()).searchParams.get("note")).toBe("Python Memory Home");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("follows wiki-links inside the preview and back", async () => {
		const { page, errors } = await openPreview(browser, preview.url);
		const historyLength = await page.evaluate(() => history.length);
		await page.locator(".preview-nav a", { hasText: "Closures" }).click();
		await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Closures");
		expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
		await page.goBack();
		await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Python Memory Home");
		const link = page.locator(".markdown-rendered a.internal-link:not(.is-unresolved)").first();
		const target = (await link.getAttribute("data-href"))!;
		await link.click();
		await page.waitForFunction((note) => new URL(location.href).searchParams.get("note") === note, target);
		expect(await page.locator(".preview-center .view-header-title").textContent()).toBe(target);
		await page.goBack();
		await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Python Memory Home");
		expect(await page.locator(".preview-center .view-header-title").textContent()).toBe("Python Memory Home");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("toggles between the light and the dark theme", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { theme: "light" });
		const toggle = page.getByRole("button", { name: "Dark theme" });
		expect(await toggle.getAttribute("aria-pressed")).toBe("false");
		const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await toggle.click();
		expect(await page.evaluate(() => document.body.className)).toContain("theme-dark");
		expect(await toggle.getAttribute("aria-pressed")).toBe("true");
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);
		expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
		await page.locator("[data-pymem-block]").first().waitFor();
		await saveScreenshot(page, "preview-home-dark", false);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("fits a 360 px wide screen", async () => {
		const { page, errors } = await openPreview(browser, preview.url, { width: 360, height: 740, note: "Reference Counting" });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const notes = page.getByRole("button", { name: "Notes" });
		await notes.click();
		expect(await notes.getAttribute("aria-expanded")).toBe("true");
		await page.locator(".preview-nav a").first().waitFor({ state: "visible" });
		await notes.click();
		await saveScreenshot(page, "preview-narrow", false);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe("serving another folder", () => {
	it("serves any folder of notes with the built plugin", async () => {
		const vault = makeOtherVault();
		const other = await startPreview({ vault });
		try {
			const { page, errors } = await openPreview(browser, other.url);
			expect(await page.locator(".preview-nav a").allTextContents()).toEqual(["Folder/Deep note", "Home"]);
			expect(await page.locator(".preview-center .view-header-title").textContent()).toBe("Home");
			await page.locator("[data-pymem-block]").waitFor();
			expect(await page.locator("a.internal-link.is-unresolved").textContent()).toBe("Missing note");
			await page.getByRole("link", { name: "the deep note" }).click();
			await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Folder/Deep note");
			expect(await page.locator(".markdown-rendered h2").textContent()).toBe("Section two");
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await other.close();
		}
	});

	it("npm run demo refuses a vault folder that does not exist, creating nothing", () => {
		const missing = path.join(tempDir("pymem-missing-"), "no-such-vault");
		const result = spawnSync(process.execPath, ["scripts/demo.mjs", "--skip-build", "--vault", missing, "--no-open"], { cwd: repoRoot, encoding: "utf8" });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("the vault folder does not exist");
		expect(existsSync(missing)).toBe(false);
	});

	it("npm run demo -- --vault DIR --port N --no-open installs the plugin and serves that folder", async () => {
		const vault = makeOtherVault();
		const port = await freePort();
		const demo = spawn(process.execPath, ["scripts/demo.mjs", "--skip-build", "--vault", vault, "--port", String(port), "--no-open"], {
			cwd: repoRoot,
			stdio: ["ignore", "pipe", "pipe"],
		});
		try {
			const url = await new Promise<string>((resolve, reject) => {
				let output = "";
				demo.stdout.on("data", (chunk: Buffer) => {
					output += chunk.toString();
					const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
					if (match) resolve(match[0]);
				});
				demo.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
				demo.on("exit", (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
			});
			expect(url).toBe(`http://127.0.0.1:${port}/`);
			const listing = (await (await fetch(`${url}api/vault`)).json()) as { files: { path: string }[] };
			expect(listing.files.map((file) => file.path)).toEqual(["Folder/Deep note.md", "Home.md"]);
			for (const file of ["main.js", "manifest.json", "styles.css"]) {
				expect(existsSync(path.join(vault, ".obsidian", "plugins", "pymem", file))).toBe(true);
			}
			expect(JSON.parse(readFileSync(path.join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["pymem"]);
			expect(readFileSync(path.join(vault, "Home.md"), "utf8")).toContain("# Other home");
		} finally {
			demo.kill("SIGTERM");
		}
	});
});

/** A tiny plugin written against the same API slice, to exercise what pymem's main.js does not use yet. */
const PROBE_PLUGIN = `
const { Plugin, ItemView, MarkdownRenderChild, Notice, PluginSettingTab, Setting } = require("obsidian");
class ProbeSettings extends PluginSettingTab {
	display() {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Probe toggle").setDesc("Saved with saveData.").addToggle((toggle) =>
			toggle.setValue(this.plugin.data.flag).onChange(async (value) => {
				this.plugin.data.flag = value;
				await this.plugin.saveData(this.plugin.data);
			}),
		);
	}
}
class ProbeView extends ItemView {
	getViewType() { return "probe-view"; }
	getDisplayText() { return "Probe view"; }
	async onOpen() {
		this.contentEl.createDiv({ cls: "probe-view-body", text: "notes: " + this.app.vault.getMarkdownFiles().length });
	}
}
class ProbeChild extends MarkdownRenderChild {
	constructor(el, source, ctx) { super(el); this.source = source; this.ctx = ctx; }
	onload() {
		const info = this.ctx.getSectionInfo(this.containerEl);
		const div = this.containerEl.createDiv({ cls: "probe-block", text: this.source });
		div.setAttr("data-lines", info ? info.lineStart + "-" + info.lineEnd : "none");
		div.setAttr("data-source-path", this.ctx.sourcePath);
	}
	onunload() { window.probeUnloads = (window.probeUnloads || 0) + 1; }
}
module.exports = class ProbePlugin extends Plugin {
	async onload() {
		this.data = Object.assign({ loads: 0, flag: false }, await this.loadData());
		document.body.setAttr("data-probe-loads", this.data.loads);
		this.data.loads += 1;
		await this.saveData(this.data);
		this.addSettingTab(new ProbeSettings(this.app, this));
		this.registerView("probe-view", (leaf) => new ProbeView(leaf));
		this.registerMarkdownCodeBlockProcessor("probe", (source, el, ctx) => ctx.addChild(new ProbeChild(el, source, ctx)));
		this.addCommand({ id: "open-view", name: "Open probe view", callback: async () => {
			const leaf = this.app.workspace.getRightLeaf(false);
			await leaf.setViewState({ type: "probe-view", active: true });
			await this.app.workspace.revealLeaf(leaf);
		} });
		this.addCommand({ id: "create-note", name: "Create scratch note", callback: async () => {
			await this.app.vault.create("Scratch.md", "# Scratch");
			new Notice("Scratch created");
		} });
		this.addCommand({ id: "never", name: "Hidden command", checkCallback: () => false });
		this.addCommand({ id: "fail", name: "Fail later", callback: () => window.setTimeout(() => { throw new Error("probe failure"); }, 0) });
		this.app.workspace.onLayoutReady(() => {
			const links = this.app.metadataCache.resolvedLinks["Home.md"] || {};
			document.body.setAttr("data-probe-links", JSON.stringify(links));
		});
	}
};
`;

async function startProbe(notes: Record<string, string>): Promise<RunningPreview & { vault: string }> {
	const vault = tempDir("pymem-probe-vault-");
	writeFiles(vault, notes);
	const pluginDir = tempDir("pymem-probe-plugin-");
	writeFiles(pluginDir, {
		"main.js": PROBE_PLUGIN,
		"manifest.json": JSON.stringify({ id: "probe", name: "Probe", version: "0.0.1" }),
		"styles.css": "",
	});
	return { ...(await startPreviewServer({ vault, pluginDir, previewDir, port: 0 })), vault };
}

describe("the host's API slice, driven by a probe plugin", () => {
	it("runs commands from the palette, opens side-pane views, unloads render children and never writes", async () => {
		const server = await startProbe({
			"Home.md": `# Probe\n\nTo [[Second]] and [[Second#Part]].\n\n${fence}probe\nhello\n${fence}\n\n${fence}python\nprint(1)\n${fence}\n`,
			"Second.md": "# Second\n",
		});
		try {
			const { page, errors } = await openPreview(browser, server.url);
			expect(JSON.parse((await page.getAttribute("body", "data-probe-links"))!)).toEqual({ "Second.md": 2 });
			const block = page.locator(".block-language-probe .probe-block");
			expect(await block.textContent()).toBe("hello");
			expect(await block.getAttribute("data-lines")).toBe("4-6");
			expect(await block.getAttribute("data-source-path")).toBe("Home.md");
			expect(await page.locator("pre code.language-python").textContent()).toBe("print(1)");

			await page.getByRole("button", { name: "Commands" }).click();
			const items = page.locator(".preview-command-palette .suggestion-item");
			expect(await items.allTextContents()).toEqual(["Create scratch note", "Fail later", "Open probe view"]);
			await page.locator(".preview-command-palette .prompt-input").fill("probe");
			await page.keyboard.press("Enter");
			expect(await page.locator(".preview-side .probe-view-body").textContent()).toBe("notes: 2");
			expect(await page.locator(".preview-side-tab.is-active").textContent()).toBe("Probe view");
			await page.getByRole("button", { name: "Close Probe view" }).click();
			expect(await page.locator(".preview-side").isVisible()).toBe(false);
			expect(await page.locator(".probe-view-body").count()).toBe(0);

			await runCommand(page, "Create scratch note");
			await page.locator(".notice", { hasText: "never writes" }).waitFor();
			expect(existsSync(path.join(server.vault, "Scratch.md"))).toBe(false);
			expect(await page.locator(".preview-nav a").allTextContents()).toEqual(["Home", "Scratch", "Second"]);

			await page.getByRole("link", { name: "Second" }).first().click();
			await page.waitForFunction(() => new URL(location.href).searchParams.get("note") === "Second");
			expect(await page.evaluate(() => (window as unknown as { probeUnloads?: number }).probeUnloads)).toBe(1);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await server.close();
		}
	});

	it("keeps plugin data in localStorage and shows the settings tab", async () => {
		const server = await startProbe({ "Home.md": "# Probe\n" });
		try {
			const { page, errors } = await openPreview(browser, server.url);
			expect(await page.getAttribute("body", "data-probe-loads")).toBe("0");
			const settingsButton = page.getByRole("button", { name: "Settings" });
			await settingsButton.click();
			const dialog = page.getByRole("dialog");
			expect(await dialog.locator(".setting-item-name").allTextContents()).toEqual(["Probe toggle"]);
			await dialog.getByRole("switch").check();
			await page.keyboard.press("Escape");
			expect(await dialog.count()).toBe(0);
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Settings");
			await page.reload();
			await page.waitForSelector('body[data-preview-ready="true"]');
			expect(await page.getAttribute("body", "data-probe-loads")).toBe("1");
			await settingsButton.click();
			expect(await page.getByRole("dialog").getByRole("switch").isChecked()).toBe(true);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			await server.close();
		}
	});

	it("shows an error the plugin throws later in the page, not only in the console", async () => {
		const server = await startProbe({ "Home.md": "# Probe\n" });
		try {
			const { page, errors } = await openPreview(browser, server.url);
			await page.getByRole("button", { name: "Commands" }).click();
			await page.locator(".preview-command-palette .prompt-input").fill("fail later");
			await page.keyboard.press("Enter");
			await page.getByRole("alert").filter({ hasText: "probe failure" }).waitFor();
			expect(errors).toEqual(["probe failure"]);
			await page.close();
		} finally {
			await server.close();
		}
	});
});

/** A port nothing listens on now, as the system picks one: a random one could be another connection's. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
		});
	});
}
