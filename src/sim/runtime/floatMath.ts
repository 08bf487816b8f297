/**
 * Float arithmetic with Python semantics, mirroring Objects/floatobject.c: float_div, float_rem,
 * float_divmod (`_float_div_mod`), float_floor_div, float_pow, double_round (round with ndigits,
 * correctly rounded through the decimal digits) and float.__int__ / round() to int.
 */
import { PyMemoryError, PyOverflowError, PyValueError, PyZeroDivisionError } from "./errors";
import { positivePow } from "./exactPow";
import { fixedDigits } from "./floatRepr";
import { MAX_INT_BITS } from "./intMath";

export function floatTrueDiv(a: number, b: number): number {
	if (b === 0) throw new PyZeroDivisionError("float division by zero");
	return a / b;
}

export function floatMod(a: number, b: number): number {
	if (b === 0) throw new PyZeroDivisionError("float modulo");
	let mod = a % b; // ECMAScript % is C fmod
	if (mod !== 0) {
		if (b < 0 !== mod < 0) mod += b;
	} else mod = b < 0 ? -0 : 0;
	return mod;
}

function divModUnchecked(a: number, b: number): [number, number] {
	let mod = a % b;
	let div = (a - mod) / b;
	if (mod !== 0) {
		if (b < 0 !== mod < 0) {
			mod += b;
			div -= 1;
		}
	} else mod = b < 0 ? -0 : 0;
	let floorDiv: number;
	if (div !== 0) {
		floorDiv = Math.floor(div);
		if (div - floorDiv > 0.5) floorDiv += 1;
	} else floorDiv = Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
	return [floorDiv, mod];
}

export function floatDivmod(a: number, b: number): [number, number] {
	if (b === 0) throw new PyZeroDivisionError("float divmod()");
	return divModUnchecked(a, b);
}

export function floatFloorDiv(a: number, b: number): number {
	if (b === 0) throw new PyZeroDivisionError("float floor division by zero");
	return divModUnchecked(a, b)[0];
}

/**
 * float_pow. Returns null where CPython hands over to complex (negative base, non-integer
 * exponent): the caller computes a complex result or reports it unsupported.
 */
export function floatPow(base: number, exponent: number): number | null {
	if (exponent === 0) return 1;
	if (Number.isNaN(base)) return base;
	if (Number.isNaN(exponent)) return base === 1 ? 1 : exponent;
	if (!Number.isFinite(exponent)) {
		const magnitude = Math.abs(base);
		if (magnitude === 1) return 1;
		return (exponent > 0) === (magnitude > 1) ? Infinity : 0;
	}
	const oddInteger = Number.isInteger(exponent) && Math.abs(exponent % 2) === 1;
	if (!Number.isFinite(base)) {
		if (base > 0) return exponent > 0 ? Infinity : 0;
		if (exponent > 0) return oddInteger ? -Infinity : Infinity;
		return oddInteger ? -0 : 0;
	}
	if (base === 0) {
		if (exponent < 0) throw new PyZeroDivisionError("0.0 cannot be raised to a negative power");
		return oddInteger ? base : 0;
	}
	if (base < 0 && !Number.isInteger(exponent)) return null;
	const magnitude = positivePow(Math.abs(base), exponent);
	const result = base < 0 && oddInteger ? -magnitude : magnitude;
	if (!Number.isFinite(result)) throw new PyOverflowError("(34, 'Numerical result out of range')");
	return result;
}

/** Digits beyond which rounding a double is the identity / gives zero (NDIGITS_MAX/MIN). */
const NDIGITS_MAX = Math.floor((1074 * 0.30103) + 2);
const NDIGITS_MIN = -Math.floor((1023 + 1) * 0.30103 + 1);

/** round(x, ndigits) for a float: double_round, correctly rounded (half-even on the exact value). */
export function floatRoundDigits(x: number, ndigits: number): number {
	if (!Number.isFinite(x) || x === 0) return x;
	if (ndigits > NDIGITS_MAX) return x;
	if (ndigits < NDIGITS_MIN) return 0 * x;
	const { digits, decpt } = fixedDigits(x, ndigits);
	const result = Number(`0.${digits}e${decpt}`);
	if (!Number.isFinite(result)) throw new PyOverflowError("rounded value too large to represent");
	return x < 0 ? -result : result;
}

/** float.__int__ / math.trunc. */
export function floatToInt(x: number): bigint {
	if (Number.isNaN(x)) throw new PyValueError("cannot convert float NaN to integer");
	if (!Number.isFinite(x)) throw new PyOverflowError("cannot convert float infinity to integer");
	return BigInt(Math.trunc(x));
}

/** round(x) with no ndigits: nearest int, ties to even. */
export function floatRoundToInt(x: number): bigint {
	if (Number.isNaN(x)) throw new PyValueError("cannot convert float NaN to integer");
	if (!Number.isFinite(x)) throw new PyOverflowError("cannot convert float infinity to integer");
	let rounded = Math.round(x);
	if (Math.abs(x % 1) === 0.5) rounded = 2 * Math.round(x / 2);
	return BigInt(rounded);
}

/** round(n, ndigits) for an int: identity for ndigits >= 0, else half-even to a multiple of 10**-ndigits. */
/** The most digits a power of ten may have within MAX_INT_BITS (log2(10) > 3.3219). */
const MAX_POWER_OF_TEN_DIGITS = BigInt(Math.floor(MAX_INT_BITS / 3.3219));

export function intRoundDigits(n: bigint, ndigits: bigint): bigint {
	if (ndigits >= 0n) return n;
	// long_round's power of ten is an int power like any: past simulated memory it is MemoryError before it is
	// computed (python3 spends minutes on a billion digits, and never finishes 10**2**70).
	if (-ndigits > MAX_POWER_OF_TEN_DIGITS) throw new PyMemoryError();
	const unit = 10n ** -ndigits;
	let quotient = n / unit;
	let remainder = n % unit;
	if (remainder < 0n) {
		quotient -= 1n;
		remainder += unit;
	}
	const twice = remainder * 2n;
	if (twice > unit || (twice === unit && (quotient & 1n) === 1n)) quotient += 1n;
	return quotient * unit;
}
