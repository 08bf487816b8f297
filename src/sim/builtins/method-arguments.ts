// How many positional arguments the methods of the core builtin types take, and which keywords: CPython's
// TypeError when a call does not fit, worded as each method's C parser words it (METH_NOARGS, METH_O,
// _PyArg_CheckPositional, stringlib's "takes at least"), checked before the method runs. The table was read
// off python3 3.11 by calling each method with no arguments and with twenty.
import type { PyClass } from "../heap/classes";
import { VARARGS_IMPLS, calledWithTuple, isCalledWithTuple, type NativeImpl } from "../heap/callables";
import { CLINIC_METHODS, useKeywordParser } from "./keyword-parsers";
import { forBytesTypes, givenTwice, METHOD_KEYWORDS, missingRequired } from "./method-keywords";
import { notNoArguments, notOneArgument } from "./arity";
import { VARARGS_CALL, withPackedArguments } from "../vm/packed-arguments";
import { tpName } from "./module-type-constructors";

/** The message for `given` positional arguments (and `keywords` named ones) to `owner.name`, or null when they fit. */
type MethodArity = (owner: string, name: string, given: number, keywords: number) => string | null;

const plural = (n: number) => (n === 1 ? "" : "s");

const NO_ARGS: MethodArity = (owner, name, given) => notNoArguments(`${owner}.${name}`, given);
const ONE_ARG: MethodArity = (owner, name, given) => notOneArgument(`${owner}.${name}`, given);

/** _PyArg_CheckPositional. */
function positional(min: number, max: number): MethodArity {
	return (_owner, name, given) => {
		if (given < min) return `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${given}`;
		if (given > max) return `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${given}`;
		return null;
	};
}

/** stringlib's argument parsing and Argument Clinic with keywords. */
function takes(min: number, max: number): MethodArity {
	return (_owner, name, given, keywords) => {
		if (given < min) return `${name}() takes at least ${min} argument${plural(min)} (${given} given)`;
		// A keyword parser counts the named arguments too.
		if (given + keywords > max) return `${name}() takes at most ${max} argument${plural(max)} (${given + keywords} given)`;
		return null;
	};
}

/** Argument Clinic's wording when its first parameter is positional-only ("takes at least 1 positional argument"). */
function takesPositional(min: number, max: number): MethodArity {
	return (owner, name, given, keywords) =>
		given < min ? `${name}() takes at least ${min} positional argument${plural(min)} (${given} given)` : takes(min, max)(owner, name, given, keywords);
}

