// Expressions, from the loosest binding (tuples, lambda, conditional) down to the operators; primaries and atoms
// live in primary.ts. The structure follows CPython 3.11's Grammar/python.gram so precedence and node shapes match:
// `not a and b` is BoolOp(And, [UnaryOp(Not, a), b]) and `a < b < c` is one Compare.
import type * as ast from "./ast";
import { PythonSyntaxError, syntaxError, UnsupportedSyntaxError } from "./errors";
import { parseParameters } from "./params";
import { MAX_CHAIN, parsePrimary } from "./primary";
import type { ParserState } from "./state";
import { exprName } from "./targets";

const BINARY_LEVELS: Record<string, [number, ast.Operator]> = {
	"|": [1, "BitOr"], "^": [2, "BitXor"], "&": [3, "BitAnd"], "<<": [4, "LShift"], ">>": [4, "RShift"],
	"+": [5, "Add"], "-": [5, "Sub"], "*": [6, "Mult"], "/": [6, "Div"], "//": [6, "FloorDiv"], "%": [6, "Mod"],
	"@": [6, "MatMult"],
};
const COMPARE_OPS: Record<string, ast.CmpOperator> = {
	"==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
};
const UNARY_OPS: Record<string, ast.UnaryOperator> = { "+": "UAdd", "-": "USub", "~": "Invert" };

/** star_expressions: `a`, `a, *b`, `a,` (a Tuple unless there is a single item without comma). */
export function parseStarExpressions(p: ParserState): ast.Expr {
	return parseExprList(p, parseStarExpression);
}

/** expressions: like star_expressions without `*` items (e.g. the iterable of a for loop may have them; this is for return etc.). */
export function parseExprList(p: ParserState, item: (p: ParserState) => ast.Expr): ast.Expr {
	const start = p.start();
	const first = item(p);
	if (!p.isOp(",")) return first;
	const elts = [first];
	while (p.eatOp(",")) {
		if (!startsExpression(p)) break;
		elts.push(item(p));
	}
	return p.finish(start, { kind: "Tuple", elts, ctx: "Load" } as ast.Tuple);
}

export function parseStarExpression(p: ParserState): ast.Expr {
	if (p.isOp("*")) {
		const start = p.start();
		p.advance();
		const value = parseBitwiseOr(p);
		return p.finish(start, { kind: "Starred", value, ctx: "Load" } as ast.Starred);
	}
	return parseExpression(p);
}

export function parseStarNamedExpression(p: ParserState): ast.Expr {
	if (p.isOp("*")) return parseStarExpression(p);
	return parseNamedExpression(p);
}

/** True when the current token can begin an expression (used after a trailing comma). */
export function startsExpression(p: ParserState): boolean {
	const t = p.tok;
	if (t.type === "NUMBER" || t.type === "STRING") return true;
	if (t.type === "NAME") {
		return !["and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
			"for", "from", "global", "if", "import", "in", "is", "nonlocal", "or", "pass", "raise", "return", "try",
			"while", "with", "yield"].includes(t.value);
	}
	return t.type === "OP" && ["(", "[", "{", "-", "+", "~", "*", "..."].includes(t.value);
}

/** named_expression; `assignHint` gives CPython's "Maybe you meant '=='" errors for a stray `=` (not in call args). */
export function parseNamedExpression(p: ParserState, assignHint = true): ast.Expr {
	if (p.isName() && p.peek().type === "OP" && p.peek().value === ":=") {
		const start = p.start();
		const nameTok = p.advance();
		const target = p.finish(start, { kind: "Name", id: nameTok.value, ctx: "Store" } as ast.Name);
		p.advance();
		const value = parseExpression(p);
		return p.finish(start, { kind: "NamedExpr", target, value } as ast.NamedExpr);
	}
	const startIndex = p.i;
	const expr = parseExpression(p);
	if (p.isOp(":=")) throw p.errorAt(`cannot use assignment expressions with ${exprName(expr)}`, expr);
	if (assignHint && p.isOp("=")) checkStrayAssignment(p, expr, startIndex);
	return expr;
}

