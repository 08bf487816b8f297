/**
 * The inline parts of a note where `[[...]]` is not a link: code spans, math, HTML comments and `%%`
 * comments, found after the fenced code (mask.ts) and read as if those lines were spaces.
 */
import { hiddenUntil, indexOfVisible, type RangeScratch } from "./hidden-ranges";
import type { ParseWarning } from "./types";

/**
 * Finds, from `from` on, the next character that can open an inline span: a backtick, `$`, `\`, or the
 * start of `<!--` or `%%` (a lone `<` or `%` opens nothing). One indexOf per kind, each repeated only once
 * the scan has passed its answer: a regex character class read every character of every note.
 */
class SpecialFinder {
	private text = "";
	private backtick = -2;
	private dollar = -2;
	private backslash = -2;
	private comment = -2;
	private percent = -2;

	/** Starts over on another text: one finder serves every note, none of which needs one of its own. */
	reset(text: string): SpecialFinder {
		this.text = text;
		this.backtick = this.dollar = this.backslash = this.comment = this.percent = -2;
		return this;
	}

	next(from: number): number {
		const text = this.text;
		if (this.backtick !== -1 && this.backtick < from) this.backtick = text.indexOf("`", from);
		if (this.dollar !== -1 && this.dollar < from) this.dollar = text.indexOf("$", from);
		if (this.backslash !== -1 && this.backslash < from) this.backslash = text.indexOf("\\", from);
		if (this.comment !== -1 && this.comment < from) this.comment = text.indexOf("<!--", from);
		if (this.percent !== -1 && this.percent < from) this.percent = text.indexOf("%%", from);
		let first = this.backtick;
		if (this.dollar !== -1 && (first === -1 || this.dollar < first)) first = this.dollar;
		if (this.backslash !== -1 && (first === -1 || this.backslash < first)) first = this.backslash;
		if (this.comment !== -1 && (first === -1 || this.comment < first)) first = this.comment;
		if (this.percent !== -1 && (first === -1 || this.percent < first)) first = this.percent;
		return first;
	}
}

const finder = new SpecialFinder();

/**
 * Adds the inline spans to hide to `spans`, in order. The first construct to open wins, as in Obsidian's
 * renderer. Read as if `hiddenLines` were spaces: nothing in them opens or closes a span.
 */
export function inlineSpans(file: string, text: string, hiddenLines: readonly number[], warnings: ParseWarning[], spans: RangeScratch): void {
	const specials = finder.reset(text);
	const paragraphs = new ParagraphEnds(text, hiddenLines);
	const mathEnds = new InlineMathEnds(text);
	for (let i = specials.next(0), from = 0; i >= 0; i = specials.next(from)) {
		from = i + 1;
		const hiddenEnd = hiddenUntil(hiddenLines, i);
		if (hiddenEnd >= 0) {
			from = hiddenEnd;
			continue;
		}
		const char = text.charCodeAt(i);
		let end = -1;
		if (char === 92 /* \ */) {
			from = i + 2;
			continue;
		} else if (char === 96 /* ` */) {
			let run = 1;
			while (text.charCodeAt(i + run) === 96) run++;
			end = findClosingBackticks(text, i + run, run, hiddenLines, paragraphs);
			if (end < 0) {
				from = i + run;
				continue;
			}
		} else if (char === 60 /* < */) {
			const close = indexOfVisible(text, "-->", i + 4, hiddenLines);
			if (close < 0) warnings.push(unclosed(file, text, i, "HTML comment"));
			end = close < 0 ? text.length : close + 3;
		} else if (char === 37 /* % */) {
			const close = indexOfVisible(text, "%%", i + 2, hiddenLines);
			if (close < 0) warnings.push(unclosed(file, text, i, "%% comment"));
			end = close < 0 ? text.length : close + 2;
		} else if (text.charCodeAt(i + 1) === 36 /* $$ */) {
			const close = indexOfVisible(text, "$$", i + 2, hiddenLines);
			if (close < 0) {
				from = i + 2;
				continue;
			}
			end = close + 2;
		} else {
			end = mathEnds.after(i);
			if (end < 0) continue;
		}
		spans.add(i, end);
		from = end;
	}
	// The finder outlives the call: it must not keep the note's text alive.
	specials.reset("");
}

/** A code span closes at the next run of exactly `run` backticks within the same paragraph. */
function findClosingBackticks(text: string, from: number, run: number, hiddenLines: readonly number[], paragraphs: ParagraphEnds): number {
	const paragraphEnd = paragraphs.after(from);
	const limit = paragraphEnd < 0 ? text.length : paragraphEnd;
	let at = indexOfVisible(text, "`", from, hiddenLines);
	while (at >= 0 && at < limit) {
		let length = 1;
		while (text[at + length] === "`") length++;
		if (length === run) return at + length;
		at = indexOfVisible(text, "`", at + length, hiddenLines);
	}
	return -1;
}

/**
 * findParagraphEnd with its last answer kept: the scan asks from ever later offsets, most of them inside the
 * paragraph it asked about last (a long list of code spans would otherwise search to its end again each time).
 */
class ParagraphEnds {
	private from = -1;
	private end = -1;

	constructor(
		private readonly text: string,
		private readonly hiddenLines: readonly number[],
	) {}

	after(from: number): number {
		if (this.from >= 0 && from >= this.from && (this.end < 0 || from <= this.end)) return this.end;
		this.from = from;
		this.end = findParagraphEnd(this.text, from, this.hiddenLines);
		return this.end;
	}
}

/**
 * The first "\n" at or after `from` that is followed by a line of only spaces and tabs and another "\n"
 * (a hidden line counts as spaces), or -1: where /\n[ \t]*\n/ would match in the blanked text.
 */
function findParagraphEnd(text: string, from: number, hiddenLines: readonly number[]): number {
	for (let newline = text.indexOf("\n", from); newline >= 0; ) {
		const next = text.indexOf("\n", newline + 1);
		if (next < 0) return -1;
		if (hiddenUntil(hiddenLines, newline + 1) >= 0 || isSpacesAndTabs(text, newline + 1, next)) return newline;
		newline = next;
	}
	return -1;
}

function isSpacesAndTabs(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) {
		const char = text.charCodeAt(at);
		if (char !== 32 && char !== 9) return false;
	}
	return true;
}

/**
 * `$x$` is math when the opening `$` is not followed by a space and the closing one (on the same line) is not
 * preceded by one nor followed by a digit. The last search is kept: no closing `$` lies between its start and the
 * one it found, so a later start before that one finds the same (a line of many `$` that never close would
 * otherwise be searched to its end from each of them).
 */
class InlineMathEnds {
	private from = -1;
	private end = -1;
	private lineEnd = -1;

	constructor(private readonly text: string) {}

	/** The end of the inline math opened by the `$` at `start`, or -1. */
	after(start: number): number {
		const text = this.text;
		const next = text[start + 1];
		if (next === undefined || /\s|\$/.test(next)) return -1;
		const kept = this.from >= 0 && start > this.from && start < this.lineEnd && (this.end < 0 || start < this.end - 2);
		if (kept) return this.end;
		this.from = start;
		const lineEnd = text.indexOf("\n", start);
		this.lineEnd = lineEnd < 0 ? text.length : lineEnd;
		this.end = -1;
		for (let at = text.indexOf("$", start + 1); at >= 0 && at < this.lineEnd; at = text.indexOf("$", at + 1)) {
			if (text[at - 1] === "\\" || /\s/.test(text[at - 1] ?? "")) continue;
			if (/\d/.test(text[at + 1] ?? "")) continue;
			this.end = at + 1;
			break;
		}
		return this.end;
	}
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
