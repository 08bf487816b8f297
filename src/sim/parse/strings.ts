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
				throw unicodeError(`truncated ${what} escape`, out, hex, token);
			}
			const cp = parseInt(hex, 16);
			if (cp > 0x10ffff) throw unicodeError("illegal Unicode character", out, hex, token);
			out += String.fromCodePoint(cp);
			i += 2 + width;
		} else if (e === "N") {
			throw new UnsupportedSyntaxError("\\N{...} escapes in strings", token.lineno);
		} else {
			// Unknown escapes stay as written (CPython only warns).
			out += "\\" + e;
			i += 2;
		}
	}
	return out;
}

function unicodeError(reason: string, decodedSoFar: string, hex: string, token: Token): Error {
	const startByte = new TextEncoder().encode(decodedSoFar).length;
	const endByte = startByte + 1 + hex.replace(/[^0-9a-fA-F].*$/, "").length;
	return syntaxError(
		`(unicode error) 'unicodeescape' codec can't decode bytes in position ${startByte}-${endByte}: ${reason}`,
		token.lineno, token.col,
	);
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
				throw syntaxError(`(value error) invalid \\x escape at position ${out.length}`, token.lineno, token.col);
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
	if (isBytes[0]) {
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
