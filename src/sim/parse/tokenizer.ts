// Python 3.11 tokenizer: produces NAME / NUMBER / STRING / OP / NEWLINE / INDENT / DEDENT / ENDMARKER tokens with
// CPython's positions (1-based lines, UTF-8 byte columns). It mirrors Parser/tokenizer.c where errors are concerned:
// unterminated strings, unbalanced brackets and bad indentation are reported here with CPython's messages.
// This file tracks lines, indentation and brackets; literal-scanners.ts scans names, numbers and strings.
import { pyLen } from "../runtime/codepoints";
import { indentationError, stop, syntaxError, type TokenizerFailure, TokenizerStop } from "./errors";
import { invalidCharacter, isAsciiIdStart, isDigit, scanNameOrString, scanNumber, scanString, type ScanCursor } from "./literal-scanners";

export type TokenType = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER" | "ERRORTOKEN";

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

const OPERATORS = [
	"**=", "//=", ">>=", "<<=", "...", "->", ":=",
	"!=", "<>", "%=", "&=", "**", "*=", "+=", "-=", "//", "/=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
	"%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
];
const OPERATOR_SET = new Set(OPERATORS);
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const TAB_SIZE = 8;
/** CPython's tokenizer MAXLEVEL. */
const MAX_BRACKET_DEPTH = 200;
/** tokenizer.c's MAXINDENT: an indent past 99 levels is "too many levels of indentation". */
const MAX_INDENT_LEVELS = 100;

/** Normalises line endings the way CPython's reader does, so offsets count "\n" only. */
export function normaliseSource(source: string): string {
	return source.indexOf("\r") === -1 ? source : source.replace(/\r\n?/g, "\n");
}

export function tokenize(src: string): Token[] {
	return new Tokenizer(src).run();
}

class Tokenizer implements ScanCursor {
	readonly src: string;
	private readonly tokens: Token[] = [];
	pos = 0;
	lineno = 1;
	private lineStart = 0;
	/** Where the last comment began (-1: none on this line yet). */
	private commentStart = -1;
	private lineIsAscii = true;
	private readonly indents: number[] = [0];
	/** The same indentation with tabs counted as one column: CPython's altindstack, for TabError. */
	private readonly altIndents: number[] = [0];
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

	charCol(offset: number): number {
		return this.lineIsAscii ? offset - this.lineStart : pyLen(this.src.slice(this.lineStart, offset));
	}

	private startLine(at: number): void {
		this.lineStart = at;
		let end = this.src.indexOf("\n", at);
		if (end === -1) end = this.src.length;
		// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
		this.lineIsAscii = !/[^\x00-\x7f]/.test(this.src.slice(at, end));
	}