const METHOD_ARITY: Readonly<Record<string, MethodArity>> = {
	"mappingproxy.keys": NO_ARGS,
	"mappingproxy.values": NO_ARGS,
	"mappingproxy.items": NO_ARGS,
	"mappingproxy.copy": NO_ARGS,
	"mappingproxy.__reversed__": NO_ARGS,
	"list.__reversed__": NO_ARGS,
	"dict.__reversed__": NO_ARGS,
	"tuple.__getnewargs__": NO_ARGS,
	"str.__getnewargs__": NO_ARGS,
	"bytes.__getnewargs__": NO_ARGS,
	"int.__getnewargs__": NO_ARGS,
	"float.__getnewargs__": NO_ARGS,
	"mappingproxy.get": positional(1, 2),
	"str.capitalize": NO_ARGS,
	"str.casefold": NO_ARGS,
	"str.center": positional(1, 2),
	"str.count": takes(1, 3),
	"str.encode": takes(0, 2),
	"str.endswith": takes(1, 3),
	"str.expandtabs": takes(0, 1),
	"str.find": takes(1, 3),
	"str.format_map": ONE_ARG,
	"str.index": takes(1, 3),
	"str.isalnum": NO_ARGS,
	"str.isalpha": NO_ARGS,
	"str.isascii": NO_ARGS,
	"str.isdecimal": NO_ARGS,
	"str.isdigit": NO_ARGS,
	"str.isidentifier": NO_ARGS,
	"str.islower": NO_ARGS,
	"str.isnumeric": NO_ARGS,
	"str.isprintable": NO_ARGS,
	"str.isspace": NO_ARGS,
	"str.istitle": NO_ARGS,
	"str.isupper": NO_ARGS,
	"str.join": ONE_ARG,
	"str.ljust": positional(1, 2),
	"str.lower": NO_ARGS,
	"str.lstrip": positional(0, 1),
	"str.partition": ONE_ARG,
	"str.removeprefix": ONE_ARG,
	"str.removesuffix": ONE_ARG,
	"str.replace": positional(2, 3),
	"str.rfind": takes(1, 3),
	"str.rindex": takes(1, 3),
	"str.rjust": positional(1, 2),
	"str.rpartition": ONE_ARG,
	"str.rsplit": takes(0, 2),
	"str.rstrip": positional(0, 1),
	"str.split": takes(0, 2),
	"str.splitlines": takes(0, 1),
	"str.startswith": takes(1, 3),
	"str.strip": positional(0, 1),
	"str.swapcase": NO_ARGS,
	"str.title": NO_ARGS,
	"str.translate": ONE_ARG,
	"str.upper": NO_ARGS,
	"str.zfill": ONE_ARG,
	"list.append": ONE_ARG,
	"list.clear": NO_ARGS,
	"list.copy": NO_ARGS,
	"list.count": ONE_ARG,
	"list.extend": ONE_ARG,
	"list.index": positional(1, 3),
	"list.insert": positional(2, 2),
	"list.pop": positional(0, 1),
	"list.remove": ONE_ARG,
	"list.reverse": NO_ARGS,
	// sort(*, key=None, reverse=False): clinic counts every argument against its two parameters first.
	"list.sort": (_owner, name, given, keywords) => {
		if (given + keywords > 2) return `${name}() takes at most 2 arguments (${given + keywords} given)`;
		return given === 0 ? null : `${name}() takes no positional arguments`;
	},
	"dict.clear": NO_ARGS,
	"dict.copy": NO_ARGS,
	"dict.get": positional(1, 2),
	"dict.items": NO_ARGS,
	"dict.keys": NO_ARGS,
	"dict.pop": positional(1, 2),
	"dict.popitem": NO_ARGS,
	"dict.setdefault": positional(1, 2),
	"dict.update": positional(0, 1),
	"dict.values": NO_ARGS,
	"set.add": ONE_ARG,
	"set.clear": NO_ARGS,
	"set.copy": NO_ARGS,
	"set.discard": ONE_ARG,
	"set.isdisjoint": ONE_ARG,
	"set.issubset": ONE_ARG,
	"set.issuperset": ONE_ARG,
	"set.pop": NO_ARGS,
	"set.remove": ONE_ARG,
	"set.symmetric_difference": ONE_ARG,
	"set.symmetric_difference_update": ONE_ARG,
	"tuple.count": ONE_ARG,
	"tuple.index": positional(1, 3),
	"int.as_integer_ratio": NO_ARGS,
	"int.bit_count": NO_ARGS,
	"int.bit_length": NO_ARGS,
	"int.conjugate": NO_ARGS,
	"complex.conjugate": NO_ARGS,
	"dict_keys.isdisjoint": ONE_ARG,
	"dict_items.isdisjoint": ONE_ARG,
	"generator.send": ONE_ARG,
	"generator.close": NO_ARGS,
	"generator.throw": positional(1, 3),
	"float.as_integer_ratio": NO_ARGS,
	"float.conjugate": NO_ARGS,
	"float.hex": NO_ARGS,
	"float.is_integer": NO_ARGS,
	"frozenset.copy": NO_ARGS,
	"frozenset.isdisjoint": ONE_ARG,
	"frozenset.issubset": ONE_ARG,
	"frozenset.issuperset": ONE_ARG,
	"frozenset.symmetric_difference": ONE_ARG,
	"range.count": ONE_ARG,
	"range.index": ONE_ARG,
	"slice.indices": ONE_ARG,
	...forBytesTypes({
		capitalize: NO_ARGS, isalnum: NO_ARGS, isalpha: NO_ARGS, isascii: NO_ARGS, isdigit: NO_ARGS, islower: NO_ARGS,
		isspace: NO_ARGS, istitle: NO_ARGS, isupper: NO_ARGS, lower: NO_ARGS, swapcase: NO_ARGS, title: NO_ARGS, upper: NO_ARGS,
		center: positional(1, 2), ljust: positional(1, 2), rjust: positional(1, 2), replace: positional(2, 3),
		strip: positional(0, 1), lstrip: positional(0, 1), rstrip: positional(0, 1),
		count: takes(1, 3), find: takes(1, 3), rfind: takes(1, 3), index: takes(1, 3), rindex: takes(1, 3),
		startswith: takes(1, 3), endswith: takes(1, 3), decode: takes(0, 2), hex: takes(0, 2), split: takes(0, 2),
		rsplit: takes(0, 2), splitlines: takes(0, 1), expandtabs: takes(0, 1), translate: takesPositional(1, 2),
		join: ONE_ARG, partition: ONE_ARG, rpartition: ONE_ARG, removeprefix: ONE_ARG, removesuffix: ONE_ARG, zfill: ONE_ARG,
	}),
	"bytearray.append": ONE_ARG,
	"bytearray.extend": ONE_ARG,
	"bytearray.remove": ONE_ARG,
	"bytearray.insert": positional(2, 2),
	"bytearray.pop": positional(0, 1),
	"bytearray.clear": NO_ARGS,
	"bytearray.copy": NO_ARGS,
	"bytearray.reverse": NO_ARGS,
	"bytearray.__alloc__": NO_ARGS,
	"bytes.__bytes__": NO_ARGS,
	...Object.fromEntries(["append", "appendleft", "extend", "extendleft", "count", "remove"].map((name) => [`deque.${name}`, ONE_ARG])),
	...Object.fromEntries(["pop", "popleft", "clear", "copy", "__copy__", "reverse", "__reversed__"].map((name) => [`deque.${name}`, NO_ARGS])),
	"deque.index": takes(1, 3),
	"deque.insert": (_owner, name, given) => (given === 2 ? null : `${name}() takes exactly 2 arguments (${given} given)`),
	"deque.rotate": (owner, name, given) => (given > 1 ? `${owner}.${name} expected at most 1 argument, got ${given}` : null),
	"OrderedDict.popitem": takes(0, 1),
	"OrderedDict.move_to_end": takes(0, 2),
	"OrderedDict.pop": takes(0, 2),
	"OrderedDict.setdefault": takes(0, 2),
	"OrderedDict.copy": NO_ARGS,
	"OrderedDict.__copy__": NO_ARGS,
	"OrderedDict.clear": NO_ARGS,
	"OrderedDict.keys": NO_ARGS,
	"OrderedDict.values": NO_ARGS,
	"OrderedDict.items": NO_ARGS,
	"OrderedDict.__reversed__": NO_ARGS,
	"defaultdict.copy": NO_ARGS,
	"defaultdict.__copy__": NO_ARGS,
	"defaultdict.__missing__": ONE_ARG,
	...Object.fromEntries(["append", "remove", "count", "frombytes", "fromlist", "fromunicode", "__deepcopy__"].map((name) => [`array.${name}`, ONE_ARG])),
	...Object.fromEntries(["reverse", "tolist", "tobytes", "tounicode", "byteswap", "buffer_info", "__copy__"].map((name) => [`array.${name}`, NO_ARGS])),
	"array.pop": positional(0, 1),
	"array.insert": positional(2, 2),
	"array.index": positional(1, 3),
};

