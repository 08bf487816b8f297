// Assignment and deletion targets: an expression parsed as a value becomes a target by switching its context to
// Store or Del, after the checks CPython makes (its _PyPegen_get_invalid_target and compile-time starred rules).
import type * as ast from "./ast";
import { parseBitwiseOr, startsExpression } from "./expressions";
import type { ParserState } from "./state";

/** The phrase CPython uses for an expression in error messages (_PyPegen_get_expr_name). */
export function exprName(e: ast.Expr): string {
	switch (e.kind) {
		case "Attribute": return "attribute";
		case "Subscript": return "subscript";
		case "Starred": return "starred";
		case "Name": return "name";
		case "List": return "list";
		case "Tuple": return "tuple";
		case "Lambda": return "lambda";
		case "Call": return "function call";
		case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
		case "GeneratorExp": return "generator expression";
		case "Await": return "await expression";
		case "Yield": case "YieldFrom": return "yield expression";
		case "ListComp": return "list comprehension";
		case "SetComp": return "set comprehension";
		case "DictComp": return "dict comprehension";
		case "Dict": return "dict literal";
		case "Set": return "set display";
		case "JoinedStr": case "FormattedValue": return "f-string expression";
		case "Compare": return "comparison";
		case "IfExp": return "conditional expression";
		case "NamedExpr": return "named expression";
		case "Slice": return "slice";
		case "Constant":
			if (e.value === null) return "None";
			if (e.value === true) return "True";
			if (e.value === false) return "False";
			if (typeof e.value === "object" && "ellipsis" in e.value) return "ellipsis";
			return "literal";
	}
}

/** The first sub-expression that cannot be a target, or null when `e` is a valid target. */
export function invalidTarget(e: ast.Expr, mode: "assign" | "del"): ast.Expr | null {
	switch (e.kind) {
		case "Name": case "Attribute": case "Subscript":
			return null;
		case "Starred":
			return mode === "del" ? e : invalidTarget(e.value, mode);
		case "Tuple": case "List":
			for (const elt of e.elts) {
				const bad = invalidTarget(elt, mode);
				if (bad) return bad;
			}
			return null;
		default:
			return e;
	}
}

/** Checks `e` as a target and gives it (and its elements) the Store or Del context. */
export function toTarget<T extends ast.Expr>(p: ParserState, e: T, mode: "assign" | "del"): T {
	const bad = invalidTarget(e, mode);
	if (bad) throw p.errorAt(`cannot ${mode === "del" ? "delete" : "assign to"} ${exprName(bad)}`, bad);
	if (mode === "assign") checkStarred(p, e, true);
	setContext(e, mode === "del" ? "Del" : "Store");
	return e;
}

function checkStarred(p: ParserState, e: ast.Expr, topLevel: boolean): void {
	if (e.kind === "Starred") {
		if (topLevel) p.defer("starred assignment target must be in a list or tuple", e);
		checkStarred(p, e.value, false);
	} else if (e.kind === "Tuple" || e.kind === "List") {
		if (e.elts.filter((x) => x.kind === "Starred").length > 1) p.defer("multiple starred expressions in assignment", e);
		for (const elt of e.elts) checkStarred(p, elt, false);
	}
}

function setContext(e: ast.Expr, ctx: ast.ExprContext): void {
	switch (e.kind) {
		case "Name": case "Attribute": case "Subscript":
			e.ctx = ctx;
			break;
		case "Starred":
			e.ctx = ctx;
			setContext(e.value, ctx);
			break;
		case "Tuple": case "List":
			e.ctx = ctx;
			for (const elt of e.elts) setContext(elt, ctx);
			break;
		default:
			break;
	}
}

/** star_targets of `for` loops and comprehensions: stops before `in`, unlike a full expression. */
export function parseTargetList(p: ParserState): ast.Expr {
	const start = p.start();
	const first = parseTargetItem(p);
	if (!p.isOp(",")) return first;
	const elts = [first];
	while (p.eatOp(",")) {
		if (!startsExpression(p)) break;
		elts.push(parseTargetItem(p));
	}
	return p.finish(start, { kind: "Tuple", elts, ctx: "Store" } as ast.Tuple);
}

export function parseTargetItem(p: ParserState): ast.Expr {
	if (!p.isOp("*")) return parseBitwiseOr(p);
	const start = p.start();
	p.advance();
	const value = parseBitwiseOr(p);
	return p.finish(start, { kind: "Starred", value, ctx: "Store" } as ast.Starred);
}
