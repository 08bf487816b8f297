// Displays: tuple, list, set and dict literals, built as CPython 3.11's compiler builds them, since the
// stack they use and the constants they load are visible in reference counts.
import type * as ast from "../parse/ast";
import { Op } from "./code";
import { foldedConstant } from "./fold";
import type { Compiler } from "./compiler";

/** A display of three or more constants is built from one constant tuple (or frozenset), as 3.11 does. */
function constantElements(elts: ast.Expr[]): ast.ConstantValue[] | undefined {
	if (elts.length < 3 || hasStarred(elts)) return undefined;
	const values = elts.map(foldedConstant);
	return values.every((v) => v !== undefined) ? values : undefined;
}

export function hasStarred(elts: ast.Expr[]): boolean {
	return elts.some((e) => e.kind === "Starred");
}

/** A list or set display: three or more constants extend an empty one from one constant tuple or frozenset. */
export function compileListOrSet(c: Compiler, node: ast.List | ast.SetExpr): void {
	const u = c.unit;
	const values = constantElements(node.elts);
	if (!values) return compileSequence(c, node.elts, node.kind === "List" ? Op.BUILD_LIST : Op.BUILD_SET, false);
	const list = node.kind === "List";
	u.emit(list ? Op.BUILD_LIST : Op.BUILD_SET, 0);
	const value = (list ? { tuple: values } : { frozenset: values }) as unknown as ast.ConstantValue;
	u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.constantObject(value, "compiler")));
	u.emit(list ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
}

/** Build a list/tuple/set display, with starred items through LIST_EXTEND as 3.11 does. */
export function compileSequence(c: Compiler, elts: ast.Expr[], build: Op, isTuple: boolean, pushed = 0): void {
	const u = c.unit;
	// The peephole optimizer turns an empty BUILD_TUPLE into a load of the () constant (`f(**kw)`).
	if (elts.length === 0 && pushed === 0 && build === Op.BUILD_TUPLE) return u.loadPeepholeConstant(() => c.constantObject({ tuple: [] } as unknown as ast.ConstantValue, "compiler"));
	// starunpack_helper: a display of more items than the stack should hold is built first and filled; `pushed`
	// items already on the stack (a class statement's function and name) begin it.
	const big = elts.length + pushed > STACK_USE_GUIDELINE;
	if (!hasStarred(elts) && !big) {
		const values = build === Op.BUILD_TUPLE && pushed === 0 ? elts.map(foldedConstant) : [];
		if (values.length && values.every((v) => v !== undefined)) {
			// fold_tuple_on_constants: BUILD_TUPLE after loads of constants only (a call's positional arguments before
			// `**kw`) becomes one constant tuple; the items stay in co_consts.
			for (const value of values) c.constIndex(value);
			return u.loadPeepholeConstant(() => c.constantObject({ tuple: values } as unknown as ast.ConstantValue, "compiler"));
		}
		for (const e of elts) c.expr(e);
		u.emit(build, elts.length + pushed);
		return;
	}
	const collection = build === Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST;
	const extend = build === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND;
	const add = build === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND;
	let built = big;
	if (big) u.emit(collection, pushed);
	elts.forEach((e, i) => {
		if (e.kind === "Starred") {
			if (!built) u.emit(collection, i + pushed);
			built = true;
			c.expr(e.value);
			u.emit(extend, 1);
		} else {
			c.expr(e);
			if (built) u.emit(add, 1);
		}
	});
	if (isTuple) u.emit(Op.LIST_TO_TUPLE);
}

/** compile.c's STACK_USE_GUIDELINE: a display pushes at most about this many items before building. */
export const STACK_USE_GUIDELINE = 30;

/**
 * compiler_dict: the items between `**` splats are built in chunks of at most 17. A chunk of two or more
 * items whose keys are all constants loads its values and then one tuple of the keys (BUILD_CONST_KEY_MAP);
 * a chunk too big for the stack starts from an empty dict and adds each pair (MAP_ADD).
 */
export function compileDict(c: Compiler, node: ast.Dict): void {
	const u = c.unit;
	let haveDict = false;
	let elements = 0;
	const flushChunk = (begin: number, end: number) => {
		compileDictChunk(c, node, begin, end);
		if (haveDict) u.emit(Op.DICT_UPDATE, 1);
		haveDict = true;
		elements = 0;
	};
	node.keys.forEach((key, i) => {
		if (key === null) {
			if (elements) flushChunk(i - elements, i);
			if (!haveDict) {
				u.emit(Op.BUILD_MAP, 0);
				haveDict = true;
			}
			c.expr(node.values[i]!);
			u.emit(Op.DICT_UPDATE, 1);
		} else if (elements * 2 > STACK_USE_GUIDELINE) flushChunk(i - elements, i + 1);
		else elements++;
	});
	if (elements) flushChunk(node.keys.length - elements, node.keys.length);
	if (!haveDict) u.emit(Op.BUILD_MAP, 0);
}

/** compiler_subdict: one chunk of key/value pairs, left on the stack as a new dict. */
function compileDictChunk(c: Compiler, node: ast.Dict, begin: number, end: number): void {
	const u = c.unit;
	const n = end - begin;
	const big = n * 2 > STACK_USE_GUIDELINE;
	const keys = node.keys.slice(begin, end).map((k) => (k === null ? undefined : foldedConstant(k)));
	if (n > 1 && !big && keys.every((k) => k !== undefined)) {
		for (let i = begin; i < end; i++) c.expr(node.values[i]!);
		const keyTuple = { tuple: keys } as unknown as ast.ConstantValue;
		u.emit(Op.LOAD_CONST, u.constant(undefined, () => c.constantObject(keyTuple, "compiler")));
		u.emit(Op.BUILD_CONST_KEY_MAP, n);
		return;
	}
	if (big) u.emit(Op.BUILD_MAP, 0);
	for (let i = begin; i < end; i++) {
		c.expr(node.keys[i]!);
		c.expr(node.values[i]!);
		if (big) u.emit(Op.MAP_ADD, 1);
	}
	if (!big) u.emit(Op.BUILD_MAP, n);
}
