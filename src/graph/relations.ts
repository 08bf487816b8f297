/**
 * Gives each link its context: the heading above it, its kind, and the words that relate the two notes
 * (the text after `[[X]]:` in a list item, else the sentence around the link).
 */
import { LINK_DESTINATION } from "./link-paths";
import type { LinkKind, LinkSite, ParsedLink } from "./types";
import { cleanText } from "./relation-text";
import { SentenceText, sentenceSpan } from "./sentences";

type LineType = "blank" | "heading" | "item" | "continuation" | "text" | "table" | "rule";

interface LineInfo {
	type: LineType;
	/** Characters removed from the front by stripping `>` prefixes. */
	offset: number;
	/** A line of a paragraph underlined with `===` or `---`: together those lines are one heading. */
	// Always present, so every LineInfo has one shape; there is one per line of the vault.
	setext: boolean;
}

const QUOTE = /^(?:[ \t]*>[ \t]?)+/;
const ATX = /^ {0,3}#{1,6}(?:\s|$)/;
const BOLD_LINE = /^\s*(\*\*|__)(?:(?!\1).)+\1\s*:?\s*$/;
const ITEM = /^(\s*)(?:[-*+]|\d+[.)])(?:\s+\[.\])?\s+/;
/** `> [!note] Title` opens a callout; its title line separates blocks like a rule does. */
const CALLOUT_TITLE = /^\[![\w-]+\][+-]?/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;

function classify(masked: string[]): LineInfo[] {
	const infos: LineInfo[] = [];
	let inItem = false;
	for (const line of masked) {
		const quote = QUOTE.exec(line);
		const offset = quote ? quote[0].length : 0;
		const body = line.slice(offset);
		let type: LineType;
		const previous = infos[infos.length - 1];
		if (body.trim() === "") type = "blank";
		else if (offset > 0 && CALLOUT_TITLE.test(body)) type = "rule";
		else if (previous?.type === "text" && previous.offset === offset && SETEXT_UNDERLINE.test(body)) {
			// CommonMark's setext heading: the paragraph above the underline is the heading, not text.
			for (let i = infos.length - 1; i >= 0 && infos[i]!.type === "text"; i--) {
				infos[i]!.type = "heading";
				infos[i]!.setext = true;
			}
			type = "rule";
		}
		else if (ATX.test(body) || BOLD_LINE.test(body)) type = "heading";
		else if (RULE.test(body)) type = "rule";
		else if (ITEM.test(body)) type = "item";
		else if (body.trimStart().startsWith("|")) type = "table";
		// An indented line continues the item; so does an unindented one right below its text (CommonMark's lazy
		// continuation line), which no blank line, heading, rule, table or new item came before.
		else if (inItem && (/^\s/.test(body) || ((previous?.type === "item" || previous?.type === "continuation") && previous.offset === offset))) type = "continuation";
		else type = "text";
		if (type === "item") inItem = true;
		else if (type !== "continuation") inItem = false;
		infos.push({ type, offset, setext: false });
	}
	return infos;
}

/** `sites` are links of the note's body found in `maskedText` (see mask.ts); the answer has one entry for each. */
export function describeLinks(text: string, maskedText: string, sites: readonly LinkSite[]): ParsedLink[] {
	if (sites.length === 0) return [];
	const original = text.split("\n");
	const masked = maskedText === text ? original : maskedText.split("\n");
	const infos = classify(masked);
	const headings = headingAbove(original, infos);
	const footerFrom = footerStart(masked, infos);
	const blocks: { last: JoinedBlock | null } = { last: null };
	return sites.map((link) => {
		const lineIndex = link.line - 1;
		const info = infos[lineIndex]!;
		let kind: LinkKind;
		let relation: string;
		if (lineIndex >= footerFrom) {
			kind = "footer";
			relation = cleanText(original[lineIndex]!.slice(info.offset));
		} else if (info.type === "heading") {
			kind = "heading";
			relation = headingText(original[lineIndex]!.slice(info.offset));
		} else if (info.type === "rule") {
			// A callout's title line (`> [!note] See [[X]]`): its title is the relation, not the body below it.
			kind = "prose";
			relation = cleanText(original[lineIndex]!.slice(info.offset).replace(CALLOUT_TITLE, ""));
		} else if (info.type === "item" || info.type === "continuation") {
			({ kind, relation } = describeItemLink(original, infos, link, blocks));
		} else if (info.type === "table") {
			kind = "prose";
			relation = tableCell(original[lineIndex]!, link);
		} else {
			kind = "prose";
			relation = sentenceAround(original, infos, link, blockStart(infos, lineIndex, "text"), blocks);
		}
		return {
			linkpath: link.linkpath,
			subpath: link.subpath,
			display: link.display,
			embed: link.embed,
			syntax: link.syntax,
			line: lineIndex + 1,
			column: link.column,
			end: link.end,
			kind,
			relation,
			heading: headings[lineIndex]!,
		};
	});
}

