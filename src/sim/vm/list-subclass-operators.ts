// + and * (and += and *=) with an instance of a list or tuple subclass as an operand (tuple has no in-place
// slots, so += and *= on a tuple subclass concatenate and repeat into a new tuple). CPython tries the number slots
// (the classes' dunders) first and list's sequence slots after, each as update_one_slot left them when the
// class was made: a class that defines __add__ in Python has no concatenation of its own (sq_concat), one
// that defines __mul__ or __rmul__ no repetition, one that defines __iadd__ or __imul__ no in-place form;
// and a class that defines no __iadd__ gets list's in-place concatenation as its nb_inplace_add, so its +=
// extends in place before any __radd__ of the other operand is asked.
import type { PyObject } from "../heap/object";
import { PyInt, PyStr } from "../heap/values";
import { PyList, PyTuple } from "../heap/containers";
import { definesInPython, isExactList } from "../heap/subclass-instances";
import { callDunder } from "./dunder-calls";
import { hasSequenceSlots } from "./protocol";
import { repeatIndex } from "./sequence-repeat";
import { builtinBinary } from "./builtin-binary";
import type { VM } from "./vm";

/** The list slot `o` still has: exact lists all of them, a subclass those whose dunders it does not define. */
function keepsListSlot(o: PyObject, ...names: string[]): boolean {
	return o instanceof PyList && !names.some((name) => definesInPython(o, name));
}

/** Likewise for list's or tuple's sq_concat and sq_repeat. */
function keepsSequenceSlot(o: PyObject, ...names: string[]): boolean {
	return (o instanceof PyList || o instanceof PyTuple) && !names.some((name) => definesInPython(o, name));
}

/** The type's nb_add/nb_multiply is slot_nb_add/slot_nb_multiply: its class defines __op__ or __rop__ in Python. */
function hasSlot(o: PyObject, dunder: string): boolean {
	return definesInPython(o, `__${dunder}__`) || definesInPython(o, `__r${dunder}__`);
}

export function listSubclassOperator(vm: VM, op: "Add" | "Mult", inplace: boolean, a: PyObject, b: PyObject): PyObject {
	const dunder = op === "Add" ? "add" : "mul";
	if (inplace) {
		// binary_iop1: nb_inplace_add/nb_inplace_multiply of the left operand first.
		if (definesInPython(a, `__i${dunder}__`)) {
			const r = callDunder(vm, a, `__i${dunder}__`, b);
			if (r) return r;
		} else if (op === "Add" && !isExactList(a) && a instanceof PyList) {
			return builtinBinary(vm, "Add", a, b, true)!;
		}
	}
	// binary_op1: both operands' slots are slot_nb_* (one call serves both) or only one of them is.
	const r = hasSlot(a, dunder) || (a.cls !== b.cls && hasSlot(b, dunder)) ? slotBinary(vm, dunder, a, b) : undefined;
	if (r) return r;
	return op === "Add" ? concatenate(vm, inplace, a, b) : repeat(vm, inplace, a, b);
}

/** SLOT1BINFULL: self.__op__(other), with other.__rop__(self) first when other's class is a subclass overriding it. */
function slotBinary(vm: VM, dunder: string, self: PyObject, other: PyObject): PyObject | undefined {
	const name = `__${dunder}__`;
	const reflected = `__r${dunder}__`;
	let doOther = self.cls !== other.cls && hasSlot(other, dunder);
	if (hasSlot(self, dunder)) {
		if (doOther && other.cls.isSubclassOf(self.cls) && other.cls.lookup(reflected) !== self.cls.lookup(reflected)) {
			const r = callMaybe(vm, other, reflected, self);
			if (r) return r;
			doOther = false;
		}
		const r = callMaybe(vm, self, name, other);
		if (r || self.cls === other.cls) return r;
	}
	return doOther ? callMaybe(vm, other, reflected, self) : undefined;
}

/**
 * vectorcall_maybe: `o`'s method `name` called with `arg`, undefined for NotImplemented or no method. A list
 * subclass that does not define it in Python reaches list's own __add__, __mul__ or __rmul__.
 */
function callMaybe(vm: VM, o: PyObject, name: string, arg: PyObject): PyObject | undefined {
	if (definesInPython(o, name)) return callDunder(vm, o, name, arg);
	if (o instanceof PyTuple) {
		if (name === "__add__") return tupleConcat(vm, o, arg);
		if (name === "__mul__" || name === "__rmul__") return sequenceRepeat(vm, o, arg);
		return undefined;
	}
	if (!(o instanceof PyList)) return undefined;
	if (name === "__add__") return listConcat(vm, o, arg);
	if (name === "__mul__" || name === "__rmul__") return listRepeat(vm, o, arg, false);
	return undefined;
}

