// Methods of str; splitting is str-splitting.ts's, str.format str-format-method.ts's.
import { collectSequenceFast, releaseSequenceFast } from "../vm/sequence-fast";
import type { PyObject } from "../heap/object";
import { PyStr } from "../heap/values";
import { PyTuple } from "../heap/containers";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { optionalSliceIndex } from "../vm/slice-indices";
import { strEndsWith, strRsplit, strStartsWith } from "../runtime/strSearch";
import { withPackedArguments, type PackedLabels } from "../vm/instantiate";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";
import { isScalarInstance } from "../heap/scalar-instances";
import { checkPositional, cIntArgument, passedTypeName } from "./arity";
import { ssize } from "../vm/ssize";
import { splitWhitespace, rsplitWhitespace, splitList, grownList, splitLines, separatorCannotOccur } from "./str-splitting";
import { strFormatObject } from "./str-format-method";
import { encodeStr } from "./bytes-construct";
import { calledWithTuple } from "../heap/callables";
import { pyLen } from "../runtime/codepoints";
import {
	strCapitalize,
	strCenter,
	strIsalnum,
	strIsalpha,
	strIsdecimal,
	strIsdigit,
	strIsidentifier,
	strIslower,
	strIsnumeric,
	strIsspace,
	strIstitle,
	strIsupper,
	strLjust,
	strRjust,
	strStrip,
	strLstrip,
	strRstrip,
	strSwapcase,
	strTitle,
	strZfill,
} from "../runtime/strCase";

const text = (self: PyObject | null) => (self as PyStr).value;

/**
 * unicode_result_unchanged: a method that leaves an exact str as it was returns that str itself (strip,
 * the padding methods, removeprefix...), so `s.strip() is s` when nothing was stripped.
 */
export function unchangedOrNew(vm: VM, self: PyObject | null, result: string): PyObject {
	return result === text(self) ? vm.incref(self!) : vm.str(result);
}

/** A str argument, or CPython's TypeError naming the type it got (Argument Clinic says "None" for None). */
function strArgument(vm: VM, o: PyObject, message: (got: string) => string): string {
	if (o instanceof PyStr) return o.value;
	return vm.raise("TypeError", message(passedTypeName(vm, o)));
}

/** The fill character of center/ljust/rjust (Argument Clinic's "C" converter). */
function fillCharacter(vm: VM, o: PyObject | undefined): string {
	if (!o) return " ";
	if (!(o instanceof PyStr)) return vm.raise("TypeError", `The fill character must be a unicode character, not ${o.typeName}`);
	if (pyLen(o.value) !== 1) vm.raise("TypeError", "The fill character must be exactly one character long");
	return o.value;
}

/** split's and rsplit's sep: None or a str. */
function separator(vm: VM, o: PyObject | undefined): string | null {
	if (!o || o === vm.None) return null;
	if (!(o instanceof PyStr)) return vm.raise("TypeError", `must be str or None, not ${o.typeName}`);
	return o.value;
}

function argStr(vm: VM, o: PyObject | undefined, fn: string): string | null {
	if (!o || o === vm.None) return null;
	if (!(o instanceof PyStr)) vm.raise("TypeError", `${fn} arg must be None or str`);
	return (o).value;
}

/** A str.isX() method from its unicodeobject.c twin in runtime/strCase.ts (false for the empty string there). */
function predicate(test: (s: string) => boolean): NativeImpl {
	return (vm, _a, _k, self) => vm.bool(test(text(self)));
}

function insertBetweenCharacters(s: string, insert: string, count: number): string {
	const chars = Array.from(s);
	const places = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
	let out = "";
	for (let i = 0; i < chars.length; i++) out += (i < places ? insert : "") + chars[i];
	return places > chars.length ? out + insert : out;
}

const STR_FORMAT_CALL: PackedLabels = { args: "call arguments (str.format)", kwargs: "keyword arguments (str.format)" };

/** unicode_startswith/unicode_endswith: a str or a tuple of str, then optional start and end (tailmatch). */
function tailMatchMethod(name: string, match: (s: string, affix: string, start: number | null, end: number | null) => boolean): NativeImpl {
	return (vm, args, _kw, self) => {
		if (args.length < 1) vm.raise("TypeError", `${name}() takes at least 1 argument (0 given)`);
		if (args.length > 3) vm.raise("TypeError", `${name}() takes at most 3 arguments (${args.length} given)`);
		const start = optionalSliceIndex(vm, args[1]);
		const end = optionalSliceIndex(vm, args[2]);
		const affix = args[0]!;
		if (affix instanceof PyTuple) {
			return vm.bool(
				affix.items.some((item) => {
					if (!(item instanceof PyStr)) vm.raise("TypeError", `tuple for ${name} must only contain str, not ${item.typeName}`);
					return match(text(self), (item as PyStr).value, start, end);
				}),
			);
		}
		if (!(affix instanceof PyStr)) return vm.raise("TypeError", `${name} first arg must be str or a tuple of str, not ${affix.typeName}`);
		return vm.bool(match(text(self), affix.value, start, end));
	};
}

