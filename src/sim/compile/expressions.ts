// Expressions, compiled as CPython 3.11 does where the stack (and so reference counts) is visible.
import type * as ast from "../parse/ast";
import { syntaxError, UnsupportedSyntaxError } from "../parse/errors";
import { Op, BINARY_OPS } from "./code";
import type { Compiler } from "./compiler";
import { compileLambda, compileComprehension } from "./definitions";
import { compileStore, compileSubscriptIndex } from "./targets";
import { foldedConstant, negatedComparison } from "./fold";
import { percentFormatAsJoinedStr } from "./percent-format";
import { compileCompare } from "./compare";
import { warnOnCallingLiteral, warnOnSubscriptingLiteral } from "./comma-warnings";
import { compileDict, compileListOrSet, compileSequence, hasStarred, STACK_USE_GUIDELINE } from "./displays";

/** What an expression folds to at compile time (fold.ts), or undefined. */
export function compileConstant(node: ast.Expr): ast.ConstantValue | undefined {
	return foldedConstant(node);
}

export function compileExpr(c: Compiler, node: ast.Expr): void {
	const u = c.unit;
	if (node.kind === "BinOp" || node.kind === "UnaryOp" || node.kind === "Tuple" || node.kind === "Subscript") {
		const folded = foldedConstant(node);
		if (folded !== undefined) return c.loadConst(folded);
	}
	switch (node.kind) {
		case "Constant":
			return c.loadConst(node.value);
		case "Name":
			return c.nameOp(node.id, node.ctx);
		case "BinOp": {
			const joined = percentFormatAsJoinedStr(node);
			if (joined) return c.expr(joined);
			c.expr(node.left);
			c.expr(node.right);
			u.emit(Op.BINARY_OP, BINARY_OPS.indexOf(node.op));
			return;
		}
		case "UnaryOp": {
			const negated = negatedComparison(node);
			if (negated) return c.expr(negated);
			c.expr(node.operand);
			u.emit({ Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE }[node.op]);
			return;
		}
		case "BoolOp": {
			const end = u.newLabel();
			node.values.forEach((v, i) => {
				c.expr(v);
				if (i < node.values.length - 1) u.jump(node.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
			});
			u.place(end);
			return;
		}
		case "Compare":
			return compileCompare(c, node);
		case "IfExp": {
			const orelse = u.newLabel();
			const end = u.newLabel();
			c.jumpIf(node.test, false, orelse);
			c.expr(node.body);
			u.jump(Op.JUMP, end);
			u.place(orelse);
			c.expr(node.orelse);
			u.place(end);
			return;
		}
		case "Attribute":
			c.expr(node.value);
			u.startAtAttribute(node, node);
			u.emit(Op.LOAD_ATTR, u.nameIndex(node.attr));
			return;
		case "Subscript":
			warnOnSubscriptingLiteral(c, node);
			c.expr(node.value);
			compileSubscriptIndex(c, node.slice);
			u.emit(Op.BINARY_SUBSCR);
			return;
		case "Call":
			return compileCall(c, node);
		case "Tuple":
			return compileSequence(c, node.elts, Op.BUILD_TUPLE, true);
		case "List":
		case "Set":
			return compileListOrSet(c, node);
		case "Dict":
			return compileDict(c, node);
		case "JoinedStr":
			if (node.values.length === 0) return c.loadConst("");
			for (const v of node.values) c.expr(v);
			// compiler_joined_str: one piece is the result itself (`f"abc"` is the constant 'abc').
			if (node.values.length !== 1) u.emit(Op.BUILD_STRING, node.values.length);
			return;
		case "FormattedValue": {
			c.expr(node.value);
			let flags = node.conversion === 115 ? 1 : node.conversion === 114 ? 2 : node.conversion === 97 ? 3 : 0;
			if (node.format_spec) {
				c.expr(node.format_spec);
				flags |= 4;
			}
			u.emit(Op.FORMAT_VALUE, flags);
			return;
		}
		case "NamedExpr":
			c.expr(node.value);
			u.emit(Op.COPY, 1);
			compileStore(c, node.target);
			return;
		case "Lambda":
			return compileLambda(c, node);
		case "ListComp":
		case "SetComp":
		case "DictComp":
		case "GeneratorExp":
			return compileComprehension(c, node);
		case "Yield":
			if (node.value) c.expr(node.value);
			else c.loadConst(null);
			u.emit(Op.YIELD_VALUE);
			return;
		case "YieldFrom":
			c.expr(node.value);
			u.emit(Op.GET_YIELD_FROM_ITER);
			c.loadConst(null);
			u.emit(Op.YIELD_FROM);
			return;
		case "Await":
			// The parser refuses every await, as no function pymem runs is async; none should get here.
			throw new UnsupportedSyntaxError("await expressions", node.lineno);
		case "Slice":
			return compileSubscriptIndex(c, node);
		case "Starred":
			// Displays, calls and subscripts take their starred items before they get here (compiler_visit_expr).
			throw syntaxError("can't use starred expression here", node.lineno, node.col_offset, node.end_col_offset, node.end_lineno);
	}
}

function compileCall(c: Compiler, node: ast.Call): void {
	warnOnCallingLiteral(c, node);
	const u = c.unit;
	const { args, keywords } = node;
	// compiler_call_helper: starred arguments, `**`, or more than the stack should hold go through a tuple and
	// a dict (CALL_FUNCTION_EX); maybe_optimize_method_call leaves such calls, and long ones, to LOAD_ATTR.
	const exCall = hasStarred(args) || keywords.some((k) => k.arg === null) || args.length + keywords.length * 2 > STACK_USE_GUIDELINE;
	const methodCall = !exCall && node.func.kind === "Attribute" && args.length + keywords.length + (keywords.length ? 1 : 0) < STACK_USE_GUIDELINE;
	if (methodCall && node.func.kind === "Attribute") {
		c.expr(node.func.value);
		u.startAtAttribute(node.func, node.func);
		u.emit(Op.LOAD_METHOD, u.nameIndex(node.func.attr));
		u.location = node;
	} else {
		u.emit(Op.PUSH_NULL);
		c.expr(node.func);
	}
	if (exCall) {
		// A lone `*x` is passed as it is: CALL_FUNCTION_EX makes it a tuple unless it is one.
		const only = args.length === 1 ? args[0]! : null;
		if (only?.kind === "Starred") c.expr(only.value);
		else compileSequence(c, args, Op.BUILD_TUPLE, true);
		if (keywords.length) compileKeywordsDict(c, keywords);
		u.line = node.lineno;
		u.emit(Op.CALL_FUNCTION_EX, keywords.length ? 1 : 0);
		return;
	}
	for (const a of args) c.expr(a);
	for (const k of keywords) c.expr(k.value);
	if (keywords.length) {
		u.emit(Op.KW_NAMES, u.constant(undefined, () => c.consts.strTuple(keywords.map((k) => k.arg ?? ""))));
	}
	if (methodCall && node.func.kind === "Attribute") u.startAtAttribute(node, node.func);
	else {
		u.line = node.lineno;
		u.location = node;
	}
	u.emit(Op.CALL, args.length + keywords.length);
}

/** The keywords of a CALL_FUNCTION_EX as one dict: runs of `name=value` packed, each `**m` merged in. */
export function compileKeywordsDict(c: Compiler, keywords: ast.Keyword[]): void {
	const u = c.unit;
	let haveDict = false;
	let runStart = 0;
	const packRun = (end: number) => {
		if (end === runStart) return;
		compileKeywordRun(c, keywords.slice(runStart, end));
		if (haveDict) u.emit(Op.DICT_MERGE, 1);
		haveDict = true;
	};
	keywords.forEach((k, i) => {
		if (k.arg !== null) return;
		packRun(i);
		runStart = i + 1;
		if (!haveDict) u.emit(Op.BUILD_MAP, 0);
		haveDict = true;
		c.expr(k.value);
		u.emit(Op.DICT_MERGE, 1);
	});
	packRun(keywords.length);
}

/** compiler_subkwargs: several names make a BUILD_CONST_KEY_MAP; one, or too many for the stack, go pair by pair. */
function compileKeywordRun(c: Compiler, run: ast.Keyword[]): void {
	const u = c.unit;
	const big = run.length * 2 > STACK_USE_GUIDELINE;
	if (run.length > 1 && !big) {
		for (const k of run) c.expr(k.value);
		u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.consts.strTuple(run.map((k) => k.arg ?? ""))));
		u.emit(Op.BUILD_CONST_KEY_MAP, run.length);
		return;
	}
	if (big) u.emit(Op.BUILD_MAP, 0);
	for (const k of run) {
		c.loadConst(k.arg);
		c.expr(k.value);
		if (big) u.emit(Op.MAP_ADD, 1);
	}
	if (!big) u.emit(Op.BUILD_MAP, run.length);
}
