/**
 * Correctly rounded x**y for finite positive x, so results match CPython's `pow()` from glibc
 * (which rounds correctly in practice) where V8's Math.pow may be one ulp off.
 * Integer exponents are computed exactly with BigInt; others through ln/exp in 160-bit fixed point,
 * whose error is far below the rounding boundary of a double.
 */
import { exactDecimal } from "./floatRepr";
import { intTrueDiv } from "./intMath";
import { PyOverflowError } from "./errors";

export const FRACTION_BITS = 160n;
const ONE = 1n << FRACTION_BITS;

/** Exact binary form |x| = mantissa * 2**exponent. */
export function binaryParts(x: number): { mantissa: bigint; exponent: number } {
	const { n, k } = exactDecimal(x);
	if (k === 0) return { mantissa: n, exponent: 0 };
	// n / 10**k with n = m * 5**k: recover m by dividing the 5s back out.
	return { mantissa: n / 5n ** BigInt(k), exponent: -k };
}

/** atanh(z) * 2 in fixed point for 0 <= z < 1/2, which is ln((1+z)/(1-z)). */
function twoAtanh(numerator: bigint, denominator: bigint): bigint {
	const z = (numerator * ONE) / denominator;
	const zSquared = (z * z) >> FRACTION_BITS;
	let term = z;
	let sum = 0n;
	for (let k = 1n; term !== 0n; k += 2n) {
		sum += term / k;
		term = (term * zSquared) >> FRACTION_BITS;
	}
	return 2n * sum;
}

export const LN2 = twoAtanh(1n, 3n);

/** ln(mantissa * 2**exponent) in fixed point. */
export function fixedLn(mantissa: bigint, exponent: number): bigint {
	const bits = mantissa.toString(2).length;
	// mantissa = m * 2**(bits-1) with m in [1, 2): ln m = 2 atanh((m-1)/(m+1)).
	const scale = 1n << BigInt(bits - 1);
	return twoAtanh(mantissa - scale, mantissa + scale) + BigInt(exponent + bits - 1) * LN2;
}

/** exp(t) for fixed-point t as { value (fixed point, in [1/sqrt2, sqrt2]), power of two }. */
export function fixedExp(t: bigint): { value: bigint; twoPower: bigint } {
	let k = t / LN2;
	let r = t - k * LN2;
	if (r * 2n > LN2) {
		k += 1n;
		r -= LN2;
	} else if (r * 2n < -LN2) {
		k -= 1n;
		r += LN2;
	}
	let term = ONE;
	let sum = ONE;
	for (let i = 1n; term !== 0n; i++) {
		term = (term * r) / (ONE * i);
		sum += term;
	}
	return { value: sum, twoPower: k };
}

/** Nearest double to value * 2**power (value a positive BigInt), rounding once. */
export function roundScaled(value: bigint, power: bigint): number {
	if (power >= 0n) {
		if (power > 2000n) return Infinity;
		return Number(value << power);
	}
	if (-power > 3000n + BigInt(value.toString(2).length)) return 0;
	return quotientOrInfinity(value, 1n << -power);
}

/** a / b correctly rounded, or Infinity past the largest double: callers raise their own overflow error. */
function quotientOrInfinity(a: bigint, b: bigint): number {
	try {
		return intTrueDiv(a, b);
	} catch (e) {
		if (e instanceof PyOverflowError) return Infinity;
		throw e;
	}
}

/** x**y for x > 0 finite, y finite. May return Infinity (overflow) or 0 (underflow). */
export function positivePow(x: number, y: number): number {
	const { mantissa, exponent } = binaryParts(x);
	if (Number.isInteger(y) && Math.abs(y) <= 4096) {
		const n = BigInt(Math.abs(y));
		const estimate = Math.log2(x) * y;
		if (estimate > 1100) return Infinity;
		if (estimate < -1200) return 0;
		const power = mantissa ** n;
		const twoPower = BigInt(exponent) * n;
		if (y >= 0) return roundScaled(power, twoPower);
		// 1 / (power * 2**twoPower)
		return twoPower >= 0n ? quotientOrInfinity(1n, power << twoPower) : quotientOrInfinity(1n << -twoPower, power);
	}
	const estimate = Math.log2(x) * y;
	if (estimate > 1100) return Infinity;
	if (estimate < -1200) return 0;
	const yParts = binaryParts(Math.abs(y));
	let t = fixedLn(mantissa, exponent) * yParts.mantissa;
	t = yParts.exponent >= 0 ? t << BigInt(yParts.exponent) : t >> BigInt(-yParts.exponent);
	if (y < 0) t = -t;
	const { value, twoPower } = fixedExp(t);
	return roundScaled(value, twoPower - FRACTION_BITS);
}
