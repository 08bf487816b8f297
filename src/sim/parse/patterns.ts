// Patterns of `case` blocks, after CPython 3.11's python.gram (`patterns` down to `class_pattern`). PEG commits to
// the first alternative that succeeds, so a bare `_` is always the wildcard (`_.x` is a syntax error) and a name
// followed by `.`, `(` or `=` is never a capture.
import type * as ast from "./ast";
import { parseNamedExpression } from "./expressions";
import { KEYWORDS, type ParserState, type Start } from "./state";
import { parseStrings } from "./strings";
import { numberLiteral } from "./number-literals";

/** `patterns`: an open sequence (`case a, *b:`) or a single pattern. */
export function parsePatterns(p: ParserState): ast.Pattern {
	const start = p.start();
	const first = parseMaybeStarPattern(p);
	if (!p.isOp(",")) {
		if (first.kind === "MatchStar") throw p.errorHere();
		return first;
	}
	const patterns = [first];
	while (p.eatOp(",")) {
		if (p.isOp(":") || p.isKeyword("if")) break;
		patterns.push(parseMaybeStarPattern(p));
	}
	return p.finish(start, { kind: "MatchSequence", patterns } as ast.MatchSequence);
}

/** `pattern`: as_pattern | or_pattern. */
function parsePattern(p: ParserState): ast.Pattern {
	const start = p.start();
	const pattern = parseOrPattern(p);
	if (!p.isKeyword("as")) return pattern;
	const as = p.i;
	p.advance();
	if (isCaptureTarget(p)) {
		const name = p.advance().value;
		return p.finish(start, { kind: "MatchAs", pattern, name } as ast.MatchAs);
	}
	// invalid_as_pattern
	if (p.isKeyword("_")) throw p.errorHere("cannot use '_' as a target");
	if (!isPlainName(p)) throw p.errorAt("invalid pattern target", parseNamedExpression(p, false));
	// A name followed by `.`, `(` or `=`: the pattern ended before `as`; the parser read one token further.
	p.i = as + 2;
	throw p.errorHere();
}

function isPlainName(p: ParserState): boolean {
	return p.tok.type === "NAME" && !KEYWORDS.has(p.tok.value);
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '='). */
function isCaptureTarget(p: ParserState): boolean {
	if (!isPlainName(p) || p.tok.value === "_") return false;
	const next = p.peek();
	return !(next.type === "OP" && (next.value === "." || next.value === "(" || next.value === "="));
}

function parseOrPattern(p: ParserState): ast.Pattern {
	const start = p.start();
	const first = parseClosedPattern(p);
	if (!p.isOp("|")) return first;
	const patterns = [first];
	while (p.eatOp("|")) patterns.push(parseClosedPattern(p));
	return p.finish(start, { kind: "MatchOr", patterns } as ast.MatchOr);
}

function parseMaybeStarPattern(p: ParserState): ast.Pattern {
	if (!p.isOp("*")) return parsePattern(p);
	const start = p.start();
	p.advance();
	let name: string | null = null;
	if (isCaptureTarget(p)) name = p.advance().value;
	else if (p.isKeyword("_")) p.advance();
	else throw p.errorHere();
	return p.finish(start, { kind: "MatchStar", name } as ast.MatchStar);
}

const SINGLETONS: Record<string, null | boolean> = { None: null, True: true, False: false };

