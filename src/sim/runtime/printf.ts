/**
 * printf-style `str % args`, mirroring Objects/unicodeobject.c PyUnicode_Format
 * (unicode_format_arg_parse, unicode_format_arg_format, formatlong, formatfloat, formatchar).
 * Values stay opaque: the caller supplies hooks that classify a value and call str()/repr().
 */
import { PyOverflowError, PyTypeError, PyValueError } from "./errors";
import { doubleToString } from "./floatRepr";
import { codePoints } from "./codepoints";
import { intToStr } from "./numberParse";
import { bigIntToFloat } from "./intMath";
import { INT_MAX, SSIZE_MAX } from "./c-limits";
import { UnicodeWriter, writePiece, type StrHolder, type WriterResult, type WrittenStr } from "./unicodeWriter";

export type PercentValue<T> = { kind: "int"; value: bigint } | { kind: "float"; value: number } | { kind: "str"; value: string } | { kind: "other"; value: T };

export interface PercentHooks<T> {
	/** What the value is, for the numeric and %c conversions (bool counts as int). */
	classify(value: T): PercentValue<T>;
	str(value: T): string;
	repr(value: T): string;
	ascii(value: T): string;
	typeName(value: T): string;
	/** The mapping lookup for %(key)s; return undefined when the argument is not a mapping. */
	getItem?(mapping: T, key: string): T;
	/**
	 * Whether a lone argument counts as a mapping (PyMapping_Check): then arguments left unused are no error,
	 * so `"abc" % {"k": 1}` and even `"abc" % []` give "abc".
	 */
	isMapping?(value: T): boolean;
	/** A value getItem returned has been formatted (PyUnicode_Format releases it then). */
	formatted?(value: T): void;
	/** %s, %r and %a as the str object PyUnicode_Format makes of the value (a new reference), in place of str/repr/ascii. */
	strObject?(value: T, conversion: "s" | "r" | "a"): { str: T; text: string };
	/** An exact int's digits, which %s, %r and %a without width or precision write straight (else null). */
	exactIntDigits?(value: T): string | null;
	/**
	 * _PyBytes_FormatEx's variant: the template and the result are bytes held one character per byte, %s and %b
	 * write `str`'s bytes, %r and %a write ascii(), %c writes what `byteChar` makes of its argument.
	 */
	bytes?: { byteChar(value: T): string };
	/**
	 * An object of another type for the integer conversions: PyNumber_Long (`__int__`, else `__index__`) for %d, %i
	 * and %u, PyNumber_Index for %x, %X and %o; null when it has no such method.
	 */
	integer?(value: T, indexOnly: boolean): bigint | null;
	/** PyFloat_AsDouble for the float conversions (a class's own `__float__`, else the value, else `__index__`); null when it has none. */
	real?(value: T): number | null;
	/** The interpreter's limit on the decimal digits %d, %i and %u write (sys.set_int_max_str_digits; 0: none). */
	maxStrDigits?: number;
}

interface Spec {
	flags: { left: boolean; sign: boolean; space: boolean; alt: boolean; zero: boolean };
	width: number;
	precision: number;
}

/**
 * format % args. `args` is the right operand: a tuple is passed as its items (`isTuple`),
 * anything else as one argument (or the mapping for %(key)s).
 */
export function percentFormat<T>(format: string, args: T[], isTuple: boolean, hooks: PercentHooks<T>): string {
	return percentFormatWritten(format, args, isTuple, hooks, null).text;
}

/** format % args through PyUnicode_Format's writer, which can hand back a lone str it was given. */
export function percentFormatWritten<T>(format: string, args: T[], isTuple: boolean, hooks: PercentHooks<T>, holder: StrHolder<T> | null): WriterResult<T> {
	const writer = new UnicodeWriter(holder);
	try {
		writeFormatted(format, args, isTuple, hooks, writer);
	} catch (e) {
		writer.abandon();
		throw e;
	}
	return writer.finish();
}

