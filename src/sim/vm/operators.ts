// BINARY_OP and unary operators, with user dunders and their reflected forms (comparisons: comparisons.ts).
import { PyBuiltinFunction } from "../heap/callables";
import { defaultDictOr } from "../builtins/defaultdict";
import { PyWeakSet } from "../heap/weak-dictionaries";
import { weakSetOperator } from "../builtins/weak-set-algebra";
import { PyWeakProxy } from "../heap/weakrefs";
import { mappingProxyOr } from "./mapping-proxy-ops";
import { involvesProxy, throughProxies, throughProxy } from "./weak-proxy-ops";
import { typingOr } from "./typing-ops";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayBinary, concatenationRefused } from "./array-ops";
import { dequeBinary } from "../builtins/deque";
import { isCounter } from "../builtins/counter";
import { counterBinary, counterUnary } from "../builtins/counter-operators";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBool, PyBytes } from "../heap/values";
import { cannotConcat, concatBytes, repeatBytes } from "./bytes-ops";
import { PyByteArray, isBytesLike } from "../heap/bytearray";
import { addToByteArray, repeatByteArray } from "./bytearray-ops";
import { PyList, PyTuple, PyDict, PySet } from "../heap/containers";
import { PyListInstance, PyTupleInstance, isExactTuple, pythonSlot, userSlot } from "../heap/subclass-instances";
import { listSubclassOperator } from "./list-subclass-operators";
import { isScalarInstance, PySetInstance } from "../heap/scalar-instances";
import { dictSubclassOr, involvesDictSubclassOr } from "./dict-subclass-operators";
import { Op, BINARY_OPS, INPLACE_OFFSET } from "../compile/code";
import { floatArith, intArith } from "./arith";
import { intOperation, operandFloat, resultObject, safeIntArith } from "./arith-results";
import { concatenatedItems, repeatCount, repeatIndex } from "./sequence-repeat";
import { listInplaceRepeat } from "./list-mutations";
import { pyLen } from "../runtime/codepoints";
import { hasSequenceSlots } from "./protocol";
import type { VM } from "./vm";
import { callDunder, subclassOnRight } from "./dunder-calls";
import { percentFormat } from "./formatting";
import { bytesPercentFormat } from "./bytes-percent";
import { dictViewSetOperation, takesViewSetOperation } from "./dict-view-ops";
import { complexBinary, complexUnary } from "./complex-ops";
import { unionOr } from "./union-ops";

const SYMBOLS: Record<string, string> = {
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "** or pow()", LShift: "<<", RShift: ">>",
	BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//", DivMod: "divmod()",
};
/** The special method's name for each operator, between `__` (and `__i`, `__r`) and `__`. */
export const DUNDER: Record<string, string> = {
	Add: "add", Sub: "sub", Mult: "mul", MatMult: "matmul", Div: "truediv", Mod: "mod", Pow: "pow", LShift: "lshift",
	RShift: "rshift", BitOr: "or", BitXor: "xor", BitAnd: "and", FloorDiv: "floordiv", DivMod: "divmod",
};
/** PyUnicode_FromObject / unicode_result_unchanged: the str itself, or an exact copy of a subclass's instance. */
function exactStr(vm: VM, s: PyStr): PyObject {
	return isScalarInstance(s) ? vm.str(s.value) : vm.incref(s);
}

