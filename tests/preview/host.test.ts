// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../../preview/src/dom";
import { Component, Events, MarkdownRenderChild } from "../../preview/src/obsidian/component";
import { Vault, normalizePath, TFile } from "../../preview/src/obsidian/files";
import { MetadataCache } from "../../preview/src/obsidian/metadata";
import { renderMarkdown, type CodeBlockProcessor } from "../../preview/src/obsidian/markdown";
import { debounce } from "../../preview/src/obsidian/utils";
import { fuzzyScore } from "../../preview/src/obsidian/notice-modal";
import type { App } from "../../preview/src/obsidian/app";

beforeAll(() => installDomHelpers(window));

function makeVault(files: Record<string, string>, onWrite?: (path: string) => void): Vault {
	const listing = Object.entries(files).map(([path, text]) => ({ path, size: text.length, mtime: 0 }));
	return new Vault("test", listing, async (path) => files[path] ?? "", onWrite);
}

describe("DOM helpers", () => {
	it("create elements the way Obsidian's createEl does", () => {
		const parent = createDiv();
		const span = parent.createSpan({ cls: "a b", text: "hi", attr: { "data-x": 1, hidden: null } });
		expect(parent.firstChild).toBe(span);
		expect(span.className).toBe("a b");
		expect(span.getAttribute("data-x")).toBe("1");
		expect(span.hasAttribute("hidden")).toBe(false);
		const first = parent.createDiv({ cls: "first", prepend: true });
		expect(parent.firstChild).toBe(first);
		span.setAttr("aria-pressed", false);
		expect(span.getAttribute("aria-pressed")).toBe("false");
		span.toggleClass("on", true);
		span.addClass("c");
		span.removeClass("a");
		expect(span.className).toBe("b on c");
		span.setText("bye");
		expect(span.getText()).toBe("bye");
		span.hide();
		expect(span.style.display).toBe("none");
		span.show();
		expect(span.style.display).toBe("");
		parent.empty();
		expect(parent.childNodes.length).toBe(0);
	});
});

describe("Component", () => {
	it("loads children with the parent and unloads registrations in reverse order", () => {
		const log: string[] = [];
		const parent = new Component();
		const child = new (class extends MarkdownRenderChild {
			override onload() {
				log.push("child load");
			}
			override onunload() {
				log.push("child unload");
			}
		})(createDiv());
		parent.addChild(child);
		parent.register(() => log.push("first"));
		parent.register(() => log.push("second"));
		const events = new Events();
		parent.registerEvent(events.on("ping", () => log.push("ping")));
		parent.load();
		events.trigger("ping");
		parent.unload();
		events.trigger("ping");
		expect(log).toEqual(["child load", "ping", "child unload", "second", "first"]);
		expect(child.isLoaded).toBe(false);
	});

	it("loads a child added after load at once", () => {
		const parent = new Component();
		parent.load();
		const child = parent.addChild(new Component());
		expect(child.isLoaded).toBe(true);
		parent.removeChild(child);
		expect(child.isLoaded).toBe(false);
	});
});

describe("Vault and MetadataCache", () => {
	it("normalizes paths as Obsidian does", () => {
		expect(normalizePath("/a\\b//c/")).toBe("a/b/c");
		expect(normalizePath("")).toBe("/");
	});

	it("resolves links by path, folder and name, and tracks unresolved ones", async () => {
		const vault = makeVault({
			"Home.md": "[[Frames]] [[Deep/Frames]] [[Nope]] [[Other#Part]]",
			"Frames.md": "",
			"Deep/Frames.md": "",
			"Deep/Inner.md": "[[Frames]]",
			"Deep/More/Other.md": "",
			"Deep/Locals.md": "",
			"Elsewhere/Locals.md": "",
			"Elsewhere/Far/Locals.md": "",
		});
		const cache = new MetadataCache(vault);
		await cache.initialize();
		expect(cache.getFirstLinkpathDest("Frames", "Home.md")?.path).toBe("Frames.md");
		// An exact vault path wins over a same-named note next to the linking one...
		expect(cache.getFirstLinkpathDest("Frames", "Deep/Inner.md")?.path).toBe("Frames.md");
		// ...then the linking note's folder, then the shortest path.
		expect(cache.getFirstLinkpathDest("Locals", "Deep/Inner.md")?.path).toBe("Deep/Locals.md");
		expect(cache.getFirstLinkpathDest("Locals", "Home.md")?.path).toBe("Deep/Locals.md");
		expect(cache.getFirstLinkpathDest("Far/Locals", "Home.md")?.path).toBe("Elsewhere/Far/Locals.md");
		expect(cache.getFirstLinkpathDest("other", "Home.md")?.path).toBe("Deep/More/Other.md");
		expect(cache.resolvedLinks["Home.md"]).toEqual({ "Frames.md": 1, "Deep/Frames.md": 1, "Deep/More/Other.md": 1 });
		expect(cache.unresolvedLinks["Home.md"]).toEqual({ Nope: 1 });
	});

	it("keeps created notes in memory and announces them", async () => {
		const written: string[] = [];
		const vault = makeVault({ "Home.md": "" }, (path) => written.push(path));
		const cache = new MetadataCache(vault);
		await cache.initialize();
		const changed = vi.fn();
		cache.on("changed", changed);
		const file = await vault.create("New/Note.md", "[[Home]]");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(file).toBeInstanceOf(TFile);
		expect(vault.getFolderByPath("New")?.children).toContain(file);
		expect(await vault.read(file)).toBe("[[Home]]");
		expect(written).toEqual(["New/Note.md"]);
		expect(changed).toHaveBeenCalledOnce();
		expect(cache.resolvedLinks["New/Note.md"]).toEqual({ "Home.md": 1 });
		await expect(vault.create("Home.md", "")).rejects.toThrow("File already exists.");
	});
});

