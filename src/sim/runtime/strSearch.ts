/**
 * str searching, splitting and replacing with Python semantics over JS strings, mirroring
 * Objects/unicodeobject.c (unicode_find_impl via any_find_slice, unicode_count, replace,
 * split/rsplit, partition, tailmatch, splitlines) and Objects/stringlib/split.h.
 * Indices are code point indices, as in Python, even when the string holds astral characters.
 */
import { PyValueError } from "./errors";
import { codePoints, isBmpOnly } from "./codepoints";
import { PY_WHITESPACE } from "./numberParse";

/** ADJUST_INDICES: slice-style start/end (None -> null) clamped to [0, length]. */
export function adjustIndices(length: number, start: number | null = null, end: number | null = null): [number, number] {
	let s = start ?? 0;
	let e = end ?? length;
	if (e > length) e = length;
	else if (e < 0) e = Math.max(0, e + length);
	if (s < 0) s = Math.max(0, s + length);
	return [s, e];
}

/** A string as an array-like of code points with cheap slicing when it is BMP-only. */
class CodePointView {
	readonly chars: string[] | null;
	readonly length: number;
	constructor(readonly text: string) {
		this.chars = isBmpOnly(text) ? null : codePoints(text);
		this.length = this.chars ? this.chars.length : text.length;
	}
	slice(start: number, end: number = this.length): string {
		return this.chars ? this.chars.slice(start, end).join("") : this.text.slice(start, end);
	}
}

function findIn(s: string, sub: string, start: number | null, end: number | null, fromRight: boolean): number {
	const view = new CodePointView(s);
	const [begin, stop] = adjustIndices(view.length, start, end);
	if (begin > view.length || stop - begin < new CodePointView(sub).length) return -1;
	const window = new CodePointView(view.slice(begin, stop));
	const unitIndex = fromRight ? window.text.lastIndexOf(sub) : window.text.indexOf(sub);
	if (unitIndex < 0) return -1;
	return begin + (window.chars ? codePoints(window.text.slice(0, unitIndex)).length : unitIndex);
}

export function strFind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	return findIn(s, sub, start, end, false);
}

export function strRfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	return findIn(s, sub, start, end, true);
}

export function strIndex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const found = strFind(s, sub, start, end);
	if (found < 0) throw new PyValueError("substring not found");
	return found;
}

export function strRindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const found = strRfind(s, sub, start, end);
	if (found < 0) throw new PyValueError("substring not found");
	return found;
}

export function strCount(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const view = new CodePointView(s);
	const [begin, stop] = adjustIndices(view.length, start, end);
	if (begin > view.length) return 0;
	const subLength = new CodePointView(sub).length;
	if (subLength === 0) return stop >= begin ? stop - begin + 1 : 0;
	if (stop - begin < subLength) return 0;
	return view.slice(begin, stop).split(sub).length - 1;
}

export function strReplace(s: string, old: string, replacement: string, count = -1): string {
	const limit = count < 0 ? Infinity : count;
	if (old === "") {
		const chars = codePoints(s);
		let out = "";
		let done = 0;
		for (const char of chars) {
			if (done < limit) {
				out += replacement;
				done++;
			}
			out += char;
		}
		return done < limit ? out + replacement : out;
	}
	const pieces = s.split(old);
	if (pieces.length - 1 <= limit) return pieces.join(replacement);
	const head = pieces.slice(0, limit + 1).join(replacement);
	return head + old + pieces.slice(limit + 1).join(old);
}

/** startswith/endswith with a str or tuple of str (tailmatch). */
export function strStartsWith(s: string, prefix: string | readonly string[], start: number | null = null, end: number | null = null): boolean {
	return tailMatch(s, prefix, start, end, false);
}

export function strEndsWith(s: string, suffix: string | readonly string[], start: number | null = null, end: number | null = null): boolean {
	return tailMatch(s, suffix, start, end, true);
}

