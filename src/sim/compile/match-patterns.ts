// The patterns of a match statement, compiled as compile.c's compiler_pattern family does: each pattern leaves
// the values it captures on the stack (rotated below whatever it still works on), and a failed check jumps to a run
// of POP_TOPs that drops exactly what the pattern had pushed so far (fail_pop). The SyntaxErrors of patterns are
// raised by the parser (parse/pattern-checks.ts), so the AST here is valid.
import type * as ast from "../parse/ast";
import { isWildcard } from "../parse/pattern-checks";
import { Op, BINARY_OPS, COMPARE_OPS } from "./code";
import type { Compiler } from "./compiler";
import { foldedConstant } from "./fold";
import type { Label } from "./unit";

/** compile.c's pattern_context. */
export interface PatternContext {
	/** Names captured so far, in the order they are stored once the case matched. */
	stores: string[];
	allowIrrefutable: boolean;
	/** fail_pop[k]: where to jump to drop k items and fail. */
	failPop: Label[];
	/** Items above the captures that the pattern still needs. */
	onTop: number;
}

const EQ = COMPARE_OPS.indexOf("Eq");
const GTE = COMPARE_OPS.indexOf("GtE");

/** Compiles one case's pattern. `swaps` collects where it emitted SWAPs, for optimizeSwaps to settle the store order. */
export class MatchCompiler {
	constructor(
		private readonly c: Compiler,
		private readonly swaps: number[],
	) {}

	/** SET_LOC, which compile.c never undoes inside a pattern. */
	at(node: ast.Located): void {
		this.c.unit.line = node.lineno;
		this.c.unit.location = node;
	}

	private emit(op: Op, arg = 0): void {
		const at = this.c.unit.emit(op, arg);
		if (op === Op.SWAP) this.swaps.push(at);
	}

	private loadInt(n: number): void {
		this.c.loadConst(BigInt(n), "compiler");
	}

	ensureFailPop(pc: PatternContext, n: number): void {
		while (pc.failPop.length < n + 1) pc.failPop.push(this.c.unit.newLabel());
	}

	/** Drop what the pattern has pushed (items on top and captures) and fail. */
	private jumpToFailPop(pc: PatternContext, op: Op): void {
		const pops = pc.onTop + pc.stores.length;
		this.ensureFailPop(pc, pops);
		this.c.unit.jump(op, pc.failPop[pops]!);
	}

	emitAndResetFailPop(pc: PatternContext): void {
		const u = this.c.unit;
		for (let k = pc.failPop.length - 1; k > 0; k--) {
			u.place(pc.failPop[k]!);
			u.emit(Op.POP_TOP);
		}
		if (pc.failPop.length) u.place(pc.failPop[0]!);
		pc.failPop = [];
	}

	private rotate(count: number): void {
		while (count > 1) this.emit(Op.SWAP, count--);
	}

	private storeName(name: string | null, pc: PatternContext): void {
		if (name === null) {
			this.emit(Op.POP_TOP);
			return;
		}
		this.rotate(pc.onTop + pc.stores.length + 1);
		pc.stores.push(name);
	}

	pattern(p: ast.Pattern, pc: PatternContext): void {
		this.at(p);
		switch (p.kind) {
			case "MatchValue":
				this.c.expr(p.value);
				this.emit(Op.COMPARE_OP, EQ);
				return this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
			case "MatchSingleton":
				// The peephole optimizer turns `LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE` into one jump.
				if (p.value === null) return this.jumpToFailPop(pc, Op.POP_JUMP_IF_NOT_NONE);
				this.c.loadConst(p.value);
				this.emit(Op.IS_OP, 0);
				return this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
			case "MatchSequence":
				return this.sequence(p, pc);
			case "MatchMapping":
				return this.mapping(p, pc);
			case "MatchClass":
				return this.classPattern(p, pc);
			case "MatchStar":
				return this.storeName(p.name, pc);
			case "MatchAs":
				if (p.pattern === null) return this.storeName(p.name, pc);
				pc.onTop++;
				this.emit(Op.COPY, 1);
				this.pattern(p.pattern, pc);
				pc.onTop--;
				return this.storeName(p.name, pc);
			case "MatchOr":
				return this.or(p, pc);
		}
	}

	private subpattern(p: ast.Pattern, pc: PatternContext): void {
		const allow = pc.allowIrrefutable;
		pc.allowIrrefutable = true;
		this.pattern(p, pc);
		pc.allowIrrefutable = allow;
	}

	private sequence(p: ast.MatchSequence, pc: PatternContext): void {
		const patterns = p.patterns;
		const size = patterns.length;
		const star = patterns.findIndex((q) => q.kind === "MatchStar");
		const starWildcard = star >= 0 && (patterns[star] as ast.MatchStar).name === null;
		const onlyWildcard = patterns.every((q) => (q.kind === "MatchStar" ? q.name === null : isWildcard(q)));
		pc.onTop++;
		this.emit(Op.MATCH_SEQUENCE);
		this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
		if (star < 0) {
			this.emit(Op.GET_LEN);
			this.loadInt(size);
			this.emit(Op.COMPARE_OP, EQ);
			this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
		} else if (size - 1) {
			this.emit(Op.GET_LEN);
			this.loadInt(size - 1);
			this.emit(Op.COMPARE_OP, GTE);
			this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
		}
		pc.onTop--;
		if (onlyWildcard) this.emit(Op.POP_TOP);
		else if (starWildcard) this.sequenceSubscripts(patterns, star, pc);
		else this.sequenceUnpack(patterns, star, pc);
	}