const NOT_BITWISE_OR = new Set(["Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr"]);

/** CPython's invalid_named_expression: `x = 1` where a value is expected, when `= <bitwise_or>` ends there. */
export function checkStrayAssignment(p: ParserState, expr: ast.Expr, startIndex: number): void {
	if (NOT_BITWISE_OR.has(expr.kind) || (expr.kind === "UnaryOp" && expr.op === "Not")) return;
	const saved = p.i;
	let followsCleanly = false;
	try {
		p.advance();
		parseBitwiseOr(p);
		followsCleanly = !p.isOp("=") && !p.isOp(":=");
	} catch (e) {
		if (isTokenizerFailure(p, e)) throw e;
	}
	p.i = saved;
	if (!followsCleanly) return;
	if (expr.kind === "Name" && startIndex + 1 === saved) {
		p.advance();
		const value = parseBitwiseOr(p);
		throw p.errorOver("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", expr, value);
	}
	if (!startsWithDisplay(p, expr, startIndex)) throw p.errorAt(`cannot assign to ${exprName(expr)} here. Maybe you meant '==' instead of '='?`, expr);
}

/**
 * The rule's lookahead `!(list|tuple|genexp|'True'|'None'|'False')` reads tokens, not the tree: `[a][0]` and
 * `(a, b).x` start with a display and are left alone, while `((a, b))` starts with a group, which is not a tuple.
 */
function startsWithDisplay(p: ParserState, expr: ast.Expr, startIndex: number): boolean {
	const first = p.tokens[startIndex]!;
	if (first.type === "NAME") return first.value === "True" || first.value === "None" || first.value === "False";
	let leftmost = expr;
	for (;;) {
		if (leftmost.kind === "BinOp") leftmost = leftmost.left;
		else if (leftmost.kind === "Attribute" || leftmost.kind === "Subscript") leftmost = leftmost.value;
		else if (leftmost.kind === "Call") leftmost = leftmost.func;
		else break;
	}
	const display = leftmost.kind === "List" || leftmost.kind === "Tuple" || leftmost.kind === "GeneratorExp";
	return display && leftmost.lineno === first.lineno && leftmost.col_offset === first.col;
}

/** True when `e` is the tokenizer's own error, which speculative parses must let through. */
export function isTokenizerFailure(p: ParserState, e: unknown): boolean {
	return p.tokens[p.tokens.length - 1]!.failure?.error === e;
}

const SOFT_KEYWORDS = ["match", "case", "_"];

/**
 * pegen's SOFT_KEYWORD lookahead compares only the name's own length of each soft keyword (strncmp), so any
 * start of one counts: `[c 5]` and `[ma x]` are not told as a missing comma, `[cc 5]` is.
 */
function isSoftKeywordStart(name: string): boolean {
	return SOFT_KEYWORDS.some((keyword) => keyword.startsWith(name));
}

/**
 * CPython's invalid_expression: inside brackets, two expressions side by side (`[a b]`) are "invalid syntax.
 * Perhaps you forgot a comma?", unless the first is a name before a string or a soft keyword, or print/exec.
 */
function checkMissingComma(p: ParserState, first: ast.Expr, startIndex: number): void {
	if (!startsExpression(p)) return;
	const head = p.tokens[startIndex]!;
	if (head.type === "NAME" && (isSoftKeywordStart(head.value) || p.tokens[startIndex + 1]!.type === "STRING")) return;
	if (first.kind === "Name" && (first.id === "print" || first.id === "exec")) return;
	const saved = p.i;
	let second: ast.Expr | null = null;
	p.withoutInvalidRules = true;
	try {
		const parsed = parseExpression(p);
		if (p.prev.depth > 0) second = parsed;
	} catch (e) {
		if (isTokenizerFailure(p, e)) throw e;
	} finally {
		p.withoutInvalidRules = false;
	}
	p.i = saved;
	if (second) throw p.errorOver("invalid syntax. Perhaps you forgot a comma?", first, second);
}

