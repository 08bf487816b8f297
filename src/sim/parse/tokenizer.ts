// Python 3.11 tokenizer: produces NAME / NUMBER / STRING / OP / NEWLINE / INDENT / DEDENT / ENDMARKER tokens with
// CPython's positions (1-based lines, UTF-8 byte columns). It mirrors Parser/tokenizer.c where errors are concerned:
// unterminated strings, unbalanced brackets and bad indentation are reported here with CPython's messages.
import { indentationError, type PythonSyntaxError, syntaxError, UnsupportedSyntaxError } from "./errors";

export type TokenType = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER" | "ERRORTOKEN";

/**
 * Why tokenizing stopped. CPython tokenizes lazily, so a parser error earlier in the file wins over a tokenizer
 * error later, except that errors the tokenizer raises itself (`overridesParserErrors`) win over parser errors
 * anywhere, and an unclosed bracket wins over a parser error on a later line.
 */
export interface TokenizerFailure {
	error: PythonSyntaxError | UnsupportedSyntaxError;
	overridesParserErrors: boolean;
	/** Line of the unclosed bracket, for "'(' was never closed". */
	unclosedBracketLine: number | null;
}

export interface Token {
	type: TokenType;
	value: string;
	lineno: number;
	col: number;
	endLineno: number;
	endCol: number;
	/** Character offsets into the normalised source, for f-string positions. */
	start: number;
	end: number;
	/** Bracket nesting after this token (CPython's tok->level). */
	depth: number;
	/** Only on the ERRORTOKEN that ends the stream when tokenizing failed. */
	failure?: TokenizerFailure;
}

/** Unwinds the scanner to `run`, which turns the failure into the stream's final ERRORTOKEN. */
class TokenizerStop extends Error {
	constructor(readonly failure: TokenizerFailure) {
		super(failure.error.message);
	}
}

function stop(error: PythonSyntaxError | UnsupportedSyntaxError, overridesParserErrors: boolean): TokenizerStop {
	return new TokenizerStop({ error, overridesParserErrors, unclosedBracketLine: null });
}

const OPERATORS = [
	"**=", "//=", ">>=", "<<=", "...", "->", ":=",
	"!=", "%=", "&=", "**", "*=", "+=", "-=", "//", "/=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
	"%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
];
const OPERATOR_SET = new Set(OPERATORS);
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const TAB_SIZE = 8;
// Sticky, so matching starts at lastIndex without copying the rest of the line.
const RADIX_NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+/y;
const DECIMAL_NUMBER = /(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?/y;
/** CPython's tokenizer MAXLEVEL. */
const MAX_BRACKET_DEPTH = 200;
const STRING_PREFIXES = new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);
const ID_START = /[\p{L}\p{Nl}_\u2118\u212E\u309B\u309C]|\u1885|\u1886/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]/u;

