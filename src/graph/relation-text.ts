// A relation's words as a reader sees them: markdown and link syntax reduced to text.
import { LINK_DESTINATION } from "./link-paths";

/**
 * Markdown to the words a reader sees: links become their display text, emphasis and markers go, code and
 * a wiki link's display stay as written (Obsidian shows `[[Finalizers and __del__]]` with its underscores).
 * Each rewrite runs only when its trigger characters are present: this runs once per link of the vault.
 */
export function cleanText(text: string): string {
	// Most relation texts are plain sentences: one scan finds that nothing below would change them.
	if (!NEEDS_CLEANING.test(text)) return text.trim();
	// Inline code keeps its text (`__del__` stays __del__, `[[x]]` stays [[x]], `%%` is no comment) without its
	// backticks. Each span stands in as a placeholder meanwhile, so emphasis around it (**What `x` measures**)
	// still pairs up.
	const spans: string[] = [];
	let out = text.includes("`") ? text.replace(/`[^`]*`/g, (span) => `\ue000${spans.push(span.slice(1, -1)) - 1}\ue001`) : text;
	if (out.includes("<!--") || out.includes("%%")) {
		out = out.replace(/<!--[\s\S]*?-->|%%[\s\S]*?%%/g, " ");
		// One never closed hides the rest of the note, as the reader sees it.
		const unclosed = out.search(/<!--|%%/);
		if (unclosed >= 0) out = out.slice(0, unclosed);
	}
	if (out.includes("#")) out = out.replace(/^\s*#{1,6}\s+/, "");
	out = readableText(out);
	if (spans.length > 0) out = out.replace(/\ue000(\d+)\ue001/g, (_, index: string) => spans[Number(index)]!);
	return MESSY_SPACE.test(out) ? out.replace(/\s+/g, " ").trim() : out.trim();
}

const MESSY_SPACE = /\s\s|[^\S ]/;
/** A character that starts something cleanText rewrites (comment, heading, code, link, emphasis), or messy space. */
const NEEDS_CLEANING = /[<%#`[*_\\~]|==|\s\s|[^\S ]/;

// Emphasis as CommonMark pairs its delimiters: an opener followed by a character that is no space, a closer
// preceded by one, neither escaped. A lone `*` (2 * 3) and Python's *args and **kwargs stay as written; `_` and
// `__` emphasis never starts or ends inside a word (snake_case stays), though `__init__` alone is bold, as shown.
// (No lookbehinds: iOS before 16.4 has none. The character before an opener is matched and put back.)
const STRONG_STAR = /(^|[^\\*])\*\*([^\s*](?:.*?[^\s\\])?)\*\*(?!\*)/g;
const EMPHASIS_STAR = /(^|[^\\*])\*([^\s*](?:.*?[^\s*\\])?)\*(?!\*)/g;
const STRONG_UNDERSCORE = /(^|[^\p{L}\p{N}_\\])__(\S(?:.*?\S)?)__(?![\p{L}\p{N}_])/gu;
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_\\])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
/** Obsidian's ~~strike~~ and ==highlight==. */
const STRIKE_OR_HIGHLIGHT = /(~~|==)(\S(?:.*?\S)?)\1/g;
/** A footnote reference `[^1]`, or a footnote's own `[^1]:` at its start. */
const FOOTNOTE = /\[\^[^\]\s]+\]:?/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
/** CommonMark's backslash escapes: any ASCII punctuation. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/**
 * Text outside code: `[[Target|alias]]` -> `alias`, `![[Target#Part]]` -> `Target > Part`, kept as written;
 * around the links, markdown links become their text and emphasis markers go. A `[[` with another `[`
 * inside stays text.
 */
function readableText(text: string): string {
	if (!text.includes("[[")) return withoutMarkup(text);
	// Each link stands in as a placeholder while the markup around it goes, so emphasis around a link
	// (**Automatic [[Memory Management]]:**) still pairs up; then the link's display takes its place.
	const displays: string[] = [];
	let marked = "";
	let from = 0;
	for (let open = text.indexOf("[["); open >= 0; open = text.indexOf("[[", Math.max(from, open + 1))) {
		const close = text.indexOf("]]", open + 2);
		if (close < 0) break;
		const inner = text.slice(open + 2, close);
		if (inner.includes("[") || inner.includes("]")) continue;
		const start = open > from && text[open - 1] === "!" ? open - 1 : open;
		marked += `${text.slice(from, start)}\ue002${displays.push(wikiDisplay(inner)) - 1}\ue003`;
		from = close + 2;
	}
	return withoutMarkup(marked + text.slice(from)).replace(/\ue002(\d+)\ue003/g, (_, index: string) => displays[Number(index)]!);
}

const MARKDOWN_LINK_TEXT = new RegExp(String.raw`!?\[([^[\]]*)\]` + LINK_DESTINATION, "g");

function withoutMarkup(text: string): string {
	let out = text;
	if (out.includes("](")) out = out.replace(MARKDOWN_LINK_TEXT, "$1");
	if (out.includes("[^")) out = out.replace(FOOTNOTE, "");
	if (out.includes("<")) out = out.replace(HTML_TAG, "");
	if (out.includes("*")) out = out.replace(STRONG_STAR, "$1$2").replace(EMPHASIS_STAR, "$1$2");
	if (out.includes("_")) out = out.replace(STRONG_UNDERSCORE, "$1$2").replace(EMPHASIS_UNDERSCORE, "$1$2");
	if (out.includes("~~") || out.includes("==")) out = out.replace(STRIKE_OR_HIGHLIGHT, "$2");
	// A backtick no code span took is a stray marker.
	if (out.includes("`")) out = out.replace(/`/g, "");
	if (out.includes("\\")) out = out.replace(ESCAPED, "$1");
	return out;
}

function wikiDisplay(inner: string): string {
	const unescaped = inner.replace(/\\\|/g, "|");
	const bar = unescaped.indexOf("|");
	if (bar >= 0) return unescaped.slice(bar + 1).trim();
	const target = unescaped.trim();
	if (!target.includes("#")) return target;
	// Each heading of a nested one is a level: [[Note#Part#Detail]] reads Note > Part > Detail, [[Note#]] Note.
	return target
		.split(/#\^?/)
		.filter((part) => part !== "")
		.join(" > ");
}
