// The match statement (PEP 634). `match` and `case` are soft keywords: a line starting with `match` is a match
// statement only when it parses as one (`match subject:` then an indented `case`); otherwise it is an ordinary
// statement about a name `match` (`match = 1`, `match(x)`, `match[0]`).
import type * as ast from "./ast";
import { parseBlock } from "./compound";
import { isTokenizerFailure, parseNamedExpression, parseStarNamedExpression } from "./expressions";
import { checkCasePattern } from "./pattern-checks";
import { parsePatterns } from "./patterns";
import type { ParserState } from "./state";

/** The match statement at `p` (which stands on a `match` name), or null with `p` untouched when it is not one. */
export function tryParseMatch(p: ParserState): ast.Match | null {
	const saved = p.i;
	const start = p.start();
	const keyword = p.advance();
	let subject: ast.Expr;
	try {
		subject = parseSubject(p);
	} catch (e) {
		if (isTokenizerFailure(p, e)) throw e;
		p.i = saved;
		return null;
	}
	if (!p.isOp(":")) {
		// invalid_match_stmt: `match x` and a line end is "expected ':'" unless the line is another statement.
		if (p.at("NEWLINE")) return expectedColon(p, saved);
		p.i = saved;
		return null;
	}
	p.advance();
	if (!p.at("NEWLINE")) {
		p.i = saved;
		return null;
	}
	p.advance();
	if (!p.at("INDENT")) throw p.errorHere(`expected an indented block after 'match' statement on line ${keyword.lineno}`, p.tok, "IndentationError");
	if (!(p.peek().type === "NAME" && p.peek().value === "case")) {
		p.i = saved;
		return null;
	}
	p.advance();
	const cases: ast.MatchCase[] = [];
	while (p.isKeyword("case")) cases.push(parseCase(p));
	if (!p.at("DEDENT") && !p.at("ENDMARKER")) throw p.errorHere();
	p.advance();
	const node = { kind: "Match", subject, cases } as ast.Match;
	const lastBody = cases[cases.length - 1]!.body;
	const last = lastBody[lastBody.length - 1]!;
	return Object.assign(node, { lineno: start.lineno, col_offset: start.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset });
}

/** CPython's "expected ':'" after `match subject`, unless the line is another statement about a name `match`. */
function expectedColon(p: ParserState, saved: number): null {
	const at = p.tok;
	p.i = saved;
	if (lineIsOtherStatement(p)) {
		p.bareMatchHeader ??= saved;
		return null;
	}
	throw p.errorHere("expected ':'", at);
}

/** Whether the line at `p` reads as an expression statement about a name `match` (a call, a subscript...). */
function lineIsOtherStatement(p: ParserState): boolean {
	const saved = p.i;
	try {
		parseStarNamedExpression(p);
		return p.at("NEWLINE") || p.isOp("=") || p.isOp(";");
	} catch (e) {
		if (isTokenizerFailure(p, e)) throw e;
		return false;
	} finally {
		p.i = saved;
	}
}

/** subject_expr: `a, *b` (a tuple) or a named expression. */
function parseSubject(p: ParserState): ast.Expr {
	const start = p.start();
	const first = parseStarNamedExpression(p);
	if (!p.isOp(",")) {
		if (first.kind === "Starred") throw p.errorHere();
		return first;
	}
	const elts = [first];
	while (p.eatOp(",")) {
		if (p.isOp(":") || p.at("NEWLINE")) break;
		elts.push(parseStarNamedExpression(p));
	}
	return p.finish(start, { kind: "Tuple", elts, ctx: "Load" } as ast.Tuple);
}

function parseCase(p: ParserState): ast.MatchCase {
	const line = p.advance().lineno;
	const pattern = parsePatterns(p);
	const hasGuard = p.isKeyword("if");
	// Compiled before the guard and the body: its errors come first among the compiler's.
	const error = checkCasePattern(pattern, hasGuard || isLastCase(p));
	if (error) p.defer(error.message, error.at);
	const guard = hasGuard ? (p.advance(), parseNamedExpression(p)) : null;
	if (!p.isOp(":")) throw p.errorHere(p.at("NEWLINE") ? "expected ':'" : "invalid syntax");
	const body = parseBlock(p, `'case' statement on line ${line}`);
	return { kind: "match_case", pattern, guard, body };
}

/** Whether no `case` follows the block of the case whose header `p` is in (compile.c allows an irrefutable last case). */
function isLastCase(p: ParserState): boolean {
	let k = p.i;
	const at = (i: number) => p.tokens[Math.min(i, p.tokens.length - 1)]!;
	while (at(k).type !== "NEWLINE" && at(k).type !== "ENDMARKER" && !at(k).failure) k++;
	k++;
	if (at(k).type === "INDENT") {
		let depth = 0;
		for (; at(k).type !== "ENDMARKER" && !at(k).failure; k++) {
			if (at(k).type === "INDENT") depth++;
			else if (at(k).type === "DEDENT" && --depth === 0) break;
		}
		k++;
	}
	const next = at(k);
	return !(next.type === "NAME" && next.value === "case");
}
