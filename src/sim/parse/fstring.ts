// f-string bodies, following CPython 3.11's Parser/string_parser.c: literal text with {{ }} and escapes,
// replacement fields `{expr[=][!conv][:spec]}` whose expression is parsed as `(expr)` with real source positions,
// and format specs that may hold nested fields (two levels at most).
import type * as ast from "./ast";
import { PythonSyntaxError } from "./errors";
import { parseFStringExpression } from "./expressions";
import { ParserState } from "./state";
import type { LiteralParts } from "./strings";
import { decodeStrEscapes, joinPieces } from "./strings";
import { tokenize, type Token } from "./tokenizer";

/** Literal text, or a replacement field whose location is filled in once the whole literal is known. */
export type FStringPiece = string | ast.FormattedValue;

const PLACEHOLDER_LOC: ast.Located = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

interface Cursor {
	p: ParserState;
	body: string;
	pos: number;
	raw: boolean;
	token: Token;
	bodyStart: number;
}

export function parseFStringBody(p: ParserState, part: LiteralParts, token: Token, depth: number): FStringPiece[] {
	const cur: Cursor = { p, body: part.body, pos: 0, raw: part.prefix.includes("r"), token, bodyStart: part.bodyStart };
	const pieces = parsePieces(cur, depth);
	if (cur.pos < cur.body.length) throw fError(cur, "f-string: single '}' is not allowed");
	return pieces;
}

/** string_parser.c's errors come once the strings are read: CPython reports them at the token after the last. */
function fError(cur: Cursor, msg: string): Error {
	return cur.p.errorHere(msg);
}

/** Reads pieces until the end of the body, or (inside a format spec) the `}` closing the field. */
function parsePieces(cur: Cursor, depth: number): FStringPiece[] {
	const pieces: FStringPiece[] = [];
	const { body } = cur;
	while (cur.pos < body.length) {
		let literal = "";
		while (cur.pos < body.length) {
			const ch = body[cur.pos]!;
			if (ch === "\\" && !cur.raw) {
				// fstring_find_literal: a `\N{name}` escape's braces are the escape's, not a replacement field.
				const end = body[cur.pos + 1] !== "N" ? cur.pos + 2 : body[cur.pos + 2] !== "{" ? cur.pos + 3 : escapeNameEnd(body, cur.pos + 3);
				literal += body.slice(cur.pos, end);
				cur.pos = end;
				continue;
			}
			if (ch === "{" || ch === "}") {
				if (depth === 0 && body[cur.pos + 1] === ch) {
					literal += ch;
					cur.pos += 2;
					continue;
				}
				if (depth === 0 && ch === "}") throw fError(cur, "f-string: single '}' is not allowed");
				break;
			}
			literal += ch;
			cur.pos++;
		}
		if (literal !== "") pieces.push(cur.raw ? literal : decodeStrEscapes(literal, cur.token));
		if (cur.pos >= body.length || body[cur.pos] === "}") break;
		pieces.push(...parseField(cur, depth));
	}
	return pieces;
}

/** Past the `}` that closes a `\N{` escape's name starting at `from`, or the end of the body without one. */
function escapeNameEnd(body: string, from: number): number {
	const close = body.indexOf("}", from);
	return close === -1 ? body.length : close + 1;
}