function writeFormatted<T>(format: string, args: T[], isTuple: boolean, hooks: PercentHooks<T>, writer: UnicodeWriter<T>): void {
	const chars = codePoints(format);
	let argIndex = 0;
	let usedMapping = false;
	const single = !isTuple;
	const nextArg = (): T => {
		if (argIndex >= args.length) throw new PyTypeError("not enough arguments for format string");
		return args[argIndex++] as T;
	};
	let i = 0;
	while (i < chars.length) {
		const ch = chars[i++] ?? "";
		if (ch !== "%") {
			writer.write(ch);
			continue;
		}
		// Only `%%` itself is a literal `%`: after a key, flags or a width, `%` is a conversion no argument takes.
		if (chars[i] === "%") {
			i++;
			writer.write("%");
			continue;
		}
		let mappingArg: T | undefined;
		if (chars[i] === "(") {
			let depth = 1;
			let j = i + 1;
			while (j < chars.length && depth > 0) {
				if (chars[j] === "(") depth++;
				else if (chars[j] === ")") depth--;
				j++;
			}
			if (depth > 0) throw new PyValueError("incomplete format key");
			const key = chars.slice(i + 1, j - 1).join("");
			const mapping = args[0];
			if (!single || mapping === undefined || !hooks.getItem) throw new PyTypeError("format requires a mapping");
			mappingArg = hooks.getItem(mapping, key);
			usedMapping = true;
			// unicode_format_arg_parse makes the value the only argument left: a later unit without a key (or a
			// `*` width) finds none.
			argIndex = args.length;
			i = j;
		}
		const spec: Spec = { flags: { left: false, sign: false, space: false, alt: false, zero: false }, width: -1, precision: -1 };
		for (;;) {
			const f = chars[i];
			if (f === "-") spec.flags.left = true;
			else if (f === "+") spec.flags.sign = true;
			else if (f === " ") spec.flags.space = true;
			else if (f === "#") spec.flags.alt = true;
			else if (f === "0") spec.flags.zero = true;
			else break;
			i++;
		}
		// A width is a Py_ssize_t, a precision a C int: a `*` argument past it is OverflowError, digits ValueError.
		const readNumber = (field: "width" | "precision"): number => {
			const max = field === "width" ? SSIZE_MAX : INT_MAX;
			if (chars[i] === "*") {
				i++;
				const value = hooks.classify(nextArg());
				if (value.kind !== "int") throw new PyTypeError("* wants int");
				if (value.value > max || value.value < -max - 1n) throw new PyOverflowError(`Python int too large to convert to C ${field === "width" ? "ssize_t" : "int"}`);
				return Number(value.value);
			}
			let digits = "";
			while (/[0-9]/.test(chars[i] ?? "")) digits += chars[i++];
			// _PyBytes_FormatEx says "prec too big".
			if (digits !== "" && BigInt(digits) > max) throw new PyValueError(`${field === "precision" && hooks.bytes ? "prec" : field} too big`);
			return digits === "" ? -1 : Number(digits);
		};
		spec.width = readNumber("width");
		if (spec.width < -1) {
			spec.flags.left = true;
			spec.width = -spec.width;
		}
		if (chars[i] === ".") {
			i++;
			spec.precision = Math.max(0, readNumber("precision"));
		}
		while (chars[i] === "h" || chars[i] === "l" || chars[i] === "L") i++;
		if (i >= chars.length) throw new PyValueError("incomplete format");
		const conversion = chars[i++] ?? "";
		// unicode_format_arg clears overallocate for the unit that ends the template.
		const last = i >= chars.length;
		if (mappingArg === undefined) {
			writePiece(writer, formatUnit(conversion, nextArg(), spec, hooks, i - 1, writer), last);
			continue;
		}
		try {
			writePiece(writer, formatUnit(conversion, mappingArg, spec, hooks, i - 1, writer), last);
		} finally {
			hooks.formatted?.(mappingArg);
		}
	}
	const mappingGiven = usedMapping || (single && args.length === 1 && hooks.isMapping?.(args[0]!) === true);
	if (!mappingGiven && argIndex < args.length) throw new PyTypeError(`not all arguments converted during ${hooks.bytes ? "bytes" : "string"} formatting`);
}

/**
 * One unit. %s, %r and %a make a str object; unicode_format_arg_output's fast path (no width or precision that
 * changes it, no sign or blank flag) hands it to the writer whole.
 */
function formatUnit<T>(conversion: string, arg: T, spec: Spec, hooks: PercentHooks<T>, index: number, writer: UnicodeWriter<T>): string | WrittenStr<T> {
	if (!hooks.strObject || (conversion !== "s" && conversion !== "r" && conversion !== "a")) return formatOne(conversion, arg, spec, hooks, index);
	// unicode_format_arg_format's fast path: _PyLong_FormatWriter, no str object (and no PyObject_Str level).
	const digits = spec.width === -1 && spec.precision === -1 ? (hooks.exactIntDigits?.(arg) ?? null) : null;
	if (digits !== null) return digits;
	const { str, text } = hooks.strObject(arg, conversion);
	const length = codePoints(text).length;
	if (spec.width <= length && (spec.precision < 0 || spec.precision >= length) && !spec.flags.sign && !spec.flags.space) return { str, text, owned: true };
	writer.holder?.release(str);
	return padded(text, spec);
}