/** The core types whose methods are checked; methods of other builtin types check their own arguments. */
const CHECKED_TYPES = new Set(["mappingproxy", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "int", "float", "complex", "range", "slice", "deque", "defaultdict", "OrderedDict", "array", "dict_keys", "dict_items", "generator"]);

/**
 * Methods that are METH_VARARGS in 3.11 (method_vectorcall_VARARGS): a call packs its arguments in a new tuple
 * once the receiver and keywords are checked, before the method counts them. dict.update and str.format pack
 * theirs themselves (with their keywords).
 */
const VARARGS_METHODS = new Set([
	...["count", "find", "index", "rfind", "rindex", "startswith", "endswith"].flatMap((name) => [`str.${name}`, `bytes.${name}`, `bytearray.${name}`]),
	...["union", "intersection", "difference"].flatMap((name) => [`set.${name}`, `frozenset.${name}`]),
	"set.update",
	"set.intersection_update",
	"set.difference_update",
]);

/** `impl` with its receiver's type, the method's keywords and argument count checked first, for the core types' methods. */
export function checkingMethodArguments(cls: PyClass, name: string, impl: NativeImpl): NativeImpl {
	if (!CHECKED_TYPES.has(cls.name)) return impl;
	const key = `${cls.name}.${name}`;
	const accepted = METHOD_KEYWORDS[key];
	const arity = METHOD_ARITY[key];
	const parser = accepted && CLINIC_METHODS.has(key) ? accepted : null;
	const packs = VARARGS_METHODS.has(key);
	const checked: NativeImpl = (vm, args, kw, self) => {
		// method_vectorcall's descr_check, for a method called unbound (`list.append(1, 2)`).
		if (self && !self.cls.isSubclassOf(cls)) vm.raise("TypeError", `descriptor '${name}' for '${tpName(cls)}' objects doesn't apply to a '${self.typeName}' object`);
		const problem = arity?.(cls.name, name, args.length, accepted ? (kw?.size ?? 0) : 0) ?? null;
		// The parser is made before it reads the keywords or counts the arguments.
		if (parser && (kw?.size || problem !== null)) useKeywordParser(vm, key, parser);
		if (kw !== null && kw.size > 0 && accepted !== null) {
			// METH_O, METH_NOARGS and positional-only parsers: _PyArg_NoKeywords.
			if (accepted === undefined) return vm.raise("TypeError", `${cls.name}.${name}() takes no keyword arguments`);
			// A keyword parser counts the arguments before it looks at their names.
			const unknown = [...kw.keys()].find((keyword) => !accepted.includes(keyword));
			const twice = problem === null ? givenTwice(key, name, accepted, args.length, kw) : null;
			if (unknown !== undefined || twice !== null) {
				vm.raise("TypeError", problem ?? missingRequired(key, name, accepted, args.length, kw) ?? twice ?? `'${unknown}' is an invalid keyword argument for ${name}()`);
			}
		}
		const run = () => {
			if (problem !== null) vm.raise("TypeError", problem);
			return impl(vm, args, kw, self);
		};
		return packs ? withPackedArguments(vm, args, null, run, VARARGS_CALL) : run();
	};
	if (packs) VARARGS_IMPLS.add(checked);
	else if (isCalledWithTuple(impl)) calledWithTuple(checked);
	return checked;
}