function tailMatch(s: string, candidates: string | readonly string[], start: number | null, end: number | null, atEnd: boolean): boolean {
	const view = new CodePointView(s);
	const [begin, stop] = adjustIndices(view.length, start, end);
	const list = typeof candidates === "string" ? [candidates] : candidates;
	return list.some((candidate) => {
		const length = new CodePointView(candidate).length;
		if (begin > view.length || stop - begin < length) return false;
		const window = view.slice(begin, stop);
		return atEnd ? window.endsWith(candidate) : window.startsWith(candidate);
	});
}

/** Py_ISSPACE: the whitespace bytes.split() and bytes.strip() know (str's is wider). */
export const ASCII_WHITESPACE = " \t\n\r\u000b\u000c";

/** str.split(sep=None, maxsplit=-1); bytes.split on a Latin-1 string with ASCII_WHITESPACE. */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1, whitespace = PY_WHITESPACE): string[] {
	const limit = maxsplit < 0 ? Infinity : maxsplit;
	const isSpace = (char: string): boolean => whitespace.includes(char);
	if (sep === null) {
		const out: string[] = [];
		let i = 0;
		while (i < s.length) {
			while (i < s.length && isSpace(s.charAt(i))) i++;
			if (i >= s.length) break;
			if (out.length >= limit) {
				out.push(s.slice(i));
				break;
			}
			let j = i;
			while (j < s.length && !isSpace(s.charAt(j))) j++;
			out.push(s.slice(i, j));
			i = j;
		}
		return out;
	}
	if (sep === "") throw new PyValueError("empty separator");
	const pieces = s.split(sep);
	if (pieces.length - 1 <= limit) return pieces;
	return [...pieces.slice(0, limit), pieces.slice(limit).join(sep)];
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1, whitespace = PY_WHITESPACE): string[] {
	const limit = maxsplit < 0 ? Infinity : maxsplit;
	const isSpace = (char: string): boolean => whitespace.includes(char);
	if (sep === null) {
		const out: string[] = [];
		let j = s.length;
		while (j > 0) {
			while (j > 0 && isSpace(s.charAt(j - 1))) j--;
			if (j <= 0) break;
			if (out.length >= limit) {
				out.unshift(s.slice(0, j));
				break;
			}
			let i = j;
			while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
			out.unshift(s.slice(i, j));
			j = i;
		}
		return out;
	}
	if (sep === "") throw new PyValueError("empty separator");
	// From the right, as rsplit_substring searches: overlapping separators match at their rightmost place
	// ("aaa".rsplit("aa") is ['a', '']).
	const out: string[] = [];
	let end = s.length;
	while (out.length < limit && end >= sep.length) {
		const at = s.lastIndexOf(sep, end - sep.length);
		if (at < 0) break;
		out.push(s.slice(at + sep.length, end));
		end = at;
	}
	out.push(s.slice(0, end));
	return out.reverse();
}

export function strPartition(s: string, sep: string): [string, string, string] {
	if (sep === "") throw new PyValueError("empty separator");
	const at = s.indexOf(sep);
	return at < 0 ? [s, "", ""] : [s.slice(0, at), sep, s.slice(at + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
	if (sep === "") throw new PyValueError("empty separator");
	const at = s.lastIndexOf(sep);
	return at < 0 ? ["", "", s] : [s.slice(0, at), sep, s.slice(at + sep.length)];
}

const LINE_BREAKS = "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029";
/** The only line boundaries bytes.splitlines() knows. */
export const BYTES_LINE_BREAKS = "\n\r";

export function strSplitlines(s: string, keepends = false, lineBreaks = LINE_BREAKS): string[] {
	const out: string[] = [];
	let start = 0;
	let i = 0;
	while (i < s.length) {
		if (!lineBreaks.includes(s.charAt(i))) {
			i++;
			continue;
		}
		const breakLength = s.charAt(i) === "\r" && s.charAt(i + 1) === "\n" ? 2 : 1;
		out.push(s.slice(start, keepends ? i + breakLength : i));
		i += breakLength;
		start = i;
	}
	if (start < s.length) out.push(s.slice(start));
	return out;
}