function pad(body: string, spec: Spec, numeric: boolean, signAndPrefixLength: number): string {
	const length = codePoints(body).length;
	if (spec.width <= length) return body;
	const fill = spec.width - length;
	if (spec.flags.left) return body + " ".repeat(fill);
	if (numeric && spec.flags.zero) return body.slice(0, signAndPrefixLength) + "0".repeat(fill) + body.slice(signAndPrefixLength);
	return " ".repeat(fill) + body;
}

/** A converted str cut to the precision and padded to the width. */
function padded(text: string, spec: Spec): string {
	return pad(spec.precision >= 0 ? codePoints(text).slice(0, spec.precision).join("") : text, spec, false, 0);
}

function signFor(negative: boolean, spec: Spec): string {
	return negative ? "-" : spec.flags.sign ? "+" : spec.flags.space ? " " : "";
}

function formatOne<T>(conversion: string, arg: T, spec: Spec, hooks: PercentHooks<T>, index: number): string {
	if (hooks.bytes) {
		if (conversion === "s" || conversion === "b") return padded(hooks.str(arg), spec);
		if (conversion === "r" || conversion === "a") return padded(hooks.ascii(arg), spec);
		if (conversion === "c") return pad(hooks.bytes.byteChar(arg), spec, false, 0);
	}
	const value = hooks.classify(arg);
	switch (conversion) {
		case "s":
		case "r":
		case "a": {
			return padded(conversion === "s" ? hooks.str(arg) : conversion === "r" ? hooks.repr(arg) : hooks.ascii(arg), spec);
		}
		case "d": case "i": case "u": case "x": case "X": case "o": {
			let n: bigint | null = null;
			if (value.kind === "int") n = value.value;
			else if (value.kind === "float" && "diu".includes(conversion)) {
				if (!Number.isFinite(value.value)) throw Number.isNaN(value.value) ? new PyValueError("cannot convert float NaN to integer") : new PyOverflowError("cannot convert float infinity to integer");
				n = BigInt(Math.trunc(value.value));
			} else if (value.kind === "other") n = hooks.integer?.(arg, !"diu".includes(conversion)) ?? null;
			if (n === null) {
				// _PyBytes_FormatEx has turned %i into %d by then.
				const named = hooks.bytes && conversion === "i" ? "d" : conversion;
				if ("diu".includes(conversion)) throw new PyTypeError(`%${named} format: a real number is required, not ${hooks.typeName(arg)}`);
				throw new PyTypeError(`%${conversion} format: an integer is required, not ${hooks.typeName(arg)}`);
			}
			const base = conversion === "o" ? 8 : conversion === "x" || conversion === "X" ? 16 : 10;
			let digits = base === 10 ? intToStr(n < 0n ? -n : n, hooks.maxStrDigits) : (n < 0n ? -n : n).toString(base);
			if (spec.precision > digits.length) digits = digits.padStart(spec.precision, "0");
			const prefix = spec.flags.alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "";
			let body = signFor(n < 0n, spec) + prefix + digits;
			if (conversion === "X") body = body.toUpperCase();
			return pad(body, spec, true, signFor(n < 0n, spec).length + prefix.length);
		}
		case "e": case "E": case "f": case "F": case "g": case "G": {
			let x: number | null = null;
			if (hooks.real) x = hooks.real(arg);
			else if (value.kind === "float") x = value.value;
			else if (value.kind === "int") x = bigIntToFloat(value.value); // PyFloat_AsDouble: OverflowError past DBL_MAX
			if (x === null) throw new PyTypeError(`${hooks.bytes ? "float argument required" : "must be real number"}, not ${hooks.typeName(arg)}`);
			const precision = spec.precision < 0 ? 6 : spec.precision;
			let text = doubleToString(x, conversion, precision, { alternate: spec.flags.alt });
			const negative = text.startsWith("-");
			if (negative) text = text.slice(1);
			const sign = signFor(negative, spec);
			return pad(sign + text, spec, true, sign.length);
		}
		case "c": {
			if (value.kind === "str") {
				if (codePoints(value.value).length !== 1) throw new PyTypeError("%c requires int or char");
				return pad(value.value, spec, false, 0);
			}
			// formatchar: PyLong_AsLongAndOverflow, which takes an object with __index__ too.
			const code = value.kind === "int" ? value.value : value.kind === "other" ? (hooks.integer?.(arg, true) ?? null) : null;
			if (code === null) throw new PyTypeError("%c requires int or char");
			if (code < 0n || code > 0x10ffffn) throw new PyOverflowError("%c arg not in range(0x110000)");
			return pad(String.fromCodePoint(Number(code)), spec, false, 0);
		}
		default: {
			const code = conversion.codePointAt(0) ?? 0;
			throw new PyValueError(`unsupported format character '${conversion}' (0x${code.toString(16)}) at index ${index}`);
		}
	}
}
