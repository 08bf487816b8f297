/**
 * The `math` module for the VM, mirroring Modules/mathmodule.c 3.11: math_1/math_2 error rules
 * ("math domain error", "math range error"), loghelper (logs of huge ints), math_floor/ceil/trunc,
 * math_isclose_impl, math_factorial, math_gcd/lcm, math_comb/perm, math_prod, math_fsum (Shewchuk's
 * exact partials), math_hypot. log and exp are correctly rounded via fixed-point BigInt arithmetic,
 * matching glibc; sin/cos/tan/atan2 are correctly rounded in trig.ts; log10 mirrors glibc's own steps.
 */
import { PyMemoryError, PyOverflowError, PyValueError, PyZeroDivisionError, mathDomainError } from "./errors";
import { binaryParts, FRACTION_BITS, fixedExp, fixedLn, LN2, positivePow, roundScaled } from "./exactPow";
import { floatToInt } from "./floatMath";
import { correctAtan2, correctCos, correctSin, correctTan } from "./trig";
import { bigIntToFloat, bitLength, intTrueDiv, MAX_INT_BITS } from "./intMath";

export type Real = number | bigint;

export const PI = Math.PI;
export const E = Math.E;
export const TAU = 2 * Math.PI;
export const INF = Infinity;
export const NAN = NaN;

const toFloat = (x: Real): number => (typeof x === "bigint" ? bigIntToFloat(x) : x);

export function sqrt(x: Real): number {
	const v = toFloat(x);
	if (v < 0) throw mathDomainError();
	return Math.sqrt(v);
}

function toIntegral(x: Real, round: (v: number) => number): bigint {
	return typeof x === "bigint" ? x : floatToInt(round(x));
}
export const floor = (x: Real): bigint => toIntegral(x, Math.floor);
export const ceil = (x: Real): bigint => toIntegral(x, Math.ceil);
export const trunc = (x: Real): bigint => toIntegral(x, Math.trunc);
export const fabs = (x: Real): number => Math.abs(toFloat(x));
export const isfinite = (x: Real): boolean => Number.isFinite(toFloat(x));
export const isinf = (x: Real): boolean => Math.abs(toFloat(x)) === Infinity;
export const isnan = (x: Real): boolean => Number.isNaN(toFloat(x));
export const degrees = (x: Real): number => toFloat(x) * (180 / Math.PI);
export const radians = (x: Real): number => toFloat(x) * (Math.PI / 180);

export function isclose(a: Real, b: Real, relTol = 1e-9, absTol = 0): boolean {
	if (relTol < 0 || absTol < 0) throw new PyValueError("tolerances must be non-negative");
	const x = toFloat(a);
	const y = toFloat(b);
	if (x === y) return true;
	if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
	const diff = Math.abs(y - x);
	return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
}

const absBig = (n: bigint): bigint => (n < 0n ? -n : n);

export function gcd(...values: bigint[]): bigint {
	let result = 0n;
	for (const value of values) {
		let [a, b] = [result, absBig(value)];
		while (b !== 0n) [a, b] = [b, a % b];
		result = a;
	}
	return result;
}

export function lcm(...values: bigint[]): bigint {
	let result = 1n;
	for (const value of values) {
		if (value === 0n) return 0n;
		result = absBig((result / gcd(result, value)) * value);
	}
	return result;
}

const LONG_MAX = 2n ** 63n - 1n;

/** About log2(x!), by Stirling's series: enough to tell a result past MAX_INT_BITS. */
function log2Factorial(x: bigint): number {
	const n = Number(x);
	return n < 2 ? 0 : (n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n)) / Math.LN2;
}

/**
 * At least log2(n * (n - 1) * ... * (n - k + 1)), and close: by concavity the sum of the k logs is at most k
 * times the log of their mean. Unlike a difference of two Stirling sums it keeps its precision for a huge n.
 */
function log2FallingProduct(n: bigint, k: bigint): number {
	return Number(k) * Math.log2(Number(n) - (Number(k) - 1) / 2);
}

