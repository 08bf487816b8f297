// Under `from __future__ import annotations` an annotation is stored as its source text, written back from the
// AST as CPython's ast_unparse.c writes it (its precedence rules decide the parentheses), not as typed.
import type * as ast from "../parse/ast";
import { pyRepr } from "../parse/repr";
import { syntaxError, UnsupportedSyntaxError } from "../parse/errors";

/** ast_unparse.c's precedence levels, loosest first. */
const enum Level {
	Tuple, Test, Or, And, Not, Cmp, Expr, Bor = Expr, Bxor, Band, Shift, Arith, Term, Factor, Power, Await, Atom,
}

const BINARY: Record<ast.Operator, [string, Level]> = {
	Add: ["+", Level.Arith], Sub: ["-", Level.Arith],
	Mult: ["*", Level.Term], MatMult: ["@", Level.Term], Div: ["/", Level.Term], Mod: ["%", Level.Term], FloorDiv: ["//", Level.Term],
	LShift: ["<<", Level.Shift], RShift: [">>", Level.Shift],
	BitOr: ["|", Level.Bor], BitXor: ["^", Level.Bxor], BitAnd: ["&", Level.Band], Pow: ["**", Level.Power],
};
const UNARY: Record<ast.UnaryOperator, [string, Level]> = { Invert: ["~", Level.Factor], Not: ["not ", Level.Not], UAdd: ["+", Level.Factor], USub: ["-", Level.Factor] };
const COMPARE: Record<ast.CmpOperator, string> = {
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
};

/** _PyAST_ExprAsUnicode: the text the compiler stores for an annotation. */
export function annotationText(e: ast.Expr): string {
	return unparse(e, Level.Test);
}

function parenthesized(open: boolean, text: string): string {
	return open ? `(${text})` : text;
}

function unparse(e: ast.Expr, level: Level): string {
	switch (e.kind) {
		case "Name":
			return e.id;
		case "Constant":
			return constantText(e);
		case "Attribute":
			// `1 .real`: a period straight after an int would read as a float.
			return `${unparse(e.value, Level.Atom)}${e.value.kind === "Constant" && typeof e.value.value === "bigint" ? " ." : "."}${e.attr}`;
		case "Subscript":
			return `${unparse(e.value, Level.Atom)}[${unparse(e.slice, Level.Tuple)}]`;
		case "Slice":
			return `${e.lower ? unparse(e.lower, Level.Test) : ""}:${e.upper ? unparse(e.upper, Level.Test) : ""}${e.step ? `:${unparse(e.step, Level.Test)}` : ""}`;
		case "Tuple": {
			if (e.elts.length === 0) return "()";
			const items = e.elts.map((x) => unparse(x, Level.Test)).join(", ");
			return parenthesized(level > Level.Tuple, e.elts.length === 1 ? `${items},` : items);
		}
		case "List":
			return `[${e.elts.map((x) => unparse(x, Level.Test)).join(", ")}]`;
		case "Set":
			return `{${e.elts.map((x) => unparse(x, Level.Test)).join(", ")}}`;
		case "Dict":
			return `{${e.keys.map((k, i) => (k ? `${unparse(k, Level.Test)}: ${unparse(e.values[i]!, Level.Test)}` : `**${unparse(e.values[i]!, Level.Expr)}`)).join(", ")}}`;
		case "Starred":
			return `*${unparse(e.value, Level.Expr)}`;
		case "BinOp": {
			const [symbol, own] = BINARY[e.op];
			// ** binds to the right: its left operand needs parentheses at its own level, the right does not.
			const rightAssociative = e.op === "Pow" ? 1 : 0;
			return parenthesized(level > own, `${unparse(e.left, own + rightAssociative)} ${symbol} ${unparse(e.right, own + 1 - rightAssociative)}`);
		}
		case "UnaryOp": {
			const [symbol, own] = UNARY[e.op];
			return parenthesized(level > own, `${symbol}${unparse(e.operand, own)}`);
		}
		case "BoolOp": {
			const own = e.op === "And" ? Level.And : Level.Or;
			return parenthesized(level > own, e.values.map((v) => unparse(v, own + 1)).join(e.op === "And" ? " and " : " or "));
		}
		case "Compare":
			return parenthesized(level > Level.Cmp, `${unparse(e.left, Level.Cmp + 1)}${e.ops.map((op, i) => ` ${COMPARE[op]} ${unparse(e.comparators[i]!, Level.Cmp + 1)}`).join("")}`);
		case "IfExp":
			return parenthesized(level > Level.Test, `${unparse(e.body, Level.Test + 1)} if ${unparse(e.test, Level.Test + 1)} else ${unparse(e.orelse, Level.Test)}`);
		case "Call": {
			const args = e.args.map((a) => unparse(a, Level.Test));
			const keywords = e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, Level.Expr)}` : `${k.arg}=${unparse(k.value, Level.Test)}`));
			return `${unparse(e.func, Level.Atom)}(${[...args, ...keywords].join(", ")})`;
		}
		case "Lambda":
			if (lambdaHasParameters(e.args)) break;
			return parenthesized(level > Level.Test, `lambda: ${unparse(e.body, Level.Test)}`);
		case "NamedExpr":
		case "Yield":
		case "YieldFrom":
			// The symbol table's annotation block rejects them under this future.
			throw syntaxError(`'${e.kind === "NamedExpr" ? "named" : "yield"} expression' can not be used within an annotation`, e.lineno, e.col_offset, e.end_col_offset, e.end_lineno);
	}
	throw new UnsupportedSyntaxError(`${describe(e.kind)} in an annotation under from __future__ import annotations`, e.lineno);
}

function lambdaHasParameters(a: ast.Arguments): boolean {
	return a.posonlyargs.length + a.args.length + a.kwonlyargs.length > 0 || a.vararg !== null || a.kwarg !== null;
}

/** A constant as repr() writes it; an infinite float keeps a literal that reads back as one. */
function constantText(e: ast.Constant): string {
	const value = e.value;
	if (value !== null && typeof value === "object" && "ellipsis" in value) return "...";
	if (typeof value === "string") return e.constKind === "u" ? `u${pyRepr(value)}` : pyRepr(value);
	const text = pyRepr(value);
	return typeof value === "number" || (value !== null && typeof value === "object" && "complex" in value) ? text.replace(/inf/g, "1e309") : text;
}

function describe(kind: string): string {
	return kind === "Lambda" ? "a lambda with parameters" : kind === "JoinedStr" ? "an f-string" : `a ${kind} expression`;
}
