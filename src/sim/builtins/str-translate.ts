// str.maketrans and translate, format_map, and the str methods that are thin wrappers over src/sim/runtime's
// tested helpers: the find family with start/end, expandtabs, casefold, isascii, isprintable.
import { exactUnlessFormat } from "./str-methods";
import type { PyObject } from "../heap/object";
import { PyInt, PyStr, PyNone } from "../heap/values";
import { PyDict } from "../heap/containers";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { dictSet } from "../vm/dicts";
import { getItem } from "../vm/subscript";
import { strCount, strFind, strIndex, strRfind, strRindex } from "../runtime/strSearch";
import { strCasefold, strExpandtabs, strIsascii } from "../runtime/strCase";
import { strIsPrintable } from "../runtime/strRepr";
import { codePoints } from "../runtime/codepoints";
import { strFormatObject, type FieldLookup } from "./str-format-method";
import { defineMethods, staticBuiltin } from "./types";
import type { VM } from "../vm/vm";
import { optionalSliceIndex } from "../vm/slice-indices";
import { requireOneArgument, cIntArgument, passedTypeName } from "./arity";
import { raisedMatches, clearRaised } from "../vm/protocol";

const text = (self: PyObject | null) => (self as PyStr).value;
const MAX_CODE_POINT = 0x10ffff;
/** The label the trace shows on a value format_map looked up and is still formatting. */
const FORMAT_MAP_FIELD = "format_map field";

/** A start/end argument of the find family: None or an integer (negative counts from the end). */
const bound = optionalSliceIndex;

function search(name: string, fn: (s: string, sub: string, start: number | null, end: number | null) => number): NativeImpl {
	return (vm, args, _kw, self) => {
		if (args.length < 1 || args.length > 3) vm.raise("TypeError", `${name} expected ${args.length < 1 ? "at least 1 argument" : "at most 3 arguments"}, got ${args.length}`);
		// parse_args_finds reads start and end before the body looks at what to find.
		const start = bound(vm, args[1]);
		const end = bound(vm, args[2]);
		const sub = args[0]!;
		if (!(sub instanceof PyStr)) vm.raise("TypeError", `must be str, not ${sub.typeName}`);
		return vm.int(fn(text(self), (sub as PyStr).value, start, end));
	};
}

/** str.maketrans(x[, y[, z]]): the dict of code points translate() reads. */
const maketrans: NativeImpl = (vm, args) => {
	const [x, y, z] = args;
	if (!x || args.length > 3) return vm.raise("TypeError", `maketrans expected at ${x ? "most 3 arguments" : "least 1 argument"}, got ${args.length}`);
	const table = vm.dict();
	const put = (key: number, value: PyObject) => {
		const k = vm.int(key);
		dictSet(vm, table, k, value);
		vm.decref(k);
	};
	try {
		if (!y) {
			if (!(x instanceof PyDict)) vm.raise("TypeError", "if you give only one argument to maketrans it must be a dict");
			for (const { key, value } of (x as PyDict).entries.values()) {
				if (key instanceof PyStr) {
					const chars = codePoints(key.value);
					if (chars.length !== 1) vm.raise("ValueError", "string keys in translate table must be of length 1");
					put(chars[0]!.codePointAt(0)!, value);
				} else if (key instanceof PyInt) dictSet(vm, table, key, value);
				else vm.raise("TypeError", "keys in translate table must be strings or integers");
			}
			return table;
		}
		// Argument Clinic converts y and z to str before the body looks at x.
		if (!(y instanceof PyStr)) vm.raise("TypeError", `maketrans() argument 2 must be str, not ${passedTypeName(vm, y)}`);
		if (z && !(z instanceof PyStr)) vm.raise("TypeError", `maketrans() argument 3 must be str, not ${passedTypeName(vm, z)}`);
		if (!(x instanceof PyStr)) vm.raise("TypeError", "first maketrans argument must be a string if there is a second argument");
		const from = codePoints((x as PyStr).value);
		const to = codePoints((y as PyStr).value);
		if (from.length !== to.length) vm.raise("ValueError", "the first two maketrans arguments must have equal length");
		from.forEach((c, i) => {
			const target = vm.int(to[i]!.codePointAt(0)!);
			put(c.codePointAt(0)!, target);
			vm.decref(target);
		});
		if (z) for (const c of codePoints((z as PyStr).value)) put(c.codePointAt(0)!, vm.None);
		return table;
	} catch (e) {
		vm.decref(table);
		throw e;
	}
};

