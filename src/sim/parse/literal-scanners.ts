// Scanning the tokens whose extent takes work to find: numbers, strings, and names (a name may turn out to be
// a string prefix). Each scanner reads from the tokenizer's cursor, pushes its token and moves the cursor past
// it, or stops tokenizing with CPython's message (Parser/tokenizer.c) for a malformed literal.
import { stop, syntaxError } from "./errors";
import type { TokenType } from "./tokenizer";

/** The tokenizer's position, which a scanner reads and advances (a string may span lines). */
export interface ScanCursor {
	readonly src: string;
	pos: number;
	readonly lineno: number;
	/** UTF-8 byte column of a character offset on the current line. */
	byteCol(offset: number): number;
	/**
	 * Code point column of a character offset on the current line: where the tokenizer's own syntaxerror() puts
	 * the caret (it counts the decoded line), where the parser's errors count bytes.
	 */
	charCol(offset: number): number;
	/** Moves to the start of the next line at `next`. */
	newline(next: number): void;
	push(type: TokenType, value: string, start: number, end: number, startLine: number, startCol: number): void;
}

// Sticky, so matching starts at lastIndex without copying the rest of the line.
const RADIX_NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+/y;
const DECIMAL_NUMBER = /(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?/y;
const STRING_PREFIXES = new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);
const ID_START = /[\p{L}\p{Nl}_\u2118\u212E\u309B\u309C]|\u1885|\u1886/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]/u;

