/**
 * Complex arithmetic as Objects/complexobject.c (3.11) computes it. Ints and floats take part as complex
 * numbers with a +0.0 imaginary part (3.11 has no mixed-mode arithmetic), so `complex(0, -0.0) + 1.0`
 * has imag 0.0. Every operation is the same sequence of double operations as the C code (x86-64 builds
 * use no fused multiply-add), so results agree bit for bit; libm calls go to the runtime's correctly
 * rounded functions, which agree with glibc's.
 */
import { PyOverflowError, PyZeroDivisionError } from "./errors";
import { positivePow } from "./exactPow";
import { libmHypot as hypot } from "./libmHypot";
import { exp, log, pow as mathPow } from "./math";
import { correctAtan2, correctCos, correctSin } from "./trig";
import { hashFloat } from "./numericHash";

export interface Complex {
	readonly re: number;
	readonly im: number;
}

const ONE: Complex = { re: 1, im: 0 };

export const complexOf = (re: number, im = 0): Complex => ({ re, im });

export const cSum = (a: Complex, b: Complex): Complex => ({ re: a.re + b.re, im: a.im + b.im });
export const cDiff = (a: Complex, b: Complex): Complex => ({ re: a.re - b.re, im: a.im - b.im });
export const cNeg = (a: Complex): Complex => ({ re: -a.re, im: -a.im });
export const cProd = (a: Complex, b: Complex): Complex => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });

/** _Py_c_quot: Smith's algorithm; null where C sets errno = EDOM (a zero divisor). */
function quotient(a: Complex, b: Complex): Complex | null {
	const absRe = b.re < 0 ? -b.re : b.re;
	const absIm = b.im < 0 ? -b.im : b.im;
	if (absRe >= absIm) {
		if (absRe === 0) return null;
		const ratio = b.im / b.re;
		const denom = b.re + b.im * ratio;
		return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
	}
	if (absIm >= absRe) {
		const ratio = b.re / b.im;
		const denom = b.re * ratio + b.im;
		return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
	}
	// At least one part of the divisor is a NaN.
	return { re: NaN, im: NaN };
}

/** complex_div. */
export function cQuot(a: Complex, b: Complex): Complex {
	const q = quotient(a, b);
	if (q === null) throw new PyZeroDivisionError("complex division by zero");
	return q;
}

/** _Py_c_abs: C99 says an infinite part makes the result infinite even beside a NaN. */
export function cAbs(z: Complex): number {
	if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
		if (Math.abs(z.re) === Infinity) return Infinity;
		if (Math.abs(z.im) === Infinity) return Infinity;
		return NaN;
	}
	const result = hypot(z.re, z.im);
	if (!Number.isFinite(result)) throw new PyOverflowError("absolute value too large");
	return result;
}

/** c_powu: binary powering by repeated _Py_c_prod, starting from 1+0j (which matters for signed zeros). */
function powUnsigned(x: Complex, n: number): Complex {
	let r = ONE;
	let p = x;
	for (let mask = 1; n >= mask; mask *= 2) {
		if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
		p = cProd(p, p);
	}
	return r;
}

/** libm's value with errno ignored: overflow is an infinity here, and complex_pow checks for infinities. */
function libm(f: () => number): number {
	try {
		return f();
	} catch (e) {
		if (e instanceof PyOverflowError) return Infinity;
		throw e;
	}
}

/** _Py_c_pow: polar form through hypot, pow, atan2, exp, log, cos and sin; null for errno = EDOM. */
function polarPow(a: Complex, b: Complex): Complex | null {
	if (b.re === 0 && b.im === 0) return ONE;
	if (a.re === 0 && a.im === 0) {
		if (b.im !== 0 || b.re < 0) return null;
		return { re: 0, im: 0 };
	}
	const vabs = hypot(a.re, a.im);
	let len = Number.isFinite(vabs) && Number.isFinite(b.re) ? positivePow(vabs, b.re) : libm(() => mathPow(vabs, b.re));
	const at = correctAtan2(a.im, a.re);
	let phase = at * b.re;
	if (b.im !== 0) {
		len /= libm(() => exp(at * b.im));
		phase += b.im * libm(() => log(vabs));
	}
	// glibc's cos and sin set errno = EDOM for an infinite argument (not for a NaN).
	if (Math.abs(phase) === Infinity) return null;
	return { re: len * correctCos(phase), im: len * correctSin(phase) };
}

/** complex_pow: a small integral exponent multiplies (c_powi); any infinite part is an OverflowError. */
export function cPow(a: Complex, b: Complex): Complex {
	let p: Complex | null;
	if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
		const n = b.re;
		p = n > 0 ? powUnsigned(a, n) : quotient(ONE, powUnsigned(a, -n));
	} else {
		p = polarPow(a, b);
	}
	if (p === null) throw new PyZeroDivisionError("0.0 to a negative or complex power");
	if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) throw new PyOverflowError("complex exponentiation");
	return p;
}

const MASK64 = (1n << 64n) - 1n;
/** _PyHASH_IMAG. */
const IMAG_MULTIPLIER = 1000003n;

/**
 * complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic, -1 becoming -2, so a
 * zero imaginary part hashes as the real part alone. `nanHash` is the object's identity hash, which
 * _Py_HashDouble gives a NaN part.
 */
export function hashComplex(z: Complex, nanHash: bigint): bigint {
	const part = (x: number) => (Number.isNaN(x) ? nanHash : hashFloat(x));
	let combined = (part(z.re) + IMAG_MULTIPLIER * part(z.im)) & MASK64;
	if (combined === MASK64) combined = MASK64 - 1n;
	return combined >= 1n << 63n ? combined - (1n << 64n) : combined;
}
