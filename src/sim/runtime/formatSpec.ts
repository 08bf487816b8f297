/**
 * The format-spec mini-language: `format(value, spec)` for str, int, bool and float.
 * Mirrors Python/formatter_unicode.c (parse_internal_render_format_spec, calc_number_widths,
 * fill_number, format_string_internal, format_long_internal, format_float_internal) and
 * Objects/stringlib/localeutil.h (_PyUnicode_InsertThousandsGrouping). The 'n' type uses the C
 * locale, as a fresh `python3` does: no grouping, '.' as decimal point.
 */
import { PyOverflowError, PyValueError } from "./errors";
import { doubleToString, floatRepr, type FloatCode } from "./floatRepr";
import { bigIntToFloat } from "./intMath";
import { intToStr } from "./numberParse";

export interface FormatSpec {
	fill: string;
	align: "<" | ">" | "=" | "^";
	sign: "" | "+" | "-" | " ";
	noNegativeZero: boolean;
	alternate: boolean;
	width: number;
	/** "", "," or "_" (for b/o/x/X "_" groups by four). */
	grouping: "" | "," | "_";
	precision: number;
	type: string;
}

const ALIGNS = new Set(["<", ">", "=", "^"]);

function readInteger(chars: string[], pos: number): { value: number; end: number } {
	let end = pos;
	let value = 0;
	while (end < chars.length && /[0-9]/.test(chars[end] ?? "")) {
		value = value * 10 + Number(chars[end]);
		end++;
	}
	if (value > Number.MAX_SAFE_INTEGER) throw new PyValueError("Too many decimal digits in format string");
	return { value: end === pos ? -1 : value, end };
}

/** parse_internal_render_format_spec. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: FormatSpec["align"], typeName: string): FormatSpec {
	const chars = Array.from(spec);
	const out: FormatSpec = {
		fill: " ", align: defaultAlign, sign: "", noNegativeZero: false, alternate: false,
		width: -1, grouping: "", precision: -1, type: defaultType,
	};
	let pos = 0;
	let fillSpecified = false;
	let alignSpecified = false;
	const at = (i: number): string => chars[i] ?? "";
	if (chars.length >= 2 && ALIGNS.has(at(1))) {
		out.fill = at(0);
		out.align = at(1) as FormatSpec["align"];
		fillSpecified = alignSpecified = true;
		pos = 2;
	} else if (ALIGNS.has(at(0))) {
		out.align = at(0) as FormatSpec["align"];
		alignSpecified = true;
		pos = 1;
	}
	if (at(pos) === "+" || at(pos) === "-" || at(pos) === " ") out.sign = at(pos++) as FormatSpec["sign"];
	if (at(pos) === "z") {
		out.noNegativeZero = true;
		pos++;
	}
	if (at(pos) === "#") {
		out.alternate = true;
		pos++;
	}
	if (!fillSpecified && at(pos) === "0") {
		out.fill = "0";
		// 3.11: the '0' flag implies '=' alignment only for numbers (default alignment '>').
		if (!alignSpecified && defaultAlign === ">") out.align = "=";
		pos++;
	}
	const width = readInteger(chars, pos);
	out.width = width.value;
	pos = width.end;
	if (at(pos) === ",") {
		out.grouping = ",";
		pos++;
	}
	if (at(pos) === "_") {
		if (out.grouping !== "") throw new PyValueError("Cannot specify both ',' and '_'.");
		out.grouping = "_";
		pos++;
	}
	if (at(pos) === ",") throw new PyValueError("Cannot specify both ',' and '_'.");
	if (at(pos) === ".") {
		const precision = readInteger(chars, pos + 1);
		if (precision.value < 0) throw new PyValueError("Format specifier missing precision");
		out.precision = precision.value;
		pos = precision.end;
	}
	if (chars.length - pos > 1) throw new PyValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
	if (chars.length - pos === 1) out.type = at(pos);
	if (out.grouping !== "" && !"defgEGF%".includes(out.type)) {
		const binaryLike = "boxX".includes(out.type) && out.type !== "";
		if (!(binaryLike && out.grouping === "_")) {
			throw new PyValueError(`Cannot specify '${out.grouping}' with '${out.type}'.`);
		}
	}
	return out;
}

/** _PyUnicode_InsertThousandsGrouping with a repeating group size; zero-extends to minWidth. */
export function insertGrouping(digits: string, minWidthIn: number, separator: string, groupSize: number): string {
	if (separator === "") return digits.padStart(Math.max(minWidthIn, digits.length), "0");
	let remaining = digits.length;
	let minWidth = minWidthIn;
	const pieces: string[] = [];
	for (;;) {
		const size = Math.min(groupSize, Math.max(remaining, minWidth, 1));
		const zeros = Math.max(0, size - remaining);
		const taken = Math.max(0, Math.min(remaining, size));
		pieces.unshift("0".repeat(zeros) + digits.slice(remaining - taken, remaining));
		remaining -= taken;
		minWidth -= size;
		if (remaining <= 0 && minWidth <= 0) break;
		minWidth -= separator.length;
	}
	return pieces.join(separator);
}

