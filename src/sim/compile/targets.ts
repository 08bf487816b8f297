// Assignment targets: names, attributes, subscripts and (starred) unpacking; del; augmented assignment.
import type * as ast from "../parse/ast";
import { UnsupportedSyntaxError } from "../parse/errors";
import { Op, BINARY_OPS, INPLACE_OFFSET } from "./code";
import type { Compiler } from "./compiler";
import { foldedConstant } from "./fold";
import { optimizeSwaps } from "./swaps";

/** A subscript's index: a slice expression builds its slice object (BUILD_SLICE), anything else is evaluated. */
export function compileSubscriptIndex(c: Compiler, slice: ast.Expr): void {
	if (slice.kind === "Slice") {
		for (const part of [slice.lower, slice.upper]) {
			if (part) c.expr(part);
			else c.loadConst(null);
		}
		if (slice.step) c.expr(slice.step);
		c.unit.emit(Op.BUILD_SLICE, slice.step ? 3 : 2);
	} else c.expr(slice);
}

/** Store the value on top of the stack into `target`, consuming it. */
export function compileStore(c: Compiler, target: ast.Expr): void {
	c.at(target, storeAt, target);
}

function storeAt(c: Compiler, target: ast.Expr): void {
	const u = c.unit;
	switch (target.kind) {
		case "Name":
			return c.nameOp(target.id, "Store");
		case "Attribute":
			c.expr(target.value);
			u.startAtAttribute(target, target);
			u.emit(Op.STORE_ATTR, u.nameIndex(target.attr));
			return;
		case "Subscript":
			c.expr(target.value);
			compileSubscriptIndex(c, target.slice);
			u.emit(Op.STORE_SUBSCR);
			return;
		case "Tuple":
		case "List": {
			const star = target.elts.findIndex((e) => e.kind === "Starred");
			if (star >= 0) u.emit(Op.UNPACK_EX, star | ((target.elts.length - star - 1) << 8));
			else u.emit(Op.UNPACK_SEQUENCE, target.elts.length);
			for (const e of target.elts) compileStore(c, e.kind === "Starred" ? e.value : e);
			return;
		}
		default:
			throw new UnsupportedSyntaxError(`assignment to ${target.kind}`, target.lineno);
	}
}

/**
 * `a, b = x, y`: CPython's peephole optimizer turns BUILD_TUPLE n and UNPACK_SEQUENCE n (n <= 3) into a SWAP, so
 * no tuple is made, and apply_static_swaps then reorders the STORE_FASTs after it (in a function, b is stored,
 * and its old value released, before a). Returns false for any other assignment.
 */
export function compileSwappedUnpack(c: Compiler, target: ast.Expr, value: ast.Expr): boolean {
	if ((target.kind !== "Tuple" && target.kind !== "List") || value.kind !== "Tuple") return false;
	const n = target.elts.length;
	if (n > 3 || value.elts.length !== n || [...target.elts, ...value.elts].some((e) => e.kind === "Starred")) return false;
	if (foldedConstant(value) !== undefined) return false;
	const u = c.unit;
	const from = u.ops.length;
	for (const e of value.elts) c.expr(e);
	const swap = u.ops.length;
	if (n > 1) u.emit(Op.SWAP, n);
	for (const e of target.elts) compileStore(c, e);
	if (n > 1) optimizeSwaps(u, from, [swap]);
	return true;
}

export function compileDelete(c: Compiler, target: ast.Expr): void {
	c.at(target, deleteAt, target);
}

function deleteAt(c: Compiler, target: ast.Expr): void {
	const u = c.unit;
	switch (target.kind) {
		case "Name":
			return c.nameOp(target.id, "Del");
		case "Attribute":
			c.expr(target.value);
			u.startAtAttribute(target, target);
			u.emit(Op.DELETE_ATTR, u.nameIndex(target.attr));
			return;
		case "Subscript":
			c.expr(target.value);
			compileSubscriptIndex(c, target.slice);
			u.emit(Op.DELETE_SUBSCR);
			return;
		case "Tuple":
		case "List":
			for (const e of target.elts) compileDelete(c, e);
			return;
		default:
			throw new UnsupportedSyntaxError(`deletion of ${target.kind}`, target.lineno);
	}
}

/**
 * `t op= v` as 3.11 compiles it: the target's container and key are loaded once and reused (COPY/SWAP). Loading
 * and storing the target are placed at the target, the operation at the whole statement.
 */
export function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
	const u = c.unit;
	const op = INPLACE_OFFSET + BINARY_OPS.indexOf(s.op);
	c.at(s.target, loadAugmentedTarget, s.target);
	c.expr(s.value);
	u.emit(Op.BINARY_OP, op);
	c.at(s.target, storeAugmentedTarget, s.target);
}

function loadAugmentedTarget(c: Compiler, t: ast.Expr): void {
	const u = c.unit;
	if (t.kind === "Name") c.nameOp(t.id, "Load");
	else if (t.kind === "Attribute") {
		c.expr(t.value);
		u.emit(Op.COPY, 1);
		u.startAtAttribute(t, t);
		u.emit(Op.LOAD_ATTR, u.nameIndex(t.attr));
	} else if (t.kind === "Subscript") {
		c.expr(t.value);
		compileSubscriptIndex(c, t.slice);
		u.emit(Op.COPY, 2);
		u.emit(Op.COPY, 2);
		u.emit(Op.BINARY_SUBSCR);
	}
}

function storeAugmentedTarget(c: Compiler, t: ast.Expr): void {
	const u = c.unit;
	if (t.kind === "Name") c.nameOp(t.id, "Store");
	else if (t.kind === "Attribute") {
		u.startAtAttribute(t, t);
		u.emit(Op.SWAP, 2);
		u.emit(Op.STORE_ATTR, u.nameIndex(t.attr));
	} else if (t.kind === "Subscript") {
		u.emit(Op.SWAP, 3);
		u.emit(Op.SWAP, 2);
		u.emit(Op.STORE_SUBSCR);
	}
}