/** tupleconcat, what tuple.__add__ runs: the other operand must be a tuple. */
export function tupleConcat(vm: VM, tuple: PyTuple, other: PyObject): PyObject {
	return (other instanceof PyTuple && builtinBinary(vm, "Add", tuple, other, false)) || vm.raise("TypeError", `can only concatenate tuple (not "${other.typeName}") to tuple`);
}

/** tuplerepeat, unicode_repeat and bytes_repeat as the types' __mul__ and __rmul__ run them (wrap_indexargfunc). */
export function sequenceRepeat(vm: VM, seq: PyObject, count: PyObject, inplace = false): PyObject {
	return repeatBy(vm, seq, count, inplace, `'${count.typeName}' object cannot be interpreted as an integer`);
}

/** list_concat, what list.__add__ runs: the other operand must be a list. */
export function listConcat(vm: VM, list: PyList, other: PyObject): PyObject {
	return builtinBinary(vm, "Add", list, other, false) ?? vm.raise("TypeError", `can only concatenate list (not "${other.typeName}") to list`);
}

/** list_repeat and list_inplace_repeat as list.__mul__, __rmul__ and __imul__ run them (wrap_indexargfunc). */
export function listRepeat(vm: VM, list: PyList, count: PyObject, inplace: boolean): PyObject {
	// PyNumber_AsSsize_t reads the count; its error names the object.
	return repeatBy(vm, list, count, inplace, `'${count.typeName}' object cannot be interpreted as an integer`);
}

/** PyNumber_Add's and PyNumber_InPlaceAdd's fallback: the left operand's (in-place) concatenation. */
function concatenate(vm: VM, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	const symbol = inplace ? "+=" : "+";
	if (a instanceof PyList) {
		const inPlace = inplace && keepsListSlot(a, "__iadd__");
		if (!inPlace && !keepsListSlot(a, "__add__")) return unsupported(vm, symbol, a, b);
		const result = builtinBinary(vm, "Add", a, b, inPlace);
		if (result) return result;
		return vm.raise("TypeError", `can only concatenate list (not "${b.typeName}") to list`);
	}
	if (a instanceof PyTuple) {
		if (!keepsSequenceSlot(a, "__add__")) return unsupported(vm, symbol, a, b);
		return tupleConcat(vm, a, b);
	}
	if (a instanceof PyStr) {
		const name = "str";
		return vm.raise("TypeError", `can only concatenate ${name} (not "${b.typeName}") to ${name}`);
	}
	return unsupported(vm, symbol, a, b);
}

/** PyNumber_Multiply's and PyNumber_InPlaceMultiply's fallback: either operand's sequence repetition. */
function repeat(vm: VM, inplace: boolean, a: PyObject, b: PyObject): PyObject {
	const repeats = (o: PyObject) => o instanceof PyStr || keepsSequenceSlot(o, "__mul__", "__rmul__");
	if (inplace && hasSequenceSlots(a)) {
		// The left operand's in-place repetition, else its repetition; the right one is never repeated in place.
		const inPlace = keepsListSlot(a, "__imul__");
		if (inPlace || repeats(a)) return repeatBy(vm, a, b, inPlace);
		return unsupported(vm, "*=", a, b);
	}
	if (repeats(a)) return repeatBy(vm, a, b, false);
	if (repeats(b)) return repeatBy(vm, b, a, false);
	return unsupported(vm, inplace ? "*=" : "*", a, b);
}

/** sequence_repeat: the count must be an int or have __index__. */
function repeatBy(vm: VM, seq: PyObject, count: PyObject, inplace: boolean, notIndex = `can't multiply sequence by non-int of type '${count.typeName}'`): PyObject {
	if (count instanceof PyInt) return builtinBinary(vm, "Mult", seq, count, inplace)!;
	const n = repeatIndex(vm, count);
	if (n === null) return vm.raise("TypeError", notIndex);
	const countObj = vm.int(n);
	try {
		return builtinBinary(vm, "Mult", seq, countObj, inplace)!;
	} finally {
		vm.decref(countObj);
	}
}

function unsupported(vm: VM, symbol: string, a: PyObject, b: PyObject): never {
	return vm.raise("TypeError", `unsupported operand type(s) for ${symbol}: '${a.typeName}' and '${b.typeName}'`);
}
