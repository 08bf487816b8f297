// Statements: the module, blocks, and simple statements (assignments, expressions, import, del, raise...).
// Compound statements live in compound.ts. Checks CPython makes at compile time that Pymem needs to reject
// anyway ('return' outside function, starred misuse...) are made here with CPython's messages.
import { firstDebugAssignment } from "./debug-name";
import type * as ast from "./ast";
import { parseCompound, COMPOUND_KEYWORDS } from "./compound";
import { containsKind } from "./ast-children";
import { EXCEPT_STAR_EXIT, PythonSyntaxError, UnsupportedSyntaxError } from "./errors";
import {
	checkStrayAssignment, isTokenizerFailure, parseBitwiseOr, parseExpression, parseStarExpressions, parseYieldExpression, startsExpression,
} from "./expressions";
import { tryParseMatch } from "./match";
import type { ParserState } from "./state";
import { exprName, invalidTarget, toTarget } from "./targets";

/** `symtable` checks a module the way CPython's symtable does, throwing its first error. */
export function parseModuleBody(p: ParserState, symtable?: (module: ast.Module) => void): ast.Module {
	const body: ast.Stmt[] = [];
	try {
		while (p.tok.type !== "ENDMARKER") {
			if (p.tok.type === "NEWLINE") {
				p.advance();
				continue;
			}
			body.push(...parseStatement(p));
		}
	} catch (e) {
		throw asSecondPassError(p, e);
	}
	const debugAssignment = firstDebugAssignment(body);
	if (debugAssignment) p.deferEarliest(debugAssignment.message, debugAssignment.at);
	const module: ast.Module = { kind: "Module", body, type_ignores: [] };
	if (symtable && p.hasDeferred) {
		try {
			symtable(module);
		} catch (e) {
			if (e instanceof PythonSyntaxError && p.symtableErrorFirst(e)) throw e;
		}
	}
	p.throwDeferred();
	return module;
}

/** Errors CPython's first parser pass raises itself, before any second pass could report something else. */
const FIRST_PASS_ERRORS = new Set(["imaginary number required in complex literal", "real number required in complex literal"]);

/**
 * When a program fails to parse, CPython parses it again with its invalid_* rules, and the first to match wins: an
 * earlier `match x` line that was an ordinary statement (`match(x)`) is then "expected ':'", at the furthest token.
 */
function asSecondPassError(p: ParserState, e: unknown): unknown {
	if (!(e instanceof PythonSyntaxError) || p.bareMatchHeader === null || FIRST_PASS_ERRORS.has(e.msg) || isTokenizerFailure(p, e)) return e;
	return p.errorHere("expected ':'", p.tokens[p.furthest]);
}

export function parseStatement(p: ParserState): ast.Stmt[] {
	const t = p.tok;
	if (t.type === "INDENT") throw p.errorHere("unexpected indent", t, "IndentationError");
	if (t.type === "NAME") {
		if (COMPOUND_KEYWORDS.has(t.value)) return [parseCompound(p)];
		if (t.value === "match") {
			const match = tryParseMatch(p);
			if (match) return [match];
		}
	} else if (t.type === "OP" && t.value === "@") {
		return [parseCompound(p)];
	}
	return parseSimpleStatements(p);
}

export function parseSimpleStatements(p: ParserState): ast.Stmt[] {
	const stmts = [parseSimpleStatement(p)];
	while (p.eatOp(";")) {
		if (p.tok.type === "NEWLINE") break;
		stmts.push(parseSimpleStatement(p));
	}
	if (p.tok.type !== "NEWLINE") throw p.errorHere();
	p.advance();
	return stmts;
}

function parseSimpleStatement(p: ParserState): ast.Stmt {
	const t = p.tok;
	const start = p.start();
	if (t.type === "NAME") {
		switch (t.value) {
			case "pass": p.advance(); return p.finish(start, { kind: "Pass" } as ast.Pass);
			case "break": {
				p.advance();
				const node = p.finish(start, { kind: "Break" } as ast.Break);
				if (!p.scope.inLoop) p.defer(p.scope.inExceptStar ? EXCEPT_STAR_EXIT : "'break' outside loop", node);
				return node;
			}
			case "continue": {
				p.advance();
				const node = p.finish(start, { kind: "Continue" } as ast.Continue);
				if (!p.scope.inLoop) p.defer(p.scope.inExceptStar ? EXCEPT_STAR_EXIT : "'continue' not properly in loop", node);
				return node;
			}
			case "return": {
				const node = { kind: "Return", value: null } as ast.Return;
				// Deferred before the value is parsed: the compiler reports this before anything inside it.
				if (!p.scope.inFunction) p.defer("'return' outside function", node);
				p.advance();
				node.value = startsExpression(p) ? parseStarExpressions(p) : null;
				return p.finish(start, node);
			}
			case "raise": {
				p.advance();
				const exc = startsExpression(p) ? parseExpression(p) : null;
				const cause = exc && p.eatKeyword("from") ? parseExpression(p) : null;
				return p.finish(start, { kind: "Raise", exc, cause } as ast.Raise);
			}
			case "global": case "nonlocal": return parseGlobal(p);
			case "del": return parseDelete(p);
			case "assert": {
				p.advance();
				const test = parseExpression(p);
				const msg = p.eatOp(",") ? parseExpression(p) : null;
				return p.finish(start, { kind: "Assert", test, msg } as ast.Assert);
			}
			case "import": return parseImport(p);
			case "from": return parseFromImport(p);
			default: break;
		}
	}
	return parseExpressionStatement(p);
}

