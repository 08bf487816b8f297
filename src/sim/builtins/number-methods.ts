// Methods of int, float and complex that teaching code reaches for: bit_length, bit_count, is_integer,
// as_integer_ratio, conjugate. Results are new objects (the ratio a new tuple of new ints), as in CPython.
import { isScalarInstance } from "../heap/scalar-instances";
import { PyComplex, PyFloat, PyInt } from "../heap/values";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { defineMethods } from "./types";
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import { requireNoArguments } from "./arity";
import { installIntBytes } from "./int-bytes";

const magnitude = (self: PyInt): bigint => {
	const v = BigInt(self.value);
	return v < 0n ? -v : v;
};

const INT_METHODS: Record<string, NativeImpl> = {
	bit_length: (vm, _args, _kw, self) => {
		const m = magnitude(self as PyInt);
		return vm.int(m === 0n ? 0 : m.toString(2).length);
	},
	bit_count: (vm, _args, _kw, self) => vm.int([...magnitude(self as PyInt).toString(2)].filter((bit) => bit === "1").length),
	conjugate: (vm, _args, _kw, self) => exactInt(vm, self as PyInt),
	as_integer_ratio: (vm, _args, _kw, self) => vm.tuple([exactInt(vm, self as PyInt), vm.int(1)]),
};

/** The int itself, or for a bool an int of its value (long_long: _PyLong_Copy for a subclass). */
function exactInt(vm: VM, self: PyInt): PyObject {
	return self.cls === T.int ? vm.incref(self) : vm.int(self.value);
}

/** The exact fraction a double holds, in lowest terms (float_as_integer_ratio). */
function floatRatio(value: number): [bigint, bigint] {
	if (value === 0) return [0n, 1n];
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, value);
	const bits = view.getBigUint64(0);
	const negative = bits >> 63n === 1n;
	const biased = Number((bits >> 52n) & 0x7ffn);
	let mantissa = bits & ((1n << 52n) - 1n);
	let exponent: number;
	if (biased === 0) exponent = -1074;
	else {
		mantissa |= 1n << 52n;
		exponent = biased - 1075;
	}
	while (mantissa !== 0n && (mantissa & 1n) === 0n && exponent < 0) {
		mantissa >>= 1n;
		exponent++;
	}
	const numerator = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
	const denominator = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
	return [negative ? -numerator : numerator, denominator];
}

const FLOAT_METHODS: Record<string, NativeImpl> = {
	is_integer: (vm, _args, _kw, self) => vm.bool(Number.isInteger((self as PyFloat).value)),
	conjugate: (vm, _args, _kw, self) => (isScalarInstance(self!) ? vm.float((self as PyFloat).value) : vm.incref(self!)),
	as_integer_ratio: (vm, _args, _kw, self) => {
		const value = (self as PyFloat).value;
		if (Number.isNaN(value)) vm.raise("ValueError", "cannot convert NaN to integer ratio");
		if (!Number.isFinite(value)) vm.raise("OverflowError", "cannot convert Infinity to integer ratio");
		const [numerator, denominator] = floatRatio(value);
		return vm.tuple([vm.int(numerator), vm.int(denominator)]);
	},
};

const COMPLEX_METHODS: Record<string, NativeImpl> = {
	conjugate: (vm, args, _kw, self) => {
		requireNoArguments(vm, "complex.conjugate", args.length);
		return vm.complex({ re: (self as PyComplex).re, im: -(self as PyComplex).im });
	},
};

export function installNumberMethods(): void {
	defineMethods(T.int, INT_METHODS);
	installIntBytes();
	defineMethods(T.float, FLOAT_METHODS);
	defineMethods(T.complex, COMPLEX_METHODS);
}
