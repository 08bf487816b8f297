// BINARY_OP, unary operators and rich comparison, with user dunders and their reflected forms.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyStr, PyBool } from "../heap/values";
import { PyList, PyTuple, PyDict, PySet, PyRange } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { PyFunction, PyBoundMethod, PyBuiltinFunction } from "../heap/callables";
import { Op, BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET } from "../compile/code";
import { intArith, floatArith, intToFloat, type ArithResult } from "./arith";
import { probedDictsEqual } from "./probed-dicts";
import { compareSets, probedOperands } from "./set-algorithms";
import { PyWeakref } from "../heap/weakrefs";
import { indexValue, hasSequenceSlots } from "./protocol";
import type { VM } from "./vm";
import { percentFormat } from "./formatting";
import { dictViewCompare, dictViewSetOperation, takesViewSetOperation } from "./dict-view-ops";

const SYMBOLS: Record<string, string> = {
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "** or pow()", LShift: "<<", RShift: ">>",
	BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//", DivMod: "divmod()",
};
const DUNDER: Record<string, string> = {
	Add: "add", Sub: "sub", Mult: "mul", MatMult: "matmul", Div: "truediv", Mod: "mod", Pow: "pow", LShift: "lshift",
	RShift: "rshift", BitOr: "or", BitXor: "xor", BitAnd: "and", FloorDiv: "floordiv", DivMod: "divmod",
};
/** Simulated memory: sequences longer than this raise MemoryError before anything is allocated. */
export const MAX_SEQUENCE_ITEMS = 50_000_000;

function resultObject(vm: VM, r: ArithResult): PyObject {
	if ("int" in r) return vm.int(r.int);
	if ("float" in r) return vm.float(r.float);
	return vm.raise(r.error[0], r.error[1] || undefined);
}

function numeric(o: PyObject): number | bigint | null {
	if (o instanceof PyInt) return o.value;
	if (o instanceof PyFloat) return o.value;
	return null;
}

/** A number operand of a float operation: huge ints raise OverflowError as PyLong_AsDouble does. */
function operandFloat(o: PyObject): number {
	return o instanceof PyFloat ? o.value : intToFloat((o as PyInt).value);
}

const SSIZE_MAX = 2n ** 63n - 1n;

function repeatCount(vm: VM, n: PyObject, length: number): number {
	const value = (n as PyInt).value;
	const big = BigInt(value);
	if (big > SSIZE_MAX || big < -SSIZE_MAX - 1n) vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
	// An empty sequence repeated any number of times is empty: never loop over the count.
	if (length === 0) return 0;
	const count = Math.max(0, Number(value));
	if (count * length > MAX_SEQUENCE_ITEMS) vm.raise("MemoryError");
	return count;
}

/** Builtin behaviour of an operator, or undefined when the types do not support it. */
function builtinBinary(vm: VM, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	if (op === "DivMod") return numberDivmod(vm, a, b);
	if (a instanceof PyInt && b instanceof PyInt) return resultObject(vm, intArith(op, a.value, b.value));
	if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
		if (["LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult"].includes(op)) return undefined;
		return resultObject(vm, floatArith(op, operandFloat(a), operandFloat(b)));
	}
	if (op === "Add") {
		if (a instanceof PyStr && b instanceof PyStr) return vm.str(a.value + b.value);
		if (a instanceof PyList && b instanceof PyList) {
			if (inplace) {
				vm.listExtend(a, b.items);
				return vm.incref(a);
			}
			return vm.list([...a.items, ...b.items].map((x) => vm.incref(x)));
		}
		if (a instanceof PyTuple && b instanceof PyTuple) return vm.tuple([...a.items, ...b.items].map((x) => vm.incref(x)));
		if (a instanceof PyList && inplace) {
			const items = vm.collect(b);
			vm.listExtend(a, items);
			items.forEach((x) => vm.decref(x));
			return vm.incref(a);
		}
	}
	if (op === "Mult") {
		const [seq, n] = b instanceof PyInt && !(a instanceof PyInt) ? [a, b] : a instanceof PyInt ? [b, a] : [null, null];
		if (seq && n) {
			if (seq instanceof PyStr) return vm.str(seq.value.repeat(repeatCount(vm, n, seq.value.length)));
			if (seq instanceof PyList || seq instanceof PyTuple) {
				const count = repeatCount(vm, n, seq.items.length);
				const items: PyObject[] = [];
				for (let i = 0; i < count; i++) for (const x of seq.items) items.push(vm.incref(x));
				if (seq instanceof PyTuple) return vm.tuple(items);
				if (inplace && seq === a) {
					const old = seq.items;
					seq.items = items;
					seq.resize(items.length);
					old.forEach((x) => vm.decref(x));
					return vm.incref(seq);
				}
				return vm.list(items);
			}
		}
	}
	if (op === "Mod" && a instanceof PyStr) return vm.str(percentFormat(vm, a.value, b));
	if (a instanceof PySet && b instanceof PySet && ["BitOr", "BitAnd", "Sub", "BitXor"].includes(op)) return vm.setOperation(op, a, b, inplace);
	if (takesViewSetOperation(op, a, b)) return dictViewSetOperation(vm, op, a, b);
	if (a instanceof PyDict && b instanceof PyDict && op === "BitOr") return vm.dictUnion(a, b, inplace);
	// dict.__ior__ is dict.update: any mapping or iterable of pairs, and it raises rather than decline.
	if (a instanceof PyDict && op === "BitOr" && inplace) {
		vm.dictUpdate(a, b, false);
		return vm.incref(a);
	}
	return undefined;
}