function isAsciiIdStart(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c: number): boolean {
	return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Normalises line endings the way CPython's reader does, so offsets count "\n" only. */
export function normaliseSource(source: string): string {
	return source.indexOf("\r") === -1 ? source : source.replace(/\r\n?/g, "\n");
}

export function tokenize(src: string): Token[] {
	return new Tokenizer(src).run();
}

class Tokenizer {
	private readonly src: string;
	private readonly tokens: Token[] = [];
	private pos = 0;
	private lineno = 1;
	private lineStart = 0;
	private lineIsAscii = true;
	private readonly indents: number[] = [0];
	private readonly brackets: { char: string; lineno: number; col: number }[] = [];

	constructor(src: string) {
		this.src = src;
	}

	/** UTF-8 byte column of a character offset on the current line. */
	byteCol(offset: number, lineStart = this.lineStart, ascii = this.lineIsAscii): number {
		if (ascii) return offset - lineStart;
		let bytes = 0;
		for (let i = lineStart; i < offset; i++) {
			const c = this.src.charCodeAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
		}
		return bytes;
	}

	private startLine(at: number): void {
		this.lineStart = at;
		let end = this.src.indexOf("\n", at);
		if (end === -1) end = this.src.length;
		// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
		this.lineIsAscii = !/[^\x00-\x7f]/.test(this.src.slice(at, end));
	}

	private push(type: TokenType, value: string, start: number, end: number, startLine: number, startCol: number): void {
		this.tokens.push({
			type, value, start, end,
			lineno: startLine, col: startCol,
			endLineno: this.lineno, endCol: this.byteCol(end), depth: this.brackets.length,
		});
	}

	run(): Token[] {
		try {
			return this.scan();
		} catch (e) {
			if (e instanceof TokenizerStop) return this.failWith(e.failure);
			throw e;
		}
	}

	private failWith(failure: TokenizerFailure): Token[] {
		const at = this.src.length;
		const line = failure.error.lineno;
		this.tokens.push({ type: "ERRORTOKEN", value: "", depth: 0, lineno: line, col: 0, endLineno: line, endCol: 0, start: at, end: at, failure });
		return this.tokens;
	}

	private scan(): Token[] {
		const src = this.src;
		this.startLine(0);
		let atLineStart = true;
		while (this.pos < src.length) {
			if (atLineStart) {
				atLineStart = false;
				this.handleIndentation();
				continue;
			}
			const c = src.charCodeAt(this.pos);
			if (c === 10) {
				if (this.brackets.length === 0 && this.lastIsContent()) {
					this.push("NEWLINE", "\n", this.pos, this.pos + 1, this.lineno, this.byteCol(this.pos));
					this.tokens[this.tokens.length - 1]!.endCol = this.byteCol(this.pos) + 1;
				}
				// Inside brackets lines join implicitly: no indentation to measure on the next one.
				atLineStart = this.brackets.length === 0;
				this.newline(this.pos + 1);
			} else if (c === 32 || c === 9 || c === 12) {
				this.pos++;
			} else if (c === 35) {
				while (this.pos < src.length && src.charCodeAt(this.pos) !== 10) this.pos++;
			} else if (c === 92) {
				this.lineContinuation();
			} else if (isAsciiIdStart(c) || c >= 0x80) {
				this.nameOrString();
			} else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
				this.number();
			} else if (c === 34 || c === 39) {
				this.string(this.pos, "");
			} else {
				this.operator();
			}
		}
		return this.finish();
	}

	private lastIsContent(): boolean {
		const last = this.tokens[this.tokens.length - 1];
		return last !== undefined && last.type !== "NEWLINE" && last.type !== "INDENT" && last.type !== "DEDENT";
	}

	private newline(next: number): void {
		this.pos = next;
		this.lineno++;
		this.startLine(next);
	}

	/** Measures a logical line's indentation and emits INDENT or DEDENT tokens. */
	private handleIndentation(): void {
		const src = this.src;
		let col = 0;
		let p = this.pos;
		for (; p < src.length; p++) {
			const c = src.charCodeAt(p);
			if (c === 32) col++;
			else if (c === 9) col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
			else if (c === 12) col = 0;
			else break;
		}
		const c = src.charCodeAt(p);
		// Blank and comment-only lines do not take part in indentation.
		if (p >= src.length || c === 10 || c === 35) {
			this.pos = p;
			return;
		}
		this.pos = p;
		const current = this.indents[this.indents.length - 1]!;
		if (col > current) {
			this.indents.push(col);
			this.push("INDENT", "", p, p, this.lineno, 0);
		} else if (col < current) {
			while (col < this.indents[this.indents.length - 1]!) {
				this.indents.pop();
				this.push("DEDENT", "", p, p, this.lineno, this.byteCol(p));
			}
			if (col !== this.indents[this.indents.length - 1]) {
				throw stop(indentationError("unindent does not match any outer indentation level", this.lineno), false);
			}
		}
	}

	private lineContinuation(): void {
		const next = this.src.charCodeAt(this.pos + 1);
		if (next !== 10) {
			if (this.pos + 1 >= this.src.length) throw stop(syntaxError("unexpected EOF while parsing", this.lineno), false);
			throw stop(syntaxError("unexpected character after line continuation character", this.lineno, this.byteCol(this.pos + 1)), false);
		}
		this.newline(this.pos + 2);
		if (this.pos >= this.src.length) throw stop(syntaxError("unexpected EOF while parsing", this.lineno - 1), false);
	}

	private nameOrString(): void {
		const src = this.src;
		const start = this.pos;
		let p = this.pos;
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
		if (p === start) return this.invalidCharacter();
		const word = src.slice(start, p);
		const q = src.charCodeAt(p);
		if ((q === 34 || q === 39) && STRING_PREFIXES.has(word.toLowerCase())) {
			this.pos = p;
			this.string(start, word.toLowerCase());
			return;
		}
		this.pos = p;
		this.push("NAME", ascii ? word : word.normalize("NFKC"), start, p, this.lineno, this.byteCol(start));
	}

	private invalidCharacter(): never {
		const cp = this.src.codePointAt(this.pos)!;
		const hex = cp.toString(16).toUpperCase().padStart(4, "0");
		const ch = String.fromCodePoint(cp);
		const printable = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch);
		const msg = printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`;
		throw stop(syntaxError(msg, this.lineno, this.byteCol(this.pos)), true);
	}

	private number(): void {
		const src = this.src;
		const start = this.pos;
		const col = this.byteCol(start);
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
			throw stop(syntaxError(`invalid ${kind} literal`, this.lineno, col + 2), true);
		}
		let end = start + text.length;
		const after = src.charCodeAt(end);
		if (!isRadix && (after === 106 || after === 74)) throw stop(new UnsupportedSyntaxError("complex numbers", this.lineno), false);
		if (after === 95 || (isRadix && isAsciiIdContinue(after)) || (!isRadix && isAsciiIdStart(after))) {
			if (!isRadix && /^\d+$/.test(text) && (after === 101 || after === 69)) end++;
			const kind = isRadix ? { x: "hexadecimal", o: "octal", b: "binary" }[text[1]!.toLowerCase() as "x" | "o" | "b"] : "decimal";
			throw stop(syntaxError(`invalid ${kind} literal`, this.lineno, this.byteCol(end)), true);
		}
		if (!isRadix && /^0+\d/.test(text.replace(/_/g, "")) && /^[\d_]+$/.test(text) && /[1-9]/.test(text)) {
			const msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
			throw stop(syntaxError(msg, this.lineno, col), true);
		}
		isRadix = false;
		text = src.slice(start, end);
		this.pos = end;
		this.push("NUMBER", text, start, end, this.lineno, col);
	}

	private string(start: number, prefix: string): void {
		const src = this.src;
		const startLine = this.lineno;
		const startCol = this.byteCol(start);
		const quote = src[this.pos]!;
		const triple = src.startsWith(quote.repeat(3), this.pos);
		const closing = triple ? quote.repeat(3) : quote;
		let p = this.pos + closing.length;
		for (;;) {
			if (p >= src.length || (!triple && src.charCodeAt(p) === 10)) {
				// At end of input CPython's line counter has not advanced past a final newline.
				const endsWithNewline = p >= src.length && src.endsWith("\n");
				const detectedAt = triple ? this.lineno - (endsWithNewline ? 1 : 0) : startLine;
				const what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
				throw stop(syntaxError(`${what} (detected at line ${detectedAt})`, startLine, startCol), true);
			}
			const c = src.charCodeAt(p);
			if (c === 92) {
				if (src.charCodeAt(p + 1) === 10) {
					this.newline(p + 2);
					p += 2;
				} else p += 2;
				continue;
			}
			if (c === 10) {
				this.newline(p + 1);
				p++;
				continue;
			}
			if (src.startsWith(closing, p)) break;
			p++;
		}
		const end = p + closing.length;
		this.pos = end;
		this.push("STRING", src.slice(start, end), start, end, startLine, startCol);
		void prefix;
	}

	private operator(): void {
		const src = this.src;
		let op = "";
		for (const len of [3, 2, 1]) {
			const cand = src.slice(this.pos, this.pos + len);
			if (cand.length === len && OPERATOR_SET.has(cand)) {
				op = cand;
				break;
			}
		}
		if (op === "") {
			// CPython hands these to the parser as one-character operators that no rule accepts: "invalid syntax".
			if ("!$?`".includes(src[this.pos]!)) op = src[this.pos]!;
			else return this.invalidCharacter();
		}
		const start = this.pos;
		const col = this.byteCol(start);
		if (Object.hasOwn(OPENERS, op)) {
			if (this.brackets.length >= MAX_BRACKET_DEPTH) throw stop(syntaxError("too many nested parentheses", this.lineno, col), true);
			this.brackets.push({ char: op, lineno: this.lineno, col });
		} else if (op === ")" || op === "]" || op === "}") {
			const open = this.brackets.pop();
			if (!open) throw stop(syntaxError(`unmatched '${op}'`, this.lineno, col), true);
			if (OPENERS[open.char] !== op) {
				const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : "";
				throw stop(syntaxError(`closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`, this.lineno, col), true);
			}
		}
		this.pos += op.length;
		this.push("OP", op, start, this.pos, this.lineno, col);
	}

	private finish(): Token[] {
		const open = this.brackets[this.brackets.length - 1];
		const end = this.src.length;
		if (open) {
			const error = syntaxError(`'${open.char}' was never closed`, open.lineno, open.col);
			return this.failWith({ error, overridesParserErrors: false, unclosedBracketLine: open.lineno });
		}
		if (this.lastIsContent()) {
			this.push("NEWLINE", "", end, end, this.lineno, this.byteCol(end));
			this.tokens[this.tokens.length - 1]!.endCol++;
		}
		// CPython places trailing DEDENTs and ENDMARKER on the line after the last one.
		const atLineStart = end === this.lineStart;
		const line = atLineStart ? this.lineno : this.lineno + 1;
		while (this.indents.length > 1) {
			this.indents.pop();
			this.tokens.push({ type: "DEDENT", value: "", depth: 0, lineno: line, col: 0, endLineno: line, endCol: 0, start: end, end });
		}
		this.tokens.push({ type: "ENDMARKER", value: "", depth: 0, lineno: line, col: 0, endLineno: line, endCol: 0, start: end, end });
		return this.tokens;
	}
}