/**
 * The 1-based line where the note's footer starts; past its last line when it has none. Classifies only the
 * note's tail, from an empty line on: there a line's class no longer depends on the lines above it (an
 * empty line ends any paragraph and list item), so the tail is classified as in the whole note. The tail
 * grows while the footer, or the content it needs above it, reaches past its first line.
 */
export function footerLine(maskedText: string): number {
	const masked = maskedText.split("\n");
	// The tail at least doubles each time: a note ending in thousands of rules is classified a few times, not
	// once per four lines.
	for (let from = tailStart(masked, masked.length); ; from = tailStart(masked, Math.max(1, from - (masked.length - from)))) {
		const tail = from === 0 ? masked : masked.slice(from);
		const start = footerStartIn(tail, classify(tail), from === 0);
		if (start !== undefined) return from + start + 1;
	}
}

/** An empty line above `end` with at least four other non-empty lines before `end`, else 0. */
function tailStart(masked: readonly string[], end: number): number {
	let nonEmpty = 0;
	for (let i = end - 1; i > 0; i--) {
		const empty = masked[i]!.trim() === "";
		if (empty && nonEmpty >= 4) return i;
		if (!empty) nonEmpty++;
	}
	return 0;
}


/** A heading's words: an ATX heading's closing run of `#` goes too (`## Section ##` is "Section"). */
function headingText(line: string): string {
	return cleanText(line).replace(/(?:^|\s+)#+$/, "");
}

function headingAbove(original: string[], infos: LineInfo[]): string[] {
	const result: string[] = [];
	let current = "";
	// A link inside a heading sits under the heading above it, not under itself.
	infos.forEach((info, i) => {
		const sameHeading = info.setext && infos[i - 1]?.setext === true;
		result.push(sameHeading ? result[i - 1]! : current);
		if (info.type !== "heading") return;
		const text = headingText(original[i]!.slice(info.offset)).replace(/:$/, "");
		current = sameHeading ? `${current} ${text}` : text;
	});
	return result;
}

/**
 * The footer is the run of closing lines that hold only links and at most a short label
 * (`# [[Home]]`, `Up: [[Index]]`, `[[Prev]] | [[Next]]`). List items are never footer: a note that ends with
 * a list of links is a list, not a way back home. The note must have content above its footer.
 */
function footerStart(masked: string[], infos: LineInfo[]): number {
	return footerStartIn(masked, infos, true)!;
}

/**
 * footerStart for the lines of a tail of the note (`whole` when they are the whole note); undefined when
 * the answer depends on lines above the tail.
 */
function footerStartIn(masked: readonly string[], infos: LineInfo[], whole: boolean): number | undefined {
	let start = infos.length;
	let footerLines = 0;
	let ended = false;
	for (let i = infos.length - 1; i >= 0 && !ended; i--) {
		const info = infos[i]!;
		if (info.type === "blank" || info.type === "rule") continue;
		ended = info.type === "item" || info.type === "continuation" || info.type === "table";
		ended ||= footerLines === 3 || !isLinkOnlyLine(masked[i]!);
		if (ended) break;
		start = i;
		footerLines++;
	}
	if (!ended && !whole) return undefined;
	const hasContentAbove = infos.slice(0, start).some((info) => info.type !== "blank" && info.type !== "rule");
	if (hasContentAbove) return start;
	return whole ? infos.length : undefined;
}

// Link text holds no "[": each "[" of a long run of them fails at the next one, not at the far "]".
const LINK_IN_LINE = new RegExp(String.raw`!?\[\[[^[\]]*\]\]|!?\[[^[\]]*\]` + LINK_DESTINATION, "g");
const ONLY_SEPARATORS = /^[\s#>*_|•·,/:→←<\-–—]*$/;

/** A label of at most three words (`Up:`, `Back to the`), then links with only separators between and after. */
function isLinkOnlyLine(line: string): boolean {
	const parts = line.split(LINK_IN_LINE);
	if (parts.length < 2) return false;
	const label = parts[0]!.replace(/[#>*_|:\s]+/g, " ").trim();
	if (label.split(" ").length > 3) return false;
	return parts.slice(1).every((part) => ONLY_SEPARATORS.test(part));
}

const SEPARATOR = /^\s*(?:\*\*|__|\*|_)?\s*(?::|\s-\s|\s–\s|\s—\s)\s*(?:\*\*|__)?/;

/** `- [[X]]: text` relates by its text; a bare `- [[X]]` is a related item with no words; otherwise prose. */
function describeItemLink(original: string[], infos: LineInfo[], link: LinkSite, blocks: { last: JoinedBlock | null }): { kind: LinkKind; relation: string } {
	const lineIndex = link.line - 1;
	const start = blockStart(infos, lineIndex, "item");
	const itemLine = original[start]!.slice(infos[start]!.offset);
	const marker = ITEM.exec(itemLine);
	const contentColumn = infos[start]!.offset + (marker ? marker[0].length : 0);
	// Usually the link opens the item: nothing to strip in front of it.
	const lead = contentColumn >= link.column ? "" : original[start]!.slice(contentColumn, link.column).replace(/\*\*|__|\*/g, "").trim();
	if (lineIndex === start && lead === "") {
		const after = original[start]!.slice(link.end);
		const separator = SEPARATOR.exec(" " + after);
		const continuation = continuationLines(original, infos, start);
		const restOfItem = continuation.length === 0 ? after : [after, ...continuation].join(" ");
		// The separator was matched after a space put in front of `after`; it always covers that space.
		if (separator) return { kind: "related", relation: cleanText(restOfItem.slice(separator[0].length - 1)) };
		if (cleanText(restOfItem) === "") return { kind: "related", relation: "" };
	}
	return { kind: "prose", relation: sentenceAround(original, infos, link, start, blocks) };
}

function continuationLines(original: string[], infos: LineInfo[], start: number): string[] {
	const lines: string[] = [];
	for (let i = start + 1; i < infos.length && infos[i]!.type === "continuation"; i++) lines.push(original[i]!.slice(infos[i]!.offset));
	return lines;
}

/** The first line of the paragraph or list item that holds `lineIndex`. */
function blockStart(infos: LineInfo[], lineIndex: number, type: "text" | "item"): number {
	let start = lineIndex;
	if (type === "item") {
		while (start > 0 && infos[start]!.type === "continuation") start--;
		return start;
	}
	while (start > 0 && infos[start - 1]!.type === "text") start--;
	return start;
}

function blockEnd(infos: LineInfo[], start: number): number {
	const type = infos[start]!.type;
	let end = start + 1;
	const follows = type === "item" ? "continuation" : "text";
	while (end < infos.length && infos[end]!.type === follows) end++;
	return end;
}

/**
 * A paragraph or list item joined into one line, with where each of its lines starts there (after what
 * `text` strips from the first), kept while the note's next links are in the same block: a paragraph of
 * thousands of links is joined once, not once per link.
 */
interface JoinedBlock {
	readonly start: number;
	readonly text: string;
	/** For each line of the block: where its text starts in `text`, and how many characters of it were cut. */
	readonly lines: readonly { at: number; stripped: number }[];
	readonly sentences: SentenceText;
}

function joinBlock(original: string[], infos: LineInfo[], start: number): JoinedBlock {
	const end = blockEnd(infos, start);
	const pieces: string[] = [];
	const lines: { at: number; stripped: number }[] = [];
	let length = 0;
	for (let i = start; i < end; i++) {
		const body = original[i]!.slice(infos[i]!.offset);
		const text = i === start ? body.replace(ITEM, "") : body;
		lines.push({ at: length, stripped: body.length - text.length + infos[i]!.offset });
		pieces.push(text);
		length += text.length + 1;
	}
	const text = pieces.join(" ");
	return { start, text, lines, sentences: new SentenceText(text) };
}

/** The sentence of the block that contains the link, with links shown as their display text. */
function sentenceAround(original: string[], infos: LineInfo[], link: LinkSite, start: number, blocks: { last: JoinedBlock | null }): string {
	const joined = blocks.last?.start === start ? blocks.last : (blocks.last = joinBlock(original, infos, start));
	const line = joined.lines[link.line - 1 - start]!;
	const linkStart = line.at + (link.column - line.stripped);
	const { from, to, cutBefore, cutAfter } = sentenceSpan(joined.sentences, linkStart, linkStart + (link.end - link.column));
	const sentence = cleanText(joined.text.slice(from, to));
	return `${cutBefore ? "… " : ""}${sentence}${cutAfter ? " …" : ""}`;
}

function tableCell(line: string, link: LinkSite): string {
	const before = line.lastIndexOf("|", link.column);
	const after = line.indexOf("|", link.end);
	return cleanText(line.slice(before + 1, after < 0 ? line.length : after));
}