function callDunder(vm: VM, obj: PyObject, name: string, other: PyObject): PyObject | undefined {
	if (!(obj instanceof PyInstance)) return undefined;
	const fn = obj.cls.lookup(name);
	if (!(fn instanceof PyFunction)) return undefined;
	const r = vm.callObject(fn, [obj, other]);
	if (r === vm.NotImplemented) {
		vm.decref(r);
		return undefined;
	}
	return r;
}

/** A sequence times an object with __index__ repeats (sq_repeat), once neither side's __mul__ took it. */
function repeatByIndex(vm: VM, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	const isSequence = (o: PyObject) => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
	const counter = isSequence(a) ? b : isSequence(b) ? a : null;
	if (!counter || counter instanceof PyInt) return undefined;
	const n = indexValue(vm, counter);
	if (n === null) return undefined;
	const count = vm.int(n);
	try {
		return counter === b ? builtinBinary(vm, "Mult", a, count, inplace) : builtinBinary(vm, "Mult", count, b, inplace);
	} finally {
		vm.decref(count);
	}
}

/** divmod() of two numbers (nb_divmod of int and float), or undefined for other types. */
function numberDivmod(vm: VM, a: PyObject, b: PyObject): PyObject | undefined {
	const isNumber = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
	if (!isNumber(a) || !isNumber(b)) return undefined;
	if (a instanceof PyFloat || b instanceof PyFloat) {
		if (operandFloat(b) === 0) return vm.raise("ZeroDivisionError", "float divmod()");
		return vm.tuple([resultObject(vm, floatArith("FloorDiv", operandFloat(a), operandFloat(b))), resultObject(vm, floatArith("Mod", operandFloat(a), operandFloat(b)))]);
	}
	const [x, y] = [a.value, b.value];
	if (Number(y) === 0) return vm.raise("ZeroDivisionError", "integer division or modulo by zero");
	return vm.tuple([resultObject(vm, intArith("FloorDiv", x, y)), resultObject(vm, intArith("Mod", x, y))]);
}

/** divmod(a, b): nb_divmod with __divmod__ and __rdivmod__, as PyNumber_Divmod. */
export function divmod(vm: VM, a: PyObject, b: PyObject): PyObject {
	return binaryNamed(vm, "DivMod", false, a, b);
}

export function binaryOp(vm: VM, arg: number, a: PyObject, b: PyObject): PyObject {
	const inplace = arg >= INPLACE_OFFSET;
	return binaryNamed(vm, BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg]!, inplace, a, b);
}

