// CPython's AST optimizer (Python/ast_opt.c) folds operations on constants into one constant before
// compiling: `-1000`, `"ab" * 3`, `2 ** 10`, `(1, -2)`, `"abc"[1]` become LOAD_CONST, so the object is a
// code constant (shared, created once) rather than made at run time. That changes identities, counts and
// list/set sizes (a display of constants is built by extending from one tuple), so pymem folds the same
// expressions, within the same size limits. Numbers are folded by the arithmetic the VM runs (arith.ts), so
// a folded constant has the value the operation would have made at run time.
import type * as ast from "../parse/ast";
import { complexArith, floatArith, intArith, type ArithResult } from "../vm/arith";
import { bigIntToFloat } from "../runtime/intMath";
import { joinedBytes, repeatedBytes } from "../arrays";
import { fitsSsize } from "../vm/ssize";

/** A folded tuple, in the form the constant factory understands. */
export interface TupleConstant {
	tuple: ast.ConstantValue[];
}

type Value = ast.ConstantValue | TupleConstant;

// ast_opt.c's limits on what folding may produce.
const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

export function isTupleConstant(value: unknown): value is TupleConstant {
	return typeof value === "object" && value !== null && "tuple" in value;
}

/** The constant an expression folds to, or undefined when it is computed at run time. */
export function foldedConstant(node: ast.Expr): ast.ConstantValue | undefined {
	const value = fold(node);
	return value === undefined ? undefined : (value as ast.ConstantValue);
}

function fold(node: ast.Expr): Value | undefined {
	switch (node.kind) {
		case "Constant":
			return node.value;
		case "Tuple": {
			if (node.ctx !== "Load") return undefined;
			const items = node.elts.map(fold);
			return items.every((item) => item !== undefined) ? { tuple: items as ast.ConstantValue[] } : undefined;
		}
		case "UnaryOp": {
			const operand = fold(node.operand);
			return operand === undefined ? undefined : foldUnary(node.op, operand);
		}
		case "BinOp": {
			const left = fold(node.left);
			const right = left === undefined ? undefined : fold(node.right);
			return left === undefined || right === undefined ? undefined : foldBinary(node.op, left, right);
		}
		case "Subscript": {
			const container = fold(node.value);
			const index = container === undefined ? undefined : fold(node.slice);
			return container === undefined || index === undefined ? undefined : foldSubscript(container, index);
		}
		default:
			return undefined;
	}
}

/** An int operand: Python's bool is an int. */
function asInt(v: Value): bigint | undefined {
	if (typeof v === "bigint") return v;
	if (typeof v === "boolean") return v ? 1n : 0n;
	return undefined;
}

/** A float operand: an int converts as PyLong_AsDouble does (correctly rounded; too large does not fold). */
function asFloat(v: Value): number | undefined {
	if (typeof v === "number") return v;
	const i = asInt(v);
	return i === undefined ? undefined : numeric(() => ({ float: bigIntToFloat(i) })) as number | undefined;
}

function isComplex(v: Value): v is ast.ComplexValue {
	return typeof v === "object" && v !== null && "complex" in v;
}

/** A complex operand: ints and floats take part with a +0.0 imaginary part, as complexobject.c's to_complex. */
function asComplex(v: Value): ast.ComplexValue["complex"] | undefined {
	if (isComplex(v)) return v.complex;
	const x = asFloat(v);
	return x === undefined ? undefined : { re: x, im: 0 };
}

/** What the run time computes, or undefined where it raises: CPython's folder leaves such an operation alone. */
function numeric(compute: () => ArithResult | undefined): number | bigint | ast.ComplexValue | undefined {
	try {
		const result = compute();
		if (result === undefined) return undefined;
		if ("float" in result) return result.float;
		if ("int" in result) return BigInt(result.int);
		if ("complex" in result) return { complex: result.complex };
		return undefined;
	} catch {
		return undefined;
	}
}

