/**
 * str.format / format_map, mirroring Objects/stringlib/unicode_format.h (MarkupIterator_next,
 * parse_field, FieldNameIterator, get_field_object, render_field, auto/manual numbering).
 * Lookups, conversions and __format__ go through caller hooks, so any object model fits.
 */
import { PyIndexError, PyKeyError, PyValueError } from "./errors";
import { strRepr } from "./strRepr";
import { UnicodeWriter, writePiece, type StrHolder, type WriterResult, type WrittenStr } from "./unicodeWriter";
import { SSIZE_MAX } from "./c-limits";

export interface StrFormatHooks<T> {
	/** The object a field names, before its attributes and items are looked up (get_field_object takes a reference). */
	field?(value: T): T;
	getAttr(value: T, name: string): T;
	getItem(value: T, key: string | bigint): T;
	/** !r, !s, !a */
	convert(value: T, conversion: "r" | "s" | "a"): T;
	/** format(value, spec): the characters render_field writes, or the str object it hands the writer whole. */
	format(value: T, spec: string): string | WrittenStr<T>;
}

/** Where `{name}` fields are found: keyword arguments, or format_map's mapping. */
export interface FieldNames<T> {
	get(name: string): T | undefined;
}

interface NumberingState {
	auto: number;
	mode: "none" | "auto" | "manual";
}

/** str.format(*args, **kwargs): the characters only. */
export function strFormat<T>(template: string, args: readonly T[], kwargs: FieldNames<T>, hooks: StrFormatHooks<T>): string {
	return strFormatWritten(template, args, kwargs, hooks, null).text;
}

/**
 * str.format(*args, **kwargs) through build_string's writer, which can hand back a lone str it was given.
 * `args` is null for format_map, which has no positional arguments at all (a numbered field is an error there).
 */
export function strFormatWritten<T>(template: string, args: readonly T[] | null, kwargs: FieldNames<T>, hooks: StrFormatHooks<T>, holder: StrHolder<T> | null): WriterResult<T> {
	const writer = new UnicodeWriter(holder);
	try {
		render(template, args, kwargs, hooks, { auto: 0, mode: "none" }, 2, writer);
	} catch (e) {
		writer.abandon();
		throw e;
	}
	return writer.finish();
}

/** do_markup: literal text and fields in turn; the field that ends the template is written as the last piece. */
function render<T>(template: string, args: readonly T[] | null, kwargs: FieldNames<T>, hooks: StrFormatHooks<T>, numbering: NumberingState, depth: number, writer: UnicodeWriter<T>): void {
	// build_string: fields nest one level in a format spec, never two.
	if (depth <= 0) throw new PyValueError("Max string recursion exceeded");
	let i = 0;
	while (i < template.length) {
		const ch = template.charAt(i);
		if (ch === "}") {
			if (template.charAt(i + 1) !== "}") throw new PyValueError("Single '}' encountered in format string");
			writer.write("}");
			i += 2;
			continue;
		}
		if (ch !== "{") {
			writer.write(ch);
			i++;
			continue;
		}
		if (template.charAt(i + 1) === "{") {
			writer.write("{");
			i += 2;
			continue;
		}
		if (i + 1 >= template.length) throw new PyValueError("Single '{' encountered in format string");
		const field = scanField(template, i + 1);
		let value = lookupField(field.name, args, kwargs, hooks, numbering);
		if (field.conversion !== null) {
			const conversion = field.conversion;
			if (conversion !== "r" && conversion !== "s" && conversion !== "a") throw new PyValueError(`Unknown conversion specifier ${conversion}`);
			value = hooks.convert(value, conversion);
		}
		let spec = field.spec;
		if (field.specNeedsExpanding) {
			const specWriter = new UnicodeWriter<T>(writer.holder);
			try {
				render(field.spec, args, kwargs, hooks, numbering, depth - 1, specWriter);
			} finally {
				spec = specWriter.finishText();
			}
		}
		i = field.end;
		writePiece(writer, hooks.format(value, spec), i >= template.length);
	}
}

interface ScannedField {
	name: string;
	conversion: string | null;
	spec: string;
	specNeedsExpanding: boolean;
	/** Index just past the closing '}'. */
	end: number;
}