/** Builtin behaviour of an operator, or undefined when the types do not support it. */
export function builtinBinary(vm: VM, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	if (op === "DivMod") return numberDivmod(vm, a, b);
	if (a instanceof PyInt && b instanceof PyInt) return op === "MatMult" ? undefined : intOperation(vm, op, a, b);
	if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
		if (["LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult"].includes(op)) return undefined;
		return resultObject(vm, floatArith(op, operandFloat(a), operandFloat(b)));
	}
	if (a instanceof PyComplex || b instanceof PyComplex) {
		const result = complexBinary(vm, op, a, b);
		if (result) return result;
	}
	if (a instanceof PyDeque || b instanceof PyDeque) {
		const result = dequeBinary(vm, op, a, b, inplace);
		if (result) return result;
	}
	if (a instanceof PyArray || b instanceof PyArray) {
		const result = arrayBinary(vm, op, a, b, inplace);
		if (result) return result;
	}
	if (op === "Add") {
		if (a instanceof PyStr && b instanceof PyStr) {
			// PyUnicode_Concat: with an empty side, the other str itself.
			if (a.value === "" || b.value === "") return exactStr(vm, a.value === "" ? b : a);
			return vm.strConcat(a, b);
		}
		if (a instanceof PyBytes) {
			const joined = concatBytes(vm, a, b);
			if (joined) return joined;
		}
		if (a instanceof PyByteArray) return addToByteArray(vm, a, b, inplace);
		if (a instanceof PyList && b instanceof PyList) {
			if (inplace) {
				vm.listExtend(a, b.items);
				return vm.incref(a);
			}
			return vm.list(concatenatedItems(vm, a.items, b.items));
		}
		if (a instanceof PyTuple && b instanceof PyTuple) {
			// tupleconcat: with an empty side, the other tuple itself if it is an exact tuple.
			if (b.items.length === 0 && isExactTuple(a)) return vm.incref(a);
			if (a.items.length === 0 && isExactTuple(b)) return vm.incref(b);
			return vm.tuple(concatenatedItems(vm, a.items, b.items));
		}
		if (a instanceof PyList && inplace) {
			// list_inplace_concat is list_extend: items go in as they come, after reserving the length hint.
			vm.listExtendFrom(a, b);
			return vm.incref(a);
		}
	}
	if (op === "Mult") {
		const [seq, n] = b instanceof PyInt && !(a instanceof PyInt) ? [a, b] : a instanceof PyInt ? [b, a] : [null, null];
		if (seq && n) {
			if (seq instanceof PyStr) {
				const count = repeatCount(vm, n, pyLen(seq.value), true, "repeated string is too long");
				// unicode_repeat and tuplerepeat return the object itself for a count of 1.
				return count === 1 ? exactStr(vm, seq) : vm.str(seq.value.repeat(count));
			}
			if (seq instanceof PyBytes) return repeatBytes(vm, seq, repeatCount(vm, n, seq.value.length, true, "repeated bytes are too long"));
			if (seq instanceof PyByteArray) return repeatByteArray(vm, seq, repeatCount(vm, n, seq.value.length, true), inplace && seq === a);
			if (seq instanceof PyList || seq instanceof PyTuple) {
				const count = repeatCount(vm, n, seq.items.length);
				// tuplerepeat: an exact tuple repeated once, or an empty one, is itself.
				if ((count === 1 || seq.items.length === 0) && isExactTuple(seq)) return vm.incref(seq);
				if (inplace && seq === a && seq instanceof PyList) return listInplaceRepeat(vm, seq, count);
				const items: PyObject[] = [];
				for (let i = 0; i < count; i++) for (const x of seq.items) items.push(vm.incref(x));
				return seq instanceof PyTuple ? vm.tuple(items) : vm.list(items);
			}
		}
	}
	if (op === "Mod" && a instanceof PyStr) {
		return percentFormat(vm, a, b);
	}
	if (op === "Mod" && isBytesLike(a)) return bytesPercentFormat(vm, a, b);
	if (a instanceof PySet && b instanceof PySet && ["BitOr", "BitAnd", "Sub", "BitXor"].includes(op)) return vm.setOperation(op, a, b, inplace);
	if (takesViewSetOperation(op, a, b)) return dictViewSetOperation(vm, op, a, b);
	if (op === "BitOr") {
		const union = unionOr(vm, a, b) ?? typingOr(vm, a, b);
		if (union) return union;
	}
	if (op === "BitOr" && (a instanceof PyOrderedDict || b instanceof PyOrderedDict)) return vm.raise("TypeError", "pymem does not support | with an OrderedDict yet");
	if (!inplace && op === "BitOr" && a instanceof PyDict && b instanceof PyDict && (a instanceof PyDefaultDict || b instanceof PyDefaultDict)) return defaultDictOr(vm, a, b);
	if (a instanceof PyDict && b instanceof PyDict && op === "BitOr") return vm.dictUnion(a, b, inplace);
	// dict.__ior__ is dict.update: any mapping or iterable of pairs, and it raises rather than decline.
	if (a instanceof PyDict && op === "BitOr" && inplace) {
		vm.dictUpdate(a, b, false);
		return vm.incref(a);
	}
	return undefined;
}

