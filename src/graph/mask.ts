/**
 * Finds the parts of a note where `[[...]]` is not a link: frontmatter (read separately), fenced code,
 * inline code, math, HTML comments and Obsidian `%%` comments. They are returned as offset ranges, not as a
 * blanked copy of the note: the full build reads every note once and copying each showed in its profile.
 * maskedText() makes the copy (those parts turned to spaces, newlines kept) where whole lines are needed.
 */
import { RangeScratch } from "./hidden-ranges";
import { inlineSpans } from "./inline-spans";
import type { ParseWarning } from "./types";

export interface MaskedNote {
	/**
	 * Where `[[...]]` is not a link: flat [start, end) offset pairs, in order and apart. Fences and the
	 * frontmatter hide whole lines; a link's brackets are never half hidden.
	 */
	hidden: number[];
	/** Raw frontmatter lines between the `---` fences, or null when the note has none. */
	frontmatter: { text: string; firstLine: number } | null;
	/** Lines of the fenced blocks whose language is `pymem`: the only fences a caller asks about. */
	pymemBlocks: number[];
	warnings: ParseWarning[];
}

// maskNote never re-enters: one of each serves every note.
const scratchLines = new RangeScratch();
const scratchSpans = new RangeScratch();
const scratchUnion = new RangeScratch();

export function maskNote(file: string, text: string): MaskedNote {
	const warnings: ParseWarning[] = [];
	const frontmatter = frontmatterBlock(file, text, warnings);
	/** Whole lines hidden: the frontmatter and fenced code. Inline spans are read as if these were spaces. */
	const lines = scratchLines;
	lines.count = 0;
	if (frontmatter) lines.add(0, frontmatter.end);
	const bodyStart = frontmatter ? frontmatter.end + 1 : 0;
	const pymemBlocks = findFences(file, text, bodyStart, frontmatter?.lineCount ?? 0, lines, warnings);
	const hiddenLines = lines.copy();
	const spans = scratchSpans;
	spans.count = 0;
	inlineSpans(file, text, hiddenLines, warnings, spans);
	return {
		hidden: union(hiddenLines, spans),
		frontmatter: frontmatter && { text: frontmatter.text, firstLine: 2 },
		pymemBlocks,
		warnings,
	};
}

/** The text with the hidden ranges turned to spaces, newlines kept: same length, same offsets. */
export function maskedText(text: string, hidden: readonly number[]): string {
	if (hidden.length === 0) return text;
	let out = "";
	let from = 0;
	for (let i = 0; i < hidden.length; i += 2) {
		const start = hidden[i]!;
		const end = hidden[i + 1]!;
		out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, " ");
		from = end;
	}
	return out + text.slice(from);
}

/** The frontmatter's lines between the `---` fences, how many lines it takes and where its last line ends. */
export function frontmatterBlock(
	file: string,
	text: string,
	warnings: ParseWarning[],
): { text: string; lineCount: number; end: number } | null {
	if (!text.startsWith("---")) return null;
	let lineEnd = lineEndAt(text, 0);
	if (text.slice(0, lineEnd).trimEnd() !== "---") return null;
	const bodyStart = lineEnd + 1;
	for (let lineCount = 2, start = bodyStart; start <= text.length; lineCount++, start = lineEnd + 1) {
		lineEnd = lineEndAt(text, start);
		const line = text.slice(start, lineEnd).trimEnd();
		if (line === "---" || line === "...") {
			return { text: text.slice(bodyStart, Math.max(bodyStart, start - 1)), lineCount, end: lineEnd };
		}
	}
	warnings.push({ file, line: 1, message: "frontmatter opened on line 1 is never closed; it is read as ordinary text" });
	return null;
}

/** The offset of the newline that ends the line holding `at`, or the text's length. */
function lineEndAt(text: string, at: number): number {
	const end = text.indexOf("\n", at);
	return end < 0 ? text.length : end;
}

/**
 * Finds fenced code from `from` (the first line after the frontmatter, numbered `firstLineIndex`) and adds
 * each block's lines to `hiddenLines`. Only lines holding ``` or ~~~ can open or close a fence: the search
 * jumps from one such line to the next instead of reading every line, except through a fence inside a quote
 * or a list item, which also ends where its container does (CommonMark).
 */
