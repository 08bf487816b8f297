// Comparisons, chained ones included (compiler_compare), and the SyntaxWarning for `is` with a literal.
import type * as ast from "../parse/ast";
import { Op, COMPARE_OPS } from "./code";
import type { Compiler } from "./compiler";
import { asIterable, foldedConstant } from "./fold";

/** compile.c's check_is_arg: anything but a constant, or one of the singleton constants. */
function fitsIs(node: ast.Expr): boolean {
	const value = foldedConstant(node);
	return value === undefined || value === null || typeof value === "boolean" || (typeof value === "object" && "ellipsis" in value);
}

/** check_compare: `x is 1` works by accident of caching, if at all; CPython warns at compile time. */
export function warnOnIsWithLiteral(c: Compiler, node: ast.Compare): void {
	let left = fitsIs(node.left);
	for (let i = 0; i < node.ops.length; i++) {
		const op = node.ops[i]!;
		const right = fitsIs(node.comparators[i]!);
		if ((op === "Is" || op === "IsNot") && !(left && right)) {
			const message = op === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
			c.warnings.push({ line: node.lineno, message });
			return;
		}
		left = right;
	}
}

/** Comparator i, as ast_opt.c leaves it: it folds only the last one, and only for a membership test. */
export function comparatorAt(node: ast.Compare, i: number): ast.Expr {
	const last = node.ops.length - 1;
	const op = node.ops[last]!;
	return i === last && (op === "In" || op === "NotIn") ? asIterable(node.comparators[i]!) : node.comparators[i]!;
}

/** compiler_addcompare. */
export function emitComparison(c: Compiler, op: ast.CmpOperator): void {
	const u = c.unit;
	if (op === "Is" || op === "IsNot") u.emit(Op.IS_OP, op === "IsNot" ? 1 : 0);
	else if (op === "In" || op === "NotIn") u.emit(Op.CONTAINS_OP, op === "NotIn" ? 1 : 0);
	else u.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf(op));
}

export function compileCompare(c: Compiler, node: ast.Compare): void {
	warnOnIsWithLiteral(c, node);
	const u = c.unit;
	c.expr(node.left);
	if (node.ops.length === 1) {
		c.expr(comparatorAt(node, 0));
		emitComparison(c, node.ops[0]!);
		return;
	}
	const cleanup = u.newLabel();
	const end = u.newLabel();
	node.ops.forEach((op, i) => {
		c.expr(comparatorAt(node, i));
		if (i < node.ops.length - 1) {
			u.emit(Op.SWAP, 2);
			u.emit(Op.COPY, 2);
			emitComparison(c, op);
			u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
		} else emitComparison(c, op);
	});
	u.jump(Op.JUMP, end);
	u.place(cleanup);
	u.emit(Op.SWAP, 2);
	u.emit(Op.POP_TOP);
	u.place(end);
}
