// Methods of bytes, which bytearray shares: a bytearray's results are new bytearrays (never itself), a bytes
// object's are bytes. Searching, splitting and padding work on the bytes as a Latin-1 string (one character
// per byte, so JavaScript's string operations are exact); case and character classes are ASCII-only, as
// Objects/bytes_methods.c has them.
import { collectSequenceFast, releaseSequenceFast } from "../vm/sequence-fast";
import type { PyObject } from "../heap/object";
import { PyBytes, PyStr, latin1 } from "../heap/values";
import { PyByteArray, isBytesLike } from "../heap/bytearray";
import { getBuffer, readBuffer } from "../vm/buffers";
import { PyTuple } from "../heap/containers";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { PyDescriptor } from "../heap/callables";
import { byteInRange, bytesLike } from "../vm/bytes-ops";
import { indexValue } from "../vm/protocol";
import { optionalSliceIndex } from "../vm/slice-indices";
import { codecNamed, decodeBytes } from "../runtime/codecs";
import { strExpandtabs } from "../runtime/strCase";
import {
	ASCII_WHITESPACE,
	BYTES_LINE_BREAKS,
	strCount,
	strEndsWith,
	strFind,
	strPartition,
	strReplace,
	strRfind,
	strRpartition,
	strRsplit,
	strSplit,
	strSplitlines,
	strStartsWith,
} from "../runtime/strSearch";
import { defineMethods, globalShared, nativeFunction, staticBuiltin } from "./types";
import { fromhex, hex, maketrans } from "./bytes-tables";
import { bytesItself } from "./bytes-construct";
import { grownCapacity, splitPreallocation } from "./str-splitting";
import type { VM } from "../vm/vm";
import { cIntArgument, passedTypeName } from "./arity";
import { ssize } from "../vm/ssize";

const own = (self: PyObject | null): Uint8Array => (self as PyBytes | PyByteArray).value;
const chars = (self: PyObject | null): string => latin1(own(self));

/** A Latin-1 string back to bytes. */
function fromLatin1(s: string): Uint8Array {
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}

/** A result of self's type holding these bytes. */
function made(vm: VM, self: PyObject | null, bytes: Uint8Array): PyObject {
	return self instanceof PyByteArray ? vm.bytearray(bytes) : vm.bytes(bytes);
}

/** A result of self's type holding a Latin-1 string's bytes. */
const madeFromText = (vm: VM, self: PyObject | null, s: string): PyObject => made(vm, self, fromLatin1(s));

/** What a method gives when nothing changes: a bytes object itself, a copy of a bytearray. */
const unchanged = (vm: VM, self: PyObject | null): PyObject => (self instanceof PyByteArray ? vm.bytearray(self.value.slice()) : vm.incref(self!));

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => ASCII_WHITESPACE.includes(String.fromCharCode(c));

function mapBytes(vm: VM, self: PyObject | null, f: (c: number, i: number, bytes: Uint8Array) => number): PyObject {
	const bytes = own(self);
	return made(vm, self, bytes.map((c, i) => f(c, i, bytes)));
}
const upper = (c: number) => (isLower(c) ? c - 32 : c);
const lower = (c: number) => (isUpper(c) ? c + 32 : c);
const isCased = (c: number) => isLower(c) || isUpper(c);

/** bytes.isalpha() and friends: false for b"", else every byte passes. */
function predicate(test: (c: number) => boolean): NativeImpl {
	return (vm, _a, _k, self) => vm.bool(own(self).length > 0 && own(self).every(test));
}

/** What find() and count() look for: a bytes-like object, or one byte given as an int. */
function needle(vm: VM, o: PyObject): string {
	const bytes = getBuffer(vm, o, "contiguous");
	if (bytes) return latin1(bytes);
	// parse_args_finds_byte: one __index__ call.
	const value = indexValue(vm, o);
	if (value === null) return vm.raise("TypeError", `argument should be integer or bytes-like object, not '${o.typeName}'`);
	return String.fromCharCode(byteInRange(vm, value));
}

/** find/rfind/index/rindex/count: `search` on the bytes and the needle as Latin-1 strings. */
function search(name: string, run: (s: string, sub: string, start: number | null, end: number | null) => number, missing?: string): NativeImpl {
	return (vm, args, _kw, self) => {
		// parse_args_finds_byte reads start and end before the needle.
		const start = optionalSliceIndex(vm, args[1]);
		const end = optionalSliceIndex(vm, args[2]);
		const found = run(chars(self), needle(vm, args[0]!), start, end);
		return missing !== undefined && found < 0 ? vm.raise("ValueError", missing) : vm.int(found);
	};
}