/**
 * calc_number_widths + fill_number. `digits` are the integer digits, `remainder` what follows
 * them (after a decimal point if `hasDecimal`), `prefix` e.g. "0x".
 */
export function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean, remainder: string, separator: string, groupSize: number): string {
	const signChar = spec.sign === "+" ? (negative ? "-" : "+") : spec.sign === " " ? (negative ? "-" : " ") : negative ? "-" : "";
	const nonDigits = signChar.length + prefix.length + (hasDecimal ? 1 : 0) + Array.from(remainder).length;
	const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigits : 0;
	const grouped = digits.length === 0 ? "" : insertGrouping(digits, minWidth, separator, groupSize);
	const padding = spec.width - (nonDigits + grouped.length);
	let left = "", inner = "", right = "";
	if (padding > 0) {
		const fill = (n: number): string => spec.fill.repeat(n);
		if (spec.align === "<") right = fill(padding);
		else if (spec.align === "^") {
			left = fill(Math.floor(padding / 2));
			right = fill(padding - Math.floor(padding / 2));
		} else if (spec.align === "=") inner = fill(padding);
		else left = fill(padding);
	}
	return left + signChar + prefix + inner + grouped + (hasDecimal ? "." : "") + remainder + right;
}

export function unknownCode(type: string, typeName: string): PyValueError {
	return new PyValueError(`Unknown format code '${type}' for object of type '${typeName}'`);
}

/** format_string_internal (str.__format__). */
export function formatStr(value: string, specText: string, typeName = "str"): string {
	if (specText === "") return value;
	const spec = parseFormatSpec(specText, "s", "<", typeName);
	if (spec.type !== "s") throw unknownCode(spec.type, typeName);
	if (spec.sign !== "") throw new PyValueError("Sign not allowed in string format specifier");
	if (spec.noNegativeZero) throw new PyValueError("Negative zero coercion (z) not allowed in string format specifier");
	if (spec.alternate) throw new PyValueError("Alternate form (#) not allowed in string format specifier");
	if (spec.align === "=") throw new PyValueError("'=' alignment not allowed in string format specifier");
	let chars = Array.from(value);
	if (spec.precision >= 0 && chars.length > spec.precision) chars = chars.slice(0, spec.precision);
	const padding = Math.max(0, spec.width - chars.length);
	const leftCount = spec.align === ">" ? padding : spec.align === "^" ? Math.floor(padding / 2) : 0;
	return spec.fill.repeat(leftCount) + chars.join("") + spec.fill.repeat(padding - leftCount);
}

/**
 * int.__format__ (also bool's: format(True, "") is "True", any other spec formats 1); `maxDigits` is the
 * interpreter's limit on decimal digits (0: none).
 */
