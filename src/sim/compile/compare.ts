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
function warnOnIsWithLiteral(c: Compiler, node: ast.Compare): void {
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

export function compileCompare(c: Compiler, node: ast.Compare): void {
	warnOnIsWithLiteral(c, node);
	const u = c.unit;
	c.expr(node.left);
	const last = node.ops.length - 1;
	const lastOp = node.ops[last]!;
	// ast_opt.c folds only the last comparator, and only for a membership test.
	const comparator = (i: number) => (i === last && (lastOp === "In" || lastOp === "NotIn") ? asIterable(node.comparators[i]!) : node.comparators[i]!);
	const emitOp = (op: ast.CmpOperator) => {
		if (op === "Is" || op === "IsNot") u.emit(Op.IS_OP, op === "IsNot" ? 1 : 0);
		else if (op === "In" || op === "NotIn") u.emit(Op.CONTAINS_OP, op === "NotIn" ? 1 : 0);
		else u.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf(op));
	};
	if (node.ops.length === 1) {
		c.expr(comparator(0));
		emitOp(node.ops[0]!);
		return;
	}
	const cleanup = u.newLabel();
	const end = u.newLabel();
	node.ops.forEach((op, i) => {
		c.expr(comparator(i));
		if (i < node.ops.length - 1) {
			u.emit(Op.SWAP, 2);
			u.emit(Op.COPY, 2);
			emitOp(op);
			u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
		} else emitOp(op);
	});
	u.jump(Op.JUMP, end);
	u.place(cleanup);
	u.emit(Op.SWAP, 2);
	u.emit(Op.POP_TOP);
	u.place(end);
}