/** Scans the expression of a replacement field; returns where it ends (at `!`, `:`, `=` or `}`). */
function scanExpression(cur: Cursor): number {
	const { body } = cur;
	// fstring_find_expr's parenstack: the brackets open in the expression, innermost last.
	const open: string[] = [];
	let quote = "";
	let i = cur.pos;
	for (; i < body.length; i++) {
		const ch = body[i]!;
		if (ch === "\\") throw fError(cur, "f-string expression part cannot include a backslash");
		if (quote) {
			if (body.startsWith(quote, i)) {
				i += quote.length - 1;
				quote = "";
			}
			continue;
		}
		if (ch === "'" || ch === '"') {
			quote = body.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
			i += quote.length - 1;
		} else if (ch === "[" || ch === "(" || ch === "{") {
			if (open.length >= MAX_NESTED_BRACKETS) throw fError(cur, "f-string: too many nested parenthesis");
			open.push(ch);
		} else if (ch === "#") {
			throw fError(cur, "f-string expression part cannot include '#'");
		} else if (open.length === 0 && "!:}=<>".includes(ch)) {
			const next = body[i + 1];
			if (next === "=" && ch !== ":" && ch !== "}") {
				i++;
				continue;
			}
			if (ch === "<" || ch === ">") continue;
			break;
		} else if (ch === "]" || ch === ")" || ch === "}") {
			const opening = open.pop();
			if (opening === undefined) throw fError(cur, `f-string: unmatched '${ch}'`);
			if (CLOSING[opening] !== ch) throw fError(cur, `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
		}
	}
	if (quote) throw fError(cur, "f-string: unterminated string");
	if (open.length > 0) throw fError(cur, `f-string: unmatched '${open[open.length - 1]}'`);
	return i;
}

/** fstring_find_expr's MAXLEVEL. */
const MAX_NESTED_BRACKETS = 200;
const CLOSING: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

function parseField(cur: Cursor, depth: number): FStringPiece[] {
	if (depth >= 2) throw fError(cur, "f-string: expressions nested too deeply");
	const { body } = cur;
	cur.pos++; // the opening brace
	const exprStart = cur.pos;
	const exprEnd = scanExpression(cur);
	if (exprEnd >= body.length) throw fError(cur, "f-string: expecting '}'");
	const exprText = body.slice(exprStart, exprEnd);
	// fstring_compile_expr: only these whitespace characters leave the expression empty.
	if (/^[ \t\n\f]*$/.test(exprText)) {
		const after = body[exprEnd]!;
		throw fError(cur, "!:=".includes(after) ? `f-string: expression required before '${after}'` : "f-string: empty expression not allowed");
	}
	const value = compileExpression(cur, exprText, cur.bodyStart + exprStart);
	cur.pos = exprEnd;
	const pieces: FStringPiece[] = [];
	let selfDocumenting = false;
	if (body[cur.pos] === "=") {
		cur.pos++;
		while (/\s/.test(body[cur.pos] ?? "")) cur.pos++;
		pieces.push(body.slice(exprStart, cur.pos));
		selfDocumenting = true;
	}
	let conversion = -1;
	if (body[cur.pos] === "!") {
		const c = body[cur.pos + 1];
		if (c === undefined) throw fError(cur, "f-string: expecting '}'");
		if (c !== "s" && c !== "r" && c !== "a") {
			throw fError(cur, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
		}
		conversion = c.charCodeAt(0);
		cur.pos += 2;
	}
	let formatSpec: ast.JoinedStr | null = null;
	if (body[cur.pos] === ":") {
		cur.pos++;
		const specPieces = parsePieces(cur, depth + 1);
		formatSpec = { kind: "JoinedStr", values: joinPieces(specPieces, PLACEHOLDER_LOC), ...PLACEHOLDER_LOC };
	}
	if (body[cur.pos] !== "}") throw fError(cur, "f-string: expecting '}'");
	cur.pos++;
	if (selfDocumenting && conversion === -1 && formatSpec === null) conversion = "r".charCodeAt(0);
	pieces.push({ kind: "FormattedValue", value, conversion, format_spec: formatSpec, ...PLACEHOLDER_LOC });
	return pieces;
}

/** Parses the field's expression with positions shifted to where it sits in the source. */
function compileExpression(cur: Cursor, text: string, sourceOffset: number): ast.Expr {
	const src = cur.p.source;
	const lineStart = src.lastIndexOf("\n", sourceOffset - 1) + 1;
	const line = cur.token.lineno + countNewlines(src, cur.token.start, sourceOffset);
	const col = new TextEncoder().encode(src.slice(lineStart, sourceOffset)).length;
	let tokens: Token[];
	try {
		tokens = tokenize(`(${text})`);
	} catch {
		throw fError(cur, "f-string: invalid syntax");
	}
	// Where the "(" CPython wraps the expression in would sit in the source: the field's brace.
	const parenCol = col - 1;
	for (const t of tokens) {
		if (t.lineno === 1) t.col += col - 1;
		if (t.endLineno === 1) t.endCol += col - 1;
		t.lineno += line - 1;
		t.endLineno += line - 1;
	}
	const sub = new ParserState(tokens, src);
	sub.scope = cur.p.scope;
	const tokenizerError = tokens[tokens.length - 1]!.failure?.error;
	const expression = parseFStringExpression(sub, (e) =>
		e === tokenizerError ? tokenizerErrorInExpression(e, `(${text})\n`, line) : expressionError(e, `(${text})\n`, line, parenCol),
	);
	sub.passDeferredTo(cur.p);
	return expression;
}

/**
 * An error in a field's expression as CPython 3.11 reports it: on the source line, but with columns and text
 * those of the `(expression)` string it parsed on its own.
 */
function expressionError(e: PythonSyntaxError, text: string, line: number, parenCol: number): PythonSyntaxError {
	const relative = (offset: number | null, lineno: number): number | null =>
		offset === null || lineno !== line ? offset : offset - parenCol;
	const range = { offset: relative(e.offset, e.lineno), endLineno: e.endLineno, endOffset: relative(e.endOffset, e.endLineno) };
	return new PythonSyntaxError(`f-string: ${e.msg}`, e.lineno, range, e.kind, { literal: text });
}

/**
 * An error the tokenizer raised itself in a field's expression: python3 reports it with its own message (no
 * "f-string: ") and the columns it has in the `(expression)` string, on the field's line.
 */
function tokenizerErrorInExpression(e: PythonSyntaxError, text: string, line: number): PythonSyntaxError {
	const range = { offset: e.offset, endLineno: line + (e.endLineno ?? e.lineno) - e.lineno, endOffset: e.endOffset };
	return new PythonSyntaxError(e.msg, line + e.lineno - 1, range, e.kind, { literal: text });
}

function countNewlines(src: string, from: number, to: number): number {
	let n = 0;
	for (let i = src.indexOf("\n", from); i !== -1 && i < to; i = src.indexOf("\n", i + 1)) n++;
	return n;
}

/** Gives every piece of an f-string the location of the whole literal, as CPython 3.11 does. */
export function locateFStringPieces(values: (ast.Constant | ast.FormattedValue)[], loc: ast.Located): void {
	for (const v of values) {
		Object.assign(v, loc);
		if (v.kind === "FormattedValue" && v.format_spec) {
			Object.assign(v.format_spec, loc);
			locateFStringPieces(v.format_spec.values, loc);
		}
	}
}