/** startswith/endswith: a prefix or a tuple of them. */
function affix(name: string, test: (s: string, affixes: readonly string[], start: number | null, end: number | null) => boolean): NativeImpl {
	return (vm, args, _kw, self) => {
		// stringlib's parse_args_finds reads start and end before the body looks at the prefix.
		const start = optionalSliceIndex(vm, args[1]);
		const end = optionalSliceIndex(vm, args[2]);
		const p = args[0]!;
		if (!(p instanceof PyTuple)) {
			const bytes = getBuffer(vm, p, "contiguous");
			if (!bytes) return vm.raise("TypeError", `${name} first arg must be bytes or a tuple of bytes, not ${p.typeName}`);
			return vm.bool(test(chars(self), [latin1(bytes)], start, end));
		}
		// _bytes_tailmatch tries the tuple's items in order and stops at the first that matches.
		for (const item of p.items) {
			const bytes = getBuffer(vm, item, "contiguous");
			if (!bytes) return vm.raise("TypeError", `a bytes-like object is required, not '${item.typeName}'`);
			if (test(chars(self), [latin1(bytes)], start, end)) return vm.bool(true);
		}
		return vm.bool(false);
	};
}

function strip(vm: VM, self: PyObject | null, charsArg: PyObject | undefined, left: boolean, right: boolean): PyObject {
	const set = !charsArg || charsArg === vm.None ? ASCII_WHITESPACE : latin1(bytesLike(vm, charsArg));
	const s = chars(self);
	let a = 0;
	let b = s.length;
	if (left) while (a < b && set.includes(s[a]!)) a++;
	if (right) while (b > a && set.includes(s[b - 1]!)) b--;
	return a === 0 && b === s.length ? unchanged(vm, self) : madeFromText(vm, self, s.slice(a, b));
}

function split(fromRight: boolean): NativeImpl {
	return (vm, args, kw, self) => {
		const sepArg = args[0] ?? kw?.get("sep");
		const maxArg = args[1] ?? kw?.get("maxsplit");
		// Argument Clinic converts maxsplit before the body reads sep.
		const maxsplit = maxArg ? ssize(vm, maxArg) : -1;
		const sep = !sepArg || sepArg === vm.None ? null : latin1(bytesLike(vm, sepArg));
		const whole = chars(self);
		const parts = (fromRight ? strRsplit : strSplit)(whole, sep, maxsplit, ASCII_WHITESPACE);
		// stringlib's split: a bytes object nothing split is its only item itself ("just use str_obj as list[0]"),
		// except from the whitespace split stopped by maxsplit=0, which copies what is left.
		const kept = parts.length === 1 && parts[0] === whole && !(sep === null && maxsplit === 0);
		const slots = grownCapacity(parts.length, splitPreallocation(maxsplit));
		if (kept && self instanceof PyBytes) return vm.list([vm.incref(self)], slots);
		return vm.list(parts.map((p) => madeFromText(vm, self, p)), slots);
	};
}

function pad(name: string, place: (s: string, width: number, fill: string) => string): NativeImpl {
	return (vm, args, _kw, self) => {
		const width = ssize(vm, args[0]!);
		const fillArg = args[1];
		// Argument Clinic's char converter takes a bytes or bytearray object only, not any buffer.
		const fillBytes = fillArg && isBytesLike(fillArg) ? fillArg.value : null;
		const fill = !fillArg ? " " : fillBytes ? latin1(fillBytes) : "";
		if (fill.length !== 1) vm.raise("TypeError", `${name}() argument 2 must be a byte string of length 1, not ${fillArg!.typeName}`);
		const s = chars(self);
		return width <= s.length ? unchanged(vm, self) : madeFromText(vm, self, place(s, width, fill));
	};
}

/** bytes.istitle(): cased runs start upper-case, and there is at least one cased byte. */
function isTitle(bytes: Uint8Array): boolean {
	let cased = false;
	let afterCased = false;
	for (const c of bytes) {
		if (isUpper(c)) {
			if (afterCased) return false;
			afterCased = cased = true;
		} else if (isLower(c)) {
			if (!afterCased) return false;
			afterCased = cased = true;
		} else afterCased = false;
	}
	return cased;
}

/** A str argument of decode() and encode(), by position or name. */
export function textArgument(vm: VM, o: PyObject | undefined, fn: string, name: string, fallback: string): string {
	if (!o) return fallback;
	if (!(o instanceof PyStr)) return vm.raise("TypeError", `${fn}() argument '${name}' must be str, not ${passedTypeName(vm, o)}`);
	// Argument Clinic's str converter hands C a char*, which must not hold a NUL.
	if (o.value.includes("\0")) vm.raise("ValueError", "embedded null character");
	return o.value;
}