/**
 * invalid_legacy_expression: a bare `print` or `exec` followed by an expression, anywhere an expression goes
 * (`x = print 'x'`, `f(print y)`), is "Missing parentheses in call to 'print'" over both.
 */
function checkLegacyPrint(p: ParserState, first: ast.Expr, startIndex: number): void {
	if (first.kind !== "Name" || (first.id !== "print" && first.id !== "exec") || p.i !== startIndex + 1 || !startsExpression(p)) return;
	const argument = parseStarExpressions(p);
	throw p.errorOver(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first, argument);
}

export function parseExpression(p: ParserState): ast.Expr {
	if (p.isKeyword("lambda")) return parseLambda(p);
	const start = p.start();
	const startIndex = p.i;
	const body = parseDisjunction(p);
	if (!p.isKeyword("if")) {
		if (p.withoutInvalidRules) return body;
		checkLegacyPrint(p, body, startIndex);
		if (p.tok.depth > 0) checkMissingComma(p, body, startIndex);
		return body;
	}
	if (!p.withoutInvalidRules) return parseConditional(p, start, body);
	// expression_without_invalid: an `if` that makes no conditional expression leaves the disjunction alone.
	const afterBody = p.i;
	try {
		return parseConditional(p, start, body);
	} catch (e) {
		if (isTokenizerFailure(p, e)) throw e;
		p.i = afterBody;
		return body;
	}
}

/** `body if test else orelse`, from the `if`. */
function parseConditional(p: ParserState, start: ReturnType<ParserState["start"]>, body: ast.Expr): ast.IfExp {
	p.advance();
	const test = parseDisjunction(p);
	if (!p.isKeyword("else")) {
		if (p.isOp(":")) throw p.errorHere();
		throw p.errorOver("expected 'else' after 'if' expression", body, test);
	}
	p.advance();
	const orelse = parseExpression(p);
	return p.finish(start, { kind: "IfExp", test, body, orelse } as ast.IfExp);
}

function parseLambda(p: ParserState): ast.Lambda {
	const start = p.start();
	p.advance();
	const args = parseParameters(p, ":", false);
	p.expectOp(":");
	const outer = p.scope;
	p.scope = { inFunction: true, inLoop: false, inClass: false, inExceptStar: false };
	const body = parseExpression(p);
	p.scope = outer;
	return p.finish(start, { kind: "Lambda", args, body } as ast.Lambda);
}

export function parseDisjunction(p: ParserState): ast.Expr {
	return parseBoolOp(p, "or", "Or", parseConjunction);
}

function parseConjunction(p: ParserState): ast.Expr {
	return parseBoolOp(p, "and", "And", parseInversion);
}

function parseBoolOp(p: ParserState, keyword: string, op: ast.BoolOperator, operand: (p: ParserState) => ast.Expr): ast.Expr {
	const start = p.start();
	const first = operand(p);
	if (!p.isKeyword(keyword)) return first;
	const values = [first];
	while (p.eatKeyword(keyword)) values.push(operand(p));
	return p.finish(start, { kind: "BoolOp", op, values } as ast.BoolOp);
}

function parseInversion(p: ParserState): ast.Expr {
	if (p.isKeyword("not")) {
		const start = p.start();
		p.advance();
		const operand = parseInversion(p);
		return p.finish(start, { kind: "UnaryOp", op: "Not", operand } as ast.UnaryOp);
	}
	return parseComparison(p);
}

function comparisonOperator(p: ParserState): ast.CmpOperator | null {
	const t = p.tok;
	if (t.type === "OP") return COMPARE_OPS[t.value] ?? null;
	if (t.type !== "NAME") return null;
	if (t.value === "in") return "In";
	if (t.value === "is") return p.peek().type === "NAME" && p.peek().value === "not" ? "IsNot" : "Is";
	if (t.value === "not") {
		if (p.peek().type === "NAME" && p.peek().value === "in") return "NotIn";
		p.notWithoutIn = p.i;
	}
	return null;
}

