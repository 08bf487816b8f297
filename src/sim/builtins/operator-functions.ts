// operator's function forms (3.11's Modules/_operator.c): each is the protocol call the matching syntax makes
// (PyNumber_Add, PyObject_RichCompare, PySequence_Contains, PyObject_GetItem...), so they go through the same
// operator, comparison and subscript code BINARY_OP, COMPARE_OP and BINARY_SUBSCR use, and raise the same errors.
import type { NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyInt, PyBool, PyStr } from "../heap/values";
import { exactSsize } from "../vm/ssize";
import { PyList, PyTuple } from "../heap/containers";
import { PyDeque } from "../heap/collections";
import { isBytesLike } from "../heap/bytearray";
import { PyArray } from "../heap/array";
import { isSequenceObject } from "../vm/abstract-checks";
import { isScalarInstance } from "../heap/scalar-instances";
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET, Op } from "../compile/code";
import { binaryOp, numberProtocol } from "../vm/operators";
import { unaryOp } from "../vm/unary-operators";
import { callDunder } from "../vm/dunder-calls";
import { compareOp } from "../vm/comparisons";
import { contains, indexValue, isTruthy } from "../vm/protocol";
import { getItem, setItem, delItem } from "../vm/subscript";
import { forEachItem } from "../vm/iteration";
import { askedLengthHint, builtinIteratorHint, lengthIfSized } from "../vm/lengths";
import type { VM } from "../vm/vm";
import { positionalArguments, sameOrEqual } from "./itertools-support";
import { BUILTIN_FUNCTIONS } from "./functions";
import { requireOneArgument } from "./arity";

type BinaryName = (typeof BINARY_OPS)[number];

/** A METH_FASTCALL function of exactly `count` positional arguments ("add expected 2 arguments, got 1"). */
function fixed(name: string, count: number, body: (vm: VM, args: PyObject[]) => PyObject): NativeImpl {
	return (vm, args, kw) => {
		noKeywords(vm, name, kw);
		positionalArguments(vm, name, args, null, count);
		return body(vm, args);
	};
}

/** A METH_O function: "_operator.neg() takes exactly one argument (0 given)". */
function single(name: string, body: (vm: VM, a: PyObject) => PyObject): NativeImpl {
	return (vm, args, kw) => {
		noKeywords(vm, name, kw);
		requireOneArgument(vm, `_operator.${name}`, args.length);
		return body(vm, args[0]!);
	};
}

/** The builtin function's own check, which names it by module: "_operator.add() takes no keyword arguments". */
function noKeywords(vm: VM, name: string, kw: Map<string, PyObject> | null): void {
	if (kw?.size) vm.raise("TypeError", `_operator.${name}() takes no keyword arguments`);
}

const binary = (name: string, op: BinaryName, inplace = false): NativeImpl =>
	fixed(name, 2, (vm, [a, b]) => binaryOp(vm, BINARY_OPS.indexOf(op) + (inplace ? INPLACE_OFFSET : 0), a!, b!));

const comparison = (name: string, op: (typeof COMPARE_OPS)[number]): NativeImpl => fixed(name, 2, (vm, [a, b]) => compareOp(vm, COMPARE_OPS.indexOf(op), a!, b!));

const unary = (name: string, op: Op): NativeImpl => single(name, (vm, a) => unaryOp(vm, op, a));

/** sq_concat of the builtin sequences (list_concat, tuple_concat, unicode_concat, bytes_concat, deque_concat, array_concat). */
function hasConcatSlot(o: PyObject): boolean {
	return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || isBytesLike(o) || o instanceof PyDeque || o instanceof PyArray;
}

/**
 * PySequence_Concat / PySequence_InPlaceConcat: the sequence's own concatenation, else `+` when both are
 * sequences; anything else "can't be concatenated".
 */
function concat(name: string, inplace: boolean): NativeImpl {
	return fixed(name, 2, (vm, [a, b]) => {
		if (hasConcatSlot(a!)) return binaryOp(vm, BINARY_OPS.indexOf("Add") + (inplace ? INPLACE_OFFSET : 0), a!, b!);
		// binary_op1 (binary_iop1 in place): the number slots alone, whose NotImplemented ends in this function's own error.
		if (isSequenceObject(a!) && isSequenceObject(b!)) {
			const sum = (inplace ? callDunder(vm, a!, "__iadd__", b!) : undefined) ?? numberProtocol(vm, "add", a!, b!);
			if (sum) return sum;
		}
		return vm.raise("TypeError", `'${a!.typeName}' object can't be concatenated`);
	});
}

/** PyNumber_Index: an exact int as itself, an int subclass's value or what __index__ returns as a new int. */
function index(vm: VM, o: PyObject): PyObject {
	if (o instanceof PyInt && !(o instanceof PyBool) && !isScalarInstance(o)) return vm.incref(o);
	const value = indexValue(vm, o);
	if (value === null) return vm.raise("TypeError", `'${o.typeName}' object cannot be interpreted as an integer`);
	return vm.int(value);
}

/** PyObject_LengthHint: len() when the object has one, else its type's __length_hint__, else the default. */
function lengthHint(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	noKeywords(vm, "length_hint", kw);
	positionalArguments(vm, "length_hint", args, null, 1, 2);
	const [obj, fallback] = args as [PyObject, PyObject | undefined];
	// Argument Clinic's Py_ssize_t converter: __index__, then the C range.
	const defaultValue = fallback === undefined ? 0n : exactSsize(vm, fallback);
	const sized = lengthIfSized(vm, obj);
	if (sized !== null) return vm.int(sized);
	const left = builtinIteratorHint(vm, obj);
	if (left !== null) return vm.int(left);
	const asked = askedLengthHint(vm, obj);
	return asked === null ? vm.int(defaultValue) : vm.int(asked);
}

