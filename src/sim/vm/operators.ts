// BINARY_OP, with user dunders and their reflected forms (unary operators: unary-operators.ts; comparisons:
// comparisons.ts).
import { PyBuiltinFunction } from "../heap/callables";
import { PyWeakSet } from "../heap/weak-dictionaries";
import { weakSetOperator } from "../builtins/weak-set-algebra";
import { PyWeakProxy } from "../heap/weakrefs";
import { mappingProxyOr } from "./mapping-proxy-ops";
import { involvesProxy, throughProxies } from "./weak-proxy-ops";
import { PyDeque } from "../heap/collections";
import { PyArray } from "../heap/array";
import { concatenationRefused } from "./array-ops";
import { isCounter } from "../builtins/counter";
import { counterBinary } from "../builtins/counter-operators";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr } from "../heap/values";
import { cannotConcat } from "./bytes-ops";
import { isBytesLike } from "../heap/bytearray";
import { PyList, PyTuple, PySet } from "../heap/containers";
import { PyListInstance, PyTupleInstance, pythonSlot, userSlot } from "../heap/subclass-instances";
import { listSubclassOperator } from "./list-subclass-operators";
import { isScalarInstance, PySetInstance } from "../heap/scalar-instances";
import { dictSubclassOr, involvesDictSubclassOr } from "./dict-subclass-operators";
import { BINARY_OPS, INPLACE_OFFSET } from "../compile/code";
import { intOperation, safeIntArith } from "./arith-results";
import { builtinBinary, repeatByIndex } from "./builtin-binary";
import { hasSequenceSlots } from "./protocol";
import type { VM } from "./vm";
import { callDunder, numberSlotTakes, subclassOnRight } from "./dunder-calls";

const SYMBOLS: Record<string, string> = {
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "** or pow()", LShift: "<<", RShift: ">>",
	BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//", DivMod: "divmod()",
};
/** The special method's name for each operator, between `__` (and `__i`, `__r`) and `__`. */
export const DUNDER: Record<string, string> = {
	Add: "add", Sub: "sub", Mult: "mul", MatMult: "matmul", Div: "truediv", Mod: "mod", Pow: "pow", LShift: "lshift",
	RShift: "rshift", BitOr: "or", BitXor: "xor", BitAnd: "and", FloorDiv: "floordiv", DivMod: "divmod",
};

/** divmod(a, b): nb_divmod with __divmod__ and __rdivmod__, as PyNumber_Divmod. */
export function divmod(vm: VM, a: PyObject, b: PyObject): PyObject {
	if (involvesProxy(a, b)) return proxyBinary(vm, "DivMod", false, a, b);
	return binaryNamed(vm, "DivMod", false, a, b);
}

export function binaryOp(vm: VM, arg: number, a: PyObject, b: PyObject): PyObject {
	const inplace = arg >= INPLACE_OFFSET;
	const op = BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg]!;
	// Two ints: no dunder of theirs can be a user's, so binaryNamed would go straight to int arithmetic (ints
	// have no @, whose TypeError binaryNamed words).
	if (a instanceof PyInt && b instanceof PyInt && op !== "MatMult" && !isScalarInstance(a) && !isScalarInstance(b)) {
		return (op === "Add" || op === "Sub" || op === "Mult" ? safeIntArith(vm, op, a.value, b.value) : null) ?? intOperation(vm, op, a, b);
	}
	if (involvesProxy(a, b)) return proxyBinary(vm, op, inplace, a, b);
	return binaryNamed(vm, op, inplace, a, b);
}

/**
 * A proxy's number slots (proxy_add...): both operands unwrapped and the operation done again. A proxy on the
 * right reaches its slot only after the left operand's own method declined it (binary_op1's order).
 */
function proxyBinary(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	if (!(a instanceof PyWeakProxy)) {
		const dunder = DUNDER[op]!;
		const own = (inplace ? callDunder(vm, a, `__i${dunder}__`, b) : undefined) ?? callDunder(vm, a, `__${dunder}__`, b);
		if (own) return own;
	}
	return throughProxies(vm, a, b, (x, y) => binaryNamed(vm, op, inplace, x, y));
}

const isNumberSubclassOperand = (o: PyObject): boolean => isScalarInstance(o) || o instanceof PySetInstance;

