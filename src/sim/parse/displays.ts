// Parenthesised forms and displays: tuples, generator expressions, list, set and dict displays and their
// comprehensions, after CPython 3.11's `atom` alternatives and the invalid_ rules that name their mistakes.
import type * as ast from "./ast";
import { syntaxError } from "./errors";
import { parseBitwiseOr, parseExpression, parseStarNamedExpression, parseYieldExpression } from "./expressions";
import type { ParserState, Start } from "./state";
import { checkedComprehension } from "./comprehension-yield";
import { comprehensionClausesFollow, parseComprehensionClauses, refuseStarredTarget, refuseUnparenthesizedTarget } from "./comprehension-clauses";

export function parseParenthesized(p: ParserState): ast.Expr {
	const start = p.start();
	p.advance();
	if (p.eatOp(")")) {
		const empty = p.finish(start, { kind: "Tuple", elts: [] as ast.Expr[], ctx: "Load" } as ast.Tuple);
		p.parenthesized.add(empty);
		return empty;
	}
	if (p.isKeyword("yield")) {
		const value = parseYieldExpression(p);
		p.expectOp(")");
		p.parenthesized.add(value);
		return value;
	}
	const first = parseStarNamedExpression(p);
	if (p.isKeyword("for") || p.isKeyword("async")) {
		refuseStarredTarget(p, first);
		const generators = parseComprehensionClauses(p, false);
		p.expectOp(")");
		return p.finish(start, checkedComprehension(p, { kind: "GeneratorExp", elt: first, generators } as ast.GeneratorExp));
	}
	if (p.eatOp(")")) {
		if (first.kind === "Starred") throw p.errorAt("cannot use starred expression here", first);
		p.parenthesized.add(first);
		return first;
	}
	const elts = [first];
	while (p.eatOp(",")) {
		if (p.isOp(")")) break;
		elts.push(parseStarNamedExpression(p));
	}
	p.expectOp(")");
	const tuple = p.finish(start, { kind: "Tuple", elts, ctx: "Load" } as ast.Tuple);
	// Told from a bare tuple where an error's place depends on it (a target that cannot be annotated).
	p.parenthesized.add(tuple);
	return tuple;
}

export function parseListDisplay(p: ParserState): ast.Expr {
	const start = p.start();
	p.advance();
	const elts: ast.Expr[] = [];
	while (!p.isOp("]")) {
		refuseUnparenthesizedTarget(p, elts);
		elts.push(parseStarNamedExpression(p));
		if (elts.length === 1 && (p.isKeyword("for") || p.isKeyword("async"))) {
			refuseStarredTarget(p, elts[0]!);
			const generators = parseComprehensionClauses(p);
			p.expectOp("]");
			return p.finish(start, checkedComprehension(p, { kind: "ListComp", elt: elts[0]!, generators } as ast.ListComp));
		}
		if (!p.eatOp(",")) break;
	}
	refuseUnparenthesizedTarget(p, elts);
	p.expectOp("]");
	return p.finish(start, { kind: "List", elts, ctx: "Load" } as ast.List);
}

export function parseBraceDisplay(p: ParserState): ast.Expr {
	const start = p.start();
	p.advance();
	if (p.eatOp("}")) return p.finish(start, { kind: "Dict", keys: [] as ast.Expr[], values: [] as ast.Expr[] } as ast.Dict);
	if (p.isOp("**")) return parseDictRest(p, start, [], []);
	const first = parseStarNamedExpression(p);
	if (p.isOp(":") && first.kind !== "Starred") {
		p.advance();
		const value = parseDictValue(p);
		if (p.isKeyword("for") || p.isKeyword("async")) {
			const generators = parseComprehensionClauses(p);
			p.expectOp("}");
			return p.finish(start, checkedComprehension(p, { kind: "DictComp", key: first, value, generators } as ast.DictComp));
		}
		if (!p.eatOp(",")) {
			p.expectOp("}");
			return p.finish(start, { kind: "Dict", keys: [first], values: [value] } as ast.Dict);
		}
		return parseDictRest(p, start, [first], [value]);
	}
	if (p.isKeyword("for") || p.isKeyword("async")) {
		refuseStarredTarget(p, first);
		const generators = parseComprehensionClauses(p);
		p.expectOp("}");
		return p.finish(start, checkedComprehension(p, { kind: "SetComp", elt: first, generators } as ast.SetComp));
	}
	const elts = [first];
	while (p.eatOp(",")) {
		if (p.isOp("}")) break;
		refuseUnparenthesizedTarget(p, elts);
		elts.push(parseStarNamedExpression(p));
	}
	refuseUnparenthesizedTarget(p, elts);
	p.expectOp("}");
	return p.finish(start, { kind: "Set", elts } as ast.SetExpr);
}

/** A dictionary value; `k: *v` is invalid_kvpair's error, from the '*' to the end of what follows it. */
function parseDictValue(p: ParserState): ast.Expr {
	if (!p.isOp("*")) return parseExpression(p);
	const star = p.advance();
	const value = parseBitwiseOr(p);
	throw syntaxError("cannot use a starred expression in a dictionary value", star.lineno, star.col, value.end_col_offset, value.end_lineno);
}

function parseDictRest(p: ParserState, start: Start, keys: (ast.Expr | null)[], values: ast.Expr[]): ast.Dict {
	while (!p.isOp("}")) {
		if (p.eatOp("**")) {
			const star = p.prev;
			keys.push(null);
			values.push(parseBitwiseOr(p));
			if (keys.length === 1 && comprehensionClausesFollow(p, "}")) throw p.errorHere("dict unpacking cannot be used in dict comprehension", star);
		} else {
			const key = parseExpression(p);
			keys.push(key);
			// invalid_kvpair: at the key's last character (its end column on its first line, as CPython takes it), no end.
			if (!p.isOp(":")) throw syntaxError("':' expected after dictionary key", key.lineno, key.end_col_offset - 1, -1, key.end_lineno);
			p.advance();
			values.push(parseDictValue(p));
		}
		if (!p.eatOp(",")) break;
	}
	p.expectOp("}");
	return p.finish(start, { kind: "Dict", keys, values } as ast.Dict);
}