export function isAsciiIdStart(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c: number): boolean {
	return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

export function scanNameOrString(cursor: ScanCursor): void {
	const src = cursor.src;
	const start = cursor.pos;
	let p = cursor.pos;
	let ascii = true;
	while (p < src.length) {
		const c = src.charCodeAt(p);
		if (isAsciiIdContinue(c)) {
			p++;
			continue;
		}
		if (c < 0x80) break;
		const ch = String.fromCodePoint(src.codePointAt(p)!);
		const ok = p === start ? ID_START.test(ch) : ID_CONTINUE.test(ch);
		if (!ok) break;
		ascii = false;
		p += ch.length;
	}
	if (p === start) return invalidCharacter(cursor);
	const word = src.slice(start, p);
	const q = src.charCodeAt(p);
	if ((q === 34 || q === 39) && STRING_PREFIXES.has(word.toLowerCase())) {
		cursor.pos = p;
		scanString(cursor, start, word.toLowerCase());
		return;
	}
	cursor.pos = p;
	cursor.push("NAME", ascii ? word : word.normalize("NFKC"), start, p, cursor.lineno, cursor.byteCol(start));
}

export function invalidCharacter(cursor: ScanCursor): never {
	const cp = cursor.src.codePointAt(cursor.pos)!;
	const hex = cp.toString(16).toUpperCase().padStart(4, "0");
	const ch = String.fromCodePoint(cp);
	const printable = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch);
	const msg = printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`;
	throw stop(syntaxError(msg, cursor.lineno, cursor.charCol(cursor.pos)), true);
}

export function scanNumber(cursor: ScanCursor): void {
	const src = cursor.src;
	const start = cursor.pos;
	const col = cursor.byteCol(start);
	RADIX_NUMBER.lastIndex = start;
	let m = RADIX_NUMBER.exec(src);
	let isRadix = m !== null;
	if (!m) {
		DECIMAL_NUMBER.lastIndex = start;
		m = DECIMAL_NUMBER.exec(src);
	}
	let text = m![0];
	const prefix = src.slice(start, start + 2);
	if (!isRadix && /^0[xXoObB]/.test(prefix)) {
		const kind = { x: "hexadecimal", o: "octal", b: "binary" }[prefix[1]!.toLowerCase() as "x" | "o" | "b"];
		// CPython points just before the character it stopped on: the digit it rejects, or the prefix's letter.
		const digit = src[start + 2] ?? "";
		const at = cursor.charCol(start);
		if (/[0-9]/.test(digit)) throw stop(syntaxError(`invalid digit '${digit}' in ${kind} literal`, cursor.lineno, at + 2), true);
		throw stop(syntaxError(`invalid ${kind} literal`, cursor.lineno, at + 1), true);
	}
	let end = start + text.length;
	const after = src.charCodeAt(end);
	if (!isRadix && (after === 106 || after === 74)) {
		// An imaginary literal (`4j`, `1.5e3J`); leading zeros are allowed there (`01j` is 1j).
		end++;
		const next = src.charCodeAt(end);
		if (next === 95 || isAsciiIdContinue(next)) throw stop(syntaxError("invalid imaginary literal", cursor.lineno, cursor.charCol(end) - 1), true);
		cursor.pos = end;
		cursor.push("NUMBER", src.slice(start, end), start, end, cursor.lineno, col);
		return;
	}
	if (after === 95 || (isRadix && isAsciiIdContinue(after)) || (!isRadix && isAsciiIdStart(after))) {
		const kind = isRadix ? { x: "hexadecimal", o: "octal", b: "binary" }[text[1]!.toLowerCase() as "x" | "o" | "b"] : "decimal";
		// CPython's offset is where its tokenizer stands: past a digit of the wrong base, on an underscore, or
		// before a letter it backed up over.
		const at = cursor.charCol(end);
		if (isRadix && isDigit(after)) throw stop(syntaxError(`invalid digit '${src[end]}' in ${kind} literal`, cursor.lineno, at), true);
		// An exponent's sign with no digit after it: the tokenizer stands past the sign, which gets the caret.
		if (!isRadix && (after === 101 || after === 69) && "+-".includes(src[end + 1] ?? "")) {
			throw stop(syntaxError(`invalid ${kind} literal`, cursor.lineno, cursor.charCol(end + 1)), true);
		}
		throw stop(syntaxError(`invalid ${kind} literal`, cursor.lineno, after === 95 ? at : at - 1), true);
	}
	if (!isRadix && /^0+\d/.test(text.replace(/_/g, "")) && /^[\d_]+$/.test(text) && /[1-9]/.test(text)) {
		const msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
		// The range runs over what the tokenizer read before the first nonzero digit (zeros and underscores), in
		// bytes: syntaxerror_known_range is given them.
		throw stop(syntaxError(msg, cursor.lineno, col, col + text.search(/[1-9]/)), true);
	}
	isRadix = false;
	text = src.slice(start, end);
	cursor.pos = end;
	cursor.push("NUMBER", text, start, end, cursor.lineno, col);
}

/** A string literal whose opening quote is at the cursor; `start` is where its prefix (if any) began. */
export function scanString(cursor: ScanCursor, start: number, prefix: string): void {
	const src = cursor.src;
	const startLine = cursor.lineno;
	const startCol = cursor.byteCol(start);
	const startCharCol = cursor.charCol(start);
	const quote = src[cursor.pos]!;
	const triple = src.startsWith(quote.repeat(3), cursor.pos);
	const closing = triple ? quote.repeat(3) : quote;
	let p = cursor.pos + closing.length;
	for (;;) {
		if (p >= src.length || (!triple && src.charCodeAt(p) === 10)) {
			// At end of input CPython's line counter has not advanced past a final newline.
			const endsWithNewline = p >= src.length && src.endsWith("\n");
			const detectedAt = triple ? cursor.lineno - (endsWithNewline ? 1 : 0) : startLine;
			const what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
			throw stop(syntaxError(`${what} (detected at line ${detectedAt})`, startLine, startCharCol), true);
		}
		const c = src.charCodeAt(p);
		if (c === 92) {
			if (src.charCodeAt(p + 1) === 10) {
				cursor.newline(p + 2);
				p += 2;
			} else p += 2;
			continue;
		}
		if (c === 10) {
			cursor.newline(p + 1);
			p++;
			continue;
		}
		if (src.startsWith(closing, p)) break;
		p++;
	}
	const end = p + closing.length;
	cursor.pos = end;
	cursor.push("STRING", src.slice(start, end), start, end, startLine, startCol);
	void prefix;
}
