/**
 * str case mapping, padding, stripping and character predicates with Python semantics, mirroring
 * Objects/unicodeobject.c (do_upper/do_lower/do_title/do_capitalize/do_swapcase, do_strip, pad,
 * unicode_zfill_impl, unicode_expandtabs_impl, unicode_isX_impl) and Objects/unicodectype.c.
 * Character properties come from the JS engine's Unicode tables (\p{...}); documented gaps:
 * casefold is approximated by lower(upper(c)); isdigit/isnumeric add CPython's Numeric_Type
 * exceptions from unicodeTables.ts (generated from python3) to the Nd / N category tests.
 */
import { PyTypeError } from "./errors";
import { codePoints } from "./codepoints";
import { PY_WHITESPACE } from "./numberParse";
import { CATEGORY_N_NOT_NUMERIC, DIGIT_BEYOND_ND, NUMERIC_BEYOND_CATEGORY_N } from "./unicodeTables";

const CASED = /\p{Cased}/u;
const LOWERCASE = /\p{Lowercase}/u;
const UPPERCASE = /\p{Uppercase}/u;
const TITLECASE = /\p{Lt}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/** handle_capital_sigma: Σ lowercases to final ς after a cased letter and before no cased letter. */
function lowerAt(chars: readonly string[], i: number): string {
	const char = chars[i] ?? "";
	if (char !== "\u03a3") return char.toLowerCase();
	const casedOnSide = (step: number): boolean => {
		for (let j = i + step; j >= 0 && j < chars.length; j += step) {
			const c = chars[j] ?? "";
			if (!CASE_IGNORABLE.test(c)) return CASED.test(c);
		}
		return false;
	};
	return casedOnSide(-1) && !casedOnSide(1) ? "\u03c2" : "\u03c3";
}

/**
 * Characters whose titlecase (Unicode 14's, python3 3.11's) is not their uppercase with all but its first letter
 * lowered: the DŽ/LJ/NJ/DZ digraphs, ŉ, Georgian Mkhedruli (its own titlecase, not Mtavruli) and the Greek letters
 * with iota subscript, whose titlecase is the prosgegrammeni form.
 */
const TITLE_EXCEPTIONS: Record<string, string> = {
	"\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5", "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
	"\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb", "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
	"\u0149": "\u02bcN",
	"\u1fb2": "\u1fba\u0345", "\u1fb3": "\u1fbc", "\u1fb4": "\u0386\u0345", "\u1fb7": "\u0391\u0342\u0345", "\u1fbc": "\u1fbc",
	"\u1fc2": "\u1fca\u0345", "\u1fc3": "\u1fcc", "\u1fc4": "\u0389\u0345", "\u1fc7": "\u0397\u0342\u0345", "\u1fcc": "\u1fcc",
	"\u1ff2": "\u1ffa\u0345", "\u1ff3": "\u1ffc", "\u1ff4": "\u038f\u0345", "\u1ff7": "\u03a9\u0342\u0345", "\u1ffc": "\u1ffc",
};
for (let cp = 0x10d0; cp <= 0x10ff; cp++) if (cp !== 0x10fb && cp !== 0x10fc) TITLE_EXCEPTIONS[String.fromCodePoint(cp)] = String.fromCodePoint(cp);
// U+1F80..1FAF: each lowercase letter with ypogegrammeni titlecases to the prosgegrammeni letter 8 above it.
for (const row of [0x1f80, 0x1f90, 0x1fa0]) {
	for (let i = 0; i < 8; i++) {
		const title = String.fromCodePoint(row + 8 + i);
		TITLE_EXCEPTIONS[String.fromCodePoint(row + i)] = title;
		TITLE_EXCEPTIONS[title] = title;
	}
}

function toTitleChar(char: string): string {
	const special = TITLE_EXCEPTIONS[char];
	if (special) return special;
	const upper = char.toUpperCase();
	const parts = codePoints(upper);
	// Full titlecase of a multi-character mapping keeps only the first letter capital ("ß" -> "Ss").
	return parts.length > 1 ? (parts[0] ?? "") + parts.slice(1).join("").toLowerCase() : upper;
}

export const strUpper = (s: string): string => s.toUpperCase();
export const strLower = (s: string): string => s.toLowerCase();

export function strCasefold(s: string): string {
	// Capital sharp s is its own uppercase, so lower(upper) gives ß where CaseFolding.txt folds it fully to "ss".
	return codePoints(s).map((c) => (c === "\u1e9e" ? "ss" : c.toUpperCase().toLowerCase())).join("");
}

export function strTitle(s: string): string {
	let previousCased = false;
	let out = "";
	const chars = codePoints(s);
	chars.forEach((char, i) => {
		out += previousCased ? lowerAt(chars, i) : toTitleChar(char);
		previousCased = CASED.test(char);
	});
	return out;
}

export function strCapitalize(s: string): string {
	const chars = codePoints(s);
	if (chars.length === 0) return "";
	return toTitleChar(chars[0] ?? "") + chars.slice(1).join("").toLowerCase();
}

export function strSwapcase(s: string): string {
	const chars = codePoints(s);
	return chars.map((char, i) => (UPPERCASE.test(char) ? lowerAt(chars, i) : LOWERCASE.test(char) ? char.toUpperCase() : char)).join("");
}