function binaryNamed(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	const dunder = DUNDER[op]!;
	if (inplace) {
		const r = callDunder(vm, a, `__i${dunder}__`, b);
		if (r) return r;
	}
	const builtin = builtinBinary(vm, op, a, b, inplace);
	if (builtin) return builtin;
	const reflected = `__r${dunder}__`;
	// SLOT1BINFULL: a subclass on the right that overrides the reflected method goes first.
	const rightFirst = subclassOnRight(a, b) && (b as PyInstance).cls.lookup(reflected) !== (a as PyInstance).cls.lookup(reflected);
	const r = rightFirst
		? (callDunder(vm, b, reflected, a) ?? callDunder(vm, a, `__${dunder}__`, b))
		: (callDunder(vm, a, `__${dunder}__`, b) ?? callDunder(vm, b, reflected, a));
	if (r) return r;
	if (op === "Mult") {
		const repeated = repeatByIndex(vm, a, b, inplace);
		if (repeated) return repeated;
	}
	if (op === "Add" && a instanceof PyStr) vm.raise("TypeError", `can only concatenate str (not "${b.typeName}") to str`);
	if (op === "Add" && (a instanceof PyList || a instanceof PyTuple)) {
		vm.raise("TypeError", `can only concatenate ${a.typeName} (not "${b.typeName}") to ${a.typeName}`);
	}
	// PyNumber_Multiply falls back to either operand's sequence repeat, which wants an int for the other.
	if (op === "Mult" && isRepeatable(a) && !(b instanceof PyInt)) vm.raise("TypeError", `can't multiply sequence by non-int of type '${b.typeName}'`);
	// PyNumber_InPlaceMultiply repeats the right operand only when the left has no sequence slots at all.
	if (op === "Mult" && isRepeatable(b) && !(a instanceof PyInt) && !(inplace && hasSequenceSlots(a))) vm.raise("TypeError", `can't multiply sequence by non-int of type '${a.typeName}'`);
	const symbol = inplace ? `${SYMBOLS[op]!.split(" ")[0]}=` : SYMBOLS[op];
	return vm.raise("TypeError", `unsupported operand type(s) for ${symbol}: '${a.typeName}' and '${b.typeName}'`);
}

const isRepeatable = (o: PyObject): boolean => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;

export function unaryOp(vm: VM, op: Op, v: PyObject): PyObject {
	if (v instanceof PyInt) {
		const x = v.value;
		if (op === Op.UNARY_NEGATIVE) return vm.int(typeof x === "number" ? -x : -x);
		if (op === Op.UNARY_POSITIVE) return vm.int(x);
		return vm.int(typeof x === "number" ? -x - 1 : -x - 1n);
	}
	if (v instanceof PyFloat && op !== Op.UNARY_INVERT) return vm.float(op === Op.UNARY_NEGATIVE ? -v.value : v.value);
	const name = op === Op.UNARY_NEGATIVE ? "__neg__" : op === Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
	if (v instanceof PyInstance && v.cls.lookup(name) instanceof PyFunction) return vm.callMethod(v, name, []);
	const symbol = op === Op.UNARY_NEGATIVE ? "-" : op === Op.UNARY_POSITIVE ? "+" : "~";
	return vm.raise("TypeError", `bad operand type for unary ${symbol}: '${v.typeName}'`);
}

const REFLECTED: Record<string, string> = { Lt: "Gt", LtE: "GtE", Gt: "Lt", GtE: "LtE", Eq: "Eq", NotEq: "NotEq" };
const CMP_DUNDER: Record<string, string> = { Lt: "__lt__", LtE: "__le__", Gt: "__gt__", GtE: "__ge__", Eq: "__eq__", NotEq: "__ne__" };
const CMP_SYMBOL: Record<string, string> = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Eq: "==", NotEq: "!=" };

export function compareOp(vm: VM, arg: number, a: PyObject, b: PyObject): PyObject {
	const op = COMPARE_OPS[arg]!;
	const user = userCompare(vm, op, a, b);
	if (user) return user;
	return vm.bool(compareValues(vm, a, b, op, true));
}

function userCompare(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (!(a instanceof PyInstance) && !(b instanceof PyInstance)) return undefined;
	// do_richcompare: an instance of a subclass on the right is asked first, with the swapped operator.
	if (subclassOnRight(a, b)) return compareOneWay(vm, REFLECTED[op]!, b, a) ?? compareOneWay(vm, op, a, b);
	return compareOneWay(vm, op, a, b) ?? compareOneWay(vm, REFLECTED[op]!, b, a);
}

function compareOneWay(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	return op === "NotEq" ? notEqual(vm, a, b) : callDunder(vm, a, CMP_DUNDER[op]!, b);
}

/** Whether `b` is an instance of a proper subclass of `a`'s class (whose methods then take priority). */
function subclassOnRight(a: PyObject, b: PyObject): boolean {
	return a instanceof PyInstance && b instanceof PyInstance && a.cls !== b.cls && b.cls.isSubclassOf(a.cls);
}

/** `obj.__ne__(other)`: a class's own, else object.__ne__, which inverts its __eq__ (unless NotImplemented). */
function notEqual(vm: VM, obj: PyObject, other: PyObject): PyObject | undefined {
	if (!(obj instanceof PyInstance)) return undefined;
	if (obj.cls.lookup("__ne__") instanceof PyFunction) return callDunder(vm, obj, "__ne__", other);
	const equal = callDunder(vm, obj, "__eq__", other);
	if (equal === undefined) return undefined;
	const truth = vm.truthy(equal);
	vm.decref(equal);
	return vm.bool(!truth);
}

