// The C values of an array.array: each typecode's setitem (the PyArg_Parse format it uses and the range
// checks after it, with their messages) and getitem (a new int, float or str for every read).
import type { PyObject } from "../heap/object";
import { PyInt, PyStr } from "../heap/values";
import type { ArrayValue, Typecode } from "../heap/array";
import { indexValue } from "../vm/protocol";
import { intToFloat } from "../vm/arith";
import type { VM } from "../vm/vm";
import { real } from "./math-module";
import { pyLen } from "../runtime/codepoints";

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** An integer argument as PyLong_AsLong and its kin read it: an int, or what __index__ gives. */
function integer(vm: VM, o: PyObject): bigint {
	if (o instanceof PyInt) return BigInt(o.value);
	const value = indexValue(vm, o);
	return value ?? vm.raise("TypeError", `'${o.typeName}' object cannot be interpreted as an integer`);
}

/** PyArg_Parse's "l" (PyLong_AsLong). */
function asLong(vm: VM, o: PyObject): bigint {
	const v = integer(vm, o);
	if (v < LONG_MIN || v > LONG_MAX) vm.raise("OverflowError", "Python int too large to convert to C long");
	return v;
}

/** A range check of the parsed value, worded as the C code words it. */
function within(vm: VM, v: bigint, bits: number, signed: boolean, name: string): bigint {
	const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
	const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
	if (v < min) vm.raise("OverflowError", `${name} is less than minimum`);
	if (v > max) vm.raise("OverflowError", `${name} is greater than maximum`);
	return v;
}

const SHORT = "signed short integer";
const INT = "signed integer";

/** An unsigned C long as PyLong_AsUnsignedLong ('I', 'L') or unsigned long long as PyLong_AsUnsignedLongLong ('Q') refuses it. */
function asUnsigned(vm: VM, o: PyObject, longLong: boolean): bigint {
	const v = integer(vm, o);
	if (v < 0n) vm.raise("OverflowError", longLong ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
	if (v > ULONG_MAX) vm.raise("OverflowError", longLong ? "int too big to convert" : "Python int too large to convert to C unsigned long");
	return v;
}

const INTEGER_SETTERS: Record<string, (vm: VM, o: PyObject) => bigint> = {
	// 'b' parses a short ("h") and checks a signed char after it; 'B' parses an unsigned char ("b").
	b: (vm, o) => within(vm, within(vm, asLong(vm, o), 16, true, SHORT), 8, true, "signed char"),
	B: (vm, o) => within(vm, asLong(vm, o), 8, false, "unsigned byte integer"),
	h: (vm, o) => within(vm, asLong(vm, o), 16, true, SHORT),
	// 'H' parses an int ("i") and checks an unsigned short after it.
	H: (vm, o) => within(vm, within(vm, asLong(vm, o), 32, true, INT), 16, false, "unsigned short"),
	i: (vm, o) => within(vm, asLong(vm, o), 32, true, INT),
	I: (vm, o) => within(vm, asUnsigned(vm, o, false), 32, false, "unsigned int"),
	l: asLong,
	L: (vm, o) => asUnsigned(vm, o, false),
	q: (vm, o) => {
		const v = integer(vm, o);
		if (v < LONG_MIN || v > LONG_MAX) vm.raise("OverflowError", "int too big to convert");
		return v;
	},
	Q: (vm, o) => asUnsigned(vm, o, true),
};

/** The C value `o` becomes in an array of this typecode (the item setter's checks, without storing). */
export function arrayValue(vm: VM, typecode: Typecode, o: PyObject): ArrayValue {
	if (typecode.kind === "unicode") {
		if (!(o instanceof PyStr) || pyLen(o.value) !== 1) vm.raise("TypeError", "array item must be unicode character");
		return o.value;
	}
	if (typecode.kind === "float") {
		const r = real(vm, o);
		const double = typeof r === "number" ? r : intToFloat(r);
		// 'f' stores a C float: the double rounded to single precision (past its range, an infinity).
		return typecode.code === "f" ? Math.fround(double) : double;
	}
	const v = INTEGER_SETTERS[typecode.code]!(vm, o);
	return Number.isSafeInteger(Number(v)) ? Number(v) : v;
}

/** getitem: a new object for the stored value. */
export function arrayItem(vm: VM, typecode: Typecode, v: ArrayValue): PyObject {
	if (typeof v === "string") return vm.str(v);
	if (typecode.kind === "float") return vm.float(v as number);
	return vm.int(v);
}