/** MarkupIterator_next after a '{': field name, then '!' conversion, then ':' spec with nested braces. */
function scanField(t: string, start: number): ScannedField {
	let j = start;
	let terminator = "";
	while (j < t.length) {
		const c = t.charAt(j++);
		if (c === "{") throw new PyValueError("unexpected '{' in field name");
		if (c === "[") {
			while (j < t.length && t.charAt(j) !== "]") j++;
			continue;
		}
		if (c === "}" || c === ":" || c === "!") {
			terminator = c;
			break;
		}
	}
	const name = t.slice(start, terminator === "" ? j : j - 1);
	if (terminator === "}") return { name, conversion: null, spec: "", specNeedsExpanding: false, end: j };
	if (terminator === "") throw new PyValueError("expected '}' before end of string");
	let conversion: string | null = null;
	if (terminator === "!") {
		if (j >= t.length) throw new PyValueError("end of string while looking for conversion specifier");
		conversion = t.charAt(j++);
		if (j < t.length) {
			const c = t.charAt(j++);
			if (c === "}") return { name, conversion, spec: "", specNeedsExpanding: false, end: j };
			if (c !== ":") throw new PyValueError("expected ':' after conversion specifier");
		}
	}
	const specStart = j;
	let count = 1;
	let specNeedsExpanding = false;
	while (j < t.length) {
		const c = t.charAt(j++);
		if (c === "{") {
			specNeedsExpanding = true;
			count++;
		} else if (c === "}" && --count === 0) return { name, conversion, spec: t.slice(specStart, j - 1), specNeedsExpanding, end: j };
	}
	throw new PyValueError("unmatched '{' in format spec");
}


/**
 * get_integer: a field name or key made only of decimal digits (any script's, as Py_UNICODE_TODECIMAL reads them)
 * is a number, which must fit a Py_ssize_t; null when any character is no decimal digit.
 */
function decimalField(text: string): bigint | null {
	let value = 0n;
	for (const c of text) {
		if (!/\p{Nd}/u.test(c)) return null;
		value = value * 10n + BigInt(decimalDigitValue(c));
		if (value > SSIZE_MAX) throw new PyValueError("Too many decimal digits in format string");
	}
	return value;
}

/** The value of a Unicode decimal digit: each script's digits are a run of ten code points, zero first. */
function decimalDigitValue(c: string): number {
	const cp = c.codePointAt(0)!;
	let zero = cp;
	while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && cp - (zero - 1) < 10) zero--;
	return cp - zero;
}

function lookupField<T>(name: string, args: readonly T[] | null, kwargs: FieldNames<T>, hooks: StrFormatHooks<T>, numbering: NumberingState): T {
	const firstEnd = name.search(/[.[]/);
	const first = firstEnd < 0 ? name : name.slice(0, firstEnd);
	let value: T;
	const firstNumber = first === "" ? null : decimalField(first);
	if (first === "" || firstNumber !== null) {
		let index: bigint;
		if (first === "") {
			if (numbering.mode === "manual") throw new PyValueError("cannot switch from manual field specification to automatic field numbering");
			numbering.mode = "auto";
			index = BigInt(numbering.auto++);
		} else {
			if (numbering.mode === "auto") throw new PyValueError("cannot switch from automatic field numbering to manual field specification");
			numbering.mode = "manual";
			index = firstNumber!;
		}
		// get_field_object: format_map passes no args tuple.
		if (args === null) throw new PyValueError("Format string contains positional fields");
		if (index >= BigInt(args.length)) throw new PyIndexError(`Replacement index ${index} out of range for positional args tuple`);
		value = args[Number(index)] as T;
	} else {
		const found = kwargs.get(first);
		if (found === undefined) throw new PyKeyError(strRepr(first), first);
		value = found;
	}
	if (hooks.field) value = hooks.field(value);
	let i = first.length;
	while (i < name.length) {
		const c = name.charAt(i);
		if (c === ".") {
			const end = name.slice(i + 1).search(/[.[]/);
			const attr = end < 0 ? name.slice(i + 1) : name.slice(i + 1, i + 1 + end);
			if (attr === "") throw new PyValueError("Empty attribute in format string");
			value = hooks.getAttr(value, attr);
			i += 1 + attr.length;
		} else if (c === "[") {
			const close = name.indexOf("]", i);
			if (close < 0) throw new PyValueError("Missing ']' in format string");
			const key = name.slice(i + 1, close);
			if (key === "") throw new PyValueError("Empty attribute in format string");
			value = hooks.getItem(value, decimalField(key) ?? key);
			i = close + 1;
		} else throw new PyValueError("Only '.' or '[' may follow ']' in format field specifier");
	}
	return value;
}
