// try/except/finally, with, raise, return, break and continue. Exits that leave a block (return inside
// try/finally, break inside with...) unwind it the way compile.c's compiler_unwind_fblock does.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { compileStore } from "./targets";
import { foldedConstant } from "./fold";
import type { FBlock, Label } from "./unit";
import { EXCEPT_STAR_EXIT, syntaxError } from "../parse/errors";
import { compileTryStarExcept } from "./except-star";

/**
 * Emit the exit from one block; `preserveTop` keeps a return value on top of the stack. `at` is where compile.c
 * stands when it unwinds (its error's columns).
 */
function unwind(c: Compiler, block: FBlock, preserveTop: boolean, at: ast.Located): void {
	const u = c.unit;
	const dropBelowTop = (op: Op) => {
		if (preserveTop) u.emit(Op.SWAP, 2);
		u.emit(op);
	};
	switch (block.kind) {
		case "loop":
			if (block.hasIterator) dropBelowTop(Op.POP_TOP);
			return;
		case "try":
			u.emit(Op.POP_BLOCK);
			return;
		case "finally":
			u.emit(Op.POP_BLOCK);
			// The finally body runs outside its own block and the ones it enclosed (unwindBlocks took them
			// off), so a return or break inside it does not rerun them; a value being returned waits under it.
			if (preserveTop) u.pushBlock({ kind: "popValue" }, at);
			block.body();
			if (preserveTop) u.fblocks.pop();
			return;
		case "popValue":
			dropBelowTop(Op.POP_TOP);
			return;
		case "exceptionHandler":
			return;
		case "handler":
			u.emit(Op.POP_BLOCK);
			if (block.named) u.emit(Op.POP_BLOCK);
			if (block.withExc) dropBelowTop(Op.POP_TOP);
			dropBelowTop(Op.POP_EXCEPT);
			if (block.named) clearName(c, block.named);
			return;
		case "exceptStar":
			throw syntaxError(EXCEPT_STAR_EXIT, at.lineno, at.col_offset, at.end_col_offset, at.end_lineno);
		case "with":
			// The __exit__ call is on the with statement's line (SET_LOC to the block's statement).
			u.line = block.line;
			u.emit(Op.POP_BLOCK);
			dropBelowTop(Op.WITH_EXIT);
			return;
	}
}

export function clearName(c: Compiler, name: string): void {
	c.loadConst(null);
	c.nameOp(name, "Store");
	c.nameOp(name, "Del");
}

/**
 * Unwind the blocks from the innermost out, as compile.c's compiler_unwind_fblock_stack: each one is taken off
 * the stack while its exit is emitted (so a finally body sees only the blocks around its try statement), and
 * all are put back afterwards. With `untilLoop` it stops at the innermost loop, which it returns, not unwound.
 */
function unwindBlocks(c: Compiler, preserveTop: boolean, untilLoop: boolean, at: ast.Located): Extract<FBlock, { kind: "loop" }> | null {
	const blocks = c.unit.fblocks;
	const top = blocks[blocks.length - 1];
	if (top === undefined) return null;
	if (untilLoop && top.kind === "loop") return top;
	blocks.pop();
	unwind(c, top, preserveTop, at);
	const loop = unwindBlocks(c, preserveTop, untilLoop, at);
	blocks.push(top);
	return loop;
}

export function compileReturn(c: Compiler, s: ast.Return): void {
	const u = c.unit;
	const blocks = [...u.fblocks];
	// compile.c loads a constant (or None) only once the blocks are unwound: a finally body runs without it
	// on the stack. A NOP on the return's line keeps its line event before the finally body.
	const constant = s.value === null ? null : foldedConstant(s.value);
	const preserveTop = constant === undefined || blocks.length === 0;
	if (!preserveTop) {
		u.line = s.value?.lineno ?? s.lineno;
		u.emit(Op.NOP);
	} else if (s.value) c.expr(s.value);
	else c.loadConst(null);
	u.line = s.lineno;
	// compile.c's location: a constant's own (the NOP's), else the statement's.
	unwindBlocks(c, preserveTop, false, !preserveTop && s.value ? s.value : s);
	// After a finally body or a with's __exit__ the return is artificial (UNSET_LOC): no line event of its own.
	if (blocks.some((b) => b.kind === "finally" || b.kind === "with")) u.line = u.lines[u.lines.length - 1] ?? u.line;
	if (!preserveTop) c.loadConst(constant);
	u.emit(Op.RETURN_VALUE);
}