describe("renderMarkdown", () => {
	it("builds DOM from markdown, hands registered code blocks to their processor with section info", async () => {
		const vault = makeVault({ "Note.md": "", "Target.md": "", "img/Heap diagram.png": "" });
		const metadataCache = new MetadataCache(vault);
		await metadataCache.initialize();
		const seen: { source: string; lines: [number, number] | null }[] = [];
		const processor: CodeBlockProcessor = (source, el, ctx) => {
			const info = ctx.getSectionInfo(el);
			seen.push({ source, lines: info ? [info.lineStart, info.lineEnd] : null });
			ctx.addChild(new MarkdownRenderChild(el));
			el.createDiv({ cls: "processed", text: source.toUpperCase() });
		};
		const app = { vault, metadataCache, markdownProcessors: { codeBlocks: new Map([["pymem", processor]]), post: [] } } as unknown as App;
		const text = ["---", "a: 1", "---", "# Title", "", "Go to [[Target|there]] or [[Gone]]. <b>raw</b>", "", "```pymem", "x = 1", "```", "", "```js", "let y;", "```", "", "![heap](Heap%20diagram.png) ![bad](bad%zz.png)"].join("\n");
		const el = createDiv();
		const component = new Component();
		component.load();
		await renderMarkdown(app, text, el, "Note.md", component);
		expect(el.querySelector("h1")?.textContent).toBe("Title");
		const links = Array.from(el.querySelectorAll("a.internal-link"));
		expect(links.map((a) => [a.textContent, a.getAttribute("data-href"), a.classList.contains("is-unresolved")])).toEqual([
			["there", "Target", false],
			["Gone", "Gone", true],
		]);
		expect(el.querySelector("b")).toBeNull();
		expect(el.querySelector("p")?.textContent).toContain("<b>raw</b>");
		expect(el.querySelector(".block-language-pymem .processed")?.textContent).toBe("X = 1");
		expect(seen).toEqual([{ source: "x = 1", lines: [7, 9] }]);
		expect(el.querySelector("pre code.language-js")?.textContent).toBe("let y;");
		const images = Array.from(el.querySelectorAll("img"));
		expect(images.map((img) => [img.getAttribute("alt"), img.getAttribute("src")])).toEqual([
			["heap", "/vault/img/Heap%20diagram.png"],
			// markdown-it escapes the stray "%"; an image that is not in the vault keeps its own address.
			["bad", "bad%25zz.png"],
		]);
	});

	it("shows a processor's failure inside its block instead of throwing", async () => {
		const vault = makeVault({});
		const app = {
			vault,
			metadataCache: new MetadataCache(vault),
			markdownProcessors: { codeBlocks: new Map([["pymem", () => { throw new Error("boom"); }]]), post: [] },
		} as unknown as App;
		const el = createDiv();
		const errorSpy = vi.spyOn(console, "error").mockImplementation(() => {});
		await renderMarkdown(app, "```pymem\nx\n```", el, "Note.md", new Component());
		expect(el.querySelector(".preview-processor-error")?.textContent).toContain("boom");
		errorSpy.mockRestore();
	});
});

describe("utilities", () => {
	afterEach(() => vi.useRealTimers());

	it("debounce calls once after the last call when resetTimer is set", () => {
		vi.useFakeTimers();
		const fn = vi.fn();
		const debounced = debounce(fn, 100, true);
		debounced(1);
		vi.advanceTimersByTime(60);
		debounced(2);
		vi.advanceTimersByTime(60);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(60);
		expect(fn).toHaveBeenCalledExactlyOnceWith(2);
		debounced(3);
		debounced.cancel();
		vi.advanceTimersByTime(200);
		expect(fn).toHaveBeenCalledOnce();
	});

	it("fuzzy matching is a scored subsequence match", () => {
		expect(fuzzyScore("opv", "Open probe view")).not.toBeNull();
		expect(fuzzyScore("xyz", "Open probe view")).toBeNull();
		expect(fuzzyScore("open", "Open probe view")!).toBeGreaterThan(fuzzyScore("oepn", "Open probe view") ?? -Infinity);
	});
});