	push(type: TokenType, value: string, start: number, end: number, startLine: number, startCol: number): void {
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
				if (this.brackets.length === 0 && this.lastIsContent()) this.pushNewline(this.pos, "\n");
				this.commentStart = -1;
				// Inside brackets lines join implicitly: no indentation to measure on the next one.
				atLineStart = this.brackets.length === 0;
				this.newline(this.pos + 1);
			} else if (c === 32 || c === 9 || c === 12) {
				this.pos++;
			} else if (c === 35) {
				this.commentStart = this.pos;
				while (this.pos < src.length && src.charCodeAt(this.pos) !== 10) this.pos++;
			} else if (c === 92) {
				this.lineContinuation();
			} else if (isAsciiIdStart(c) || c >= 0x80) {
				scanNameOrString(this);
			} else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
				scanNumber(this);
			} else if (c === 34 || c === 39) {
				scanString(this, this.pos, "");
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

	newline(next: number): void {
		this.pos = next;
		this.lineno++;
		this.startLine(next);
	}

	/** Measures a logical line's indentation and emits INDENT or DEDENT tokens. */
	private handleIndentation(): void {
		const src = this.src;
		let col = 0;
		let altcol = 0;
		let p = this.pos;
		for (; p < src.length; p++) {
			const c = src.charCodeAt(p);
			if (c === 32) {
				col++;
				altcol++;
			} else if (c === 9) {
				col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
				altcol++;
			} else if (c === 12) {
				col = altcol = 0;
			} else break;
		}
		const c = src.charCodeAt(p);
		// Blank and comment-only lines do not take part in indentation.
		if (p >= src.length || c === 10 || c === 35) {
			this.pos = p;
			return;
		}
		this.pos = p;
		const current = this.indents[this.indents.length - 1]!;
		const altCurrent = this.altIndents[this.altIndents.length - 1]!;
		if (col === current) {
			if (altcol !== altCurrent) throw this.tabError();
		} else if (col > current) {
			// MAXINDENT: the indentation stack holds 100 levels, the first of them column 0.
			if (this.indents.length >= MAX_INDENT_LEVELS) throw stop(indentationError("too many levels of indentation", this.lineno, 1), false);
			if (altcol <= altCurrent) throw this.tabError();
			this.indents.push(col);
			this.altIndents.push(altcol);
			this.push("INDENT", "", p, p, this.lineno, 0);
		} else {
			// tok_get counts the dedents first and fails before it hands out any: a parser waiting for an indented
			// block meets this error, not a DEDENT.
			if (!this.indents.includes(col)) {
				// CPython's tokenizer has read the whole line by then, newline included (it adds one to a last
				// line without): the offset is just past it.
				throw stop(indentationError("unindent does not match any outer indentation level", this.lineno, this.byteCol(this.lineEnd()) + 1), false);
			}
			while (col < this.indents[this.indents.length - 1]!) {
				this.indents.pop();
				this.altIndents.pop();
				this.push("DEDENT", "", p, p, this.lineno, this.byteCol(p));
			}
			if (altcol !== this.altIndents[this.altIndents.length - 1]) throw this.tabError();
		}
	}

	/** Indentation that means one thing with tabs of 8 columns and another with tabs of 1 (CPython's indenterror). */
	private tabError(): TokenizerStop {
		return stop(indentationError("inconsistent use of tabs and spaces in indentation", this.lineno, 1, "TabError"), false);
	}

	/** Where the current line ends (before its newline). */
	private lineEnd(): number {
		const end = this.src.indexOf("\n", this.lineStart);
		return end === -1 ? this.src.length : end;
	}

	private lineContinuation(): void {
		const next = this.src.charCodeAt(this.pos + 1);
		// Both EOF errors point just past the backslash, with no end (one caret).
		const afterBackslash = this.byteCol(this.pos + 1);
		if (next !== 10) {
			if (this.pos + 1 >= this.src.length) throw stop(syntaxError("unexpected EOF while parsing", this.lineno, afterBackslash, null), false);
			throw stop(syntaxError("unexpected character after line continuation character", this.lineno, afterBackslash), false);
		}
		this.newline(this.pos + 2);
		if (this.pos >= this.src.length) throw stop(syntaxError("unexpected EOF while parsing", this.lineno - 1, afterBackslash, null), false);
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
			else return invalidCharacter(this);
		}
		const start = this.pos;
		const col = this.byteCol(start);
		if (Object.hasOwn(OPENERS, op)) {
			if (this.brackets.length >= MAX_BRACKET_DEPTH) throw stop(syntaxError("too many nested parentheses", this.lineno, this.charCol(start)), true);
			this.brackets.push({ char: op, lineno: this.lineno, col });
		} else if (op === ")" || op === "]" || op === "}") {
			const open = this.brackets.pop();
			if (!open) throw stop(syntaxError(`unmatched '${op}'`, this.lineno, this.charCol(start)), true);
			if (OPENERS[open.char] !== op) {
				const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : "";
				throw stop(syntaxError(`closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`, this.lineno, this.charCol(start)), true);
			}
		}
		this.pos += op.length;
		this.push("OP", op, start, this.pos, this.lineno, col);
	}

	/**
	 * The NEWLINE ending a logical line at `at`: after a comment it starts where the comment does and ends before the
	 * line break (CPython's tok->start is set before the comment is skipped), so an error there marks the comment.
	 */
	private pushNewline(at: number, value: string): void {
		const afterComment = this.commentStart >= this.lineStart;
		this.push("NEWLINE", value, at, at + value.length, this.lineno, this.byteCol(afterComment ? this.commentStart : at));
		this.tokens[this.tokens.length - 1]!.endCol = this.byteCol(at) + (afterComment ? 0 : 1);
	}

	private finish(): Token[] {
		const open = this.brackets[this.brackets.length - 1];
		const end = this.src.length;
		if (open) {
			const error = syntaxError(`'${open.char}' was never closed`, open.lineno, open.col);
			return this.failWith({ error, overridesParserErrors: false, unclosedBracketLine: open.lineno });
		}
		if (this.lastIsContent()) this.pushNewline(end, "");
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
