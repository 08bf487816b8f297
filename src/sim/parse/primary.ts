// Primaries (attribute access, calls, subscripts) and atoms (names, literals; displays and parenthesised forms
// are in displays.ts), after CPython 3.11's `primary`, `atom`, `slices` and `arguments` rules.
import type * as ast from "./ast";
import { ELLIPSIS } from "./ast";
import { syntaxError, UnsupportedSyntaxError } from "./errors";
import { parseExpression, parseNamedExpression } from "./expressions";
import type { ParserState, Start } from "./state";
import { parseStrings } from "./strings";
import { numberLiteral } from "./number-literals";
import { checkedComprehension } from "./comprehension-yield";
import { comprehensionClausesFollow, parseComprehensionClauses, refuseStarredTarget } from "./comprehension-clauses";
import { parseBraceDisplay, parseListDisplay, parseParenthesized } from "./displays";

/**
 * Longest chain of `.attr`, calls and subscripts (and of binary operators) accepted. Chains nest the tree without
 * host recursion here, but every later tree walk recurses, so they stop where the compiler's passes would
 * (PYMEM_COMPILE_DEPTH, nesting-depth.ts).
 */
export const MAX_CHAIN = 1000;

export function parsePrimary(p: ParserState): ast.Expr {
	const start = p.start();
	let expr = parseAtom(p);
	for (let links = 0; ; links++) {
		const t = p.tok;
		if (t.type !== "OP") return expr;
		if (links > MAX_CHAIN) throw new UnsupportedSyntaxError("expressions nested this deeply", t.lineno);
		if (t.value === ".") {
			p.advance();
			const attr = p.expectName().value;
			expr = p.finish(start, { kind: "Attribute", value: expr, attr, ctx: "Load" } as ast.Attribute);
		} else if (t.value === "(") {
			expr = parseCall(p, expr, start);
		} else if (t.value === "[") {
			p.advance();
			const slice = parseSlices(p);
			p.expectOp("]");
			expr = p.finish(start, { kind: "Subscript", value: expr, slice, ctx: "Load" } as ast.Subscript);
		} else {
			return expr;
		}
	}
}

function parseSlices(p: ParserState): ast.Expr {
	const start = p.start();
	const first = parseSlice(p);
	// A lone starred item still makes a tuple: a[*b] is a[(*b,)].
	if (!p.isOp(",") && first.kind !== "Starred") return first;
	const elts = [first];
	while (p.eatOp(",")) {
		if (p.isOp("]")) break;
		elts.push(parseSlice(p));
	}
	return p.finish(start, { kind: "Tuple", elts, ctx: "Load" } as ast.Tuple);
}

function parseSlice(p: ParserState): ast.Expr {
	if (p.isOp("*")) return parseStarredExpression(p);
	const start = p.start();
	const lower = p.isOp(":") ? null : parseNamedExpression(p);
	if (!p.isOp(":")) {
		if (lower === null) throw p.errorHere();
		return lower;
	}
	if (lower?.kind === "NamedExpr" && !p.parenthesized.has(lower)) throw p.errorHere();
	p.advance();
	const endsPart = (): boolean => p.isOp(":") || p.isOp(",") || p.isOp("]");
	const upper = endsPart() ? null : parseExpression(p);
	let step: ast.Expr | null = null;
	if (p.eatOp(":")) step = endsPart() ? null : parseExpression(p);
	return p.finish(start, { kind: "Slice", lower, upper, step } as ast.Slice);
}

/** The parenthesised arguments of a class header. */
export function parseArguments(p: ParserState): { args: ast.Expr[]; keywords: ast.Keyword[] } {
	const start = p.start();
	const call = parseCall(p, { kind: "Name", id: "", ctx: "Load", ...start, end_lineno: 0, end_col_offset: 0 }, start, false);
	return { args: call.args, keywords: call.keywords };
}

