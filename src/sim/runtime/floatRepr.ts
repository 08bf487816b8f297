/**
 * Float to string conversion, mirroring Python/pystrtod.c `PyOS_double_to_string` and
 * `format_float_short`, with Python/dtoa.c's digit generation replaced by:
 * - mode 0 (shortest round-trip): the digits of JavaScript's `String(x)`, which is also the
 *   shortest, closest decimal string;
 * - modes 2 and 3 (n significant digits / n digits after the point): exact BigInt arithmetic on the
 *   binary value with round-half-even, which is what dtoa's correctly rounded output amounts to.
 */
import { PyMemoryError, PyValueError } from "./errors";

/** A digit string with trailing zeros stripped (at least "0") and the decimal point position. */
export interface DecimalDigits {
	digits: string;
	/** value = 0.digits * 10**decpt */
	decpt: number;
}

const FLOAT_VIEW = new DataView(new ArrayBuffer(8));

/** Exact value of a finite |x| as N / 10**k (N a BigInt). */
export function exactDecimal(x: number): { n: bigint; k: number } {
	FLOAT_VIEW.setFloat64(0, Math.abs(x));
	const hi = FLOAT_VIEW.getUint32(0);
	const lo = FLOAT_VIEW.getUint32(4);
	const biasedExp = (hi >>> 20) & 0x7ff;
	let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
	let exp: number;
	if (biasedExp === 0) exp = -1074;
	else {
		mantissa |= 1n << 52n;
		exp = biasedExp - 1075;
	}
	if (exp >= 0) return { n: mantissa << BigInt(exp), k: 0 };
	return { n: mantissa * 5n ** BigInt(-exp), k: -exp };
}

function stripTrailingZeros(digits: string): string {
	const stripped = digits.replace(/0+$/, "");
	return stripped === "" ? "0" : stripped;
}

/** dtoa mode 0: shortest digits that round-trip. */
export function shortestDigits(x: number): DecimalDigits {
	if (x === 0) return { digits: "0", decpt: 1 };
	const text = String(Math.abs(x));
	const [mantissa = "", expText] = text.split("e");
	const pointAt = mantissa.indexOf(".");
	let digits = pointAt < 0 ? mantissa : mantissa.slice(0, pointAt) + mantissa.slice(pointAt + 1);
	let decpt = (pointAt < 0 ? mantissa.length : pointAt) + (expText === undefined ? 0 : Number(expText));
	const leadingZeros = /^0*/.exec(digits)?.[0].length ?? 0;
	digits = digits.slice(leadingZeros);
	decpt -= leadingZeros;
	return { digits: stripTrailingZeros(digits), decpt };
}

/**
 * Round the exact value of |x| keeping `keep` digits counted from the first significant digit
 * (keep may be <= 0 when rounding to a fixed number of decimals removes every digit).
 */
function roundExact(x: number, keepFor: (decpt: number) => number): DecimalDigits {
	if (x === 0) return { digits: "0", decpt: 1 };
	const { n, k } = exactDecimal(x);
	const all = n.toString();
	let decpt = all.length - k;
	const keep = keepFor(decpt);
	if (keep >= all.length) return { digits: stripTrailingZeros(all), decpt };
	if (keep < 0) return { digits: "0", decpt: 1 };
	const kept = all.slice(0, keep);
	const rest = all.slice(keep);
	const first = rest.charCodeAt(0) - 48;
	const tail = rest.slice(1);
	const lastKept = keep > 0 ? kept.charCodeAt(keep - 1) - 48 : 0;
	const roundUp = first > 5 || (first === 5 && (/[1-9]/.test(tail) || lastKept % 2 === 1));
	if (!roundUp) return kept === "" || /^0*$/.test(kept) ? { digits: "0", decpt: 1 } : { digits: stripTrailingZeros(kept), decpt };
	const bumped = (kept === "" ? 1n : BigInt(kept) + 1n).toString();
	if (bumped.length > kept.length) decpt += 1;
	return { digits: stripTrailingZeros(bumped), decpt };
}