function parseGlobal(p: ParserState): ast.Global | ast.Nonlocal {
	const start = p.start();
	const kw = p.advance();
	const names = [p.expectName().value];
	while (p.eatOp(",")) names.push(p.expectName().value);
	const kind = kw.value === "global" ? "Global" : "Nonlocal";
	return p.finish(start, { kind, names } as ast.Global | ast.Nonlocal);
}

function parseDelete(p: ParserState): ast.Delete {
	const start = p.start();
	p.advance();
	const targets: ast.Expr[] = [];
	do {
		if (!startsExpression(p)) break;
		// invalid_del_stmt reads the targets as star_expressions: a starred one is named.
		if (p.isOp("*")) {
			const star = p.start();
			p.advance();
			const value = parseBitwiseOr(p);
			throw p.errorAt("cannot delete starred", p.finish(star, { kind: "Starred", value, ctx: "Del" } as ast.Starred));
		}
		// invalid_del_stmt: a target that is a whole expression (a conditional, a lambda, a comparison) is named too.
		targets.push(toTarget(p, parseExpression(p), "del"));
	} while (p.eatOp(","));
	if (targets.length === 0) throw p.errorHere();
	return p.finish(start, { kind: "Delete", targets } as ast.Delete);
}

function parseDottedName(p: ParserState): string {
	let name = p.expectName().value;
	while (p.eatOp(".")) name += "." + p.expectName().value;
	return name;
}

function parseAlias(p: ParserState, dotted: boolean): ast.Alias {
	const start = p.start();
	const name = dotted ? parseDottedName(p) : p.expectName().value;
	const asname = p.eatKeyword("as") ? p.expectName().value : null;
	return p.finish(start, { kind: "alias", name, asname } as ast.Alias);
}

function parseImport(p: ParserState): ast.Import {
	const start = p.start();
	p.advance();
	const names = [parseAlias(p, true)];
	while (p.eatOp(",")) names.push(parseAlias(p, true));
	return p.finish(start, { kind: "Import", names } as ast.Import);
}

function parseFromImport(p: ParserState): ast.ImportFrom {
	const start = p.start();
	p.advance();
	let level = 0;
	while (p.isOp(".") || p.isOp("...")) level += p.advance().value.length;
	const module = level > 0 && p.isKeyword("import") ? null : parseDottedName(p);
	p.expectKeyword("import");
	const names: ast.Alias[] = [];
	if (p.isOp("*")) {
		const star = p.advance();
		if (p.scope.inFunction || p.scope.inClass) p.defer("import * only allowed at module level", star, 0);
		names.push(p.finish({ lineno: star.lineno, col_offset: star.col }, { kind: "alias", name: "*", asname: null } as ast.Alias));
	} else if (p.eatOp("(")) {
		// '(' import_from_as_names [','] ')': one name at least, a trailing comma allowed.
		names.push(parseAlias(p, false));
		while (p.eatOp(",") && !p.isOp(")")) names.push(parseAlias(p, false));
		p.expectOp(")");
	} else {
		names.push(parseAlias(p, false));
		while (p.eatOp(",")) {
			if (p.tok.type === "NEWLINE") throw p.errorHere("trailing comma not allowed without surrounding parentheses");
			names.push(parseAlias(p, false));
		}
	}
	return p.finish(start, { kind: "ImportFrom", module, names, level } as ast.ImportFrom);
}

const AUGMENTED: Record<string, ast.Operator> = {
	"+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "&=": "BitAnd", "|=": "BitOr",
	"^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow", "//=": "FloorDiv",
};

function parseValue(p: ParserState): ast.Expr {
	if (p.isKeyword("yield")) return parseYieldExpression(p);
	const value = parseStarExpressions(p);
	if (value.kind === "Starred") p.defer("can't use starred expression here", value);
	return value;
}

function isSingleTarget(e: ast.Expr): e is ast.Name | ast.Attribute | ast.Subscript {
	return e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript";
}