export function compileLoopExit(c: Compiler, s: ast.Break | ast.Continue): void {
	const u = c.unit;
	// compiler_break/compiler_continue start with a NOP: the statement's line event comes before any unwinding.
	if (u.fblocks.some((b) => b.kind === "with")) u.emit(Op.NOP);
	const loop = unwindBlocks(c, false, true, s);
	if (loop === null) return;
	if (s.kind === "Break") {
		unwind(c, loop, false, s);
		u.jump(Op.JUMP, loop.breakTo);
	} else u.jump(Op.JUMP, loop.continueTo);
}

export function compileRaise(c: Compiler, s: ast.Raise): void {
	let n = 0;
	if (s.exc) {
		c.expr(s.exc);
		n = 1;
		if (s.cause) {
			c.expr(s.cause);
			n = 2;
		}
	}
	c.unit.line = s.lineno;
	c.unit.emit(Op.RAISE_VARARGS, n);
}

export function compileTry(c: Compiler, s: ast.Try | ast.TryStar): void {
	const compileExcept = s.kind === "TryStar" ? compileTryStarExcept : compileTryExcept;
	if (!s.finalbody.length) return compileExcept(c, s);
	const u = c.unit;
	const onException = u.newLabel();
	const cleanup = u.newLabel();
	const end = u.newLabel();
	const finalBody = () => c.body(s.finalbody);
	u.jump(Op.SETUP_FINALLY, onException);
	u.pushBlock({ kind: "finally", body: finalBody }, s);
	if (s.handlers.length) compileExcept(c, s);
	else c.body(s.body);
	u.fblocks.pop();
	// The normal path's copy of the finally body, at its first line (POP_BLOCK has none of its own in CPython).
	u.line = s.finalbody[0]?.lineno ?? u.line;
	u.startStepAtNext();
	u.emit(Op.POP_BLOCK);
	finalBody();
	u.jump(Op.JUMP, end);
	u.place(onException);
	u.line = s.finalbody[0]?.lineno ?? s.lineno;
	// As compile.c: the cleanup covers the handler from before PUSH_EXC_INFO, so its depth keeps the
	// previous exception that PUSH_EXC_INFO puts where the raised one was.
	u.jump(Op.SETUP_CLEANUP, cleanup);
	u.emit(Op.PUSH_EXC_INFO);
	u.pushBlock({ kind: "handler", named: null, withExc: true }, s);
	finalBody();
	u.fblocks.pop();
	u.emit(Op.POP_BLOCK);
	u.emit(Op.POP_EXCEPT_AND_RERAISE);
	u.placeArtificial(cleanup);
	u.emit(Op.POP_EXCEPT_AND_RERAISE);
	u.place(end);
}

/**
 * What `try ... except` and `try ... except*` share: the body and `else`, then the handler's start with the raised
 * exception and the previous one on the stack. The caller places `cleanup` and `end`.
 */
export function compileTryBodyAndEnterHandler(c: Compiler, s: ast.Try | ast.TryStar): { cleanup: Label; end: Label } {
	const u = c.unit;
	const handlers = u.newLabel();
	const cleanup = u.newLabel();
	const end = u.newLabel();
	u.jump(Op.SETUP_FINALLY, handlers);
	u.pushBlock({ kind: "try" }, s);
	c.body(s.body);
	u.fblocks.pop();
	u.emit(Op.POP_BLOCK);
	c.body(s.orelse);
	u.jump(Op.JUMP, end);
	u.place(handlers);
	u.line = s.handlers[0]?.lineno ?? s.lineno;
	// As compile.c: the cleanup covers the handler from before PUSH_EXC_INFO, so its depth keeps the
	// previous exception that PUSH_EXC_INFO puts where the raised one was.
	u.jump(Op.SETUP_CLEANUP, cleanup);
	u.emit(Op.PUSH_EXC_INFO);
	return { cleanup, end };
}

