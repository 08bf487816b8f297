// The builtin types' own number and sequence slots behind BINARY_OP (long_add, float_mul, list_concat,
// unicode_repeat, set_or...): what an operator does once no Python method took it, or before any when neither
// operand's class has one.
import { defaultDictOr } from "../builtins/defaultdict";
import { typingOr } from "./typing-ops";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayBinary } from "./array-ops";
import { dequeBinary } from "../builtins/deque";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBytes } from "../heap/values";
import { concatBytes, repeatBytes } from "./bytes-ops";
import { PyByteArray, isBytesLike } from "../heap/bytearray";
import { addToByteArray, repeatByteArray } from "./bytearray-ops";
import { PyList, PyTuple, PyDict, PySet } from "../heap/containers";
import { isExactList, isExactTuple } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import { floatArith, intArith } from "./arith";
import { intOperation, operandFloat, resultObject } from "./arith-results";
import { concatenatedItems, repeatCount, repeatIndex } from "./sequence-repeat";
import { listInplaceRepeat } from "./list-mutations";
import { pyLen } from "../runtime/codepoints";
import { hasSequenceSlots } from "./protocol";
import type { VM } from "./vm";
import { percentFormat } from "./formatting";
import { bytesPercentFormat } from "./bytes-percent";
import { dictViewSetOperation, takesViewSetOperation } from "./dict-view-ops";
import { complexBinary } from "./complex-ops";
import { unionOr } from "./union-ops";

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
				// list_extend copies an exact list (or the list itself); a subclass's instance is iterated, through
				// its own __iter__ if it has one.
				if (isExactList(b) || b === a) vm.listExtend(a, b.items);
				else vm.listExtendFrom(a, b);
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
	if (a instanceof PySet && b instanceof PySet && ["BitOr", "BitAnd", "Sub", "BitXor"].includes(op)) return vm.setOperation(op, a, b, inplace && !a.frozen);
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
export function repeatByIndex(vm: VM, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
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
export function numberDivmod(vm: VM, a: PyObject, b: PyObject): PyObject | undefined {
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