function refuseHuge(bits: number): void {
	if (bits > MAX_INT_BITS) throw new PyMemoryError();
}

/** lo * (lo + 1) * ... * hi by halves, so the big multiplications are between numbers of like size. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
	if (lo > hi) return 1n;
	if (hi - lo < 16n) {
		let result = lo;
		for (let i = lo + 1n; i <= hi; i++) result *= i;
		return result;
	}
	const mid = (lo + hi) / 2n;
	return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(n: bigint): bigint {
	if (n > LONG_MAX) throw new PyOverflowError(`factorial() argument should not exceed ${LONG_MAX}`);
	if (n < 0n) throw new PyValueError("factorial() not defined for negative values");
	refuseHuge(log2Factorial(n));
	return rangeProduct(2n, n);
}

export function perm(n: bigint, k: bigint | null = null): bigint {
	if (k === null) return factorial(n);
	if (n < 0n) throw new PyValueError("n must be a non-negative integer");
	if (k < 0n) throw new PyValueError("k must be a non-negative integer");
	if (k > n) return 0n;
	if (k > LONG_MAX) throw new PyOverflowError(`k must not exceed ${LONG_MAX}`);
	refuseHuge(log2FallingProduct(n, k));
	return rangeProduct(n - k + 1n, n);
}

export function comb(n: bigint, k: bigint): bigint {
	if (n < 0n) throw new PyValueError("n must be a non-negative integer");
	if (k < 0n) throw new PyValueError("k must be a non-negative integer");
	if (k > n) return 0n;
	const kk = k > n - k ? n - k : k;
	if (kk > LONG_MAX) throw new PyOverflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
	refuseHuge(log2FallingProduct(n, kk) - log2Factorial(kk));
	return rangeProduct(n - kk + 1n, n) / rangeProduct(2n, kk);
}

/** math.prod over ints stays exact; any float makes the rest float arithmetic. */
export function prod(values: readonly Real[], start: Real = 1n): Real {
	let result: Real = start;
	for (const v of values) {
		if (typeof result === "bigint" && typeof v === "bigint") result = result * v;
		else result = toFloat(result) * toFloat(v);
	}
	return result;
}

const fixedToFloat = (t: bigint): number => (t < 0n ? -intTrueDiv(-t, 1n << FRACTION_BITS) : intTrueDiv(t, 1n << FRACTION_BITS));

/** Correctly rounded natural log of a positive finite double (glibc's log is correctly rounded). */
function lnDouble(x: number): number {
	if (x === 1) return 0;
	const { mantissa, exponent } = binaryParts(x);
	return fixedToFloat(fixedLn(mantissa, exponent));
}

/** glibc __ieee754_log10 (fdlibm e_log10.c): not correctly rounded, so mirrored step by step. */
function log10Double(x: number): number {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	let hx = view.getInt32(0);
	let k = 0;
	if (hx < 0x00100000) {
		// subnormal: scale up by 2**54
		k -= 54;
		view.setFloat64(0, x * 2 ** 54);
		hx = view.getInt32(0);
	}
	k += (hx >> 20) - 1023;
	const i = k < 0 ? 1 : 0;
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
	const y = k + i;
	view.setInt32(0, hx);
	const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * lnDouble(view.getFloat64(0));
	return z + y * 3.01029995663611771306e-1;
}

/** Correctly rounded log2 (glibc's log2 is correctly rounded in practice). */
function log2Double(x: number): number {
	const { mantissa, exponent } = binaryParts(x);
	const t = fixedLn(mantissa, exponent);
	if (t === 0n) return 0;
	const scaled = ((t < 0n ? -t : t) << FRACTION_BITS) / LN2;
	return t < 0n ? -fixedToFloat(scaled) : fixedToFloat(scaled);
}

/** _PyLong_Frexp: n = m * 2**e with m in [0.5, 1) rounded half-even to 53 bits. */
function frexpBigInt(n: bigint): [number, number] {
	const bits = bitLength(n);
	const m = intTrueDiv(n, 1n << BigInt(bits)); // correctly rounded, may round up to 1.0
	return m === 1 ? [0.5, bits + 1] : [m, bits];
}