/** table[ord(c)] for translate, or null when the table has no entry (a LookupError leaves the character). */
function lookupMapping(vm: VM, table: PyObject, codePoint: number): PyObject | null {
	const key = vm.int(codePoint);
	try {
		return getItem(vm, table, key);
	} catch (e) {
		if (raisedMatches(vm, e, "LookupError")) {
			clearRaised(vm, e);
			return null;
		}
		throw e;
	} finally {
		vm.decref(key);
	}
}

const translate: NativeImpl = (vm, args, _kw, self) => {
	requireOneArgument(vm, "str.translate", args.length);
	let out = "";
	for (const char of codePoints(text(self))) {
		const mapped = lookupMapping(vm, args[0]!, char.codePointAt(0)!);
		if (mapped === null) {
			out += char;
			continue;
		}
		vm.decref(mapped);
		if (mapped instanceof PyNone) continue;
		if (mapped instanceof PyStr) out += mapped.value;
		else if (mapped instanceof PyInt) {
			const code = Number(mapped.value);
			if (code < 0 || code > MAX_CODE_POINT) vm.raise("ValueError", `character mapping must be in range(0x110000)`);
			out += String.fromCodePoint(code);
		} else vm.raise("TypeError", "character mapping must return integer, None or str");
	}
	return vm.str(out);
};

/** str.format_map(mapping): {name} fields are looked up with mapping[name] when they are formatted. */
const formatMap: NativeImpl = (vm, args, _kw, self) => {
	requireOneArgument(vm, "format_map", args.length);
	// The looked-up values stay referenced until the whole string is built, as format_map's field objects do.
	const fetched: PyObject[] = [];
	const lookup: FieldLookup = {
		get: (name) => {
			// The key's own label only: __missing__ may hand it to others (print's buffer) meanwhile.
			const key = vm.str(name);
			return vm.heap.whileOwned(key, "format_map key", () => {
				const value = getItem(vm, args[0]!, key);
				vm.heap.hold(value, FORMAT_MAP_FIELD);
				vm.decref(value);
				fetched.push(value);
				return value;
			});
		},
	};
	try {
		// build_string: a template without braces is written whole, and the writer returns that very object.
		return /[{}]/.test(text(self)) ? strFormatObject(vm, text(self), null, lookup) : vm.incref(self!);
	} finally {
		fetched.forEach((o) => vm.heap.release(o, FORMAT_MAP_FIELD));
	}
};

const STR_TRANSLATE_METHODS: Record<string, NativeImpl> = {
	find: search("find", strFind),
	rfind: search("rfind", strRfind),
	index: search("index", strIndex),
	rindex: search("rindex", strRindex),
	count: search("count", strCount),
	translate,
	format_map: formatMap,
	expandtabs: (vm, args, kw, self) => {
		const size = args[0] ?? kw?.get("tabsize");
		const tabsize = size ? cIntArgument(vm, size) : 8;
		// No tab: the str itself (unicode_result_unchanged).
		return text(self).includes("\t") ? vm.str(strExpandtabs(text(self), tabsize)) : vm.incref(self!);
	},
	casefold: (vm, _a, _k, self) => vm.newStr(strCasefold(text(self))),
	isascii: (vm, _a, _k, self) => vm.bool(strIsascii(text(self))),
	isprintable: (vm, _a, _k, self) => vm.bool(strIsPrintable(text(self))),
};

export function installStrTranslateMethods(): void {
	defineMethods(T.str, Object.fromEntries(Object.entries(STR_TRANSLATE_METHODS).map(([name, impl]) => [name, exactUnlessFormat(name, impl)])));
	T.str.dict.set("maketrans", staticBuiltin(T.str, "maketrans", maketrans));
}
