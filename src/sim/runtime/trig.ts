/**
 * Correctly rounded sin, cos and tan, matching glibc (whose results CPython's math module returns)
 * where V8's fdlibm port can be one ulp off. Range reduction uses pi to 1400 bits, so even
 * arguments near 1e308 reduce exactly enough; the series run in 200-bit fixed point.
 */
import { binaryParts } from "./exactPow";
import { intTrueDiv } from "./intMath";

const REDUCTION_BITS = 1400n;
const SERIES_BITS = 200n;

/** atan(1/k) in fixed point with `bits` fractional bits (Machin's series). */
function atanInverse(k: bigint, bits: bigint): bigint {
	const one = 1n << bits;
	let term = one / k;
	const kSquared = k * k;
	let sum = 0n;
	for (let n = 0n; term !== 0n; n++) {
		sum += (n % 2n === 0n ? 1n : -1n) * (term / (2n * n + 1n));
		term /= kSquared;
	}
	return sum;
}

const GUARD = 16n;
const PI_WIDE = (16n * atanInverse(5n, REDUCTION_BITS + GUARD) - 4n * atanInverse(239n, REDUCTION_BITS + GUARD)) >> GUARD;
const HALF_PI_WIDE = PI_WIDE >> 1n;

/** x = k * pi/2 + r, |r| <= pi/4, with r in SERIES_BITS fixed point. */
function reduce(x: number): { quadrant: bigint; r: bigint } {
	const { mantissa, exponent } = binaryParts(Math.abs(x));
	const wide = mantissa << BigInt(exponent + Number(REDUCTION_BITS));
	let k = (wide + HALF_PI_WIDE / 2n) / HALF_PI_WIDE;
	let r = wide - k * HALF_PI_WIDE;
	if (x < 0) {
		r = -r;
		k = -k;
	}
	return { quadrant: ((k % 4n) + 4n) % 4n, r: r >> (REDUCTION_BITS - SERIES_BITS) };
}

function sinCosSeries(r: bigint): { sin: bigint; cos: bigint } {
	const one = 1n << SERIES_BITS;
	const r2 = (r * r) >> SERIES_BITS;
	let sinTerm = r;
	let cosTerm = one;
	let sin = 0n;
	let cos = 0n;
	for (let n = 1n; sinTerm !== 0n || cosTerm !== 0n; n += 2n) {
		sin += sinTerm;
		cos += cosTerm;
		sinTerm = -((sinTerm * r2) >> SERIES_BITS) / ((n + 1n) * (n + 2n));
		cosTerm = -((cosTerm * r2) >> SERIES_BITS) / (n * (n + 1n));
	}
	return { sin, cos };
}

const toDouble = (numerator: bigint, denominator: bigint): number => {
	const negative = (numerator < 0n) !== (denominator < 0n);
	const value = intTrueDiv(numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator);
	return negative ? -value : value;
};

/** Below 2**-27 the correctly rounded results are x, 1 and x. */
const TINY = 2 ** -27;

function sinCos(x: number): { sin: bigint; cos: bigint } {
	const { quadrant, r } = reduce(x);
	const { sin, cos } = sinCosSeries(r);
	if (quadrant === 0n) return { sin, cos };
	if (quadrant === 1n) return { sin: cos, cos: -sin };
	if (quadrant === 2n) return { sin: -sin, cos: -cos };
	return { sin: -cos, cos: sin };
}

export function correctSin(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < TINY) return x;
	return toDouble(sinCos(x).sin, 1n << SERIES_BITS);
}

export function correctCos(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < TINY) return 1;
	return toDouble(sinCos(x).cos, 1n << SERIES_BITS);
}

export function correctTan(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < TINY) return x;
	const { sin, cos } = sinCos(x);
	return toDouble(sin, cos);
}

function fixedSqrt(value: bigint): bigint {
	// sqrt of a SERIES_BITS fixed-point value: isqrt(value << SERIES_BITS).
	const n = value << SERIES_BITS;
	if (n < 2n) return n;
	let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
	for (;;) {
		const y = (x + n / x) >> 1n;
		if (y >= x) return x;
		x = y;
	}
}

/** atan(t) for 0 <= t <= 1 in fixed point: halve the angle twice, then the Taylor series. */
function atanFixed(t: bigint): bigint {
	const one = 1n << SERIES_BITS;
	let reduced = t;
	for (let k = 0; k < 2; k++) reduced = (reduced << SERIES_BITS) / (one + fixedSqrt(one + ((reduced * reduced) >> SERIES_BITS)));
	const t2 = (reduced * reduced) >> SERIES_BITS;
	let power = reduced;
	let sum = 0n;
	for (let n = 1n; power !== 0n; n += 2n) {
		sum += (n % 4n === 1n ? 1n : -1n) * (power / n);
		power = (power * t2) >> SERIES_BITS;
	}
	return sum * 4n;
}

const PI_SERIES = PI_WIDE >> (REDUCTION_BITS - SERIES_BITS);

/** Correctly rounded atan2 for finite non-zero arguments; C99 special cases come from Math.atan2. */
export function correctAtan2(y: number, x: number): number {
	if (!Number.isFinite(y) || !Number.isFinite(x) || y === 0 || x === 0) return Math.atan2(y, x);
	const ratio = Math.abs(y / x);
	let angle: bigint;
	const yp = binaryParts(Math.abs(y));
	const xp = binaryParts(Math.abs(x));
	// t = |y| / |x| exactly as a fraction num / den.
	const shift = yp.exponent - xp.exponent;
	const num = shift >= 0 ? yp.mantissa << BigInt(shift) : yp.mantissa;
	const den = shift < 0 ? xp.mantissa << BigInt(-shift) : xp.mantissa;
	if (num <= den) {
		if (ratio < TINY && x > 0) return y / x;
		angle = atanFixed((num << SERIES_BITS) / den);
	} else {
		angle = (PI_SERIES >> 1n) - atanFixed((den << SERIES_BITS) / num);
	}
	if (x < 0) angle = PI_SERIES - angle;
	const magnitude = intTrueDiv(angle, 1n << SERIES_BITS);
	return y < 0 ? -magnitude : magnitude;
}