/** A sequence times an object with __index__ repeats (sq_repeat), once neither side's __mul__ took it. */
function repeatByIndex(vm: VM, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	const isSequence = (o: PyObject) => o instanceof PyStr || isBytesLike(o) || o instanceof PyList || o instanceof PyTuple;
	// PyNumber_InPlaceMultiply repeats the right operand only when the left has no sequence slots at all.
	const counter = isSequence(a) ? b : isSequence(b) && !(inplace && hasSequenceSlots(a)) ? a : null;
	if (!counter || counter instanceof PyInt) return undefined;
	const n = repeatIndex(vm, counter);
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
	const reflected = `__r${dunder}__`;
	if (subclassOnRight(a, b) && b.cls.lookup(reflected) !== a.cls.lookup(reflected)) {
		return callDunder(vm, b, reflected, a) ?? callDunder(vm, a, `__${dunder}__`, b);
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

export function unaryOp(vm: VM, op: Op, v: PyObject): PyObject {
	if (v instanceof PyWeakProxy) return throughProxy(vm, v, (referent) => unaryOp(vm, op, referent));
	if (isScalarInstance(v)) {
		// A subclass's own __neg__, __pos__ or __invert__ (slot_nb_negative...) before its value's.
		const dunder = op === Op.UNARY_NEGATIVE ? "__neg__" : op === Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
		if (pythonSlot(v.cls, dunder)) return vm.callMethod(v, dunder, []);
	}
	return builtinUnary(vm, op, v);
}

/** The builtin types' unary slots (long_neg, float_pos...), then an instance's own dunder. */
export function builtinUnary(vm: VM, op: Op, v: PyObject): PyObject {
	if (v instanceof PyInt) {
		const x = v.value;
		if (op === Op.UNARY_NEGATIVE) return vm.int(typeof x === "number" ? -x : -x);
		// long_long and float_float: an exact int or float is its own +x (a bool or a subclass's instance becomes an int).
		if (op === Op.UNARY_POSITIVE) return v instanceof PyBool || isScalarInstance(v) ? vm.int(x) : vm.incref(v);
		return vm.int(typeof x === "number" ? -x - 1 : -x - 1n);
	}
	if (v instanceof PyFloat && op !== Op.UNARY_INVERT) return op === Op.UNARY_NEGATIVE ? vm.float(-v.value) : isScalarInstance(v) ? vm.float(v.value) : vm.incref(v);
	if (v instanceof PyComplex && op !== Op.UNARY_INVERT) return complexUnary(vm, op === Op.UNARY_NEGATIVE, v);
	const name = op === Op.UNARY_NEGATIVE ? "__neg__" : op === Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
	if (userSlot(v, name)) return vm.callMethod(v, name, []);
	if (isCounter(v) && op !== Op.UNARY_INVERT) return counterUnary(vm, v, op === Op.UNARY_NEGATIVE);
	const symbol = op === Op.UNARY_NEGATIVE ? "-" : op === Op.UNARY_POSITIVE ? "+" : "~";
	return vm.raise("TypeError", `bad operand type for unary ${symbol}: '${v.typeName}'`);
}