const STR_METHODS: Record<string, NativeImpl> = {
	join: (vm, args, _kw, self) => {
		const items = collectSequenceFast(vm, args[0]!, () => "can only join an iterable");
		try {
			// PyUnicode_Join: a lone exact str item is the result itself, whatever the separator.
			if (items.length === 1 && items[0] instanceof PyStr && !isScalarInstance(items[0])) return vm.incref(items[0]);
			return vm.str(
				items
					.map((x, i) => {
						if (!(x instanceof PyStr)) vm.raise("TypeError", `sequence item ${i}: expected str instance, ${x.typeName} found`);
						return (x as PyStr).value;
					})
					.join(text(self)),
			);
		} finally {
			items.forEach((x) => vm.decref(x));
			releaseSequenceFast(vm, args[0]!);
		}
	},
	split: (vm, args, kw, self) => {
		// Argument Clinic converts maxsplit before the body reads sep.
		const maxObj = args[1] ?? kw?.get("maxsplit");
		const max = maxObj ? ssize(vm, maxObj) : -1;
		const sep = separator(vm, args[0] ?? kw?.get("sep"));
		// Without a separator a maxsplit of 0 copies what follows the leading whitespace.
		if (sep === null) return splitList(vm, splitWhitespace(text(self), max), max, max === 0 ? null : self);
		if (sep === "") vm.raise("ValueError", "empty separator");
		if (separatorCannotOccur(text(self), sep)) return vm.list([vm.incref(self!)]);
		const parts = text(self).split(sep);
		if (max >= 0 && parts.length > max + 1) parts.splice(max, parts.length - max, parts.slice(max).join(sep));
		return splitList(vm, parts, max, self);
	},
	rsplit: (vm, args, kw, self) => {
		const maxObj = args[1] ?? kw?.get("maxsplit");
		const max = maxObj ? ssize(vm, maxObj) : -1;
		const sep = separator(vm, args[0] ?? kw?.get("sep"));
		if (sep === null) return splitList(vm, max < 0 ? splitWhitespace(text(self), max) : rsplitWhitespace(text(self), max), max, max === 0 ? null : self);
		if (sep === "") vm.raise("ValueError", "empty separator");
		if (separatorCannotOccur(text(self), sep)) return vm.list([vm.incref(self!)]);
		return splitList(vm, strRsplit(text(self), sep, max), max, self);
	},
	splitlines: (vm, args, kw, self) => {
		const keepends = args[0] ?? kw?.get("keepends");
		// splitlines() starts from an empty list and appends each line.
		// The "p" converter of 3.11's clinic takes an int (a bool is one) only.
		return grownList(vm, splitLines(text(self), keepends ? cIntArgument(vm, keepends) !== 0 : false), 0, self);
	},
	strip: (vm, args, _kw, self) => unchangedOrNew(vm, self, strStrip(text(self), argStr(vm, args[0], "strip"))),
	lstrip: (vm, args, _kw, self) => unchangedOrNew(vm, self, strLstrip(text(self), argStr(vm, args[0], "lstrip"))),
	rstrip: (vm, args, _kw, self) => unchangedOrNew(vm, self, strRstrip(text(self), argStr(vm, args[0], "rstrip"))),
	upper: (vm, _a, _k, self) => vm.newStr(text(self).toUpperCase()),
	lower: (vm, _a, _k, self) => vm.newStr(text(self).toLowerCase()),
	swapcase: (vm, _a, _k, self) => vm.newStr(strSwapcase(text(self))),
	capitalize: (vm, _a, _k, self) => vm.newStr(strCapitalize(text(self))),
	title: (vm, _a, _k, self) => vm.newStr(strTitle(text(self))),
	replace: (vm, args, _kw, self) => {
		checkPositional(vm, "replace", args, 2, 3);
		const old = strArgument(vm, args[0]!, (got) => `replace() argument 1 must be str, not ${got}`);
		strArgument(vm, args[1]!, (got) => `replace() argument 2 must be str, not ${got}`);
		const count = args[2] ? vm.intValue(args[2]) : -1;
		// replace() returns the str itself when there is nothing to do: no count, old is new, old not found.
		if (count === 0 || args[0] === args[1] || (old !== "" && !text(self).includes(old))) return vm.incref(self!);
		// An empty str matches before every character and at the end: the replacement goes there (count times).
		// replace() fills a new str (PyUnicode_New), so a one-character result is not the shared singleton.
		if (old === "") return vm.newStr(insertBetweenCharacters(text(self), vm.strValue(args[1]!), count));
		const parts = text(self).split(old);
		if (count < 0 || parts.length - 1 <= count) return vm.newStr(parts.join(vm.strValue(args[1]!)));
		return vm.newStr(parts.slice(0, count + 1).join(vm.strValue(args[1]!)) + old + parts.slice(count + 1).join(old));
	},
	startswith: tailMatchMethod("startswith", strStartsWith),
	endswith: tailMatchMethod("endswith", strEndsWith),
	// METH_VARARGS | METH_KEYWORDS: the arguments are packed in a new tuple and dict for the call.
	// build_string: a template without braces is written whole, and the writer returns that very object.
	format: calledWithTuple((vm, args, kw, self) => withPackedArguments(vm, args, kw, () => (/[{}]/.test(text(self)) ? strFormatObject(vm, text(self), args, kw) : vm.incref(self!)), STR_FORMAT_CALL)),
	isdigit: predicate(strIsdigit),
	isnumeric: predicate(strIsnumeric),
	isdecimal: predicate(strIsdecimal),
	isalpha: predicate(strIsalpha),
	isalnum: predicate(strIsalnum),
	isspace: predicate(strIsspace),
	isupper: predicate(strIsupper),
	islower: predicate(strIslower),
	isidentifier: predicate(strIsidentifier),
	center: (vm, args, _kw, self) => unchangedOrNew(vm, self, strCenter(text(self), ssize(vm, args[0]!), fillCharacter(vm, args[1]))),
	ljust: (vm, args, _kw, self) => unchangedOrNew(vm, self, strLjust(text(self), ssize(vm, args[0]!), fillCharacter(vm, args[1]))),
	rjust: (vm, args, _kw, self) => unchangedOrNew(vm, self, strRjust(text(self), ssize(vm, args[0]!), fillCharacter(vm, args[1]))),
	zfill: (vm, args, _kw, self) => unchangedOrNew(vm, self, strZfill(text(self), ssize(vm, args[0]!))),
	partition: (vm, args, _kw, self) => {
		const sep = strArgument(vm, args[0]!, (got) => `must be str, not ${got === "None" ? "NoneType" : got}`);
		if (sep === "") vm.raise("ValueError", "empty separator");
		const s = text(self);
		const i = s.indexOf(sep);
		// The str itself when sep is missing, else the sep object between the two new parts.
		if (i < 0) return vm.tuple([vm.incref(self!), vm.str(""), vm.str("")]);
		return vm.tuple([vm.str(s.slice(0, i)), vm.incref(args[0]!), vm.str(s.slice(i + sep.length))]);
	},
	rpartition: (vm, args, _kw, self) => {
		const sep = strArgument(vm, args[0]!, (got) => `must be str, not ${got === "None" ? "NoneType" : got}`);
		if (sep === "") vm.raise("ValueError", "empty separator");
		const s = text(self);
		const i = s.lastIndexOf(sep);
		if (i < 0) return vm.tuple([vm.str(""), vm.str(""), vm.incref(self!)]);
		return vm.tuple([vm.str(s.slice(0, i)), vm.incref(args[0]!), vm.str(s.slice(i + sep.length))]);
	},
	removeprefix: (vm, args, _kw, self) => {
		const p = strArgument(vm, args[0]!, (got) => `removeprefix() argument must be str, not ${got}`);
		return unchangedOrNew(vm, self, p && text(self).startsWith(p) ? text(self).slice(p.length) : text(self));
	},
	removesuffix: (vm, args, _kw, self) => {
		const p = strArgument(vm, args[0]!, (got) => `removesuffix() argument must be str, not ${got}`);
		return unchangedOrNew(vm, self, p && text(self).endsWith(p) ? text(self).slice(0, -p.length) : text(self));
	},
	istitle: predicate(strIstitle),
	encode: (vm, args, kw, self) => {
		checkPositional(vm, "encode", args, 0, 2);
		return encodeStr(vm, text(self), args[0] ?? kw?.get("encoding"), args[1] ?? kw?.get("errors"));
	},
};

/**
 * unicode_result_unchanged copies a str subclass's instance to an exact str where it would return an exact
 * str itself; str.format's writer keeps the template object itself (a subclass's instance too) when the
 * template is one literal.
 */
export function exactUnlessFormat(name: string, impl: NativeImpl): NativeImpl {
	if (name === "format" || name === "format_map") return impl;
	return (vm, args, kw, self) => {
		const result = impl(vm, args, kw, self);
		if (result !== self || !isScalarInstance(result)) return result;
		vm.decref(result);
		return vm.str((result as PyStr).value);
	};
}

export function installStrMethods(): void {
	defineMethods(T.str, Object.fromEntries(Object.entries(STR_METHODS).map(([name, impl]) => [name, exactUnlessFormat(name, impl)])));
}