function order(x: number | bigint | string, y: number | bigint | string, op: string): boolean {
	switch (op) {
		case "Lt": return x < y;
		case "LtE": return x <= y;
		case "Gt": return x > y;
		case "GtE": return x >= y;
		case "Eq": return x === y || (typeof x !== "string" && typeof y !== "string" && x == y);
		default: return !(x === y || (typeof x !== "string" && typeof y !== "string" && x == y));
	}
}

/** Python comparison as a JS boolean (used by ==, sorting, `in`, list.index...). */
/** `userAsked`: the caller already tried the dunders (and they answered NotImplemented); they run once. */
export function compareValues(vm: VM, a: PyObject, b: PyObject, op: string, userAsked = false): boolean {
	// weakref_richcompare: live refs compare their referents (no identity shortcut), dead ones by identity.
	if (a instanceof PyWeakref && b instanceof PyWeakref && (op === "Eq" || op === "NotEq")) {
		if (!a.referent || !b.referent) return (a === b) === (op === "Eq");
		return compareValues(vm, a.referent, b.referent, op);
	}
	const na = numeric(a);
	const nb = numeric(b);
	if (na !== null && nb !== null) return order(na, nb, op);
	if (a instanceof PyStr && b instanceof PyStr) return order(a.value, b.value, op);
	if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return compareSequences(vm, a.items, b.items, op);
	if (!userAsked && (a instanceof PyInstance || b instanceof PyInstance)) {
		const r = userCompare(vm, op, a, b);
		if (r) {
			const truth = r instanceof PyBool ? r.flag : vm.truthy(r);
			vm.decref(r);
			return truth;
		}
	}
	const viewOrder = dictViewCompare(vm, a, b, op);
	if (viewOrder !== null) return viewOrder;
	if (op === "Eq" || op === "NotEq") {
		let eq = a === b;
		if (!eq && a instanceof PyDict && b instanceof PyDict) eq = dictsEqual(vm, a, b);
		if (!eq && a instanceof PyRange && b instanceof PyRange) eq = a.canonicalKey === b.canonicalKey;
		if (!eq && a instanceof PySet && b instanceof PySet && probedOperands(a, b)) return compareSets(vm, a, b, op);
		if (!eq && a instanceof PySet && b instanceof PySet) eq = a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
		// method_richcompare / meth_richcompare: the same function bound to the same object.
		if (!eq && a instanceof PyBoundMethod && b instanceof PyBoundMethod) eq = a.self !== null && a.self === b.self && a.func === b.func;
		if (!eq && a instanceof PyBuiltinFunction && b instanceof PyBuiltinFunction) eq = a.self !== null && a.self === b.self && a.impl === b.impl;
		return op === "Eq" ? eq : !eq;
	}
	if (a instanceof PySet && b instanceof PySet && probedOperands(a, b)) return compareSets(vm, a, b, op);
	if (a instanceof PySet && b instanceof PySet) {
		const sub = [...a.entries.keys()].every((k) => b.entries.has(k));
		const sup = [...b.entries.keys()].every((k) => a.entries.has(k));
		if (op === "LtE") return sub;
		if (op === "GtE") return sup;
		if (op === "Lt") return sub && a.entries.size < b.entries.size;
		return sup && a.entries.size > b.entries.size;
	}
	return vm.raise("TypeError", `'${CMP_SYMBOL[op]}' not supported between instances of '${a.typeName}' and '${b.typeName}'`);
}

function compareSequences(vm: VM, x: PyObject[], y: PyObject[], op: string): boolean {
	const n = Math.min(x.length, y.length);
	for (let i = 0; i < n; i++) {
		const p = x[i]!;
		const q = y[i]!;
		if (p === q || compareValues(vm, p, q, "Eq")) continue;
		if (op === "Eq") return false;
		if (op === "NotEq") return true;
		return compareValues(vm, p, q, op);
	}
	return order(x.length, y.length, op);
}

function dictsEqual(vm: VM, a: PyDict, b: PyDict): boolean {
	if (a.entries.size !== b.entries.size) return false;
	if (a.index !== null || b.index !== null) return probedDictsEqual(vm, a, b);
	for (const [k, e] of a.entries) {
		const other = b.entries.get(k);
		if (!other || !(other.value === e.value || compareValues(vm, e.value, other.value, "Eq"))) return false;
	}
	return true;
}