const INT_SLOTS = new Set(["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "DivMod", "LShift", "RShift", "BitAnd", "BitOr", "BitXor"]);
const FLOAT_SLOTS = new Set(["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "DivMod"]);
const COMPLEX_SLOTS = new Set(["Add", "Sub", "Mult", "Div", "Pow"]);

/** Whether the left operand is a builtin number whose type has a slot for `op` that takes the right operand. */
function leftNumberSlotTakes(op: string, a: PyObject, b: PyObject): boolean {
	return (a instanceof PyComplex ? COMPLEX_SLOTS : a instanceof PyFloat ? FLOAT_SLOTS : INT_SLOTS).has(op) && numberSlotTakes(a, b);
}

/** binary_op1: the right operand's reflected method goes first when its class is a subclass of the left one's overriding it. */
function reflectedGoesFirst(a: PyObject, b: PyObject, dunder: string): boolean {
	const reflected = `__r${dunder}__`;
	return subclassOnRight(a, b) && b.cls.lookup(reflected) !== a.cls.lookup(reflected);
}
const isSequenceSubclassInstance = (o: PyObject): boolean => o instanceof PyListInstance || o instanceof PyTupleInstance;

function binaryNamed(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	const dunder = DUNDER[op]!;
	if (inplace) {
		const r = callDunder(vm, a, `__i${dunder}__`, b);
		if (r) return r;
	}
	if ((op === "Add" || op === "Mult") && (isSequenceSubclassInstance(a) || isSequenceSubclassInstance(b))) return listSubclassOperator(vm, op, inplace, a, b);
	if (isCounter(a) || isCounter(b)) {
		const counted = counterBinary(vm, op, a, b, inplace);
		if (counted) return counted;
	}
	if (op === "BitOr" && involvesDictSubclassOr(a, b, inplace)) return dictSubclassOr(vm, inplace, a, b);
	if (op === "BitOr") {
		const viaMapping = mappingProxyOr(vm, inplace, a, b, (x, y) => binaryNamed(vm, op, false, x, y));
		if (viaMapping) return viaMapping;
	}
	if (a instanceof PyWeakSet) {
		const weak = weakSetOperator(vm, op, inplace, a, b);
		if (weak) return weak;
	}
	// An int, float, str or set subclass's dunders written in Python come before its value's operation, which
	// is what the inherited int.__add__... does when they decline (or are not defined).
	if (isNumberSubclassOperand(a) || isNumberSubclassOperand(b)) {
		// A number on the left without a Python method for the operator: its builtin slot (float_add, long_add, or
		// int.__add__ inherited by a subclass) comes first when it takes the right operand, unless that is of a
		// subclass of the left one's class overriding the reflected method.
		if (!pythonSlot(a.cls, `__${dunder}__`) && leftNumberSlotTakes(op, a, b) && !reflectedGoesFirst(a, b, dunder)) {
			const own = builtinBinary(vm, op, a, b, inplace);
			if (own) return own;
		}
		const r = numberProtocol(vm, dunder, a, b);
		if (r) return r;
		// The left operand's own dunder declined: it replaced the value's slot (a Python __add__ or __mul__ also
		// empties a str's sq_concat, sq_repeat), so only the right operand's builtin slot can still take it.
		if (isNumberSubclassOperand(a) && pythonSlot(a.cls, `__${dunder}__`) && !rightSlotTakes(a, b, dunder)) unsupportedOperands(vm, op, inplace, a, b);
	}
	// A sequence's `+` and `*` are sq_concat and sq_repeat, which PyNumber_Add and PyNumber_Multiply reach only
	// after binary_op1: the right operand's reflected method comes first (`lst += obj` asks obj.__radd__ before
	// extending).
	if ((op === "Add" || op === "Mult") && isConcatenable(a) && asksReflected(a, b, dunder)) {
		return callDunder(vm, b, `__r${dunder}__`, a) ?? builtinBinary(vm, op, a, b, inplace) ?? binaryFallback(vm, op, inplace, a, b);
	}
	const builtin = builtinBinary(vm, op, a, b, inplace);
	if (builtin) return builtin;
	return numberProtocol(vm, dunder, a, b) ?? binaryFallback(vm, op, inplace, a, b);
}

/** The builtin types whose `+` and `*` are sequence slots only (no nb_add, nb_multiply of their own). */
const isConcatenable = (o: PyObject): boolean => isRepeatable(o) || o instanceof PyDeque;

/**
 * binaryNamed for a plain instance on the left whose own Python method for `op` declined, having run first as
 * binary_op1 runs it (binary-op-frames.ts): `askedInplace` when that was its `__iadd__`..., which leaves the
 * plain operator to try; else the right operand's reflected method (`asksOther`, decided before the call), then
 * the fallbacks. Only for right operands no earlier case of binaryNamed takes (frameableRightOperand).
 */
export function binaryAfterOwnMethodDeclined(vm: VM, op: string, inplace: boolean, askedInplace: boolean, asksOther: boolean, a: PyObject, b: PyObject): PyObject {
	const dunder = DUNDER[op]!;
	const answer = askedInplace ? numberProtocol(vm, dunder, a, b) : reflectedAfterDecline(vm, dunder, a, b, asksOther);
	return answer ?? binaryFallback(vm, op, inplace, a, b);
}

/**
 * binaryNamed once the right operand's reflected method declined, having run as a frame (binary-op-frames.ts):
 * the left operand's sequence slot (concatenation, an in-place extend, repeat), then TypeError.
 */
export function binaryAfterReflectedDeclined(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	return builtinBinary(vm, op, a, b, inplace) ?? binaryFallback(vm, op, inplace, a, b);
}

/** What PyNumber_* does once no operand's number slot took the operation: sequence repeat, then TypeError. */
function binaryFallback(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	if (op === "Mult") {
		const repeated = repeatByIndex(vm, a, b, inplace);
		if (repeated) return repeated;
	}
	if (op === "Add" && isBytesLike(a)) cannotConcat(vm, a, b);
	if (op === "Add" && a instanceof PyArray) concatenationRefused(vm, b, inplace);
	if (op === "Add" && a instanceof PyStr) vm.raise("TypeError", `can only concatenate str (not "${b.typeName}") to str`);
	if (op === "Add" && (a instanceof PyList || a instanceof PyTuple)) {
		// list_concat and tuple_concat name their own type, whatever subclass the operand is of.
		const name = a instanceof PyList ? "list" : "tuple";
		vm.raise("TypeError", `can only concatenate ${name} (not "${b.typeName}") to ${name}`);
	}
	// PyNumber_Multiply falls back to either operand's sequence repeat, which wants an int for the other.
	if (op === "Mult" && isRepeatable(a) && !(b instanceof PyInt)) vm.raise("TypeError", `can't multiply sequence by non-int of type '${b.typeName}'`);
	// PyNumber_InPlaceMultiply repeats the right operand only when the left has no sequence slots at all.
	if (op === "Mult" && isRepeatable(b) && !(a instanceof PyInt) && !(inplace && hasSequenceSlots(a))) vm.raise("TypeError", `can't multiply sequence by non-int of type '${a.typeName}'`);
	return unsupportedOperands(vm, op, inplace, a, b);
}

function unsupportedOperands(vm: VM, op: string, inplace: boolean, a: PyObject, b: PyObject): never {
	const symbol = inplace ? `${SYMBOLS[op]!.split(" ")[0]}=` : SYMBOLS[op];
	// binary_op's hint for Python 2's `print >>f, x`: the builtin print shifted right.
	const printShifted = !inplace && op === "RShift" && a instanceof PyBuiltinFunction && a.name === "print";
	const hint = printShifted ? '. Did you mean "print(<message>, file=<output_stream>)"?' : "";
	return vm.raise("TypeError", `unsupported operand type(s) for ${symbol}: '${a.typeName}' and '${b.typeName}'${hint}`);
}

/**
 * binary_op1 between Python classes' dunders (SLOT1BINFULL): a subclass on the right that overrides the reflected
 * method goes first. Operands of one type meet only its slot, once: the reflected method is never asked.
 */
export function numberProtocol(vm: VM, dunder: string, a: PyObject, b: PyObject): PyObject | undefined {
	if (a.cls === b.cls) return callDunder(vm, a, `__${dunder}__`, b);
	if (reflectedGoesFirst(a, b, dunder)) {
		return callDunder(vm, b, `__r${dunder}__`, a) ?? callDunder(vm, a, `__${dunder}__`, b);
	}
	const asksOther = asksReflected(a, b, dunder);
	return callDunder(vm, a, `__${dunder}__`, b) ?? reflectedAfterDecline(vm, dunder, a, b, asksOther);
}

/**
 * slot_nb_*'s do_other (binary_op1's slotw), decided before the left operand's method runs: the right operand, of
 * another class, has a number method of this operator written in Python, so its reflected method is asked once the
 * left one declines. A method added, or a `__class__` changed, meanwhile does not change that.
 */
export function asksReflected(a: PyObject, b: PyObject, dunder: string): boolean {
	return a.cls !== b.cls && (userSlot(b, `__r${dunder}__`) !== undefined || userSlot(b, `__${dunder}__`) !== undefined);
}

/** The right operand's reflected method once the left's declined: when `asksOther`, and the classes still differ. */
export function reflectedAfterDecline(vm: VM, dunder: string, a: PyObject, b: PyObject, asksOther: boolean): PyObject | undefined {
	return asksOther && a.cls !== b.cls ? callDunder(vm, b, `__r${dunder}__`, a) : undefined;
}

/**
 * binary_op1's slotw after the left operand's Python method declined: whether the right operand's type has a
 * builtin number slot of its own (none for operands of one class, whose slots are the same) that takes the left
 * operand: float's and complex's convert an int or a float, int's takes an int, a set's a set.
 */
function rightSlotTakes(a: PyObject, b: PyObject, dunder: string): boolean {
	if (a.cls === b.cls || userSlot(b, `__r${dunder}__`) !== undefined || userSlot(b, `__${dunder}__`) !== undefined) return false;
	if (b instanceof PyFloat) return a instanceof PyInt || a instanceof PyFloat;
	if (b instanceof PyComplex) return a instanceof PyInt || a instanceof PyFloat || a instanceof PyComplex;
	if (b instanceof PyInt) return a instanceof PyInt;
	if (b instanceof PySet) return a instanceof PySet;
	return false;
}

const isRepeatable = (o: PyObject): boolean => o instanceof PyStr || isBytesLike(o) || o instanceof PyList || o instanceof PyTuple || o instanceof PyArray;
