// int() and float(): what long_new_impl and float_new_impl make of their argument, and PyNumber_Long and
// PyNumber_Float for instances (their __int__, __float__ or __index__), which %-formatting uses too.

import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyStr, PyBool, latin1 } from "../heap/values";
import { PyFunction } from "../heap/callables";
import { PyInstance } from "../heap/instances";
import { PyWeakProxy } from "../heap/weakrefs";
import { isBytesLike } from "../heap/bytearray";
import { isScalarInstance } from "../heap/scalar-instances";
import { hasInstanceAttributes, type AttributeOwner } from "../heap/subclass-instances";
import { bytesRepr } from "../parse/repr";
import { parseIntLiteral, parseFloatLiteral } from "../runtime/numberParse";
import { intToFloat } from "../vm/arith";
import { readBuffer } from "../vm/buffers";
import { repr } from "../vm/repr";
import { throughProxy } from "../vm/weak-proxy-ops";
import type { VM } from "../vm/vm";
import { rejectResult } from "../vm/rejected-results";
/**
 * PyNumber_Long for an instance: __int__, which must give an int, else __index__ (PyNumber_Index's check);
 * undefined when the class has neither. __trunc__, int()'s deprecated last resort, is not simulated.
 */
export function intFromDunders(vm: VM, x: AttributeOwner): PyObject | undefined {
	const dunder = x.cls.lookup("__int__") ? "__int__" : x.cls.lookup("__index__") ? "__index__" : null;
	if (!dunder) {
		if (x.cls.lookup("__trunc__")) vm.raise("TypeError", "pymem does not support int() through __trunc__ yet");
		return undefined;
	}
	const result = vm.callMethod(x, dunder, []);
	// A bool is a strict subclass of int: CPython copies it to an int with a DeprecationWarning pymem does not print.
	if (result instanceof PyBool) vm.raise("TypeError", `pymem does not support ${dunder} returning a bool yet`);
	if (result instanceof PyInt) return result;
	return rejectResult(vm, result, "TypeError", `${dunder} returned non-int (type ${result.typeName})`);
}

/** PyNumber_Float for an instance: __float__, which must give a float, else __index__ made a float. */
export function floatFromDunders(vm: VM, x: AttributeOwner): PyObject | undefined {
	if (x.cls.lookup("__float__")) {
		const result = vm.callMethod(x, "__float__", []);
		if (result instanceof PyFloat) return result;
		return rejectResult(vm, result, "TypeError", `${x.cls.name}.__float__ returned non-float (type ${result.typeName})`);
	}
	if (!x.cls.lookup("__index__")) return undefined;
	const index = vm.callMethod(x, "__index__", []);
	if (!(index instanceof PyInt)) return rejectResult(vm, index, "TypeError", `__index__ returned non-int (type ${index.typeName})`);
	vm.decref(index);
	if (index instanceof PyBool) vm.raise("TypeError", "pymem does not support __index__ returning a bool yet");
	return vm.float(intToFloat(index.value));
}

/**
 * PyNumber_Float of a number: a class's own __float__ first (slot_nb_float, an int or float subclass's too), then a
 * float's or an int's value, then __index__; null when it has none of them.
 */
export function numberAsFloat(vm: VM, o: PyObject): number | null {
	if (!hasOwnFloat(o)) {
		if (o instanceof PyFloat) return o.value;
		if (o instanceof PyInt) return intToFloat(o.value);
	}
	const converted = hasInstanceAttributes(o) ? floatFromDunders(vm, o) : undefined;
	if (!converted) return null;
	vm.decref(converted);
	return (converted as PyFloat).value;
}

/** PyFloat_AsDouble: a float's own value (a float subclass's __float__ is never asked), else PyNumber_Float's. */
export function floatAsDouble(vm: VM, o: PyObject): number | null {
	return o instanceof PyFloat ? o.value : numberAsFloat(vm, o);
}

/** Whether an int, float or str subclass's class writes its own __float__, which its nb_float slot then calls. */
export function hasOwnFloat(o: PyObject): boolean {
	return isScalarInstance(o) && definesInPython(o, ["__float__"]);
}

