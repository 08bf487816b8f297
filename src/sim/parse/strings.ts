// String and bytes literals: prefix handling, escape decoding as CPython's unicode_escape/bytes decoders do,
// and implicit concatenation of adjacent literals (including f-strings, which become one JoinedStr).
import type * as ast from "./ast";
import { syntaxError, UnsupportedSyntaxError } from "./errors";
import { locateFStringPieces, parseFStringBody, type FStringPiece } from "./fstring";
import type { ParserState } from "./state";
import type { Token } from "./tokenizer";

const SIMPLE_ESCAPES: Record<string, string> = {
	"\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

export interface LiteralParts {
	prefix: string;
	body: string;
	/** Character offset of the body's first character in the source. */
	bodyStart: number;
}

export function splitLiteral(token: Token): LiteralParts {
	const text = token.value;
	let p = 0;
	while (text[p] !== "'" && text[p] !== '"') p++;
	const quote = text[p]!;
	const quoteLen = text.startsWith(quote.repeat(3), p) && text.length >= p + 6 ? 3 : 1;
	return {
		prefix: text.slice(0, p).toLowerCase(),
		body: text.slice(p + quoteLen, text.length - quoteLen),
		bodyStart: token.start + p + quoteLen,
	};
}

/** Decodes backslash escapes of a non-raw str literal (or a literal piece of an f-string). */
export function decodeStrEscapes(body: string, token: Token): string {
	if (body.indexOf("\\") === -1) return body;
	let out = "";
	let i = 0;
	while (i < body.length) {
		const c = body[i]!;
		if (c !== "\\") {
			out += c;
			i++;
			continue;
		}
		const e = body[i + 1] ?? "";
		if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
			out += SIMPLE_ESCAPES[e];
			i += 2;
		} else if (e >= "0" && e <= "7") {
			const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
			out += String.fromCodePoint(parseInt(m, 8));
			i += 1 + m.length;
		} else if (e === "x" || e === "u" || e === "U") {
			const width = e === "x" ? 2 : e === "u" ? 4 : 8;
			const hex = body.slice(i + 2, i + 2 + width);
			if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
				const what = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
				throw unicodeError(`truncated ${what} escape`, body, i, i + 2 + hex.replace(/[^0-9a-fA-F].*$/, "").length);
			}
			const cp = parseInt(hex, 16);
			if (cp > 0x10ffff) throw unicodeError("illegal Unicode character", body, i, i + 2 + width);
			out += String.fromCodePoint(cp);
			i += 2 + width;
		} else if (e === "N") {
			// Only a well-formed \N{name} needs Unicode's name table; a malformed one is python3's error.
			const close = body[i + 2] === "{" ? body.indexOf("}", i + 3) : -1;
			if (close > i + 3) throw new UnsupportedSyntaxError("\\N{...} escapes in strings", token.lineno);
			const stop = body[i + 2] !== "{" ? i + 2 : close === -1 ? body.length : close;
			throw unicodeError("malformed \\N character escape", body, i, stop);
		} else {
			// Unknown escapes stay as written (CPython only warns).
			out += "\\" + e;
			i += 2;
		}
	}
	return out;
}

/**
 * A literal's escape that python3 cannot decode. It is reported once the adjacent literals are read, at the
 * token after them (parseStrings turns it into that SyntaxError).
 */
class LiteralDecodeError extends Error {}

/**
 * The unicode-escape decoder's error for the escape at `start` of the body, which it read up to `stop`. Its
 * positions count the bytes the decoder was given: decode_unicode_with_escapes writes each non-ASCII
 * character as a 10-byte \\UXXXXXXXX escape (and a backslash before one as \\u005c).
 */