/** `asFloat`: PyNumber_Float of the int, which the float presentation types format (an int subclass's own __float__). */
export function formatInt(value: bigint, specText: string, typeName = "int", maxDigits?: number, asFloat = () => bigIntToFloat(value)): string {
	if (specText === "") return typeName === "bool" ? (value !== 0n ? "True" : "False") : intToStr(value, maxDigits);
	const spec = parseFormatSpec(specText, "d", ">", typeName);
	if ("eEfFgG%".includes(spec.type)) return formatFloatWithSpec(asFloat(), spec, typeName);
	if (!"bcdoxXn".includes(spec.type)) throw unknownCode(spec.type, typeName);
	if (spec.precision !== -1) throw new PyValueError("Precision not allowed in integer format specifier");
	if (spec.noNegativeZero) throw new PyValueError("Negative zero coercion (z) not allowed in integer format specifier");
	const negative = value < 0n;
	const magnitude = negative ? -value : value;
	if (spec.type === "c") {
		if (spec.sign !== "") throw new PyValueError("Sign not allowed with integer format specifier 'c'");
		if (spec.alternate) throw new PyValueError("Alternate form (#) not allowed with integer format specifier 'c'");
		// PyLong_AsLong first: past a C long its own OverflowError.
		if (value < -(2n ** 63n) || value >= 2n ** 63n) throw new PyOverflowError("Python int too large to convert to C long");
		if (value < 0n || value > 0x10ffffn) throw new PyOverflowError("%c arg not in range(0x110000)");
		return layoutNumber(spec, false, "", "", false, String.fromCodePoint(Number(value)), "", 3);
	}
	const base = { b: 2, o: 8, x: 16, X: 16 }[spec.type] ?? 10;
	let digits = base === 10 ? intToStr(magnitude, maxDigits) : magnitude.toString(base);
	let prefix = spec.alternate && base !== 10 ? `0${spec.type}` : "";
	if (spec.type === "X") {
		digits = digits.toUpperCase();
		prefix = prefix.toUpperCase();
	}
	const separator = spec.type === "n" ? "" : spec.grouping;
	const groupSize = base === 10 ? 3 : 4;
	return layoutNumber(spec, negative, prefix, digits, false, "", separator, groupSize);
}

/** float.__format__. */
export function formatFloat(value: number, specText: string, typeName = "float"): string {
	if (specText === "") return floatRepr(value);
	return formatFloatWithSpec(value, parseFormatSpec(specText, "", ">", typeName), typeName);
}

/** format_float_internal, shared by float and by int's float presentation types. */
function formatFloatWithSpec(valueIn: number, spec: FormatSpec, typeName: string): string {
	if (!"eEfFgGn%".includes(spec.type)) throw unknownCode(spec.type, typeName);
	let value = valueIn;
	let code: FloatCode;
	let precision = spec.precision;
	const addDot0 = spec.type === "";
	let percent = false;
	if (spec.type === "") code = precision < 0 ? "r" : "g";
	else if (spec.type === "n") code = "g";
	else if (spec.type === "%") {
		code = "f";
		value *= 100;
		percent = true;
	} else code = spec.type as FloatCode;
	if (precision < 0) precision = code === "r" ? 0 : 6;
	let text = doubleToString(value, code, precision, { alternate: spec.alternate, addDot0, noNegativeZero: spec.noNegativeZero });
	if (percent) text += "%";
	const negative = text.startsWith("-");
	if (negative) text = text.slice(1);
	const integerDigits = /^[0-9]*/.exec(text)?.[0] ?? "";
	let rest = text.slice(integerDigits.length);
	const hasDecimal = rest.startsWith(".");
	if (hasDecimal) rest = rest.slice(1);
	const separator = spec.type === "n" ? "" : spec.grouping;
	return layoutNumber(spec, negative, "", integerDigits, hasDecimal, rest, separator, 3);
}
