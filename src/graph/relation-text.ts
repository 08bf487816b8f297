// A relation's words as a reader sees them: markdown and link syntax reduced to text.

/**
 * Markdown to the words a reader sees: links become their display text, emphasis and markers go, code and
 * a wiki link's display stay as written (Obsidian shows `[[Finalizers and __del__]]` with its underscores).
 * Each rewrite runs only when its trigger characters are present: this runs once per link of the vault.
 */
export function cleanText(text: string): string {
	// Most relation texts are plain sentences: one scan finds that nothing below would change them.
	if (!NEEDS_CLEANING.test(text)) return text.trim();
	let out = text;
	if (out.includes("<!--") || out.includes("%%")) {
		out = out.replace(/<!--[\s\S]*?-->|%%[\s\S]*?%%/g, " ");
		// One never closed hides the rest of the note, as the reader sees it.
		const unclosed = out.search(/<!--|%%/);
		if (unclosed >= 0) out = out.slice(0, unclosed);
	}
	if (out.includes("#")) out = out.replace(/^\s*#{1,6}\s+/, "");
	if (out.includes("`")) {
		// Inline code keeps its text (`__del__` stays __del__, `[[x]]` stays [[x]]) without its backticks.
		out = out
			.split(/(`[^`]*`)/)
			.map((part, index) => (index % 2 === 1 ? part.slice(1, -1) : readableText(part)))
			.join("");
	} else {
		out = readableText(out);
	}
	return MESSY_SPACE.test(out) ? out.replace(/\s+/g, " ").trim() : out.trim();
}

const MESSY_SPACE = /\s\s|[^\S ]/;
/** A character that starts something cleanText rewrites (comment, heading, code, link, emphasis), or messy space. */
const NEEDS_CLEANING = /[<%#`[*_]|\s\s|[^\S ]/;

/**
 * Text outside code: `[[Target|alias]]` -> `alias`, `![[Target#Part]]` -> `Target > Part`, kept as written;
 * around the links, markdown links become their text and emphasis markers go. A `[[` with another `[`
 * inside stays text.
 */
function readableText(text: string): string {
	if (!text.includes("[[")) return withoutMarkup(text);
	let out = "";
	let from = 0;
	for (let open = text.indexOf("[["); open >= 0; open = text.indexOf("[[", Math.max(from, open + 1))) {
		const close = text.indexOf("]]", open + 2);
		if (close < 0) break;
		const inner = text.slice(open + 2, close);
		if (inner.includes("[") || inner.includes("]")) continue;
		const start = open > from && text[open - 1] === "!" ? open - 1 : open;
		out += withoutMarkup(text.slice(from, start)) + wikiDisplay(inner);
		from = close + 2;
	}
	return out + withoutMarkup(text.slice(from));
}

function withoutMarkup(text: string): string {
	let out = text;
	if (out.includes("](")) out = out.replace(/!?\[([^[\]]*)\]\([^)]*\)/g, "$1");
	if (out.includes("*") || out.includes("_") || out.includes("`")) out = out.replace(/\*\*|__|\*|`/g, "");
	// `_word_` is emphasis too, but an underscore inside a word (snake_case) is not.
	if (out.includes("_")) out = out.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
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
