/**
 * int(str, base), float(str) and str(int) as CPython 3.11 does them: Objects/longobject.c
 * (PyLong_FromString, long_to_decimal_string with the 4300-digit limit of sys.int_info) and
 * Objects/floatobject.c / Python/pystrtod.c (float_from_string_inner, _Py_string_to_number_with_underscores).
 * Other Unicode decimal digits count as their ASCII digit (_PyUnicode_TransformDecimalAndSpaceToASCII).
 */
import { PyValueError } from "./errors";
import { strRepr } from "./strRepr";

/** sys.int_info.default_max_str_digits: the limit a run starts with. */
export const INT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits takes, 0 aside. */
export const INT_STR_DIGITS_CHECK_THRESHOLD = 640;

/** Python's str.strip() whitespace (Py_UNICODE_ISSPACE). */
export const PY_WHITESPACE = "\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

const NON_ASCII = /[^\p{ASCII}]/u;
const DECIMAL = /\p{Nd}/u;

/**
 * Each Unicode decimal digit as its ASCII digit. Unicode keeps decimal digits in runs of ten, zero first, so a
 * digit's value is its distance from the start of its run of digits, modulo ten.
 */
export function asciiDecimals(text: string): string {
	if (!NON_ASCII.test(text)) return text;
	let out = "";
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code < 0x80 || !DECIMAL.test(char)) {
			out += char;
			continue;
		}
		let start = code;
		while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
		out += String((code - start) % 10);
	}
	return out;
}

/**
 * What int(), float() and complex() strip around a number: _PyUnicode_TransformDecimalAndSpaceToASCII turns only
 * non-ASCII whitespace into spaces, and the parser skips Py_ISSPACE's, so \x1c to \x1f stay and are invalid.
 */
const NUMBER_WHITESPACE = [...PY_WHITESPACE].filter((c) => c < "\u001c" || c > "\u001f").join("");

export function stripNumberWhitespace(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && NUMBER_WHITESPACE.includes(s.charAt(start))) start++;
	while (end > start && NUMBER_WHITESPACE.includes(s.charAt(end - 1))) end--;
	return s.slice(start, end);
}

/**
 * int(text, base). `shown`: how the error message shows the argument (a bytes object's repr), if not as a str;
 * `maxDigits`: the interpreter's limit on decimal digits (0: none).
 */
export function parseIntLiteral(text: string, base = 10, shown?: string, maxDigits = INT_MAX_STR_DIGITS): bigint {
	if (base !== 0 && (base < 2 || base > 36)) throw new PyValueError("int() base must be >= 2 and <= 36, or 0");
	const invalid = (): PyValueError => new PyValueError(`invalid literal for int() with base ${base}: ${Array.from(shown ?? strRepr(text)).slice(0, 200).join("")}`);
	let s = stripNumberWhitespace(asciiDecimals(text));
	let negative = false;
	if (s.startsWith("+") || s.startsWith("-")) {
		negative = s.startsWith("-");
		s = s.slice(1);
	}
	let actualBase = base;
	const prefix = /^0([xob])/i.exec(s)?.[1]?.toLowerCase();
	const prefixBase = prefix === "x" ? 16 : prefix === "o" ? 8 : prefix === "b" ? 2 : 0;
	let afterPrefix = false;
	if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
		actualBase = prefixBase;
		s = s.slice(2);
		afterPrefix = true;
	} else if (base === 0) actualBase = 10;
	if (s === "" || (s.startsWith("_") && !afterPrefix)) throw invalid();
	// PyLong_FromString scans the run of digits first: a non-binary base's digit count is checked against the
	// limit before the (quadratic) conversion, and before whatever follows the run is found invalid.
	const run = digitRun(s, actualBase);
	if (run.badUnderscore) throw invalid();
	const isPowerOfTwo = (actualBase & (actualBase - 1)) === 0;
	if (!isPowerOfTwo && maxDigits > 0 && run.digits.length > maxDigits) {
		throw new PyValueError(`Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${run.digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
	}
	if (run.digits === "" || run.end < s.length) throw invalid();
	const value = digitsToBigInt(run.digits, actualBase);
	if (base === 0 && actualBase === 10 && !afterPrefix && value !== 0n && run.digits.startsWith("0")) throw invalid();
	return negative ? -value : value;
}

/** The longest run of `base` digits and single underscores at the start of `s`, with the digits alone. */
function digitRun(s: string, base: number): { digits: string; end: number; badUnderscore: boolean } {
	let end = 0;
	let digits = "";
	let start = 0;
	while (end < s.length) {
		const char = s.charAt(end);
		if (char === "_") {
			if (s.charAt(end - 1) === "_") return { digits, end, badUnderscore: true };
			digits += s.slice(start, end);
			start = end + 1;
		} else if (!(parseInt(char, 36) < base)) break;
		end++;
	}
	digits += s.slice(start, end);
	return { digits, end, badUnderscore: s.charAt(end - 1) === "_" };
}

const PREFIX_OF_BASE: Partial<Record<number, string>> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };
const BITS_OF_BASE: Partial<Record<number, number>> = { 4: 2, 32: 5 };
/** Ten base-36 digits stay below 2**53, so parseInt reads them exactly. */
const DIGITS_PER_MULTIPLICATION = 10;

/**
 * Valid digits of `base` as a BigInt. The engine reads bases 2, 8, 10 and 16 itself (in about linear time for
 * the powers of two); bases 4 and 32 are regrouped as binary; the rest take ten digits per multiplication.
 */
function digitsToBigInt(digits: string, base: number): bigint {
	const prefix = PREFIX_OF_BASE[base];
	if (prefix !== undefined) return BigInt(prefix + digits);
	const bits = BITS_OF_BASE[base];
	if (bits !== undefined) return BigInt(`0b${Array.from(digits, (c) => parseInt(c, 36).toString(2).padStart(bits, "0")).join("")}`);
	let value = 0n;
	for (let i = 0; i < digits.length; i += DIGITS_PER_MULTIPLICATION) {
		const chunk = digits.slice(i, i + DIGITS_PER_MULTIPLICATION);
		value = value * BigInt(base) ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
	}
	return value;
}

/** str(n) / repr(n) under the interpreter's limit on decimal digits (0: none). */
export function intToStr(n: bigint, maxDigits = INT_MAX_STR_DIGITS): string {
	const text = n.toString();
	const digitCount = n < 0n ? text.length - 1 : text.length;
	if (maxDigits > 0 && digitCount > maxDigits) {
		throw new PyValueError(`Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
	}
	return text;
}

const FLOAT_BODY = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(text); `shown` names the object in the error (float(bytearray(b"x")) shows its repr, asked for only on failure). */
export function parseFloatLiteral(text: string, shown?: () => string): number {
	const s = stripNumberWhitespace(asciiDecimals(text));
	const special = FLOAT_SPECIAL.exec(s);
	if (special) {
		const sign = special[1] === "-" ? -1 : 1;
		return special[2]?.toLowerCase() === "nan" ? NaN : sign * Infinity;
	}
	if (!FLOAT_BODY.test(s)) throw new PyValueError(`could not convert string to float: ${shown ? shown() : strRepr(text)}`);
	return Number(s.replace(/_/g, "")); // ECMAScript's StringToNumber is correctly rounded
}
