/**
 * Integer arithmetic with Python semantics over BigInt, mirroring Objects/longobject.c:
 * floor division and modulo (l_divmod), true division (long_true_divide, correctly rounded),
 * conversion to float (PyLong_AsDouble, round-half-even) and pow.
 */
import { PyOverflowError, PyValueError, PyZeroDivisionError } from "./errors";

/** PyLong_AsDouble: nearest double, ties to even; OverflowError past DBL_MAX. */
/**
 * Simulated memory: the largest int pymem makes, in bits (half a megabyte). A power, shift, factorial, perm,
 * comb or getrandbits past it raises MemoryError before anything is computed, where CPython would compute on.
 */
export const MAX_INT_BITS = 4_000_000;

export function bigIntToFloat(value: bigint): number {
	const result = Number(value); // ECMAScript specifies round-half-even here.
	if (!Number.isFinite(result)) throw new PyOverflowError("int too large to convert to float");
	return result;
}

export function intFloorDiv(a: bigint, b: bigint): bigint {
	if (b === 0n) throw new PyZeroDivisionError("integer division or modulo by zero");
	const q = a / b;
	return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
	if (b === 0n) throw new PyZeroDivisionError("integer modulo by zero");
	const r = a % b;
	return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
	if (b === 0n) throw new PyZeroDivisionError("integer division or modulo by zero");
	return [intFloorDiv(a, b), intMod(a, b)];
}

/** int.bit_length(): from the hex digits, in linear time (shifting 30 bits at a time copies the value each time). */
export function bitLength(value: bigint): number {
	if (value === 0n) return 0;
	const hex = (value < 0n ? -value : value).toString(16);
	return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex.charAt(0), 16)));
}

/** x * 2**exp without intermediate underflow (ldexp). */
export function ldexp(x: number, exp: number): number {
	let result = x;
	let e = exp;
	while (e < -1000) {
		result *= 2 ** -1000;
		e += 1000;
	}
	while (e > 1000) {
		result *= 2 ** 1000;
		e -= 1000;
	}
	return result * 2 ** e;
}

/** long_true_divide: a / b correctly rounded to the nearest double (ties to even). */
export function intTrueDiv(a: bigint, b: bigint): number {
	if (b === 0n) throw new PyZeroDivisionError("division by zero");
	const negative = (a < 0n) !== (b < 0n);
	const n = a < 0n ? -a : a;
	const d = b < 0n ? -b : b;
	const sign = negative ? -1 : 1;
	if (n === 0n) return negative ? -0 : 0;
	// Both exactly representable: one IEEE division is correctly rounded.
	if (n <= 2n ** 53n && d <= 2n ** 53n) return sign * (Number(n) / Number(d));
	let shift = bitLength(n) - bitLength(d) - 55;
	const scaled = (s: number): [bigint, bigint] => {
		const num = s < 0 ? n << BigInt(-s) : n;
		const den = s > 0 ? d << BigInt(s) : d;
		return [num / den, num % den];
	};
	let [q, rem] = scaled(shift);
	let result: number;
	if (bitLength(q) + shift - 1 >= -1022) {
		// q has 55-56 bits; a sticky bit below it lets Number() do the single correct rounding.
		const sticky = rem !== 0n ? 1n : 0n;
		result = ldexp(Number((q << 1n) | sticky), shift - 1);
	} else {
		// Subnormal result: count in units of 2**-1074 and round half-even by hand.
		shift = -1074;
		[q, rem] = scaled(shift);
		const twiceRem = rem * 2n;
		const den = d;
		if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) q += 1n;
		result = ldexp(Number(q), shift);
	}
	if (!Number.isFinite(result)) throw new PyOverflowError("integer division result too large for a float");
	return sign * result;
}

/** int ** int (non-negative exponent) and the float result for negative exponents. */
export function intPow(base: bigint, exponent: bigint): bigint | number {
	if (exponent < 0n) {
		if (base === 0n) throw new PyZeroDivisionError("0.0 cannot be raised to a negative power");
		return intTrueDiv(1n, base ** -exponent);
	}
	return base ** exponent;
}

/** pow(base, exp, mod) for ints (exp >= 0, or modular inverse when exp < 0). */
export function intPowMod(base: bigint, exponent: bigint, modulus: bigint): bigint {
	if (modulus === 0n) throw new PyValueError("pow() 3rd argument cannot be 0");
	let b = intMod(base, modulus);
	let e = exponent;
	if (e < 0n) {
		b = modularInverse(b, modulus);
		e = -e;
	}
	let result = intMod(1n, modulus);
	while (e > 0n) {
		if (e & 1n) result = intMod(result * b, modulus);
		b = intMod(b * b, modulus);
		e >>= 1n;
	}
	return result;
}

function modularInverse(a: bigint, m: bigint): bigint {
	let [oldR, r] = [a, m < 0n ? -m : m];
	let [oldS, s] = [1n, 0n];
	while (r !== 0n) {
		const q = intFloorDiv(oldR, r);
		[oldR, r] = [r, oldR - q * r];
		[oldS, s] = [s, oldS - q * s];
	}
	if (oldR !== 1n) throw new PyValueError("base is not invertible for the given modulus");
	return intMod(oldS, m);
}
