/**
 * complex <-> text: repr/str (Objects/complexobject.c complex_repr), format() (Python/formatter_unicode.c
 * format_complex_internal) and complex(str) (complex_from_string_inner behind
 * _Py_string_to_number_with_underscores).
 */
import type { Complex } from "./complexMath";
import { PyValueError } from "./errors";
import { doubleToString, type FloatCode } from "./floatRepr";
import { layoutNumber, parseFormatSpec, unknownCode, type FormatSpec } from "./formatSpec";
import { asciiDecimals, PY_WHITESPACE } from "./numberParse";
import { strRepr } from "./strRepr";

/** Py_DTSF_SIGN: a '+' before anything that is not negative (nan included). */
const withSign = (text: string): string => (text.startsWith("-") ? text : "+" + text);

/**
 * repr() and str(): each part as float's shortest repr but without ".0" (`(3+4j)`, `(1e+20+1j)`); a real
 * part of +0.0 is left out with the parentheses (`4j`), while -0.0 is kept (`(-0-1j)`).
 */
export function complexRepr(z: Complex): string {
	const im = doubleToString(z.im, "r", 0);
	if (z.re === 0 && !Object.is(z.re, -0)) return `${im}j`;
	return `(${doubleToString(z.re, "r", 0)}${withSign(im)}j)`;
}

/** complex.__format__. An empty spec is str(); '%', '=' alignment and zero padding are refused. */
export function formatComplex(z: Complex, specText: string): string {
	if (specText === "") return complexRepr(z);
	const spec = parseFormatSpec(specText, "", ">", "complex");
	if (!["", "e", "E", "f", "F", "g", "G", "n"].includes(spec.type)) throw unknownCode(spec.type, "complex");
	if (spec.fill === "0") throw new PyValueError("Zero padding is not allowed in complex format specifier");
	if (spec.align === "=") throw new PyValueError("'=' alignment flag is not allowed in complex format specifier");
	let code: FloatCode;
	let precision = spec.precision;
	let skipReal = false;
	let parens = false;
	if (spec.type === "") {
		// Like str(): shortest digits, or 'g' once a precision is given.
		code = precision < 0 ? "r" : "g";
		skipReal = z.re === 0 && !Object.is(z.re, -0);
		parens = !skipReal;
	} else code = spec.type === "n" ? "g" : (spec.type as FloatCode);
	if (precision < 0) precision = code === "r" ? 0 : 6;
	const flags = { alternate: spec.alternate, noNegativeZero: spec.noNegativeZero };
	const separator = spec.type === "n" ? "" : spec.grouping;
	// Each part is laid out without padding; the imaginary part always shows its sign after a real part.
	const part = (x: number, sign: FormatSpec["sign"]): string => {
		let text = doubleToString(x, code, precision, flags);
		const negative = text.startsWith("-");
		if (negative) text = text.slice(1);
		const digits = /^[0-9]*/.exec(text)![0];
		let rest = text.slice(digits.length);
		const hasDecimal = rest.startsWith(".");
		if (hasDecimal) rest = rest.slice(1);
		const unpadded: FormatSpec = { ...spec, sign, fill: " ", align: "<", width: -1 };
		return layoutNumber(unpadded, negative, "", digits, hasDecimal, rest, separator, 3);
	};
	const body = (skipReal ? "" : part(z.re, spec.sign)) + part(z.im, skipReal ? spec.sign : "+") + "j";
	const text = parens ? `(${body})` : body;
	const padding = spec.width - Array.from(text).length;
	if (padding <= 0) return text;
	const left = spec.align === "<" ? 0 : spec.align === "^" ? Math.floor(padding / 2) : padding;
	return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
}

/** What PyOS_string_to_double accepts at the start of a string: no whitespace, no hex, no underscores. */
const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

function floatPrefix(s: string): { value: number; length: number } | null {
	const m = FLOAT_PREFIX.exec(s);
	if (!m) return null;
	const text = m[0];
	const body = text.replace(/^[+-]/, "").toLowerCase();
	const negative = text.startsWith("-");
	if (body === "nan") return { value: NaN, length: text.length };
	if (body.startsWith("inf")) return { value: negative ? -Infinity : Infinity, length: text.length };
	return { value: Number(text), length: text.length };
}

const ASCII_SPACE = /^[ \t\n\v\f\r]*/;

/** complex(text). */
export function parseComplexLiteral(text: string): Complex {
	// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces become ASCII ones; an ASCII
	// character stays as it is (\x1c to \x1f are white space to str.isspace(), not to the parser).
	let s = "";
	for (const char of asciiDecimals(text)) s += char.charCodeAt(0) >= 127 && PY_WHITESPACE.includes(char) ? " " : char;
	if (s.includes("_")) s = withoutUnderscores(s, text);
	const malformed = () => new PyValueError("complex() arg is a malformed string");
	let pos = ASCII_SPACE.exec(s)![0].length;
	const bracket = s[pos] === "(";
	if (bracket) pos += 1 + ASCII_SPACE.exec(s.slice(pos + 1))![0].length;
	let re = 0;
	let im = 0;
	const first = floatPrefix(s.slice(pos));
	const unitSign = (c: string | undefined) => (c === "+" ? 1 : -1);
	const isJ = (c: string | undefined) => c === "j" || c === "J";
	if (first) {
		pos += first.length;
		if (s[pos] === "+" || s[pos] === "-") {
			// <float><signed-float>j, or the old <float><sign>j
			re = first.value;
			const second = floatPrefix(s.slice(pos));
			if (second) {
				im = second.value;
				pos += second.length;
			} else im = unitSign(s[pos++]);
			if (!isJ(s[pos])) throw malformed();
			pos++;
		} else if (isJ(s[pos])) {
			im = first.value;
			pos++;
		} else re = first.value;
	} else {
		// <sign>j or j
		if (s[pos] === "+" || s[pos] === "-") im = unitSign(s[pos++]);
		else im = 1;
		if (!isJ(s[pos])) throw malformed();
		pos++;
	}
	pos += ASCII_SPACE.exec(s.slice(pos))![0].length;
	if (bracket) {
		if (s[pos] !== ")") throw malformed();
		pos++;
		pos += ASCII_SPACE.exec(s.slice(pos))![0].length;
	}
	if (pos !== s.length) throw malformed();
	return { re, im };
}

/** _Py_string_to_number_with_underscores: an underscore only between two digits, then dropped. */
function withoutUnderscores(s: string, original: string): string {
	let out = "";
	let prev = "";
	const bad = () => new PyValueError(`could not convert string to complex: ${strRepr(original)}`);
	for (const c of s) {
		const isDigit = c >= "0" && c <= "9";
		if (c === "_") {
			if (!(prev >= "0" && prev <= "9")) throw bad();
		} else {
			out += c;
			if (prev === "_" && !isDigit) throw bad();
		}
		prev = c;
	}
	if (prev === "_") throw bad();
	return out;
}