const BYTES_METHODS: Record<string, NativeImpl> = {
	decode: (vm, args, kw, self) => {
		const encoding = textArgument(vm, args[0] ?? kw?.get("encoding"), "decode", "encoding", "utf-8");
		const errors = textArgument(vm, args[1] ?? kw?.get("errors"), "decode", "errors", "strict");
		return vm.str(decodeBytes(own(self), codecNamed(encoding, "decode"), errors));
	},
	hex: (vm, args, kw, self) => vm.str(hex(vm, own(self), args[0] ?? kw?.get("sep"), args[1] ?? kw?.get("bytes_per_sep"))),
	upper: (vm, _a, _k, self) => mapBytes(vm, self, upper),
	lower: (vm, _a, _k, self) => mapBytes(vm, self, lower),
	swapcase: (vm, _a, _k, self) => mapBytes(vm, self, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)),
	capitalize: (vm, _a, _k, self) => mapBytes(vm, self, (c, i) => (i === 0 ? upper(c) : lower(c))),
	title: (vm, _a, _k, self) => mapBytes(vm, self, (c, i, bytes) => (i > 0 && isCased(bytes[i - 1]!) ? lower(c) : upper(c))),
	isalpha: predicate(isCased),
	isdigit: predicate(isDigit),
	isalnum: predicate((c) => isCased(c) || isDigit(c)),
	isspace: predicate(isSpace),
	isascii: (vm, _a, _k, self) => vm.bool(own(self).every((c) => c < 128)),
	isupper: (vm, _a, _k, self) => vm.bool(own(self).some(isUpper) && !own(self).some(isLower)),
	islower: (vm, _a, _k, self) => vm.bool(own(self).some(isLower) && !own(self).some(isUpper)),
	startswith: affix("startswith", strStartsWith),
	endswith: affix("endswith", strEndsWith),
	find: search("find", strFind),
	rfind: search("rfind", strRfind),
	index: search("index", strFind, "subsection not found"),
	rindex: search("rindex", strRfind, "subsection not found"),
	count: search("count", strCount),
	replace: (vm, args, _kw, self) => {
		const old = latin1(bytesLike(vm, args[0]!));
		const replacement = latin1(bytesLike(vm, args[1]!));
		const count = args[2] ? vm.intValue(args[2]) : -1;
		// stringlib_replace's return_self: no count, nothing to insert, or old not found.
		if (count === 0 || (old === "" ? replacement === "" : !chars(self).includes(old))) return unchanged(vm, self);
		return madeFromText(vm, self, strReplace(chars(self), old, replacement, count));
	},
	split: split(false),
	rsplit: split(true),
	splitlines: (vm, args, kw, self) => {
		const keepArg = args[0] ?? kw?.get("keepends");
		// 3.11's clinic reads keepends with the int converter, as str's does.
		const lines = strSplitlines(chars(self), keepArg ? cIntArgument(vm, keepArg) !== 0 : false, BYTES_LINE_BREAKS);
		// stringlib's splitlines starts from PyList_New(0) and appends; one line that is all of a bytes object is it.
		const slots = grownCapacity(lines.length, 0);
		if (lines.length === 1 && lines[0] === chars(self) && self instanceof PyBytes) return vm.list([vm.incref(self)], slots);
		return vm.list(lines.map((line) => madeFromText(vm, self, line)), slots);
	},
	partition: (vm, args, _kw, self) => {
		return partitioned(vm, self, args[0]!, strPartition(chars(self), latin1(bytesLike(vm, args[0]!))));
	},
	rpartition: (vm, args, _kw, self) => {
		return partitioned(vm, self, args[0]!, strRpartition(chars(self), latin1(bytesLike(vm, args[0]!))));
	},
	join: (vm, args, _kw, self) => {
		// stringlib's join takes PySequence_Fast(iterable, "can only join an iterable").
		const items = collectSequenceFast(vm, args[0]!, () => "can only join an iterable");
		try {
			const parts = items.map((item, i) => {
				const bytes = readBuffer(item, "contiguous");
				if (!bytes) return vm.raise("TypeError", `sequence item ${i}: expected a bytes-like object, ${item.typeName} found`);
				return latin1(bytes);
			});
			// stringlib's join: a lone exact bytes item is the result itself, whatever the separator.
			if (self instanceof PyBytes && items.length === 1 && items[0] instanceof PyBytes) return vm.incref(items[0]);
			return madeFromText(vm, self, parts.join(chars(self)));
		} finally {
			for (const item of items) vm.decref(item);
			releaseSequenceFast(vm, args[0]!);
		}
	},
	strip: (vm, args, _kw, self) => strip(vm, self, args[0], true, true),
	lstrip: (vm, args, _kw, self) => strip(vm, self, args[0], true, false),
	rstrip: (vm, args, _kw, self) => strip(vm, self, args[0], false, true),
	center: pad("center", (s, width, fill) => {
		const total = width - s.length;
		// bytes.center puts the odd byte on the left when the string's length is odd (stringlib's pad).
		const left = Math.floor(total / 2) + (total & width & 1);
		return fill.repeat(left) + s + fill.repeat(total - left);
	}),
	ljust: pad("ljust", (s, width, fill) => s + fill.repeat(width - s.length)),
	rjust: pad("rjust", (s, width, fill) => fill.repeat(width - s.length) + s),
	zfill: (vm, args, _kw, self) => {
		const width = ssize(vm, args[0]!);
		const s = chars(self);
		if (width <= s.length) return unchanged(vm, self);
		const signed = s[0] === "+" || s[0] === "-";
		return madeFromText(vm, self, (signed ? s[0] : "") + "0".repeat(width - s.length) + (signed ? s.slice(1) : s));
	},
	istitle: (vm, _a, _k, self) => vm.bool(isTitle(own(self))),
	expandtabs: (vm, args, kw, self) => {
		const size = args[0] ?? kw?.get("tabsize");
		return madeFromText(vm, self, strExpandtabs(chars(self), size ? cIntArgument(vm, size) : 8));
	},
	translate: (vm, args, kw, self) => {
		const table = args[0]!;
		const map = table === vm.None ? null : bytesLike(vm, table);
		if (map && map.length !== 256) vm.raise("ValueError", "translation table must be 256 characters long");
		const deleteArg = args[1] ?? kw?.get("delete");
		const deleted = new Set(deleteArg ? bytesLike(vm, deleteArg) : []);
		const out: number[] = [];
		for (const c of own(self)) if (!deleted.has(c)) out.push(map ? map[c]! : c);
		// bytes_translate_impl: a bytes object nothing changed is returned itself.
		if (out.length === own(self).length && out.every((c, i) => c === own(self)[i])) return unchanged(vm, self);
		return made(vm, self, Uint8Array.from(out));
	},
	removeprefix: (vm, args, _kw, self) => {
		const p = latin1(bytesLike(vm, args[0]!));
		const s = chars(self);
		return p && s.startsWith(p) ? madeFromText(vm, self, s.slice(p.length)) : unchanged(vm, self);
	},
	removesuffix: (vm, args, _kw, self) => {
		const p = latin1(bytesLike(vm, args[0]!));
		const s = chars(self);
		return p && s.endsWith(p) ? madeFromText(vm, self, s.slice(0, -p.length)) : unchanged(vm, self);
	},
};

