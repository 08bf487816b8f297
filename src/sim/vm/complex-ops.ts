// complex in the interpreter: the number slots of complexobject.c (nb_add..nb_power, nb_negative,
// nb_positive), complex_richcompare and the dict key that stands for complex_hash, over the runtime's algorithms.
import type { PyObject } from "../heap/object";
import { PyComplex, PyFloat, PyInt } from "../heap/values";
import type { Complex } from "../runtime/complexMath";
import { complexArith, intToFloat } from "./arith";
import type { VM } from "./vm";

/** to_complex: an int (PyLong_AsDouble: OverflowError past the largest double) or float with imag +0.0; null for other types. */
export function complexOperand(o: PyObject): Complex | null {
	if (o instanceof PyComplex) return { re: o.re, im: o.im };
	if (o instanceof PyFloat) return { re: o.value, im: 0 };
	if (o instanceof PyInt) return { re: intToFloat(o.value), im: 0 };
	return null;
}

/** A binary operator with a complex operand; undefined where complex has no slot for it (or the other type declines). */
export function complexBinary(vm: VM, op: string, a: PyObject, b: PyObject): PyObject | undefined {
	// An int or float that is not an exact instance (a bool is fine) reaches here only as a builtin value.
	if (complexOperand(a) === null || complexOperand(b) === null) return undefined;
	const result = complexArith(op, complexOperand(a)!, complexOperand(b)!);
	if (result === undefined) return undefined;
	return "complex" in result ? vm.complex(result.complex) : undefined;
}

/** -z is a new complex; +z is z itself (complex_pos returns an exact complex unchanged). */
export function complexUnary(vm: VM, negative: boolean, z: PyComplex): PyObject {
	return negative ? vm.complex({ re: -z.re, im: -z.im }) : vm.incref(z);
}

/**
 * complex_richcompare for == and !=: an int compares exactly with the real part when imag is 0, a float or
 * complex part by part (a NaN part is unequal to everything). null: not a number, so NotImplemented.
 */
export function complexEquals(a: PyObject, b: PyObject): boolean | null {
	const [z, other] = a instanceof PyComplex ? [a, b] : [b as PyComplex, a];
	if (other instanceof PyInt) {
		if (z.im !== 0) return false;
		const value = other.value;
		if (!Number.isFinite(z.re)) return false;
		return typeof value === "number" ? z.re === value : Number.isInteger(z.re) && BigInt(z.re) === value;
	}
	if (other instanceof PyFloat) return z.re === other.value && z.im === 0;
	if (other instanceof PyComplex) return z.re === other.re && z.im === other.im;
	return null;
}

/**
 * The dict key of a complex: a zero imaginary part makes it the real part's float key, so `1+0j`, `1.0`
 * and `1` are one key; NaN parts never equal anything, so such a complex is keyed by identity.
 */
export function complexHashKey(z: PyComplex): string | number {
	if (Number.isNaN(z.re) || Number.isNaN(z.im)) return "nan" + z.id;
	if (z.im === 0) return z.re;
	return `c${Object.is(z.re, -0) ? 0 : z.re},${z.im}`;
}
