// The statements that test and jump: if, while, for and assert, each laid out as compile.c lays it out.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { asIterable } from "./fold";
import { compileStore } from "./targets";

export function compileIf(c: Compiler, s: ast.If): void {
	const u = c.unit;
	const end = u.newLabel();
	const orelse = s.orelse.length ? u.newLabel() : end;
	c.jumpIf(s.test, false, orelse);
	c.body(s.body);
	if (s.orelse.length) {
		u.jump(Op.JUMP, end);
		u.place(orelse);
		c.body(s.orelse);
	}
	u.place(end);
}

/**
 * compiler_while: the test at the top, and again after the body (at the `while` line), jumping back into the
 * body while it holds. The test is compiled twice, so a warning about it prints twice, as in python3.
 */
export function compileWhile(c: Compiler, s: ast.While): void {
	const u = c.unit;
	const top = u.newLabel();
	const body = u.newLabel();
	const orelse = u.newLabel();
	const end = u.newLabel();
	u.place(top);
	c.jumpIf(s.test, false, orelse);
	u.place(body);
	u.pushBlock({ kind: "loop", breakTo: end, continueTo: top, hasIterator: false }, s);
	c.body(s.body);
	u.fblocks.pop();
	u.line = s.lineno;
	u.location = s;
	c.jumpIf(s.test, true, body);
	u.place(orelse);
	c.body(s.orelse);
	u.place(end);
}

export function compileFor(c: Compiler, s: ast.For): void {
	const u = c.unit;
	const top = u.newLabel();
	const exhausted = u.newLabel();
	const end = u.newLabel();
	c.expr(asIterable(s.iter));
	u.line = s.lineno;
	u.emit(Op.GET_ITER);
	u.place(top);
	u.line = s.lineno;
	u.jump(Op.FOR_ITER, exhausted);
	compileStore(c, s.target);
	u.pushBlock({ kind: "loop", breakTo: end, continueTo: top, hasIterator: true }, s);
	c.body(s.body);
	u.fblocks.pop();
	u.loopBack(top);
	u.place(exhausted);
	c.body(s.orelse);
	u.place(end);
}

export function compileAssert(c: Compiler, s: ast.Assert): void {
	// compiler_assert warns before compiling anything of the statement: a non-empty tuple is always true.
	if (s.test.kind === "Tuple" && s.test.elts.length > 0) c.warnings.push({ line: s.lineno, message: "assertion is always true, perhaps remove parentheses?" });
	const u = c.unit;
	const ok = u.newLabel();
	c.jumpIf(s.test, true, ok);
	u.emit(Op.LOAD_ASSERTION_ERROR);
	if (s.msg) {
		// As compile.c: no NULL below AssertionError, CALL 0 takes the message in the slot of a method's self.
		c.expr(s.msg);
		u.emit(Op.CALL, 0);
	}
	u.emit(Op.RAISE_VARARGS, 1);
	u.place(ok);
}