function unicodeError(reason: string, body: string, start: number, stop: number): LiteralDecodeError {
	const from = escapedLength(body, start);
	const to = from + escapedLength(body.slice(start, stop), stop - start) - 1;
	return new LiteralDecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${reason}`);
}

function escapedLength(body: string, end: number): number {
	let length = 0;
	for (let i = 0; i < end; ) {
		const code = body.codePointAt(i)!;
		if (code === 0x5c) {
			const next = body.codePointAt(i + 1);
			// The escaped character is copied along with its backslash, unless it is not ASCII.
			if (next !== undefined && next < 0x80) {
				length += 2;
				i += 2;
			} else {
				length += 6;
				i += 1;
			}
			continue;
		}
		length += code < 0x80 ? 1 : 10;
		i += code > 0xffff ? 2 : 1;
	}
	return length;
}

function decodeBytes(parts: LiteralParts, token: Token): number[] {
	const { body, prefix } = parts;
	const out: number[] = [];
	for (let i = 0; i < body.length; ) {
		const c = body.charCodeAt(i);
		if (c >= 0x80) throw syntaxError("bytes can only contain ASCII literal characters", token.lineno, token.col, token.endCol, token.endLineno);
		if (c !== 92 || prefix.includes("r")) {
			out.push(c);
			i++;
			continue;
		}
		const e = body[i + 1] ?? "";
		if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
			const s = SIMPLE_ESCAPES[e]!;
			if (s !== "") out.push(s.charCodeAt(0));
			i += 2;
		} else if (e >= "0" && e <= "7") {
			const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
			out.push(parseInt(m, 8) & 0xff);
			i += 1 + m.length;
		} else if (e === "x") {
			const hex = body.slice(i + 2, i + 4);
			if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
				throw new LiteralDecodeError(`(value error) invalid \\x escape at position ${i}`);
			}
			out.push(parseInt(hex, 16));
			i += 4;
		} else {
			out.push(92);
			i++;
		}
	}
	return out;
}

/** Parses one or more adjacent STRING tokens into a Constant or, if any is an f-string, a JoinedStr. */
export function parseStrings(p: ParserState): ast.Constant | ast.JoinedStr {
	const first = p.tok;
	const tokens: Token[] = [];
	while (p.tok.type === "STRING") tokens.push(p.advance());
	const last = tokens[tokens.length - 1]!;
	const loc = { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
	const parts = tokens.map(splitLiteral);
	const isBytes = parts.map((x) => x.prefix.includes("b"));
	// CPython raises this once the strings are read, at the token after them.
	if (isBytes.some((b) => b !== isBytes[0])) throw p.errorHere("cannot mix bytes and nonbytes literals");
	try {
		return decodeLiterals(p, tokens, parts, isBytes[0]!, loc);
	} catch (e) {
		if (e instanceof LiteralDecodeError) throw p.errorHere(e.message);
		throw e;
	}
}

function decodeLiterals(p: ParserState, tokens: Token[], parts: LiteralParts[], isBytes: boolean, loc: ast.Located): ast.Constant | ast.JoinedStr {
	const first = tokens[0]!;
	if (isBytes) {
		const bytes = parts.flatMap((part, k) => decodeBytes(part, tokens[k]!));
		return { kind: "Constant", value: Uint8Array.from(bytes), constKind: null, ...loc };
	}
	const hasFString = parts.some((x) => x.prefix.includes("f"));
	if (!hasFString) {
		const value = parts.map((x, k) => (x.prefix.includes("r") ? x.body : decodeStrEscapes(x.body, tokens[k]!))).join("");
		return { kind: "Constant", value, constKind: first.value.startsWith("u") ? "u" : null, ...loc };
	}
	const pieces: FStringPiece[] = [];
	parts.forEach((part, k) => {
		const token = tokens[k]!;
		if (part.prefix.includes("f")) {
			pieces.push(...parseFStringBody(p, part, token, 0));
		} else {
			pieces.push(part.prefix.includes("r") ? part.body : decodeStrEscapes(part.body, token));
		}
	});
	const values = joinPieces(pieces, loc);
	locateFStringPieces(values, loc);
	return { kind: "JoinedStr", values, ...loc };
}

/** Merges adjacent literal text into single Constants and drops empty ones, as CPython 3.11 does. */
export function joinPieces(pieces: FStringPiece[], loc: ast.Located): (ast.Constant | ast.FormattedValue)[] {
	const values: (ast.Constant | ast.FormattedValue)[] = [];
	let text = "";
	const flush = (): void => {
		if (text !== "") values.push({ kind: "Constant", value: text, constKind: null, ...loc });
		text = "";
	};
	for (const piece of pieces) {
		if (typeof piece === "string") text += piece;
		else {
			flush();
			values.push(piece);
		}
	}
	flush();
	return values;
}