/**
 * partition/rpartition's three parts: a bytes object gives the separator it was passed (or itself when there is
 * none); a bytearray gives new bytearrays throughout, having made one of the separator first.
 */
function partitioned(vm: VM, self: PyObject | null, sep: PyObject, parts: string[]): PyObject {
	const [before, middle, after] = parts as [string, string, string];
	if (self instanceof PyByteArray) return vm.tuple(parts.map((p) => madeFromText(vm, self, p)));
	if (middle !== "") return vm.tuple([madeFromText(vm, self, before), vm.incref(sep), madeFromText(vm, self, after)]);
	return vm.tuple([before === "" ? madeFromText(vm, self, "") : vm.incref(self!), madeFromText(vm, self, ""), after === "" ? madeFromText(vm, self, "") : vm.incref(self!)]);
}


/** bytes's methods, and bytearray's with its own (mutating) ones added. */
export function installBytesMethods(byteArrayMethods: Record<string, NativeImpl>): void {
	defineMethods(T.bytes, { ...BYTES_METHODS, __bytes__: bytesItself });
	defineMethods(T.bytearray, { ...BYTES_METHODS, ...byteArrayMethods });
	for (const cls of [T.bytes, T.bytearray]) {
		cls.dict.set("fromhex", globalShared(new PyDescriptor("classmethod", [nativeFunction("fromhex", fromhex)])));
		cls.dict.set("maketrans", staticBuiltin(cls, "maketrans", maketrans));
	}
}