function compileTryExcept(c: Compiler, s: ast.Try | ast.TryStar): void {
	const u = c.unit;
	const { cleanup, end } = compileTryBodyAndEnterHandler(c, s);
	u.pushBlock({ kind: "exceptionHandler" }, s);
	for (const h of s.handlers) {
		u.line = h.lineno;
		const next = u.newLabel();
		if (h.type) {
			c.expr(h.type);
			u.emit(Op.CHECK_EXC_MATCH);
			u.jump(Op.POP_JUMP_IF_FALSE, next);
		}
		const namedCleanup = u.newLabel();
		if (h.name) {
			c.nameOp(h.name, "Store");
			u.jump(Op.SETUP_CLEANUP, namedCleanup);
		} else u.emit(Op.POP_TOP);
		u.pushBlock({ kind: "handler", named: h.name, withExc: false }, h);
		c.body(h.body);
		u.fblocks.pop();
		if (h.name) u.emit(Op.POP_BLOCK);
		u.emit(Op.POP_BLOCK);
		u.emit(Op.POP_EXCEPT);
		if (h.name) clearName(c, h.name);
		u.jump(Op.JUMP, end);
		if (h.name) {
			// An exception inside a named handler still unbinds the name before propagating.
			u.placeArtificial(namedCleanup);
			clearName(c, h.name);
			u.emit(Op.RERAISE);
		}
		u.place(next);
	}
	u.fblocks.pop();
	// No handler matched: the reraise belongs to the last `except` line, not to the handler body above it
	// (which never ran, and must not show as a step).
	u.line = s.handlers[s.handlers.length - 1]?.lineno ?? u.line;
	u.emitArtificial(Op.RERAISE);
	u.placeArtificial(cleanup);
	u.emit(Op.POP_EXCEPT_AND_RERAISE);
	u.place(end);
}

/** `with a as x, b as y:` nests one block per item, as CPython does. */
export function compileWith(c: Compiler, s: ast.With, index: number): void {
	const u = c.unit;
	const item = s.items[index]!;
	const onException = u.newLabel();
	const cleanup = u.newLabel();
	const end = u.newLabel();
	c.expr(item.context_expr);
	u.line = s.lineno;
	u.emit(Op.BEFORE_WITH);
	u.jump(Op.SETUP_WITH, onException);
	if (item.optional_vars) compileStore(c, item.optional_vars);
	else u.emit(Op.POP_TOP);
	u.pushBlock({ kind: "with", line: s.lineno }, s);
	if (index + 1 < s.items.length) compileWith(c, s, index + 1);
	else c.body(s.body);
	u.fblocks.pop();
	// The exit is on the with line, reached from the body's lines (a jump past a break's copy of it lands here
	// too): each arrival is a step, but for a jump from the with line itself (an inner item's exit).
	u.line = s.lineno;
	u.startStepAtNext();
	u.emit(Op.POP_BLOCK);
	u.emit(Op.WITH_EXIT);
	u.jump(Op.JUMP, end);
	u.place(onException);
	// As compile.c: the cleanup covers the handler from before PUSH_EXC_INFO, so its depth keeps the
	// previous exception that PUSH_EXC_INFO puts where the raised one was.
	u.jump(Op.SETUP_CLEANUP, cleanup);
	u.emit(Op.PUSH_EXC_INFO);
	// Stack [exit, prev_exc, exc]: call exit; a true result suppresses the exception and jumps to `end`.
	u.jump(Op.WITH_EXCEPT, end);
	u.placeArtificial(cleanup);
	u.emit(Op.POP_EXCEPT_AND_RERAISE);
	u.place(end);
}