/** A call's arguments; a class header's (`arguments` without `genexp`) take no bare generator expression. */
function parseCall(p: ParserState, func: ast.Expr, start: Start, takesGenerator = true): ast.Call {
	const open = p.advance();
	const args: ast.Expr[] = [];
	const keywords: ast.Keyword[] = [];
	let sawKeyword = false;
	let sawDoubleStar = false;
	while (!p.isOp(")")) {
		const argStart = p.start();
		const argFirstToken = p.i;
		if (p.isOp("**")) {
			p.advance();
			const value = parseExpression(p);
			keywords.push(p.finish(argStart, { kind: "keyword", arg: null, value } as ast.Keyword));
			sawDoubleStar = true;
		} else if (p.isOp("*")) {
			const starIndex = p.i;
			const starred = parseStarredExpression(p);
			if (args.length === 0 && keywords.length === 0) refuseStarredTarget(p, starred);
			if (sawDoubleStar) throw p.errorHere("iterable argument unpacking follows keyword argument unpacking", p.tokens[starIndex]);
			args.push(starred);
		} else if (p.isName() && p.peek().type === "OP" && p.peek().value === "=") {
			const nameToken = p.advance();
			const name = nameToken.value;
			const equals = p.advance();
			const value = parseExpression(p);
			if (comprehensionClausesFollow(p)) {
				throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameToken.lineno, nameToken.col, equals.endCol, equals.endLineno);
			}
			const keyword = p.finish(argStart, { kind: "keyword", arg: name, value } as ast.Keyword);
			if (keywords.some((k) => k.arg === name)) p.defer(`keyword argument repeated: ${name}`, keyword);
			keywords.push(keyword);
			sawKeyword = true;
		} else {
			const value = parseNamedExpression(p, false);
			if (p.isOp("=")) {
				// invalid_kwarg: `True=`, `False=` or `None=` is an assignment to that constant.
				const constant = p.i === argFirstToken + 1 ? p.tokens[argFirstToken]! : null;
				if (constant && constant.type === "NAME" && ["True", "False", "None"].includes(constant.value)) throw p.errorOver(`cannot assign to ${constant.value}`, value, p.tok);
				throw p.errorOver('expression cannot contain assignment, perhaps you meant "=="?', value, p.tok);
			}
			if (p.isKeyword("for") || p.isKeyword("async")) {
				const forIndex = p.i;
				const generators = parseComprehensionClauses(p, false);
				const genexp = checkedComprehension(p, { kind: "GeneratorExp", elt: value, generators } as ast.GeneratorExp);
				if (args.length === 0 && keywords.length === 0 && p.isOp(")")) {
					if (!takesGenerator) throw p.errorHere("invalid syntax", p.tokens[forIndex]);
					p.advance();
					args.push(p.finish({ lineno: open.lineno, col_offset: open.col }, genexp));
					return p.finish(start, { kind: "Call", func, args, keywords } as ast.Call);
				}
				const last = generators[generators.length - 1]!;
				throw p.errorOver("Generator expression must be parenthesized", value, last.ifs[last.ifs.length - 1] ?? last.iter);
			}
			// CPython reports these once the whole argument list is read, at its closing bracket.
			if (sawDoubleStar) throw p.errorHere("positional argument follows keyword argument unpacking", p.closingBracket());
			if (sawKeyword) throw p.errorHere("positional argument follows keyword argument", p.closingBracket());
			args.push(value);
		}
		if (!p.eatOp(",")) break;
	}
	p.expectOp(")");
	return p.finish(start, { kind: "Call", func, args, keywords } as ast.Call);
}

/** starred_expression of call arguments and subscripts: `*` takes a whole expression (`f(*a or b)`). */
function parseStarredExpression(p: ParserState): ast.Starred {
	const start = p.start();
	p.advance();
	const value = parseExpression(p);
	return p.finish(start, { kind: "Starred", value, ctx: "Load" } as ast.Starred);
}

const NAME_CONSTANTS: Record<string, ast.ConstantValue> = { True: true, False: false, None: null };

function parseAtom(p: ParserState): ast.Expr {
	const t = p.tok;
	const start = p.start();
	if (t.type === "NAME") {
		if (Object.hasOwn(NAME_CONSTANTS, t.value)) {
			p.advance();
			return p.finish(start, { kind: "Constant", value: NAME_CONSTANTS[t.value]!, constKind: null } as ast.Constant);
		}
		const id = p.expectName().value;
		return p.finish(start, { kind: "Name", id, ctx: "Load" } as ast.Name);
	}
	if (t.type === "NUMBER") return p.finish(start, { kind: "Constant", value: numberLiteral(p.advance(), p.source), constKind: null } as ast.Constant);
	if (t.type === "STRING") return parseStrings(p);
	if (t.type === "OP") {
		if (t.value === "(") return parseParenthesized(p);
		if (t.value === "[") return parseListDisplay(p);
		if (t.value === "{") return parseBraceDisplay(p);
		if (t.value === "...") {
			p.advance();
			return p.finish(start, { kind: "Constant", value: ELLIPSIS, constKind: null } as ast.Constant);
		}
	}
	throw p.errorHere();
}
