/**
 * Blanks out the parts of a note where `[[...]]` is not a link: frontmatter (read separately), fenced
 * code, inline code, math, HTML comments and Obsidian `%%` comments. The masked text keeps every
 * newline and every offset, so a link found in it has the same line and column as in the original.
 */
import type { FencedBlock, ParseWarning } from "./types";

export interface MaskedNote {
	masked: string;
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
		const fence = FENCE.exec(line);
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

	const blanked = lines.map((line, i) => (blankLine[i] ? " ".repeat(line.length) : line)).join("\n");
	const masked = maskInline(file, blanked, warnings);
	return {
		masked,
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

/** Inline spans. The first construct to open wins, as in Obsidian's renderer. */
function maskInline(file: string, text: string, warnings: ParseWarning[]): string {
	SPECIAL.lastIndex = 0;
	if (!SPECIAL.test(text)) return text;
	const spans: [number, number][] = [];
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
	if (spans.length === 0) return text;
	let out = "";
	let from = 0;
	for (const [start, end] of spans) {
		out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, " ");
		from = end;
	}
	return out + text.slice(from);
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