/** dtoa mode 2: `ndigits` significant digits (ndigits >= 1). */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
	return roundExact(x, () => ndigits);
}

/** dtoa mode 3: `ndigits` digits after the decimal point. */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
	return roundExact(x, (decpt) => decpt + ndigits);
}

export type FloatCode = "e" | "E" | "f" | "F" | "g" | "G" | "r";

export interface FloatFormatFlags {
	/** '#': keep the decimal point and trailing zeros. */
	alternate?: boolean;
	/** Py_DTSF_ADD_DOT_0: integers shown as "1.0"; 'g' switches to exponent one digit sooner. */
	addDot0?: boolean;
	/** 'z': a result that rounds to zero loses its minus sign. */
	noNegativeZero?: boolean;
}

/** PyOS_double_to_string(val, code, precision, flags). Returns e.g. "-1.50e+03", "inf", "nan". */
const C_INT_MAX = 2 ** 31 - 1;
/** The most digits a float is formatted with (the str would pass pymem's memory limit long before python3's). */
const MAX_FORMATTED_DIGITS = 10_000_000;

export function doubleToString(x: number, code: FloatCode, precision: number, flags: FloatFormatFlags = {}): string {
	// format_float_internal's and formatfloat's limit; below it, digits past pymem's simulated memory.
	if (precision > C_INT_MAX) throw new PyValueError("precision too big");
	if (precision > MAX_FORMATTED_DIGITS) throw new PyMemoryError();
	const upper = code === "E" || code === "F" || code === "G";
	const lower = code.toLowerCase() as "e" | "f" | "g" | "r";
	const text = formatLower(x, lower, precision, flags);
	return upper ? text.toUpperCase() : text;
}

function formatLower(x: number, code: "e" | "f" | "g" | "r", precisionIn: number, flags: FloatFormatFlags): string {
	if (Number.isNaN(x)) return "nan";
	let negative = x < 0 || Object.is(x, -0);
	if (!Number.isFinite(x)) return negative ? "-inf" : "inf";
	let precision = precisionIn;
	let parts: DecimalDigits;
	if (code === "r") parts = shortestDigits(x);
	else if (code === "f") parts = fixedDigits(x, precision);
	else {
		if (code === "e") precision += 1;
		if (code === "g" && precision === 0) precision = 1;
		parts = significantDigits(x, precision);
	}
	if (flags.noNegativeZero && parts.digits === "0") negative = false;
	const { digits } = parts;
	let decpt = parts.decpt;
	let vdigitsEnd = digits.length;
	let useExp = false;
	if (code === "e") {
		useExp = true;
		vdigitsEnd = precision;
	} else if (code === "f") {
		vdigitsEnd = decpt + precision;
	} else if (code === "g") {
		if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
		if (flags.alternate) vdigitsEnd = precision;
	} else if (decpt <= -4 || decpt > 16) {
		useExp = true;
	}
	let exp = 0;
	if (useExp) {
		exp = decpt - 1;
		decpt = 1;
	}
	const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
	vdigitsEnd = Math.max(vdigitsEnd, !useExp && flags.addDot0 ? decpt + 1 : decpt);
	let body = "";
	for (let i = vdigitsStart; i < vdigitsEnd; i++) {
		if (i === decpt) body += ".";
		body += i >= 0 && i < digits.length ? digits[i] : "0";
	}
	if (decpt === vdigitsEnd && flags.alternate) body += ".";
	if (useExp) {
		const magnitude = String(Math.abs(exp)).padStart(2, "0");
		body += `e${exp < 0 ? "-" : "+"}${magnitude}`;
	}
	return (negative ? "-" : "") + body;
}

/** float.__repr__ / float.__str__: PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0). */
export function floatRepr(x: number): string {
	return doubleToString(x, "r", 0, { addDot0: true });
}
