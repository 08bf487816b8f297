/**
 * math.hypot and math.fsum, mirroring Modules/mathmodule.c math_hypot/vector_norm (here computed
 * exactly, then rounded once) and math_fsum (Shewchuk's partials with the half-even fix-up).
 */
import { PyOverflowError, PyValueError } from "./errors";
import { binaryParts } from "./exactPow";
import { bigIntToFloat, bitLength, ldexp } from "./intMath";

type Real = number | bigint;
const toFloat = (x: Real): number => (typeof x === "bigint" ? bigIntToFloat(x) : x);

/** math.hypot(*coordinates): CPython 3.11 scales and uses a correctly rounded sum of squares. */
export function hypot(...coordinates: Real[]): number {
	const values = coordinates.map((c) => Math.abs(toFloat(c)));
	if (values.some((v) => v === Infinity)) return Infinity;
	if (values.some(Number.isNaN)) return NaN;
	// Exact: sum of squares as a BigInt rational, then a correctly rounded square root.
	const parts = values.map(binaryPartsOrZero);
	const minExponent = Math.min(0, ...parts.map((p) => p.exponent));
	let sum = 0n;
	for (const { mantissa, exponent } of parts) sum += (mantissa << BigInt(exponent - minExponent)) ** 2n;
	if (sum === 0n) return 0;
	return sqrtRational(sum, 2 * minExponent);
}

function binaryPartsOrZero(v: number): { mantissa: bigint; exponent: number } {
	return v === 0 ? { mantissa: 0n, exponent: 0 } : binaryParts(v);
}

/** Correctly rounded sqrt(n * 2**e) for a BigInt n > 0 and even e. */
function sqrtRational(n: bigint, e: number): number {
	// Scale so the integer square root has 60+ bits, then round with a sticky bit.
	let shift = Math.max(0, 130 - bitLength(n));
	if ((e - shift) % 2 !== 0) shift++;
	const scaled = n << BigInt(shift);
	let root = bigSqrt(scaled);
	let sticky = root * root !== scaled;
	// Keep 60 bits plus a sticky bit so Number() performs the one correct rounding.
	const drop = Math.max(0, bitLength(root) - 60);
	if (drop > 0) {
		sticky ||= (root & ((1n << BigInt(drop)) - 1n)) !== 0n;
		root >>= BigInt(drop);
	}
	root = (root << 1n) | (sticky ? 1n : 0n);
	return ldexp(Number(root), (e - shift) / 2 + drop - 1);
}

function bigSqrt(n: bigint): bigint {
	if (n < 2n) return n;
	let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
	for (;;) {
		const y = (x + n / x) >> 1n;
		if (y >= x) return x;
		x = y;
	}
}

/** math.fsum: Shewchuk's exact partial sums, then the correctly rounded total (msum + the half-way fix). */
export function fsum(values: readonly Real[]): number {
	const partials: number[] = [];
	let specialSum = 0;
	let infSum = 0;
	for (const raw of values) {
		let x = toFloat(raw);
		const xsave = x;
		let i = 0;
		for (const p of partials) {
			let y = p;
			if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
			const hi = x + y;
			const lo = y - (hi - x);
			if (lo !== 0) partials[i++] = lo;
			x = hi;
		}
		partials.length = i;
		if (x !== 0) {
			if (!Number.isFinite(x)) {
				if (Number.isFinite(xsave)) throw new PyOverflowError("intermediate overflow in fsum");
				if (!Number.isNaN(xsave)) infSum += xsave;
				specialSum += xsave;
				partials.length = 0;
			} else partials.push(x);
		}
	}
	if (specialSum !== 0) {
		if (Number.isNaN(infSum)) throw new PyValueError("-inf + inf in fsum");
		return specialSum;
	}
	let n = partials.length;
	let hi = 0;
	if (n > 0) {
		hi = partials[--n] ?? 0;
		let lo = 0;
		while (n > 0) {
			const x = hi;
			const y = partials[--n] ?? 0;
			hi = x + y;
			const yr = hi - x;
			lo = y - yr;
			if (lo !== 0) break;
		}
		const next = partials[n - 1];
		if (n > 0 && next !== undefined && ((lo < 0 && next < 0) || (lo > 0 && next > 0))) {
			const y = lo * 2;
			const x = hi + y;
			const yr = x - hi;
			if (y === yr) hi = x;
		}
	}
	return hi;
}
