// `try: ... except* E: ...` as compile.c's compiler_try_star_except lays it out in 3.11: the handler keeps the
// original exception and a list of what the clauses raised or re-raised; each clause splits off its part of
// what is left (CHECK_EG_MATCH), and PREP_RERAISE_STAR works out what to raise once every clause had its turn.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import type { Label } from "./unit";
import { clearName, compileTryBodyAndEnterHandler } from "./control";

export function compileTryStarExcept(c: Compiler, s: ast.Try | ast.TryStar): void {
	const u = c.unit;
	const { cleanup, end } = compileTryBodyAndEnterHandler(c, s);
	const reraiseStar = u.newLabel();
	const reraise = u.newLabel();
	u.pushBlock({ kind: "exceptStar" }, s);
	s.handlers.forEach((h, i) => {
		u.line = h.lineno;
		u.location = h;
		// [prev, orig] -> [prev, orig, raised, exc]: the list of what the clauses raise, and a copy to split.
		if (i === 0) {
			u.emit(Op.BUILD_LIST, 0);
			u.emit(Op.COPY, 2);
		}
		const noMatch = u.newLabel();
		const next = u.newLabel();
		if (h.type) {
			c.expr(h.type);
			u.emit(Op.CHECK_EG_MATCH);
			u.emit(Op.COPY, 1);
			u.jump(Op.POP_JUMP_IF_NONE, noMatch);
		}
		if (h.name) c.nameOp(h.name, "Store");
		else u.emit(Op.POP_TOP);
		compileClause(c, h, next);
		u.place(noMatch);
		u.emit(Op.POP_TOP);
		u.place(next);
		// What is left unmatched after the last clause joins the list.
		if (i === s.handlers.length - 1) {
			u.emit(Op.LIST_APPEND, 1);
			u.jump(Op.JUMP, reraiseStar);
		}
	});
	u.fblocks.pop();
	u.place(reraiseStar);
	u.emit(Op.PREP_RERAISE_STAR);
	u.emit(Op.COPY, 1);
	u.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
	u.emit(Op.POP_TOP);
	u.emit(Op.POP_BLOCK);
	u.emit(Op.POP_EXCEPT);
	u.jump(Op.JUMP, end);
	u.place(reraise);
	u.emit(Op.POP_BLOCK);
	u.emit(Op.SWAP, 2);
	u.emit(Op.POP_EXCEPT);
	u.emit(Op.RERAISE);
	u.placeArtificial(cleanup);
	u.emit(Op.POP_EXCEPT_AND_RERAISE);
	u.place(end);
}

/**
 * One clause's body, inside a cleanup block: an exception it raises joins the list (after the name is
 * unbound) and the next clause goes on with what is left.
 */
function compileClause(c: Compiler, h: ast.ExceptHandler, next: Label): void {
	const u = c.unit;
	const raised = u.newLabel();
	u.jump(Op.SETUP_CLEANUP, raised);
	u.pushBlock({ kind: "handler", named: h.name, withExc: false }, h);
	c.body(h.body);
	u.fblocks.pop();
	u.emit(Op.POP_BLOCK);
	if (h.name) clearName(c, h.name);
	u.jump(Op.JUMP, next);
	u.placeArtificial(raised);
	if (h.name) clearName(c, h.name);
	u.emit(Op.EXCEPT_STAR_RAISED);
	u.jump(Op.JUMP, next);
}
