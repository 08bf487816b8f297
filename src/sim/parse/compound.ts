// Compound statements: if/while/for/try/with, function and class definitions with decorators, and their
// blocks. A node ends where its last nested statement ends, as in CPython.
import type * as ast from "./ast";
import { UnsupportedSyntaxError, syntaxError } from "./errors";
import { parseExpression, parseNamedExpression, parseStarExpressions, startsExpression } from "./expressions";
import { parseParameters } from "./params";
import { parseArguments } from "./primary";
import type { ParserState, Start } from "./state";
import { parseSimpleStatements, parseStatement } from "./statements";
import { parseTargetItem, parseTargetList, toTarget } from "./targets";

export const COMPOUND_KEYWORDS = new Set(["if", "while", "for", "try", "with", "def", "class", "async"]);

/** Ends a compound statement at its last real token (a trailing `;` counts), as CPython's EXTRA does. */
function endWith<T extends object>(p: ParserState, start: Start, node: T): T & ast.Located {
	let k = p.i - 1;
	while (k > 0 && ["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"].includes(p.tokens[k]!.type)) k--;
	const last = p.tokens[k]!;
	return Object.assign(node, {
		lineno: start.lineno, col_offset: start.col_offset, end_lineno: last.endLineno, end_col_offset: last.endCol,
	});
}

/**
 * `':' block`, where `what` names the header for CPython's "expected an indented block after ..." message.
 * A missing colon is "expected ':'" right away after def/else/try/finally (forced tokens in python.gram), but
 * after the other headers only when the line ends there; otherwise it is a plain "invalid syntax".
 */
export function parseBlock(p: ParserState, what: string): ast.Stmt[] {
	const forced = /^(function definition|'else'|'try'|'finally')/.test(what);
	if (!p.isOp(":")) throw p.errorHere(forced || p.at("NEWLINE") ? "expected ':'" : "invalid syntax");
	p.advance();
	// block: NEWLINE INDENT statements DEDENT | simple_stmts; a compound statement cannot follow on the same line.
	if (p.tok.type !== "NEWLINE") return parseSimpleStatements(p);
	p.advance();
	if (!p.at("INDENT")) throw p.errorHere(`expected an indented block after ${what}`, p.tok, "IndentationError");
	p.advance();
	const body: ast.Stmt[] = [];
	while (!p.at("DEDENT") && !p.at("ENDMARKER")) body.push(...parseStatement(p));
	p.advance();
	return body;
}

function withScope<T>(p: ParserState, patch: Partial<ParserState["scope"]>, run: () => T): T {
	const outer = p.scope;
	p.scope = { ...outer, ...patch };
	try {
		return run();
	} finally {
		p.scope = outer;
	}
}

export function parseCompound(p: ParserState): ast.Stmt {
	const t = p.tok;
	switch (t.value) {
		case "if": return parseIf(p, "if");
		case "while": return parseWhile(p);
		case "for": return parseFor(p);
		case "try": return parseTry(p);
		case "with": return parseWith(p);
		case "async":
			return refuseAsync(p);
		default: return parseDecorated(p);
	}
}

function parseTest(p: ParserState): ast.Expr {
	return parseNamedExpression(p);
}

function parseIf(p: ParserState, keyword: "if" | "elif"): ast.If {
	const start = p.start();
	const line = p.advance().lineno;
	const test = parseTest(p);
	const body = parseBlock(p, `'${keyword}' statement on line ${line}`);
	let orelse: ast.Stmt[] = [];
	if (p.isKeyword("elif")) orelse = [parseIf(p, "elif")];
	else if (p.isKeyword("else")) orelse = parseElse(p);
	return endWith(p, start, { kind: "If", test, body, orelse } as ast.If);
}

function parseElse(p: ParserState): ast.Stmt[] {
	const line = p.advance().lineno;
	return parseBlock(p, `'else' statement on line ${line}`);
}

function parseWhile(p: ParserState): ast.While {
	const start = p.start();
	const line = p.advance().lineno;
	const test = parseTest(p);
	const body = withScope(p, { inLoop: true }, () => parseBlock(p, `'while' statement on line ${line}`));
	const orelse = p.isKeyword("else") ? parseElse(p) : [];
	return endWith(p, start, { kind: "While", test, body, orelse } as ast.While);
}

function parseFor(p: ParserState): ast.For {
	const start = p.start();
	const line = p.advance().lineno;
	const target = toTarget(p, parseTargetList(p), "assign");
	p.expectKeyword("in");
	const iter = parseStarExpressions(p);
	const body = withScope(p, { inLoop: true }, () => parseBlock(p, `'for' statement on line ${line}`));
	const orelse = p.isKeyword("else") ? parseElse(p) : [];
	return endWith(p, start, { kind: "For", target, iter, body, orelse, type_comment: null } as ast.For);
}

const MIXED_EXCEPT = "cannot have both 'except' and 'except*' on the same 'try'";