function parseClosedPattern(p: ParserState): ast.Pattern {
	const t = p.tok;
	const start = p.start();
	if (t.type === "NUMBER" || t.type === "STRING" || (t.type === "OP" && t.value === "-")) {
		const value = parseLiteralExpr(p);
		return p.finish(start, { kind: "MatchValue", value } as ast.MatchValue);
	}
	if (t.type === "NAME") {
		if (Object.hasOwn(SINGLETONS, t.value)) {
			p.advance();
			return p.finish(start, { kind: "MatchSingleton", value: SINGLETONS[t.value]! } as ast.MatchSingleton);
		}
		if (isCaptureTarget(p)) {
			const name = p.advance().value;
			return p.finish(start, { kind: "MatchAs", pattern: null, name } as ast.MatchAs);
		}
		if (t.value === "_") {
			p.advance();
			return p.finish(start, { kind: "MatchAs", pattern: null, name: null } as ast.MatchAs);
		}
		if (!isPlainName(p)) throw p.errorHere();
		const target = parseNameOrAttr(p);
		if (p.isOp("(")) return parseClassPattern(p, start, target);
		if (target.kind === "Name" || p.isOp("=")) throw p.errorHere();
		return p.finish(start, { kind: "MatchValue", value: target } as ast.MatchValue);
	}
	if (t.type === "OP") {
		if (t.value === "(") return parseParenthesizedPattern(p);
		if (t.value === "[") {
			p.advance();
			const patterns = p.isOp("]") ? [] : parseSequenceItems(p, "]");
			p.expectOp("]");
			return p.finish(start, { kind: "MatchSequence", patterns } as ast.MatchSequence);
		}
		if (t.value === "{") return parseMappingPattern(p);
	}
	throw p.errorHere();
}