const SEARCH_ITERATOR = "iterator of countOf/indexOf (_PySequence_IterSearch)";

/** _PySequence_IterSearch's count and index: `is` or `==` against each item, in iteration order. */
function searchItems(vm: VM, seq: PyObject, wanted: PyObject, stopAtFirst: boolean): number {
	const it = vm.getIter(seq, (typeName) => `argument of type '${typeName}' is not iterable`);
	let count = 0;
	let position = 0;
	let found = -1;
	vm.heap.adopt(it, SEARCH_ITERATOR);
	try {
		forEachItem(vm, it, (item) => {
			if (sameOrEqual(vm, item, wanted)) {
				count++;
				if (stopAtFirst) {
					found = position;
					return true;
				}
			}
			position++;
			return false;
		});
	} finally {
		vm.heap.release(it, SEARCH_ITERATOR);
	}
	return stopAtFirst ? found : count;
}

const truth = (vm: VM, o: PyObject): PyObject => vm.bool(isTruthy(vm, o));

export const OPERATOR_FUNCTIONS: Record<string, NativeImpl> = {
	add: binary("add", "Add"),
	sub: binary("sub", "Sub"),
	mul: binary("mul", "Mult"),
	matmul: binary("matmul", "MatMult"),
	truediv: binary("truediv", "Div"),
	floordiv: binary("floordiv", "FloorDiv"),
	mod: binary("mod", "Mod"),
	pow: binary("pow", "Pow"),
	lshift: binary("lshift", "LShift"),
	rshift: binary("rshift", "RShift"),
	and_: binary("and_", "BitAnd"),
	or_: binary("or_", "BitOr"),
	xor: binary("xor", "BitXor"),
	iadd: binary("iadd", "Add", true),
	isub: binary("isub", "Sub", true),
	imul: binary("imul", "Mult", true),
	imatmul: binary("imatmul", "MatMult", true),
	itruediv: binary("itruediv", "Div", true),
	ifloordiv: binary("ifloordiv", "FloorDiv", true),
	imod: binary("imod", "Mod", true),
	ipow: binary("ipow", "Pow", true),
	ilshift: binary("ilshift", "LShift", true),
	irshift: binary("irshift", "RShift", true),
	iand: binary("iand", "BitAnd", true),
	ior: binary("ior", "BitOr", true),
	ixor: binary("ixor", "BitXor", true),
	concat: concat("concat", false),
	iconcat: concat("iconcat", true),
	neg: unary("neg", Op.UNARY_NEGATIVE),
	pos: unary("pos", Op.UNARY_POSITIVE),
	inv: unary("inv", Op.UNARY_INVERT),
	invert: unary("invert", Op.UNARY_INVERT),
	abs: single("abs", (vm, a) => BUILTIN_FUNCTIONS.abs!(vm, [a], null, null)),
	index: single("index", index),
	not_: single("not_", (vm, a) => vm.bool(!isTruthy(vm, a))),
	truth: single("truth", truth),
	is_: fixed("is_", 2, (vm, [a, b]) => vm.bool(a === b)),
	is_not: fixed("is_not", 2, (vm, [a, b]) => vm.bool(a !== b)),
	lt: comparison("lt", "Lt"),
	le: comparison("le", "LtE"),
	eq: comparison("eq", "Eq"),
	ne: comparison("ne", "NotEq"),
	gt: comparison("gt", "Gt"),
	ge: comparison("ge", "GtE"),
	contains: fixed("contains", 2, (vm, [a, b]) => vm.bool(contains(vm, a!, b!))),
	countOf: fixed("countOf", 2, (vm, [a, b]) => vm.int(searchItems(vm, a!, b!, false))),
	indexOf: fixed("indexOf", 2, (vm, [a, b]) => {
		const found = searchItems(vm, a!, b!, true);
		if (found < 0) vm.raise("ValueError", "sequence.index(x): x not in sequence");
		return vm.int(found);
	}),
	getitem: fixed("getitem", 2, (vm, [a, b]) => getItem(vm, a!, b!)),
	setitem: fixed("setitem", 3, (vm, [a, b, c]) => {
		setItem(vm, a!, b!, c!);
		return vm.None;
	}),
	delitem: fixed("delitem", 2, (vm, [a, b]) => {
		delItem(vm, a!, b!);
		return vm.None;
	}),
	length_hint: lengthHint,
	call: (vm, args, kw) => {
		if (args.length < 1) vm.raise("TypeError", "call expected at least 1 argument, got 0");
		return vm.callObject(args[0]!, args.slice(1), kw);
	},
};

/** operator.py's dunder aliases (`__add__ = add`...): the same function objects under a second name. */
export const OPERATOR_DUNDER_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
	["abs", "add", "and", "call", "concat", "contains", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat",
		"ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "inv", "invert", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
		"le", "lshift", "lt", "matmul", "mod", "mul", "ne", "neg", "not", "or", "pos", "pow", "rshift", "setitem", "sub", "truediv", "xor"]
		.map((n) => [`__${n}__`, n in OPERATOR_FUNCTIONS ? n : `${n}_`]),
);