function parseTry(p: ParserState): ast.Try | ast.TryStar {
	const start = p.start();
	const line = p.advance().lineno;
	const body = parseBlock(p, `'try' statement on line ${line}`);
	const handlers: ast.ExceptHandler[] = [];
	let star = false;
	let bareExcept: ast.ExceptHandler | null = null;
	let plain = false;
	while (p.isKeyword("except")) {
		if (bareExcept) p.defer("default 'except:' must be last", bareExcept);
		const hStart = p.start();
		const exceptToken = p.advance();
		const hLine = exceptToken.lineno;
		const starToken = p.isOp("*") ? p.advance() : null;
		if (starToken) {
			// invalid_except_star_stmt and invalid_try_stmt's two mixes, with their ranges.
			if (p.isOp(":") || p.at("NEWLINE")) throw p.errorHere("expected one or more exception types");
			if (plain) throw syntaxError(MIXED_EXCEPT, exceptToken.lineno, exceptToken.col, starToken.endCol, starToken.endLineno);
			star = true;
		} else if (star) throw p.errorHere(MIXED_EXCEPT, exceptToken);
		else plain = true;
		let type: ast.Expr | null = null;
		let name: string | null = null;
		if (!p.isOp(":")) {
			type = parseExpression(p);
			if (p.isOp(",")) throw p.errorOver("multiple exception types must be parenthesized", type, p.headerColon());
			if (p.eatKeyword("as")) name = p.expectName().value;
		}
		const hBody = withScope(p, star ? { inExceptStar: true } : {}, () => parseBlock(p, `'except${star ? "*" : ""}' statement on line ${hLine}`));
		const handler = endWith(p, hStart, { kind: "ExceptHandler", type, name, body: hBody } as ast.ExceptHandler);
		if (type === null) bareExcept = handler;
		handlers.push(handler);
	}
	const orelse = handlers.length > 0 && p.isKeyword("else") ? parseElse(p) : [];
	let finalbody: ast.Stmt[] = [];
	if (p.isKeyword("finally")) {
		const fLine = p.advance().lineno;
		finalbody = parseBlock(p, `'finally' statement on line ${fLine}`);
	}
	if (handlers.length === 0 && finalbody.length === 0) throw p.errorHere("expected 'except' or 'finally' block");
	const kind = star ? "TryStar" : "Try";
	return endWith(p, start, { kind, body, handlers, orelse, finalbody } as ast.Try | ast.TryStar);
}

function parseWithItem(p: ParserState): ast.WithItem {
	const context_expr = parseExpression(p);
	let optional_vars: ast.Expr | null = null;
	if (p.eatKeyword("as")) optional_vars = toTarget(p, parseTargetItem(p), "assign");
	return { kind: "withitem", context_expr, optional_vars };
}

function parseWith(p: ParserState): ast.With {
	const start = p.start();
	const line = p.advance().lineno;
	let items: ast.WithItem[] | null = null;
	if (p.isOp("(")) items = tryParenthesizedWithItems(p);
	if (items === null) {
		items = [parseWithItem(p)];
		while (p.eatOp(",")) items.push(parseWithItem(p));
	}
	const body = parseBlock(p, `'with' statement on line ${line}`);
	return endWith(p, start, { kind: "With", items, body, type_comment: null } as ast.With);
}

/** `with (a as b, c):` - only when the parenthesis closes right before the colon; else it was an expression. */
function tryParenthesizedWithItems(p: ParserState): ast.WithItem[] | null {
	const saved = p.i;
	try {
		p.advance();
		const items: ast.WithItem[] = [];
		while (!p.isOp(")")) {
			items.push(parseWithItem(p));
			if (!p.eatOp(",")) break;
		}
		p.expectOp(")");
		if (p.isOp(":") && items.length > 0) return items;
	} catch {
		// Not the parenthesised form: parse again as ordinary items.
	}
	p.i = saved;
	return null;
}

/** `async def`, `async for` and `async with` are outside the subset; `async` before anything else is invalid syntax. */
function refuseAsync(p: ParserState): never {
	const next = p.peek();
	const construct = next.value === "def" ? "async functions" : next.value === "for" ? "async for loops" : next.value === "with" ? "async with statements" : null;
	if (construct) throw new UnsupportedSyntaxError(construct, p.tok.lineno);
	p.advance();
	throw p.errorHere();
}

function parseDecorated(p: ParserState): ast.FunctionDef | ast.ClassDef {
	const decorators: ast.Expr[] = [];
	while (p.eatOp("@")) {
		decorators.push(parseNamedExpression(p));
		if (p.tok.type !== "NEWLINE") throw p.errorHere();
		p.advance();
	}
	if (p.isKeyword("async")) return refuseAsync(p);
	if (p.isKeyword("class")) return parseClass(p, decorators);
	if (!p.isKeyword("def")) throw p.errorHere();
	return parseFunction(p, decorators);
}

function parseFunction(p: ParserState, decorator_list: ast.Expr[]): ast.FunctionDef {
	const start = p.start();
	const line = p.advance().lineno;
	const name = p.expectName().value;
	p.expectOp("(", "expected '('");
	const args = parseParameters(p, ")", true);
	p.expectOp(")");
	let returns: ast.Expr | null = null;
	if (p.isOp("->")) {
		// `-> expression` is optional before the forced ':' (&&':'): with no expression after the arrow, pegen
		// goes back to it and expects the ':' there.
		const arrow = p.advance();
		if (!startsExpression(p) || p.isOp("*")) throw p.errorHere("expected ':'", arrow);
		returns = parseExpression(p);
	}
	const body = withScope(p, { inFunction: true, inLoop: false, inClass: false, inExceptStar: false },
		() => parseBlock(p, `function definition on line ${line}`));
	const node = { kind: "FunctionDef", name, args, body, decorator_list, returns, type_comment: null } as ast.FunctionDef;
	return endWith(p, start, node);
}

function parseClass(p: ParserState, decorator_list: ast.Expr[]): ast.ClassDef {
	const start = p.start();
	const line = p.advance().lineno;
	const name = p.expectName().value;
	const { args: bases, keywords } = p.isOp("(") ? parseArguments(p) : { args: [], keywords: [] };
	const body = withScope(p, { inFunction: false, inLoop: false, inClass: true, inExceptStar: false },
		() => parseBlock(p, `class definition on line ${line}`));
	const node = { kind: "ClassDef", name, bases, keywords, body, decorator_list } as ast.ClassDef;
	return endWith(p, start, node);
}
