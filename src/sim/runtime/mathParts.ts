/**
 * The math functions that take doubles apart or step along them exactly (Modules/mathmodule.c 3.11):
 * copysign, fmod, remainder (m_remainder), frexp, ldexp, modf, nextafter, ulp, plus exp2 and atan, which
 * reuse the correctly rounded pow and atan2. No rounding happens here beyond what a double must do.
 */
import { PyOverflowError, mathDomainError } from "./errors";
import { bigIntToFloat, ldexp as scaleByPowerOfTwo } from "./intMath";
import { pow } from "./math";
import { correctAtan2 } from "./trig";

type Real = number | bigint;
const toFloat = (x: Real): number => (typeof x === "bigint" ? bigIntToFloat(x) : x);
const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0) || (Number.isNaN(x) && signBit(x));

function signBit(x: number): boolean {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	return view.getUint8(0) >= 0x80;
}

export function copysign(x: Real, y: Real): number {
	const magnitude = Math.abs(toFloat(x));
	return isNegative(toFloat(y)) ? -magnitude : magnitude;
}

/** C fmod: the exact remainder with the sign of x (JavaScript's % on doubles is exactly that). */
export function fmod(x: Real, y: Real): number {
	const a = toFloat(x);
	const b = toFloat(y);
	if (Number.isFinite(a) && !Number.isFinite(b) && !Number.isNaN(b)) return a;
	if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
	if (!Number.isFinite(a) || b === 0) throw mathDomainError();
	return a % b;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even (m_remainder). */
export function remainder(x: Real, y: Real): number {
	const a = toFloat(x);
	const b = toFloat(y);
	if (Number.isNaN(a)) return a;
	if (Number.isNaN(b)) return b;
	if (!Number.isFinite(a) || b === 0) throw mathDomainError();
	if (!Number.isFinite(b)) return a;
	const absx = Math.abs(a);
	const absy = Math.abs(b);
	const m = absx % absy;
	const c = absy - m;
	let r: number;
	if (m < c) r = m;
	else if (m > c) r = -c;
	else r = m - 2 * ((0.5 * (absx - m)) % absy);
	return isNegative(a) ? -r : r;
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x and e = 0 for zeros, infinities and NaN). */
export function frexp(x: Real): [number, bigint] {
	const v = toFloat(x);
	if (v === 0 || !Number.isFinite(v)) return [v, 0n];
	let e = Math.floor(Math.log2(Math.abs(v))) + 1;
	let m = scaleByPowerOfTwo(v, -e);
	// log2 can be one off near powers of two; scaling by 2 is exact, so nudge until m is in range.
	while (Math.abs(m) >= 1) {
		m /= 2;
		e++;
	}
	while (Math.abs(m) < 0.5) {
		m *= 2;
		e--;
	}
	return [m, BigInt(e)];
}

export function ldexp(x: Real, exponent: bigint): number {
	const v = toFloat(x);
	if (v === 0 || !Number.isFinite(v)) return v;
	const clamped = exponent > 2100n ? 2100 : exponent < -2200n ? -2200 : Number(exponent);
	const result = scaleByPowerOfTwo(v, clamped);
	if (!Number.isFinite(result)) throw new PyOverflowError("math range error");
	return result;
}

/** modf: the fractional and integral parts, both carrying the sign of x. */
export function modf(x: Real): [number, number] {
	const v = toFloat(x);
	if (Number.isNaN(v)) return [v, v];
	if (!Number.isFinite(v)) return [v < 0 ? -0 : 0, v];
	const whole = Math.trunc(v);
	const fraction = v - whole;
	return [fraction === 0 && isNegative(v) ? -0 : fraction, whole === 0 && isNegative(v) ? -0 : whole];
}

/** The next double after x in the direction of y. */
export function nextafter(x: Real, y: Real): number {
	const a = toFloat(x);
	const b = toFloat(y);
	if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
	if (a === b) return b;
	if (a === 0) return b > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, a);
	const bits = view.getBigUint64(0);
	// Away from zero is one step up in the magnitude bits, whatever the sign.
	const awayFromZero = (b > a) === (a > 0);
	view.setBigUint64(0, awayFromZero ? bits + 1n : bits - 1n);
	return view.getFloat64(0);
}

/** The value of the least significant bit of x. */
export function ulp(x: Real): number {
	const v = Math.abs(toFloat(x));
	if (Number.isNaN(v) || v === Infinity) return v;
	if (v === Number.MAX_VALUE) return v - nextafter(v, 0);
	return nextafter(v, Infinity) - v;
}

export const exp2 = (x: Real): number => pow(2, x);
export const atan = (x: Real): number => correctAtan2(toFloat(x), 1);