function stripWith(s: string, chars: string | null, left: boolean, right: boolean): string {
	const items = codePoints(s);
	const strip = chars === null ? (c: string): boolean => PY_WHITESPACE.includes(c) : (c: string): boolean => codePoints(chars).includes(c);
	let start = 0;
	let end = items.length;
	if (left) while (start < end && strip(items[start] ?? "")) start++;
	if (right) while (end > start && strip(items[end - 1] ?? "")) end--;
	return items.slice(start, end).join("");
}

export const strStrip = (s: string, chars: string | null = null): string => stripWith(s, chars, true, true);
export const strLstrip = (s: string, chars: string | null = null): string => stripWith(s, chars, true, false);
export const strRstrip = (s: string, chars: string | null = null): string => stripWith(s, chars, false, true);

export const strRemoveprefix = (s: string, prefix: string): string => (prefix !== "" && s.startsWith(prefix) ? s.slice(prefix.length) : s);
export const strRemovesuffix = (s: string, suffix: string): string => (suffix !== "" && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s);

function checkFill(fill: string): void {
	if (codePoints(fill).length !== 1) throw new PyTypeError("The fill character must be exactly one character long");
}

/** str.center: pad() with left = marg/2 + (marg & width & 1). */
export function strCenter(s: string, width: number, fill = " "): string {
	checkFill(fill);
	const length = codePoints(s).length;
	if (length >= width) return s;
	const margin = width - length;
	const left = Math.floor(margin / 2) + (margin & width & 1);
	return fill.repeat(left) + s + fill.repeat(margin - left);
}

export function strLjust(s: string, width: number, fill = " "): string {
	checkFill(fill);
	return s + fill.repeat(Math.max(0, width - codePoints(s).length));
}

export function strRjust(s: string, width: number, fill = " "): string {
	checkFill(fill);
	return fill.repeat(Math.max(0, width - codePoints(s).length)) + s;
}

export function strZfill(s: string, width: number): string {
	const length = codePoints(s).length;
	if (length >= width) return s;
	const zeros = "0".repeat(width - length);
	if (s.startsWith("+") || s.startsWith("-")) return s.charAt(0) + zeros + s.slice(1);
	return zeros + s;
}

export function strExpandtabs(s: string, tabsize = 8): string {
	let out = "";
	let column = 0;
	for (const char of s) {
		if (char === "\t") {
			if (tabsize > 0) {
				const spaces = tabsize - (column % tabsize);
				out += " ".repeat(spaces);
				column += spaces;
			}
		} else {
			out += char;
			column = char === "\n" || char === "\r" ? 0 : column + 1;
		}
	}
	return out;
}

/** str.join over strings the caller already checked (TypeError for non-str items is theirs). */
export const strJoin = (sep: string, items: readonly string[]): string => items.join(sep);

function inRanges(c: string, ranges: readonly (readonly [number, number])[]): boolean {
	const code = c.codePointAt(0) ?? 0;
	return ranges.some(([low, high]) => code >= low && code <= high);
}

const every = (s: string, test: (c: string) => boolean): boolean => s !== "" && codePoints(s).every(test);

export const strIsspace = (s: string): boolean => every(s, (c) => PY_WHITESPACE.includes(c));
export const strIsalpha = (s: string): boolean => every(s, (c) => /\p{L}/u.test(c));
export const strIsdecimal = (s: string): boolean => every(s, (c) => /\p{Nd}/u.test(c));
export const strIsdigit = (s: string): boolean => every(s, (c) => /\p{Nd}/u.test(c) || inRanges(c, DIGIT_BEYOND_ND));
const isNumericChar = (c: string): boolean => (/\p{N}/u.test(c) && !inRanges(c, CATEGORY_N_NOT_NUMERIC)) || inRanges(c, NUMERIC_BEYOND_CATEGORY_N);
export const strIsnumeric = (s: string): boolean => every(s, isNumericChar);
export const strIsalnum = (s: string): boolean => every(s, (c) => /\p{L}/u.test(c) || isNumericChar(c));
export const strIsascii = (s: string): boolean => codePoints(s).every((c) => (c.codePointAt(0) ?? 0) < 0x80);

export function strIsidentifier(s: string): boolean {
	const chars = codePoints(s);
	if (chars.length === 0) return false;
	const [first, ...rest] = chars;
	return (first === "_" || /\p{XID_Start}/u.test(first ?? "")) && rest.every((c) => /\p{XID_Continue}/u.test(c));
}

export function strIslower(s: string): boolean {
	let cased = false;
	for (const c of s) {
		if (UPPERCASE.test(c) || TITLECASE.test(c)) return false;
		if (LOWERCASE.test(c)) cased = true;
	}
	return cased;
}

export function strIsupper(s: string): boolean {
	let cased = false;
	for (const c of s) {
		if (LOWERCASE.test(c) || TITLECASE.test(c)) return false;
		if (UPPERCASE.test(c)) cased = true;
	}
	return cased;
}

export function strIstitle(s: string): boolean {
	let cased = false;
	let previousCased = false;
	for (const c of s) {
		if (UPPERCASE.test(c) || TITLECASE.test(c)) {
			if (previousCased) return false;
			previousCased = cased = true;
		} else if (LOWERCASE.test(c)) {
			if (!previousCased) return false;
			previousCased = cased = true;
		} else previousCased = false;
	}
	return cased;
}
