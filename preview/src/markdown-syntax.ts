// The markdown dialect of the preview: markdown-it (CommonMark + tables + strikethrough) plus Obsidian's
// [[wiki-links]] and ![[embeds]]. Raw HTML is not rendered (shown as text): the preview never parses HTML.
import MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";

export interface WikiLink {
	/** What Obsidian stores as `link`: the target with its #subpath, without the alias. */
	link: string;
	/** The note part of the target ("Memory/Frames" in "Memory/Frames#Locals"). */
	path: string;
	/** "#Locals", or "" when the link has no heading or block reference. */
	subpath: string;
	displayText: string;
	embed: boolean;
}

export function parseWikiLink(inner: string, embed: boolean): WikiLink {
	const bar = inner.indexOf("|");
	const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
	const alias = bar < 0 ? undefined : inner.slice(bar + 1).trim();
	const hash = link.indexOf("#");
	const path = hash < 0 ? link : link.slice(0, hash);
	const subpath = hash < 0 ? "" : link.slice(hash);
	const headingText = subpath.replace(/^#\^?/, "").split("#").join(" > ");
	const defaultText = path === "" ? headingText : subpath === "" ? path : `${path} > ${headingText}`;
	return { link, path, subpath, displayText: alias || defaultText, embed };
}

function wikiLinkRule(state: StateInline, silent: boolean): boolean {
	const src = state.src;
	let start = state.pos;
	const embed = src.charCodeAt(start) === 0x21; /* ! */
	if (embed) start += 1;
	if (!src.startsWith("[[", start)) return false;
	const end = src.indexOf("]]", start + 2);
	if (end < 0) return false;
	const inner = src.slice(start + 2, end);
	if (inner.trim() === "" || inner.includes("\n") || inner.includes("[[")) return false;
	if (!silent) {
		const token = state.push("wikilink", "a", 0);
		token.content = inner;
		token.meta = parseWikiLink(inner, embed);
	}
	state.pos = end + 2;
	return true;
}

export function createMarkdownIt(): MarkdownIt {
	const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
	md.inline.ruler.before("link", "wikilink", wikiLinkRule);
	return md;
}

/** One shared parser: markdown-it instances are stateless between parses. */
export const markdown = createMarkdownIt();
