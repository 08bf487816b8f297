/**
 * Blanks out the parts of a note where `[[...]]` is not a link: frontmatter (read separately), fenced
 * code, inline code, math, HTML comments and Obsidian `%%` comments. The masked text keeps every
 * newline and every offset, so a link found in it has the same line and column as in the original.
 */
import type { FencedBlock, ParseWarning } from "./types";

export interface MaskedNote {
	/** The note's lines, as split at "\n". */
	lines: string[];
	/** The same lines with the parts where `[[...]]` is not a link blanked to spaces: same lengths. */
	maskedLines: string[];
	/** Raw frontmatter lines between the `---` fences, or null when the note has none. */
	frontmatter: { text: string; firstLine: number } | null;
	fencedBlocks: FencedBlock[];
	warnings: ParseWarning[];
}

const FENCE = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})(.*)$/;

export function maskNote(file: string, text: string): MaskedNote {
	const warnings: ParseWarning[] = [];
	const lines = text.split("\n");
	const frontmatter = readFrontmatter(file, lines, warnings);
	const fencedBlocks: FencedBlock[] = [];
	const blankLine = new Array<boolean>(lines.length).fill(false);
	if (frontmatter) for (let i = 0; i < frontmatter.lineCount; i++) blankLine[i] = true;

	let open: { marker: string; line: number } | null = null;
	for (let i = frontmatter?.lineCount ?? 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		// Most lines hold no fence marker: skip the regex for them.
		const fence = line.includes("```") || line.includes("~~~") ? FENCE.exec(line) : null;
		if (open) {
			blankLine[i] = true;
			if (fence && fence[2]!.startsWith(open.marker) && fence[3]!.trim() === "") open = null;
			continue;
		}
		if (fence && !(fence[2]!.startsWith("`") && fence[3]!.includes("`"))) {
			const marker = fence[2]!;
			open = { marker, line: i + 1 };
			blankLine[i] = true;
			const language = fence[3]!.trim().split(/\s+/)[0]!.toLowerCase().replace(/^\{|\}$/g, "");
			fencedBlocks.push({ language, line: i + 1 });
		}
	}
	if (open) {
		warnings.push({ file, line: open.line, message: `code fence opened on line ${open.line} is never closed; the rest of the note is code` });
	}

	const blankedLines = blankLine.includes(true) ? lines.map((line, i) => (blankLine[i] ? " ".repeat(line.length) : line)) : lines;
	const blanked = blankedLines === lines ? text : blankedLines.join("\n");
	return {
		lines,
		maskedLines: blankSpans(blankedLines, inlineSpans(file, blanked, warnings)),
		frontmatter: frontmatter && { text: frontmatter.text, firstLine: 2 },
		fencedBlocks,
		warnings,
	};
}

function readFrontmatter(
	file: string,
	lines: string[],
	warnings: ParseWarning[],
): { text: string; lineCount: number } | null {
	if ((lines[0] ?? "").trimEnd() !== "---") return null;
	for (let i = 1; i < lines.length; i++) {
		const line = (lines[i] ?? "").trimEnd();
		if (line === "---" || line === "...") return { text: lines.slice(1, i).join("\n"), lineCount: i + 1 };
	}
	warnings.push({ file, line: 1, message: "frontmatter opened on line 1 is never closed; it is read as ordinary text" });
	return null;
}

const SPECIAL = /[`$%<\\]/g;

/** Inline spans to blank, as [start, end) offsets in `text`. The first construct to open wins, as in Obsidian's renderer. */
function inlineSpans(file: string, text: string, warnings: ParseWarning[]): [number, number][] {
	const spans: [number, number][] = [];
	SPECIAL.lastIndex = 0;
	if (!SPECIAL.test(text)) return spans;
	let i = 0;
	SPECIAL.lastIndex = 0;
	for (let match = SPECIAL.exec(text); match; match = SPECIAL.exec(text)) {
		i = match.index;
		const char = text[i];
		let end = -1;
		if (char === "\\") {
			SPECIAL.lastIndex = i + 2;
			continue;
		} else if (char === "`") {
			let run = 1;
			while (text[i + run] === "`") run++;
			end = findClosingBackticks(text, i + run, run);
			if (end < 0) {
				SPECIAL.lastIndex = i + run;
				continue;
			}
		} else if (text.startsWith("<!--", i)) {
			const close = text.indexOf("-->", i + 4);
			if (close < 0) warnings.push(unclosed(file, text, i, "HTML comment"));
			end = close < 0 ? text.length : close + 3;
		} else if (text.startsWith("%%", i)) {
			const close = text.indexOf("%%", i + 2);
			if (close < 0) warnings.push(unclosed(file, text, i, "%% comment"));
			end = close < 0 ? text.length : close + 2;
		} else if (text.startsWith("$$", i)) {
			const close = text.indexOf("$$", i + 2);
			if (close < 0) {
				SPECIAL.lastIndex = i + 2;
				continue;
			}
			end = close + 2;
		} else if (char === "$") {
			end = findInlineMathEnd(text, i);
			if (end < 0) continue;
		} else {
			continue;
		}
		spans.push([i, end]);
		SPECIAL.lastIndex = end;
	}
	return spans;
}

/**
 * Blanks the spans (offsets into the lines joined with "\n") to spaces. Works on the lines, so only the
 * lines a span touches are rebuilt: joining and splitting whole notes again showed up in the build profile.
 */
function blankSpans(lines: string[], spans: readonly [number, number][]): string[] {
	if (spans.length === 0) return lines;
	const out = lines.slice();
	let line = 0;
	let lineStart = 0;
	for (const [start, end] of spans) {
		while (lineStart + lines[line]!.length < start) lineStart += lines[line++]!.length + 1;
		for (let at = start; at < end; ) {
			const text = out[line]!;
			const from = at - lineStart;
			const to = Math.min(text.length, end - lineStart);
			out[line] = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
			at = lineStart + text.length + 1;
			if (at < end) lineStart += lines[line++]!.length + 1;
		}
	}
	return out;
}

/** A code span closes at the next run of exactly `run` backticks within the same paragraph. */
function findClosingBackticks(text: string, from: number, run: number): number {
	const paragraphEnd = text.slice(from).search(/\n[ \t]*\n/);
	const limit = paragraphEnd < 0 ? text.length : from + paragraphEnd;
	let at = text.indexOf("`", from);
	while (at >= 0 && at < limit) {
		let length = 1;
		while (text[at + length] === "`") length++;
		if (length === run) return at + length;
		at = text.indexOf("`", at + length);
	}
	return -1;
}

/** `$x$` is math when the opening `$` is not followed by a space and the closing one is not preceded by one. */
function findInlineMathEnd(text: string, start: number): number {
	const next = text[start + 1];
	if (next === undefined || /\s|\$/.test(next)) return -1;
	const lineEnd = text.indexOf("\n", start);
	const limit = lineEnd < 0 ? text.length : lineEnd;
	for (let at = text.indexOf("$", start + 1); at >= 0 && at < limit; at = text.indexOf("$", at + 1)) {
		if (text[at - 1] === "\\" || /\s/.test(text[at - 1] ?? "")) continue;
		if (/\d/.test(text[at + 1] ?? "")) continue;
		return at + 1;
	}
	return -1;
}

function unclosed(file: string, text: string, offset: number, what: string): ParseWarning {
	const line = lineOfOffset(text, offset);
	return { file, line, message: `${what} opened on line ${line} is never closed; the rest of the note is hidden` };
}

export function lineOfOffset(text: string, offset: number): number {
	let line = 1;
	for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line++;
	return line;
}
