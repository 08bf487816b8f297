// compiler_jump_if: a test compiled as jumps. `and`, `or`, `not`, a conditional expression and a chained
// comparison each send control where it goes without leaving a value behind to be tested again, so a value's
// `__bool__` runs once, as in CPython. Then optimize_basic_block's rewrite: `x is None` followed by a jump
// becomes one POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE, and None is never pushed.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { comparatorAt, emitComparison, warnOnIsWithLiteral } from "./compare";
import { negatedComparison } from "./fold";
import type { Label } from "./unit";

/** Jumps to `label` when `test` is true (`jumpIfTrue`) or false; goes on after it otherwise. */
export function compileJumpIf(c: Compiler, test: ast.Expr, jumpIfTrue: boolean, label: Label): void {
	const u = c.unit;
	switch (test.kind) {
		case "UnaryOp": {
			if (test.op !== "Not") break;
			const negated = negatedComparison(test);
			return negated ? compileJumpIf(c, negated, jumpIfTrue, label) : compileJumpIf(c, test.operand, !jumpIfTrue, label);
		}
		case "BoolOp": {
			// Every value but the last decides the whole `or` when true (`and` when false): then it jumps to
			// where the whole test's outcome goes, if that is where the jump goes, or past the test.
			const isOr = test.op === "Or";
			const decided = isOr === jumpIfTrue ? label : u.newLabel();
			const last = test.values.length - 1;
			test.values.forEach((value, i) => compileJumpIf(c, value, i < last ? isOr : jumpIfTrue, i < last ? decided : label));
			if (decided !== label) u.place(decided);
			return;
		}
		case "IfExp": {
			const end = u.newLabel();
			const orelse = u.newLabel();
			compileJumpIf(c, test.test, false, orelse);
			compileJumpIf(c, test.body, jumpIfTrue, label);
			jumpWithoutLine(c, end);
			u.place(orelse);
			compileJumpIf(c, test.orelse, jumpIfTrue, label);
			u.place(end);
			return;
		}
		case "Compare":
			// SET_LOC, left so: the jump, and an assert's raise after it, are at the comparison.
			u.line = test.lineno;
			u.location = test;
			warnOnIsWithLiteral(c, test);
			c.expr(test.left);
			compileComparisonJumps(c, test, jumpIfTrue, label);
			return;
	}
	c.expr(test);
	u.jump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
}

/** The comparisons after the left operand: a chain stops at the first false one, its operand left to pop. */
function compileComparisonJumps(c: Compiler, test: ast.Compare, jumpIfTrue: boolean, label: Label): void {
	const u = c.unit;
	const last = test.ops.length - 1;
	const cleanup = last > 0 ? u.newLabel() : null;
	for (let i = 0; i < last; i++) {
		c.expr(comparatorAt(test, i));
		u.emit(Op.SWAP, 2);
		u.emit(Op.COPY, 2);
		emitComparison(c, test.ops[i]!);
		u.jump(Op.POP_JUMP_IF_FALSE, cleanup!);
	}
	const comparator = comparatorAt(test, last);
	const op = test.ops[last]!;
	if ((op === "Is" || op === "IsNot") && comparator.kind === "Constant" && comparator.value === null) jumpOnNone(c, comparator, op === "IsNot" !== jumpIfTrue, label);
	else {
		c.expr(comparator);
		emitComparison(c, op);
		u.jump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
	}
	if (!cleanup) return;
	const end = u.newLabel();
	jumpWithoutLine(c, end);
	u.place(cleanup);
	u.emit(Op.POP_TOP);
	if (!jumpIfTrue) jumpWithoutLine(c, label);
	u.place(end);
}

/**
 * LOAD_CONST None, IS_OP and the jump, as the optimizer leaves them: one jump on whether the operand is None
 * (`whenNone`) or not. The two instructions it removes become NOPs, and a NOP stays where it holds a line of
 * its own: a None on a line after its operand's is still a line the program passes.
 */
function jumpOnNone(c: Compiler, none: ast.Constant, whenNone: boolean, label: Label): void {
	const u = c.unit;
	if (none.lineno !== u.lines[u.lines.length - 1] && none.lineno !== u.line) c.at(none, (compiler) => compiler.unit.emit(Op.NOP), none);
	u.jump(whenNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, label);
}

/** ADDOP_JUMP_NOLINE: a jump with no line of its own, so reaching it is no line event. */
function jumpWithoutLine(c: Compiler, label: Label): void {
	const u = c.unit;
	const line = u.line;
	u.line = u.lines[u.lines.length - 1] ?? line;
	u.jump(Op.JUMP, label);
	u.line = line;
}
