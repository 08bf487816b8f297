// Renders markdown into DOM elements, token by token (no HTML strings), handing fenced code blocks whose
// language has a registered processor to that processor, as Obsidian's reading view does.
import type Token from "markdown-it/lib/token.mjs";
import type { Component } from "./component";
import type { App } from "./app";
import { markdown, type WikiLink } from "../markdown-syntax";
import { frontmatterEnd, parseFrontmatter } from "./frontmatter";

export interface SectionInfo {
	text: string;
	lineStart: number;
	lineEnd: number;
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: Record<string, unknown> | null | undefined;
	addChild(child: Component): void;
	getSectionInfo(el: HTMLElement): SectionInfo | null;
}

export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;
export type PostProcessor = (el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;

let docCounter = 0;

interface RenderContext {
	app: App;
	sourcePath: string;
	ctx: MarkdownPostProcessorContext;
	sections: WeakMap<HTMLElement, SectionInfo>;
	text: string;
}

function showProcessorError(el: HTMLElement, language: string, error: unknown): void {
	console.error(error);
	el.createDiv({ cls: "preview-processor-error", text: `The ${language} block failed to render: ${String(error)}` });
}

function renderCodeBlock(token: Token, parent: HTMLElement, rc: RenderContext): void {
	const language = token.info.trim().split(/\s+/)[0] ?? "";
	const processor = language ? rc.app.markdownProcessors.codeBlocks.get(language) : undefined;
	// Obsidian hands a processor the block's text without the newline before the closing fence.
	const source = token.content.replace(/\n$/, "");
	if (!processor) {
		const pre = parent.createEl("pre", { cls: language ? `language-${language}` : "" });
		pre.createEl("code", { cls: language ? `language-${language}` : "", text: source });
		return;
	}
	const el = parent.createDiv({ cls: `block-language-${language}` });
	if (token.map) rc.sections.set(el, { text: rc.text, lineStart: token.map[0], lineEnd: token.map[1] - 1 });
	try {
		const result = processor(source, el, rc.ctx);
		if (result instanceof Promise) result.catch((error: unknown) => showProcessorError(el, language, error));
	} catch (error) {
		showProcessorError(el, language, error);
	}
}

function renderWikiLink(token: Token, parent: HTMLElement, rc: RenderContext): void {
	const link = token.meta as WikiLink;
	const dest = link.path === "" ? null : rc.app.metadataCache.getFirstLinkpathDest(link.path, rc.sourcePath);
	const resolved = link.path === "" || dest !== null;
	parent.createEl("a", {
		cls: ["internal-link", ...(link.embed ? ["internal-embed"] : []), ...(resolved ? [] : ["is-unresolved"])],
		text: link.displayText,
		href: link.link,
		attr: { "data-href": link.link, ...(link.embed ? { title: "Embeds are shown as links in the preview" } : {}) },
	});
}

/** A malformed %-escape in a link is kept as written rather than breaking the render. */
function safeDecode(uri: string): string {
	try {
		return decodeURI(uri);
	} catch {
		return uri;
	}
}

function setAttributes(el: HTMLElement, token: Token): void {
	for (const [name, value] of token.attrs ?? []) el.setAttribute(name, value);
}

function renderInline(tokens: Token[], parent: HTMLElement, rc: RenderContext): void {
	const stack: HTMLElement[] = [parent];
	for (const token of tokens) {
		const top = stack[stack.length - 1]!;
		switch (token.type) {
			case "text":
			case "html_inline":
				top.appendText(token.content);
				break;
			case "softbreak":
				top.appendText("\n");
				break;
			case "hardbreak":
				top.createEl("br");
				break;
			case "code_inline":
				top.createEl("code", { text: token.content });
				break;
			case "wikilink":
				renderWikiLink(token, top, rc);
				break;
			case "image": {
				const img = top.createEl("img", { attr: { alt: token.content } });
				const src = token.attrGet("src") ?? "";
				const local = /^[a-z][a-z0-9+.-]*:/i.test(src) ? null : rc.app.metadataCache.getFirstLinkpathDest(safeDecode(src), rc.sourcePath);
				img.src = local ? rc.app.vault.getResourcePath(local) : src;
				break;
			}
			case "link_open": {
				const a = top.createEl("a");
				setAttributes(a, token);
				a.addClass("external-link");
				a.setAttrs({ target: "_blank", rel: "noopener noreferrer" });
				stack.push(a);
				break;
			}
			default:
				if (token.nesting === 1) {
					const el = top.createEl(token.tag as keyof HTMLElementTagNameMap);
					setAttributes(el, token);
					stack.push(el);
				} else if (token.nesting === -1) {
					stack.pop();
				}
		}
	}
}

function renderBlocks(tokens: Token[], root: HTMLElement, rc: RenderContext): void {
	const stack: HTMLElement[] = [root];
	for (const token of tokens) {
		const top = stack[stack.length - 1]!;
		if (token.type === "inline") renderInline(token.children ?? [], top, rc);
		else if (token.type === "fence" || token.type === "code_block") renderCodeBlock(token, top, rc);
		else if (token.type === "html_block") top.createEl("p", { text: token.content });
		else if (token.nesting === 1) {
			// Tight list items hide their paragraphs: the text goes straight into the <li>.
			if (token.hidden) {
				stack.push(top);
				continue;
			}
			const el = top.createEl(token.tag as keyof HTMLElementTagNameMap);
			setAttributes(el, token);
			if (token.type === "heading_open") el.setAttr("data-heading", "");
			stack.push(el);
		} else if (token.nesting === -1) stack.pop();
		else if (token.tag) top.createEl(token.tag as keyof HTMLElementTagNameMap);
	}
	for (const heading of Array.from(root.querySelectorAll<HTMLElement>("[data-heading]"))) {
		heading.setAttr("data-heading", heading.textContent ?? "");
	}
}

/** Renders `text` into `el`; code-block children are attached to `component`. */
export async function renderMarkdown(app: App, text: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
	const lines = text.split("\n");
	const fmEnd = frontmatterEnd(lines);
	const frontmatter = fmEnd > 0 ? parseFrontmatter(lines.slice(1, fmEnd)) : null;
	// Blank the frontmatter rather than cut it, so token line numbers stay those of the file.
	const body = fmEnd > 0 ? lines.map((line, i) => (i <= fmEnd ? "" : line)).join("\n") : text;
	const sections = new WeakMap<HTMLElement, SectionInfo>();
	const ctx: MarkdownPostProcessorContext = {
		docId: `preview-doc-${++docCounter}`,
		sourcePath,
		frontmatter,
		addChild: (child) => void component.addChild(child),
		getSectionInfo: (target) => sections.get(target) ?? null,
	};
	const rc: RenderContext = { app, sourcePath, ctx, sections, text };
	renderBlocks(markdown.parse(body, {}), el, rc);
	for (const postProcessor of app.markdownProcessors.post) {
		try {
			await postProcessor(el, ctx);
		} catch (error) {
			console.error(error);
		}
	}
}

let legacyApp: App | null = null;

/** The legacy static renderMarkdown has no app parameter; the host binds its app once at start. */
export function bindRendererApp(app: App): void {
	legacyApp = app;
}

export class MarkdownRenderer {
	static render(app: App, markdownText: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return renderMarkdown(app, markdownText, el, sourcePath, component);
	}

	/** The pre-1.5 name of render(), with the same meaning. */
	static renderMarkdown(markdownText: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		if (!legacyApp) throw new Error("MarkdownRenderer.renderMarkdown was called before the preview app started");
		return renderMarkdown(legacyApp, markdownText, el, sourcePath, component);
	}
}
