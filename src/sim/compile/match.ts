// The match statement, compiled as CPython 3.11's compile.c does (compiler_match): the subject is copied for every
// case but the last, a case's captures are stored only once its whole pattern matched, then its guard runs; a
// trailing `case _:` compiles to its body alone. The patterns themselves are match-patterns.ts's.
import type * as ast from "../parse/ast";
import { isWildcard } from "../parse/pattern-checks";
import { Op } from "./code";
import type { Compiler } from "./compiler";
import { MatchCompiler, type PatternContext } from "./match-patterns";
import { optimizeSwaps } from "./swaps";

export function compileMatch(c: Compiler, s: ast.Match): void {
	const u = c.unit;
	const firstOp = u.ops.length;
	const swaps: number[] = [];
	const m = new MatchCompiler(c, swaps);
	c.expr(s.subject);
	const end = u.newLabel();
	const cases = s.cases.length;
	const last = s.cases[cases - 1]!;
	// A trailing `case _:` needs no copy of the subject for the case before it, and no pattern code.
	const hasDefault = isWildcard(last.pattern) && cases > 1;
	for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
		const m_ = s.cases[i]!;
		m.at(m_.pattern);
		const lastCompiled = i === cases - (hasDefault ? 1 : 0) - 1;
		if (!lastCompiled) u.emit(Op.COPY, 1);
		const pc: PatternContext = { stores: [], allowIrrefutable: m_.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
		m.pattern(m_.pattern, pc);
		for (const name of pc.stores) c.nameOp(name, "Store");
		if (m_.guard) {
			m.ensureFailPop(pc, 0);
			c.jumpIf(m_.guard, false, pc.failPop[0]!);
		}
		if (!lastCompiled) u.emit(Op.POP_TOP);
		c.body(m_.body);
		u.jump(Op.JUMP, end);
		// A failed pattern's cleanup belongs to the pattern's line, not the body's last.
		m.at(m_.pattern);
		m.emitAndResetFailPop(pc);
	}
	if (hasDefault) {
		m.at(last.pattern);
		// Line coverage for the default case, which has no code of its own.
		u.emit(Op.NOP);
		if (last.guard) c.jumpIf(last.guard, false, end);
		c.body(last.body);
	}
	u.place(end);
	optimizeSwaps(u, firstOp, swaps);
}