function findFences(
	file: string,
	text: string,
	from: number,
	firstLineIndex: number,
	hiddenLines: RangeScratch,
	warnings: ParseWarning[],
): number[] {
	const pymemBlocks: number[] = [];
	// The open fence at the top level: its marker's character and length, its line and where that line starts.
	let openChar = -1;
	let openLength = 0;
	let openLine = 0;
	let openStart = 0;
	let lineIndex = firstLineIndex;
	let counted = from;
	let backticks = text.indexOf("```", from);
	let tildes = text.indexOf("~~~", from);
	while (backticks >= 0 || tildes >= 0) {
		const at = backticks < 0 ? tildes : tildes < 0 ? backticks : Math.min(backticks, tildes);
		const start = text.lastIndexOf("\n", at) + 1;
		let end = lineEndAt(text, at);
		for (let newline = text.indexOf("\n", counted); newline >= 0 && newline < start; newline = text.indexOf("\n", newline + 1)) lineIndex++;
		counted = start;
		const markerStart = fenceMarkerStart(text, start, end);
		const markerEnd = markerStart < 0 ? -1 : fenceMarkerEnd(text, markerStart, end);
		if (markerEnd < 0) {
			// Not a fence line.
		} else if (openChar >= 0) {
			const prefix = linePrefix(text, start, markerStart);
			if (prefix.quotes === 0 && prefix.indent <= 3 && closesFence(text, markerStart, markerEnd, end, openChar, openLength)) {
				hiddenLines.add(openStart, end);
				openChar = -1;
			}
		} else {
			const char = text.charCodeAt(markerStart);
			const backtick = char === 96 /* ` */ ? text.indexOf("`", markerEnd) : -1;
			const prefix = linePrefix(text, start, markerStart);
			// The content column of a list item the marker is in; a marker indented four columns or more past it is
			// indented code or text, not a fence.
			const column = prefix.quotes === 0 && prefix.indent > 0 ? enclosingItemColumn(text, start, prefix.indent) : 0;
			if ((backtick < 0 || backtick >= end) && prefix.indent - column <= 3) {
				if (isPymemInfo(text, markerEnd, end)) pymemBlocks.push(lineIndex + 1);
				if (prefix.quotes > 0 || column > 0) {
					const block = containedFenceEnd(text, end, char, markerEnd - markerStart, prefix.quotes, column);
					hiddenLines.add(start, block.end);
					if (!block.closed) warnings.push({ file, line: lineIndex + 1, message: `code fence opened on line ${lineIndex + 1} is never closed; the rest of the note is code` });
					end = block.end;
				} else {
					openChar = char;
					openLength = markerEnd - markerStart;
					openLine = lineIndex + 1;
					openStart = start;
				}
			}
		}
		if (backticks >= 0 && backticks <= end) backticks = text.indexOf("```", end + 1);
		if (tildes >= 0 && tildes <= end) tildes = text.indexOf("~~~", end + 1);
	}
	if (openChar >= 0) {
		hiddenLines.add(openStart, text.length);
		warnings.push({ file, line: openLine, message: `code fence opened on line ${openLine} is never closed; the rest of the note is code` });
	}
	return pymemBlocks;
}

/** A closing marker: the opening's character, at least as long, and nothing but white space after it. */
function closesFence(text: string, markerStart: number, markerEnd: number, end: number, openChar: number, openLength: number): boolean {
	return markerEnd - markerStart >= openLength && text.charCodeAt(markerStart) === openChar && isBlank(text, markerEnd, end);
}

/** A line's container prefix up to `to`: how many `>` quote markers, and the columns of indent after the last. */
function linePrefix(text: string, start: number, to: number): { quotes: number; indent: number } {
	let quotes = 0;
	let column = 0;
	let indentFrom = 0;
	for (let at = start; at < to; at++) {
		const char = text.charCodeAt(at);
		if (char === 62 /* > */) {
			quotes++;
			column++;
			// One space after `>` belongs to the quote marker.
			if (text.charCodeAt(at + 1) === 32) {
				at++;
				column++;
			}
			indentFrom = column;
		} else column = char === 9 ? column + 4 - (column % 4) : column + 1;
	}
	return { quotes, indent: column - indentFrom };
}

const LIST_ITEM = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;

/**
 * The content column of the list item a line indented `indent` columns belongs to: the nearest line above
 * indented less (blank lines skipped) is that item's first line, or 0 when it is not an item (a paragraph).
 */
function enclosingItemColumn(text: string, lineStart: number, indent: number): number {
	for (let end = lineStart - 1; end > 0; ) {
		const start = text.lastIndexOf("\n", end - 1) + 1;
		const line = text.slice(start, end);
		end = start - 1;
		const { indent: lineIndent } = linePrefix(line, 0, line.length - line.trimStart().length);
		if (line.trim() === "" || lineIndent >= indent) continue;
		const item = LIST_ITEM.exec(line);
		const column = item ? linePrefix(item[1]!, 0, item[1]!.length).indent : 0;
		return column <= indent ? column : 0;
	}
	return 0;
}

/**
 * Where a fence opened inside a quote (`quotes` deep) or a list item (content at `column`) ends: at its closing
 * marker, or just before the first line that leaves the container (a line with fewer `>`, or a non-blank one
 * indented less than the item's content). `closed` is false when the note ends first.
 */