/** Whether the class of `o` defines one of `names` in Python (its type's slot is then slot_nb_int...). */
function definesInPython(o: PyObject, names: string[]): boolean {
	return names.some((name) => o.cls.lookup(name) instanceof PyFunction);
}

/**
 * long_new_impl's base, read before x: PyNumber_AsSsize_t without an overflow error (a huge base is clipped, so
 * out of range), then the range check.
 */
function intBase(vm: VM, o: PyObject): number {
	const value = vm.intValueBig(o);
	if ((value !== 0n && value < 2n) || value > 36n) vm.raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
	return Number(value);
}

/** int(x, base): long_new_impl, with PyNumber_Long for one argument. */
export function newInt(vm: VM, args: PyObject[]): PyObject {
	const x = args[0];
	const base = args[1] === undefined ? 10 : intBase(vm, args[1]);
	if (!x) return args[1] === undefined ? vm.int(0) : vm.raise("TypeError", "int() missing string argument");
	// proxy_int: PyNumber_Long of the referent.
	if (x instanceof PyWeakProxy && args.length === 1) return throughProxy(vm, x, (referent) => newInt(vm, [referent]));
	// long_new_impl: with a base, only a str, bytes or bytearray is parsed.
	if (args[1] && !(x instanceof PyStr || isBytesLike(x))) vm.raise("TypeError", "int() can't convert non-string with explicit base");
	if (x instanceof PyBool) return vm.int(x.flag ? 1 : 0);
	// PyNumber_Long: an int, float or str subclass's own __int__ or __index__ (slot_nb_int) before its value.
	if (isScalarInstance(x) && definesInPython(x, ["__int__", "__index__"])) return intFromDunders(vm, x)!;
	// long_long: an int subclass's instance gives an exact copy.
	if (x instanceof PyInt) return isScalarInstance(x) ? vm.int(x.value) : vm.incref(x);
	if (x instanceof PyFloat) {
		if (!Number.isFinite(x.value)) vm.raise(Number.isNaN(x.value) ? "ValueError" : "OverflowError", Number.isNaN(x.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
		return vm.int(Number.isSafeInteger(Math.trunc(x.value)) ? Math.trunc(x.value) : BigInt(Math.trunc(x.value)));
	}
	if (x instanceof PyStr) return vm.int(parseIntLiteral(x.value, base, undefined, vm.intMaxStrDigits));
	// PyNumber_Long: any contiguous buffer is read as digits (a failed PyObject_GetBuffer ends in the TypeError).
	const digits = readBuffer(x, "contiguous");
	if (digits) return vm.int(parseIntLiteral(latin1(digits), base, bytesRepr(digits), vm.intMaxStrDigits));
	if (x instanceof PyInstance) {
		const converted = intFromDunders(vm, x);
		if (converted) return converted;
	}
	return vm.raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${x.typeName}'`);
}

/** float(x): float_new_impl, with PyNumber_Float (a str or buffer parsed as a literal). */
export function newFloat(vm: VM, args: PyObject[]): PyObject {
	const x = args[0];
	if (!x) return vm.float(0);
	if (x instanceof PyWeakProxy) return throughProxy(vm, x, (referent) => newFloat(vm, [referent]));
	// PyLong_AsDouble: an int past the largest double is an OverflowError, not inf.
	if (isScalarInstance(x) && definesInPython(x, ["__float__", "__index__"])) return floatFromDunders(vm, x)!;
	if (x instanceof PyInt) return vm.float(intToFloat(x.value));
	// float_float: a float subclass's instance gives an exact copy.
	if (x instanceof PyFloat) return isScalarInstance(x) ? vm.float(x.value) : vm.incref(x);
	if (x instanceof PyStr) return vm.float(parseFloatLiteral(x.value));
	// PyFloat_FromString: any contiguous buffer, its error naming the object given (`bytearray(b'x')`).
	const digits = readBuffer(x, "contiguous");
	if (digits) return vm.float(parseFloatLiteral(latin1(digits), () => repr(vm, x)));
	if (x instanceof PyInstance) {
		const converted = floatFromDunders(vm, x);
		if (converted) return converted;
	}
	return vm.raise("TypeError", `float() argument must be a string or a real number, not '${x.typeName}'`);
}