	private sequenceUnpack(patterns: ast.Pattern[], star: number, pc: PatternContext): void {
		const n = patterns.length;
		if (star >= 0) this.emit(Op.UNPACK_EX, star + ((n - star - 1) << 8));
		else this.emit(Op.UNPACK_SEQUENCE, n);
		pc.onTop += n;
		for (const q of patterns) {
			pc.onTop--;
			this.subpattern(q, pc);
		}
	}

	/** `[a, *_, b]`: index the subject instead of unpacking it (no list for the `*_`). */
	private sequenceSubscripts(patterns: ast.Pattern[], star: number, pc: PatternContext): void {
		pc.onTop++;
		const size = patterns.length;
		patterns.forEach((q, i) => {
			if (isWildcard(q) || i === star) return;
			this.emit(Op.COPY, 1);
			if (i < star) this.loadInt(i);
			else {
				// The subject may not support negative indexing: compute a nonnegative index.
				this.emit(Op.GET_LEN);
				this.loadInt(size - i);
				this.emit(Op.BINARY_OP, BINARY_OPS.indexOf("Sub"));
			}
			this.emit(Op.BINARY_SUBSCR);
			this.subpattern(q, pc);
		});
		pc.onTop--;
		this.emit(Op.POP_TOP);
	}

	private mapping(p: ast.MatchMapping, pc: PatternContext): void {
		const u = this.c.unit;
		const size = p.keys.length;
		pc.onTop++;
		this.emit(Op.MATCH_MAPPING);
		this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
		if (!size && p.rest === null) {
			pc.onTop--;
			this.emit(Op.POP_TOP);
			return;
		}
		if (size) {
			this.emit(Op.GET_LEN);
			this.loadInt(size);
			this.emit(Op.COMPARE_OP, GTE);
			this.jumpToFailPop(pc, Op.POP_JUMP_IF_FALSE);
		}
		const constants = p.keys.map(foldedConstant);
		if (constants.every((k) => k !== undefined)) {
			// The optimizer folds the loads of constant keys and their BUILD_TUPLE into one constant tuple.
			u.loadPeepholeConstant(() => this.c.constantObject({ tuple: constants } as unknown as ast.ConstantValue, "compiler"));
		} else {
			for (const key of p.keys) this.c.expr(key);
			this.emit(Op.BUILD_TUPLE, size);
		}
		this.emit(Op.MATCH_KEYS);
		pc.onTop += 2;
		this.emit(Op.COPY, 1);
		this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE);
		this.emit(Op.UNPACK_SEQUENCE, size);
		pc.onTop += size - 1;
		for (const q of p.patterns) {
			pc.onTop--;
			this.subpattern(q, pc);
		}
		pc.onTop -= 2;
		if (p.rest === null) {
			this.emit(Op.POP_TOP);
			this.emit(Op.POP_TOP);
			return;
		}
		// rest = dict(subject); then `del rest[key]` for each key of the pattern.
		this.emit(Op.BUILD_MAP, 0);
		this.emit(Op.SWAP, 3);
		this.emit(Op.DICT_UPDATE, 2);
		this.emit(Op.UNPACK_SEQUENCE, size);
		for (let left = size; left > 0; left--) {
			this.emit(Op.COPY, 1 + left);
			this.emit(Op.SWAP, 2);
			this.emit(Op.DELETE_SUBSCR);
		}
		this.storeName(p.rest, pc);
	}

	private classPattern(p: ast.MatchClass, pc: PatternContext): void {
		const nargs = p.patterns.length;
		const nattrs = p.kwd_attrs.length;
		this.at(p);
		this.c.expr(p.cls);
		this.c.unit.emit(Op.LOAD_CONST, this.c.unit.constant(undefined, () => this.c.consts.strTuple(p.kwd_attrs)));
		this.emit(Op.MATCH_CLASS, nargs);
		this.emit(Op.COPY, 1);
		pc.onTop++;
		this.jumpToFailPop(pc, Op.POP_JUMP_IF_NONE);
		this.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
		pc.onTop += nargs + nattrs - 1;
		[...p.patterns, ...p.kwd_patterns].forEach((q) => {
			pc.onTop--;
			if (isWildcard(q)) this.emit(Op.POP_TOP);
			else this.subpattern(q, pc);
		});
	}

	private or(p: ast.MatchOr, pc: PatternContext): void {
		const u = this.c.unit;
		const end = u.newLabel();
		const outer = { ...pc };
		let control: string[] | null = null;
		p.patterns.forEach((alt, i) => {
			this.at(alt);
			pc.stores = [];
			pc.allowIrrefutable = i === p.patterns.length - 1 && outer.allowIrrefutable;
			pc.failPop = [];
			pc.onTop = 0;
			this.emit(Op.COPY, 1);
			this.pattern(alt, pc);
			if (control === null) control = pc.stores;
			else this.reorderLike(control, pc);
			u.jump(Op.JUMP, end);
			this.emitAndResetFailPop(pc);
		});
		Object.assign(pc, outer);
		// No alternative matched: drop the remaining copy of the subject and fail.
		this.emit(Op.POP_TOP);
		this.jumpToFailPop(pc, Op.JUMP);
		u.place(end);
		const names = control ?? [];
		const rotations = names.length + 1 + pc.onTop + pc.stores.length;
		for (const name of names) {
			this.rotate(rotations);
			pc.stores.push(name);
		}
		// Drop the copy of the subject.
		this.emit(Op.POP_TOP);
	}

	/** Put an alternative's captures in the first alternative's order, on the stack and in `stores`. */
	private reorderLike(control: string[], pc: PatternContext): void {
		for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
			const istores = pc.stores.indexOf(control[icontrol]!);
			if (icontrol === istores) continue;
			const rotations = istores + 1;
			const rotated = pc.stores.splice(0, rotations);
			pc.stores.splice(icontrol - istores, 0, ...rotated);
			for (let k = 0; k < rotations; k++) this.rotate(icontrol + 1);
		}
	}
}