function truthy(v: Value): boolean {
	if (isTupleConstant(v)) return v.tuple.length > 0;
	if (typeof v === "string" || v instanceof Uint8Array) return v.length > 0;
	if (typeof v === "bigint") return v !== 0n;
	if (typeof v === "number") return v !== 0;
	if (isComplex(v)) return v.complex.re !== 0 || v.complex.im !== 0;
	if (v === null) return false;
	if (typeof v === "boolean") return v;
	return true;
}

function foldUnary(op: ast.UnaryOperator, v: Value): Value | undefined {
	if (op === "Not") return !truthy(v);
	const i = asInt(v);
	if (i !== undefined) return op === "USub" ? -i : op === "UAdd" ? i : -i - 1n;
	if (typeof v === "number" && op !== "Invert") return op === "USub" ? -v : v;
	if (isComplex(v) && op !== "Invert") return op === "USub" ? { complex: { re: -v.complex.re, im: -v.complex.im } } : v;
	return undefined;
}

function bits(i: bigint): number {
	return i === 0n ? 0 : (i < 0n ? -i : i).toString(2).length;
}

function floorDiv(a: bigint, b: bigint): bigint {
	const q = a / b;
	return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldBinary(op: ast.Operator, l: Value, r: Value): Value | undefined {
	const a = asInt(l);
	const b = asInt(r);
	if (a !== undefined && b !== undefined) return foldInts(op, a, b, typeof l === "boolean" && typeof r === "boolean");
	if (isComplex(l) || isComplex(r)) return foldComplex(op, l, r);
	if (typeof l === "number" || typeof r === "number") return foldFloats(op, l, r);
	if (op === "Add") {
		if (typeof l === "string" && typeof r === "string") return l + r;
		if (l instanceof Uint8Array && r instanceof Uint8Array) return joinedBytes(l, r);
		if (isTupleConstant(l) && isTupleConstant(r)) return { tuple: [...l.tuple, ...r.tuple] };
		return undefined;
	}
	if (op === "Mult") return repeat(l, b) ?? repeat(r, a);
	return undefined;
}

function foldInts(op: ast.Operator, a: bigint, b: bigint, bothBool: boolean): Value | undefined {
	switch (op) {
		case "Add":
			return a + b;
		case "Sub":
			return a - b;
		case "Mult":
			return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_BITS ? undefined : a * b;
		case "FloorDiv":
			return b === 0n ? undefined : floorDiv(a, b);
		case "Mod":
			return b === 0n ? undefined : a - b * floorDiv(a, b);
		case "Div":
			return numeric(() => intArith("Div", a, b));
		case "Pow":
			// A negative exponent makes a float (long_pow hands both to float_pow).
			if (b < 0n) return numeric(() => intArith("Pow", a, b));
			return a !== 0n && b > 0n && bits(a) > Math.floor(MAX_INT_BITS / Number(b)) ? undefined : a ** b;
		case "LShift":
			if (b < 0n) return undefined;
			return a !== 0n && b > 0n && (b > BigInt(MAX_INT_BITS) || bits(a) > MAX_INT_BITS - Number(b)) ? undefined : a << b;
		case "RShift":
			return b < 0n ? undefined : a >> b;
		case "BitAnd":
			return bothBool ? (a & b) === 1n : a & b;
		case "BitOr":
			return bothBool ? (a | b) === 1n : a | b;
		case "BitXor":
			return bothBool ? (a ^ b) === 1n : a ^ b;
		default:
			return undefined;
	}
}

function foldFloats(op: ast.Operator, l: Value, r: Value): Value | undefined {
	const x = asFloat(l);
	const y = x === undefined ? undefined : asFloat(r);
	if (x === undefined || y === undefined) return undefined;
	return numeric(() => floatArith(op, x, y));
}

function foldComplex(op: ast.Operator, l: Value, r: Value): Value | undefined {
	const x = asComplex(l);
	const y = x === undefined ? undefined : asComplex(r);
	if (x === undefined || y === undefined) return undefined;
	return numeric(() => complexArith(op, x, y));
}


/** str * n, bytes * n and tuple * n, within the size limits (ast_opt.c's safe_multiply). */
function repeat(sequence: Value, times: bigint | undefined): Value | undefined {
	if (times === undefined) return undefined;
	const length = typeof sequence === "string" ? [...sequence].length
		: sequence instanceof Uint8Array ? sequence.length
		: isTupleConstant(sequence) ? sequence.tuple.length
		: undefined;
	if (length === undefined) return undefined;
	// Only a non-empty sequence has limits; an empty one goes straight to PyNumber_Multiply, which gives the
	// empty sequence for any count that fits a Py_ssize_t (negative ones too) and fails, so nothing is folded
	// and the run raises OverflowError, beyond.
	if (length === 0) return fitsSsize(times) ? sequence : undefined;
	const limit = isTupleConstant(sequence) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
	if (times < 0n || times > BigInt(Math.floor(limit / length))) return undefined;
	const n = Number(times);
	if (isTupleConstant(sequence) && n > 0 && itemsLeft(sequence, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
	if (typeof sequence === "string") return sequence.repeat(n);
	if (sequence instanceof Uint8Array) return repeatedBytes(sequence, n);
	return { tuple: Array.from({ length: n }, () => (sequence as TupleConstant).tuple).flat() };
}

/** check_complexity: `limit` less the items of a tuple and of the tuples nested in it (stops below zero). */
function itemsLeft(value: unknown, limit: number): number {
	if (!isTupleConstant(value)) return limit;
	let left = limit - value.tuple.length;
	for (const item of value.tuple) {
		if (left < 0) break;
		left = itemsLeft(item, left);
	}
	return left;
}

function foldSubscript(container: Value, index: Value): Value | undefined {
	const i = asInt(index);
	if (i === undefined) return undefined;
	const items: Value[] | undefined =
		typeof container === "string" ? [...container] : container instanceof Uint8Array ? Array.from(container, BigInt) : isTupleConstant(container) ? container.tuple : undefined;
	if (!items) return undefined;
	const at = i < 0n ? BigInt(items.length) + i : i;
	return at >= 0n && at < BigInt(items.length) ? items[Number(at)] : undefined;
}

/**
 * ast_opt.c's fold_iter, for what a `for` or a comprehension iterates and the right side of a last `in` or
 * `not in`: a list display becomes a tuple display (so a constant when all its items are), and a set display
 * of constants a frozenset constant. Both are never mutated there, so no list or set is built at run time.
 */
export function asIterable(node: ast.Expr): ast.Expr {
	if (node.kind === "List") return node.elts.some((e) => e.kind === "Starred") ? node : { ...node, kind: "Tuple" };
	if (node.kind !== "Set") return node;
	const values = node.elts.map(fold);
	if (!values.every((v) => v !== undefined)) return node;
	const { lineno, col_offset, end_lineno, end_col_offset } = node;
	const value = { frozenset: values } as unknown as ast.ConstantValue;
	return { kind: "Constant", value, constKind: null, lineno, col_offset, end_lineno, end_col_offset };
}

const NEGATED: Partial<Record<ast.CmpOperator, ast.CmpOperator>> = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" };

/**
 * fold_unaryop: `not` of a single identity or membership test becomes the opposite test, with the test's own
 * location (`not a is b` compiles as `a is not b`, and a SyntaxWarning about it names `is not`). Orderings and
 * equality are left alone: their opposites are separate methods. Null when `node` is not such a `not`.
 */
export function negatedComparison(node: ast.UnaryOp): ast.Compare | null {
	// astfold_expr folds the operand first, so in `not (not a is b)` the inner `not` has already become
	// `a is not b` when the outer one is looked at, and the two cancel out.
	const operand = node.operand;
	const test = operand.kind === "UnaryOp" ? (negatedComparison(operand) ?? operand) : operand;
	if (node.op !== "Not" || test.kind !== "Compare" || test.ops.length !== 1) return null;
	const negated = NEGATED[test.ops[0]!];
	return negated ? { ...test, ops: [negated] } : null;
}