function parseExpressionStatement(p: ParserState): ast.Stmt {
	const start = p.start();
	const firstIndex = p.i;
	const first = p.isKeyword("yield") ? parseYieldExpression(p) : parseStarExpressions(p);
	const t = p.tok;
	if (t.type === "OP" && t.value === ":") {
		if (!isSingleTarget(first)) {
			const what = first.kind === "Tuple" ? "only single target (not tuple) can be annotated"
				: first.kind === "List" ? "only single target (not list) can be annotated" : "illegal target for annotation";
			// An unparenthesized tuple is reported at its first element (invalid_ann_assign_target).
			const at = first.kind === "Tuple" && !p.parenthesized.has(first) ? first.elts[0] ?? first : first;
			throw p.errorAt(what, at);
		}
		p.advance();
		const annotation = parseExpression(p);
		// A function never evaluates its variables' annotations: python3 compiles an await there, which makes the function async.
		if (p.scope.inFunction && containsKind(annotation, "Await")) throw new UnsupportedSyntaxError("await expressions", annotation.lineno);
		const value = p.eatOp("=") ? parseValue(p) : null;
		const simple = first.kind === "Name" && !p.parenthesized.has(first) ? 1 : 0;
		toTarget(p, first, "assign");
		return p.finish(start, { kind: "AnnAssign", target: first, annotation, value, simple } as ast.AnnAssign);
	}
	if (t.type === "OP" && Object.hasOwn(AUGMENTED, t.value)) {
		if (!isSingleTarget(first)) throw p.errorAt(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
		p.advance();
		const value = parseValue(p);
		toTarget(p, first, "assign");
		return p.finish(start, { kind: "AugAssign", target: first, op: AUGMENTED[t.value]!, value } as ast.AugAssign);
	}
	if (t.type === "OP" && t.value === "=") {
		const equals = p.i;
		const targets = [first];
		let value: ast.Expr = first;
		while (p.eatOp("=")) {
			value = parseValue(p);
			if (p.isOp("=")) targets.push(value);
		}
		if (targets.some((target) => !isAssignable(target))) strayAssignmentAtStart(p, first, firstIndex, equals);
		targets.forEach((target, k) => checkAssignTarget(p, target, k === 0 && targets.length === 1));
		return p.finish(start, { kind: "Assign", targets, value, type_comment: null } as ast.Assign);
	}
	if (first.kind === "Starred") p.defer("can't use starred expression here", first);
	if (first.kind === "Name" && (first.id === "print" || first.id === "exec") && startsExpression(p)) {
		const argument = parseStarExpressions(p);
		throw p.errorOver(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first, argument);
	}
	return p.finish(start, { kind: "Expr", value: first } as ast.ExprStmt);
}

function isAssignable(target: ast.Expr): boolean {
	return target.kind !== "Yield" && target.kind !== "YieldFrom" && invalidTarget(target, "assign") === null;
}

/**
 * An assignment with a target it cannot assign to fails, and CPython's second pass then reads its start as a
 * named expression (invalid_assignment's star_named_expression): `x = a or b = 4` is "invalid syntax. Maybe you
 * meant '==' or ':=' instead of '='?" over `x = a`, before the target's own error.
 */
function strayAssignmentAtStart(p: ParserState, first: ast.Expr, firstIndex: number, equals: number): void {
	// Of a bare tuple, each item is read as a named expression: only the last one can be followed by the `=`, when
	// no comma ends the tuple.
	const bareTuple = first.kind === "Tuple" && !p.parenthesized.has(first);
	const beforeEquals = p.tokens[equals - 1]!;
	if (bareTuple && beforeEquals.type === "OP" && beforeEquals.value === ",") return;
	const candidate = bareTuple ? first.elts[first.elts.length - 1] : first;
	if (!candidate || candidate.kind === "Starred" || candidate.kind === "Yield" || candidate.kind === "YieldFrom") return;
	const after = p.i;
	p.i = equals;
	checkStrayAssignment(p, candidate, bareTuple ? lastItemStart(p, firstIndex, equals) : firstIndex);
	p.i = after;
}

/** The token that starts a bare tuple's last item: the one after its last comma outside brackets. */
function lastItemStart(p: ParserState, firstIndex: number, equals: number): number {
	let start = firstIndex;
	// A statement starts outside any bracket, so its own commas are the ones at depth 0.
	for (let index = firstIndex; index < equals; index++) {
		const token = p.tokens[index]!;
		if (token.type === "OP" && token.value === "," && token.depth === 0) start = index + 1;
	}
	return start;
}

function checkAssignTarget(p: ParserState, target: ast.Expr, sole: boolean): void {
	if (target.kind === "Yield" || target.kind === "YieldFrom") throw p.errorAt("assignment to yield expression not possible", target);
	const bad = invalidTarget(target, "assign");
	const isNameConstant = bad?.kind === "Constant" && (bad.value === null || typeof bad.value === "boolean");
	// The "here" hint comes from invalid_named_expression, whose target is a bitwise_or.
	const bitwiseOr = !["Lambda", "IfExp", "BoolOp", "Compare", "NamedExpr"].includes(bad?.kind ?? "") && !(bad?.kind === "UnaryOp" && bad.op === "Not");
	if (bad && bad === target && sole && !isNameConstant && bad.kind !== "GeneratorExp" && (bitwiseOr || p.parenthesized.has(bad))) {
		throw p.errorAt(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
	}
	toTarget(p, target, "assign");
}