function parseComparison(p: ParserState): ast.Expr {
	const start = p.start();
	const left = parseBitwiseOr(p);
	let op = comparisonOperator(p);
	if (op === null) return left;
	const ops: ast.CmpOperator[] = [];
	const comparators: ast.Expr[] = [];
	while (op !== null) {
		p.advance();
		if (op === "IsNot" || op === "NotIn") p.advance();
		ops.push(op);
		comparators.push(parseBitwiseOr(p));
		op = comparisonOperator(p);
	}
	return p.finish(start, { kind: "Compare", left, ops, comparators } as ast.Compare);
}

/** bitwise_or down to term, by precedence climbing; all these operators associate to the left. */
export function parseBitwiseOr(p: ParserState): ast.Expr {
	return parseBinary(p, 1);
}

function parseBinary(p: ParserState, minLevel: number): ast.Expr {
	const start = p.start();
	let left = parseFactor(p);
	for (let links = 0; ; links++) {
		const t = p.tok;
		if (links > MAX_CHAIN) throw new UnsupportedSyntaxError("expressions nested this deeply", t.lineno);
		const entry = t.type === "OP" ? BINARY_LEVELS[t.value] : undefined;
		if (!entry || entry[0] < minLevel) return left;
		p.advance();
		const right = parseBinary(p, entry[0] + 1);
		left = p.finish(start, { kind: "BinOp", left, op: entry[1], right } as ast.BinOp);
	}
}

function parseFactor(p: ParserState): ast.Expr {
	const t = p.tok;
	if (t.type === "OP" && Object.hasOwn(UNARY_OPS, t.value)) {
		const start = p.start();
		p.advance();
		const operand = parseFactor(p);
		return p.finish(start, { kind: "UnaryOp", op: UNARY_OPS[t.value]!, operand } as ast.UnaryOp);
	}
	return parsePower(p);
}

function parsePower(p: ParserState): ast.Expr {
	const start = p.start();
	const base = p.isKeyword("await") ? parseAwait(p) : parsePrimary(p);
	if (!p.isOp("**")) return base;
	p.advance();
	const exponent = parseFactor(p);
	return p.finish(start, { kind: "BinOp", left: base, op: "Pow", right: exponent } as ast.BinOp);
}

/**
 * await_primary. compile.c refuses an await outside an async function, and pymem runs none: an await in a
 * comprehension's own scope makes the comprehension the one refused (checkedComprehension).
 */
function parseAwait(p: ParserState): ast.Await {
	const start = p.start();
	p.advance();
	const node = { kind: "Await", value: parsePrimary(p) } as ast.Await;
	p.defer(p.scope.inFunction ? "'await' outside async function" : "'await' outside function", node);
	return p.finish(start, node);
}

/** yield_expr: `yield`, `yield x`, `yield a, b`, `yield from x`. */
export function parseYieldExpression(p: ParserState): ast.Yield | ast.YieldFrom {
	const start = p.start();
	p.advance();
	const from = p.eatKeyword("from");
	const node = { kind: from ? "YieldFrom" : "Yield", value: null } as ast.Yield | ast.YieldFrom;
	if (!p.scope.inFunction) p.defer("'yield' outside function", node);
	if (from) node.value = parseExpression(p);
	else node.value = startsExpression(p) ? parseStarExpressions(p) : null;
	return p.finish(start, node);
}

/**
 * The expression of an f-string replacement field. CPython 3.11 parses the text wrapped in parentheses, so
 * `f"{a,}"` gives a Tuple whose range covers the braces; parsing the wrapped text reproduces that.
 */
export function parseFStringExpression(p: ParserState, error: (e: PythonSyntaxError) => Error): ast.Expr {
	try {
		const expr = parseStarExpressions(p);
		if (!p.at("NEWLINE")) throw p.errorHere();
		return expr;
	} catch (e) {
		if (e instanceof UnsupportedSyntaxError) throw e;
		throw error(e instanceof PythonSyntaxError ? e : syntaxError("invalid syntax", p.prev.lineno));
	}
}