/** loghelper: ints too large for a double use log(m) + log(2) * e. */
function logHelper(x: Real, func: (v: number) => number): number {
	if (typeof x === "bigint") {
		if (x <= 0n) throw mathDomainError();
		const asFloat = Number(x);
		if (Number.isFinite(asFloat)) return func(asFloat);
		const [m, e] = frexpBigInt(x);
		return func(m) + func(2) * e;
	}
	if (Number.isNaN(x) || x === Infinity) return x;
	if (!(x > 0)) throw mathDomainError();
	return func(x);
}

/** log(x[, base]) = loghelper(x) / loghelper(base). */
export function log(x: Real, base: Real | null = null): number {
	const numerator = logHelper(x, lnDouble);
	if (base === null) return numerator;
	const denominator = logHelper(base, lnDouble);
	if (denominator === 0) throw new PyZeroDivisionError("float division by zero");
	return numerator / denominator;
}

export const log2 = (x: Real): number => logHelper(x, log2Double);
export const log10 = (x: Real): number => logHelper(x, log10Double);

export function exp(x: Real): number {
	const v = toFloat(x);
	if (Number.isNaN(v)) return v;
	if (v === Infinity) return v;
	if (v === -Infinity || v < -746) return 0;
	if (v > 710) throw new PyOverflowError("math range error");
	const { mantissa, exponent } = binaryParts(Math.abs(v));
	let t = exponent >= 0 ? mantissa << BigInt(exponent) << FRACTION_BITS : (mantissa << FRACTION_BITS) >> BigInt(-exponent);
	if (v < 0) t = -t;
	const { value, twoPower } = fixedExp(t);
	const result = roundScaled(value, twoPower - FRACTION_BITS);
	if (!Number.isFinite(result)) throw new PyOverflowError("math range error");
	return result;
}

/** math_pow: C99 special values handled directly, then libm pow with EDOM/ERANGE mapped to errors. */
export function pow(x: Real, y: Real): number {
	const a = toFloat(x);
	const b = toFloat(y);
	if (!Number.isFinite(a) || !Number.isFinite(b)) {
		if (Number.isNaN(a)) return b === 0 ? 1 : a;
		if (Number.isNaN(b)) return a === 1 ? 1 : b;
		if (!Number.isFinite(a)) {
			const oddY = Number.isFinite(b) && Math.abs(b) % 2 === 1;
			if (b > 0) return oddY ? a : Math.abs(a);
			if (b === 0) return 1;
			return oddY ? (a < 0 ? -0 : 0) : 0;
		}
		if (Math.abs(a) === 1) return 1;
		if (b > 0 && Math.abs(a) > 1) return b;
		if (b < 0 && Math.abs(a) < 1) return -b;
		return 0;
	}
	if (b === 0 || a === 1) return 1;
	const oddY = Number.isInteger(b) && Math.abs(b) % 2 === 1;
	if (a === 0) {
		if (b < 0) throw mathDomainError();
		return oddY ? a : 0;
	}
	if (a < 0 && !Number.isInteger(b)) throw mathDomainError();
	const magnitude = positivePow(Math.abs(a), b);
	if (!Number.isFinite(magnitude)) throw new PyOverflowError("math range error");
	return a < 0 && oddY ? -magnitude : magnitude;
}

function checkFiniteArgument(x: Real): number {
	const v = toFloat(x);
	if (v === Infinity || v === -Infinity) throw mathDomainError();
	return v;
}

export const sin = (x: Real): number => correctSin(checkFiniteArgument(x));
export const cos = (x: Real): number => correctCos(checkFiniteArgument(x));
export const tan = (x: Real): number => correctTan(checkFiniteArgument(x));
export const atan2 = (y: Real, x: Real): number => correctAtan2(toFloat(y), toFloat(x));

export { fsum, hypot } from "./mathSums";
export { copysign, fmod, remainder, frexp, ldexp, modf, nextafter, ulp, exp2, atan } from "./mathParts";