function containedFenceEnd(text: string, openEnd: number, char: number, length: number, quotes: number, column: number): { end: number; closed: boolean } {
	for (let start = openEnd + 1; start <= text.length && openEnd < text.length; ) {
		const end = lineEndAt(text, start);
		const markerStart = fenceMarkerStart(text, start, end);
		const contentAt = markerStart >= 0 ? markerStart : firstContent(text, start, end);
		const prefix = linePrefix(text, start, contentAt);
		const blank = contentAt >= end;
		if (prefix.quotes < quotes || (quotes === 0 && !blank && prefix.indent < column)) return { end: start - 1, closed: true };
		if (markerStart >= 0 && prefix.quotes === quotes && prefix.indent - column <= 3) {
			const markerEnd = fenceMarkerEnd(text, markerStart, end);
			if (markerEnd >= 0 && closesFence(text, markerStart, markerEnd, end, char, length)) return { end, closed: true };
		}
		start = end + 1;
	}
	return { end: text.length, closed: false };
}

/** The first character of the line [start, end) past spaces, tabs and `>`; end when there is none. */
function firstContent(text: string, start: number, end: number): number {
	let at = start;
	while (at < end && isFencePrefix(text.charCodeAt(at))) at++;
	return at;
}

/**
 * Where the fence marker of the line [start, end) starts, after its prefix of spaces, tabs and `>`; -1 if
 * none. With fenceMarkerEnd, reads a line as /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})(.*)$/ would, by hand:
 * this runs on every fence line of the full build.
 */
function fenceMarkerStart(text: string, start: number, end: number): number {
	let at = start;
	while (at < end && isFencePrefix(text.charCodeAt(at))) at++;
	const char = text.charCodeAt(at);
	return at < end && (char === 96 /* ` */ || char === 126) /* ~ */ ? at : -1;
}

function isFencePrefix(char: number): boolean {
	return char === 32 || char === 9 || char === 62; /* space, tab, > */
}

/** The end of a marker of three or more of the same fence character, or -1 when the line is not a fence. */
function fenceMarkerEnd(text: string, markerStart: number, end: number): number {
	const char = text.charCodeAt(markerStart);
	let at = markerStart + 1;
	while (at < end && text.charCodeAt(at) === char) at++;
	if (at - markerStart < 3) return -1;
	// The pattern's `.*$` fails on a line terminator other than \n: \r, U+2028, U+2029.
	for (let i = at; i < end; i++) {
		const next = text.charCodeAt(i);
		if (next === 13 || next === 0x2028 || next === 0x2029) return -1;
	}
	return at;
}

/** Whether text[start, end) is only white space, as trim() reads it. */
function isBlank(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) {
		const char = text.charCodeAt(at);
		// Spaces and tabs, the usual case, are read here; the rest of trim()'s white space by trim() itself.
		if (char !== 32 && char !== 9) return text.slice(at, end).trim() === "";
	}
	return true;
}

/** Whether the info string text[start, end) names the `pymem` language (see fenceLanguage). */
function isPymemInfo(text: string, start: number, end: number): boolean {
	// Most info strings are one lowercase word, read in place: fenceLanguage slices and lowercases.
	if (isLowercaseWord(text, start, end)) return end - start === 5 && text.startsWith("pymem", start);
	return fenceLanguage(text.slice(start, end)) === "pymem";
}

/** The info string's first word, lowercased, without the braces of `{pymem}`. */
function fenceLanguage(info: string): string {
	const trimmed = info.trim();
	const space = trimmed.search(/\s/);
	const word = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
	return word.includes("{") || word.includes("}") ? word.replace(/^\{|\}$/g, "") : word;
}

/** Printable ASCII other than upper case letters and braces, as most info strings are (`python`). */
function isLowercaseWord(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) {
		const char = text.charCodeAt(at);
		if (char <= 32 || char >= 127 || (char >= 65 && char <= 90) || char === 123 || char === 125) return false;
	}
	return true;
}

/** The union of two lists of ranges (flat [start, end) pairs, each in order): in order and apart. */
function union(a: number[], b: RangeScratch): number[] {
	if (b.count === 0) return a;
	if (a.length === 0) return b.copy();
	const out = scratchUnion;
	out.count = 0;
	for (let i = 0, j = 0; i < a.length || j < b.count; ) {
		const fromA = j >= b.count || (i < a.length && a[i]! <= b.at(j));
		const start = fromA ? a[i]! : b.at(j);
		const end = fromA ? a[i + 1]! : b.at(j + 1);
		if (fromA) i += 2;
		else j += 2;
		const last = out.count - 1;
		if (last > 0 && start <= out.at(last)) out.extendLast(Math.max(out.at(last), end));
		else out.add(start, end);
	}
	return out.copy();
}