/** `'(' pattern ')'` is the pattern itself; `()` and `(p,)` are sequences. */
function parseParenthesizedPattern(p: ParserState): ast.Pattern {
	const start = p.start();
	p.advance();
	if (p.eatOp(")")) return p.finish(start, { kind: "MatchSequence", patterns: [] as ast.Pattern[] } as ast.MatchSequence);
	const first = parseMaybeStarPattern(p);
	if (first.kind !== "MatchStar" && p.eatOp(")")) return first;
	if (!p.isOp(",")) throw p.errorHere();
	p.advance();
	const patterns = [first, ...(p.isOp(")") ? [] : parseSequenceItems(p, ")"))];
	p.expectOp(")");
	return p.finish(start, { kind: "MatchSequence", patterns } as ast.MatchSequence);
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? up to `close`. */
function parseSequenceItems(p: ParserState, close: string): ast.Pattern[] {
	const items = [parseMaybeStarPattern(p)];
	while (p.eatOp(",")) {
		if (p.isOp(close)) break;
		items.push(parseMaybeStarPattern(p));
	}
	return items;
}

/** name_or_attr: a name, or a dotted chain of attribute loads. */
function parseNameOrAttr(p: ParserState): ast.Name | ast.Attribute {
	const start = p.start();
	const id = p.advance().value;
	let node: ast.Name | ast.Attribute = p.finish(start, { kind: "Name", id, ctx: "Load" } as ast.Name);
	while (p.eatOp(".")) {
		if (!isPlainName(p)) throw p.errorHere();
		const attr = p.advance().value;
		node = p.finish(start, { kind: "Attribute", value: node, attr, ctx: "Load" } as ast.Attribute);
	}
	return node;
}

/** literal_expr: a signed number, a complex literal, strings, None, True or False. */
function parseLiteralExpr(p: ParserState): ast.Expr {
	const t = p.tok;
	if (t.type === "STRING") return parseStrings(p);
	if (t.type === "NAME" && Object.hasOwn(SINGLETONS, t.value)) {
		const start = p.start();
		p.advance();
		return p.finish(start, { kind: "Constant", value: SINGLETONS[t.value]!, constKind: null } as ast.Constant);
	}
	const start = p.start();
	const real = parseSignedNumber(p);
	if (!p.isOp("+") && !p.isOp("-")) return real;
	// complex_number: signed_real_number ('+' | '-') imaginary_number
	const realPart = real.kind === "UnaryOp" ? real.operand : real;
	if (isImaginary(realPart)) throw p.errorAt("real number required in complex literal", realPart);
	const op: ast.Operator = p.advance().value === "+" ? "Add" : "Sub";
	const imag = parseNumber(p);
	if (!isImaginary(imag)) throw p.errorAt("imaginary number required in complex literal", imag);
	return p.finish(start, { kind: "BinOp", left: real, op, right: imag } as ast.BinOp);
}

function isImaginary(e: ast.Expr): boolean {
	return e.kind === "Constant" && typeof e.value === "object" && e.value !== null && "complex" in e.value;
}

function parseSignedNumber(p: ParserState): ast.Constant | ast.UnaryOp {
	const start = p.start();
	if (!p.eatOp("-")) return parseNumber(p);
	if (p.tok.type !== "NUMBER") throw p.errorHere();
	const operand = parseNumber(p);
	return p.finish(start, { kind: "UnaryOp", op: "USub", operand } as ast.UnaryOp);
}

function parseNumber(p: ParserState): ast.Constant {
	if (p.tok.type !== "NUMBER") throw p.errorHere();
	// The expression parser reads a NUMBER atom as a Constant (and would take `1 + 2` whole): read just the atom.
	const start = p.start();
	const value = numberLiteral(p.advance(), p.source);
	return p.finish(start, { kind: "Constant", value, constKind: null } as ast.Constant);
}

function parseMappingPattern(p: ParserState): ast.MatchMapping {
	const start = p.start();
	p.advance();
	const keys: ast.Expr[] = [];
	const patterns: ast.Pattern[] = [];
	let rest: string | null = null;
	while (!p.isOp("}")) {
		if (p.eatOp("**")) {
			if (!isCaptureTarget(p)) throw p.errorHere();
			rest = p.advance().value;
			p.eatOp(",");
			break;
		}
		keys.push(parseMappingKey(p));
		p.expectOp(":");
		patterns.push(parsePattern(p));
		if (!p.eatOp(",")) break;
	}
	p.expectOp("}");
	return p.finish(start, { kind: "MatchMapping", keys, patterns, rest } as ast.MatchMapping);
}

/** key_value_pattern's key: literal_expr | attr (a dotted name; a bare name is not a key). */
function parseMappingKey(p: ParserState): ast.Expr {
	if (isPlainName(p) && !Object.hasOwn(SINGLETONS, p.tok.value)) {
		if (!(p.peek().type === "OP" && p.peek().value === ".")) {
			p.advance();
			throw p.errorHere();
		}
		return parseNameOrAttr(p);
	}
	const t = p.tok;
	if (t.type === "NUMBER" || t.type === "STRING" || (t.type === "OP" && t.value === "-") || t.type === "NAME") return parseLiteralExpr(p);
	throw p.errorHere();
}

function parseClassPattern(p: ParserState, start: Start, cls: ast.Name | ast.Attribute): ast.MatchClass {
	p.advance();
	const patterns: ast.Pattern[] = [];
	const kwd_attrs: string[] = [];
	const kwd_patterns: ast.Pattern[] = [];
	while (!p.isOp(")")) {
		if (isPlainName(p) && p.peek().type === "OP" && p.peek().value === "=") {
			kwd_attrs.push(p.advance().value);
			p.advance();
			kwd_patterns.push(parsePattern(p));
		} else if (kwd_attrs.length > 0) {
			throw positionalAfterKeyword(p);
		} else {
			patterns.push(parsePattern(p));
		}
		if (!p.eatOp(",")) break;
	}
	p.expectOp(")");
	return p.finish(start, { kind: "MatchClass", cls, patterns, kwd_attrs, kwd_patterns } as ast.MatchClass);
}

/** invalid_class_pattern: the run of positional patterns after a keyword pattern, first to last. */
function positionalAfterKeyword(p: ParserState): Error {
	const run = [parsePattern(p)];
	while (p.isOp(",") && !(p.peek().type === "NAME" && p.peek(2).type === "OP" && p.peek(2).value === "=")) {
		p.advance();
		if (p.isOp(")")) break;
		run.push(parsePattern(p));
	}
	return p.errorOver("positional patterns follow keyword patterns", run[0]!, run[run.length - 1]!);
}
