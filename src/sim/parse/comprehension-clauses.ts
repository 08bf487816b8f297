// Comprehension clauses (`for target in iter if cond`), and pegen's invalid_comprehension rules that look
// ahead for them to name a misplaced starred item or an unparenthesised tuple before them.
import type * as ast from "./ast";
import { UnsupportedSyntaxError } from "./errors";
import { parseDisjunction } from "./expressions";
import type { ParserState } from "./state";
import { parseTargetList, toTarget } from "./targets";

/**
 * One or more `(async) for target in iter (if cond)*` clauses of a comprehension. An `async` one is a generator
 * expression's that pymem cannot run (`asyncAllowed` false), or else a list, set or dict comprehension's, which
 * python3 refuses outside an async function (checkedComprehension).
 */
export function parseComprehensionClauses(p: ParserState, asyncAllowed = true): ast.Comprehension[] {
	const generators: ast.Comprehension[] = [];
	while (p.isKeyword("for") || p.isKeyword("async")) {
		const isAsync = p.isKeyword("async");
		if (isAsync && !asyncAllowed) throw new UnsupportedSyntaxError("async comprehensions", p.tok.lineno);
		if (isAsync) p.advance();
		p.expectKeyword("for");
		const target = toTarget(p, parseTargetList(p), "assign");
		p.expectKeyword("in");
		const iter = parseDisjunction(p);
		const ifs: ast.Expr[] = [];
		while (p.eatKeyword("if")) ifs.push(parseDisjunction(p));
		generators.push({ kind: "comprehension", target, iter, ifs, is_async: isAsync ? 1 : 0 });
	}
	return generators;
}

/** invalid_comprehension: a starred item followed by comprehension clauses. */
export function refuseStarredTarget(p: ParserState, item: ast.Expr): void {
	if (item.kind === "Starred" && comprehensionClausesFollow(p)) throw p.errorAt("iterable unpacking cannot be used in comprehension", item);
}

/**
 * invalid_comprehension's other forms: items of a list or set display running into comprehension clauses,
 * `[a, b for ...]` (underlined from the first item to the last) or `[a, for ...]` (to the comma).
 */
export function refuseUnparenthesizedTarget(p: ParserState, elts: ast.Expr[]): void {
	const first = elts[0];
	if (!first || !comprehensionClausesFollow(p)) return;
	const comma = p.prev.type === "OP" && p.prev.value === "," ? p.prev : null;
	const message = "did you forget parentheses around the comprehension target?";
	if (elts.length > 1) throw p.errorOver(message, first, elts[elts.length - 1]!);
	if (comma) throw p.errorOver(message, first, comma);
}

/**
 * Whether well-formed comprehension clauses come next (and then `closer`, when given), read ahead without
 * consuming them: the shape of the invalid_ rules that name a misplaced comprehension.
 */
export function comprehensionClausesFollow(p: ParserState, closer?: string): boolean {
	if (!p.isKeyword("for") && !p.isKeyword("async")) return false;
	const saved = p.i;
	try {
		parseComprehensionClauses(p);
		return closer === undefined || p.isOp(closer);
	} catch (e) {
		// Reading on to the end of a file whose tokenizing failed ('{' was never closed) is that error.
		if (p.tokens[p.i]?.failure) throw e;
		return false;
	} finally {
		p.i = saved;
	}
}

