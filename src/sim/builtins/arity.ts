// How many positional arguments each builtin function and type takes, and CPython 3.11's TypeError when a
// call passes too few or too many. The wording follows how the builtin parses its arguments in C, so it
// differs from one builtin to the next: METH_O functions ("len() takes exactly one argument (0 given)"),
// _PyArg_CheckPositional ("getattr expected at least 2 arguments, got 1"), Argument Clinic with keywords
// ("pow() missing required argument 'exp' (pos 2)") and a few hand-written checks.
import type { VM } from "../vm/vm";
import type { PyObject } from "../heap/object";
import { INT_MAX, INT_MIN, SSIZE_MAX, SSIZE_MIN } from "../runtime/c-limits";

/** The message for a call with `given` positional arguments (and these keyword names), or null when it fits. */
export type ArityCheck = (name: string, given: number, keywords: ReadonlyMap<string, unknown> | null) => string | null;

const plural = (n: number) => (n === 1 ? "" : "s");

/** A builtin that takes no keywords says so before it counts its arguments. */
function noKeywords(check: ArityCheck): ArityCheck {
	return (name, given, keywords) => (keywords?.size ? `${name}() takes no keyword arguments` : check(name, given, keywords));
}

/** METH_O's complaint (_PyCFunction_Vectorcall_O) unless `given` is one; `name` as the function calls itself ("list.append"). */
export function notOneArgument(name: string, given: number): string | null {
	return given === 1 ? null : `${name}() takes exactly one argument (${given} given)`;
}

/** METH_NOARGS's complaint (_PyCFunction_Vectorcall_NOARGS) unless `given` is none. */
export function notNoArguments(name: string, given: number): string | null {
	return given === 0 ? null : `${name}() takes no arguments (${given} given)`;
}

/** METH_O. */
const exactlyOne: ArityCheck = noKeywords(notOneArgument);

/** METH_NOARGS. */
const noArguments: ArityCheck = noKeywords(notNoArguments);

/** A METH_O function's check: TypeError unless it was given exactly one argument (and, when `keywords` are passed, none of those). */
export function requireOneArgument(vm: VM, name: string, given: number, keywords: ReadonlyMap<string, unknown> | null = null): void {
	const problem = exactlyOne(name, given, keywords);
	if (problem !== null) vm.raise("TypeError", problem);
}

/** A METH_NOARGS function's check: TypeError if it was given any argument (keywords first, when passed). */
export function requireNoArguments(vm: VM, name: string, given: number, keywords: ReadonlyMap<string, unknown> | null = null): void {
	const problem = noArguments(name, given, keywords);
	if (problem !== null) vm.raise("TypeError", problem);
}

/** _PyArg_CheckPositional(name, nargs, min, max). */
function positional(min: number, max = min): ArityCheck {
	return (name, given) => {
		if (given < min) return `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${given}`;
		if (given > max) return `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${given}`;
		return null;
	};
}

/** Argument Clinic with keyword parameters: each required one is missing unless passed by position or name. */
function parameters(names: readonly string[], required: number, { numbered = true } = {}): ArityCheck {
	return (name, given, keywords) => {
		if (given > names.length) return `${name}() takes at most ${names.length} argument${plural(names.length)} (${given} given)`;
		for (let i = given; i < required; i++) {
			if (!keywords?.has(names[i]!)) return `${name}() missing required argument '${names[i]}'${numbered ? ` (pos ${i + 1})` : ""}`;
		}
		return null;
	};
}

/**
 * enumerate_vectorcall parses its arguments by hand: two of them must be the iterable and `start` (named so if
 * given by keyword), one the iterable; any other count is refused by the number given positionally.
 */
function enumerateArity(name: string, given: number, keywords: ReadonlyMap<string, unknown> | null): string | null {
	const names = [...(keywords?.keys() ?? [])];
	const total = given + names.length;
	const refused = (expected: string, i: number) => (names[i] === expected ? null : `'${names[i]}' is an invalid keyword argument for ${name}()`);
	if (total === 2) {
		if (names.length === 1) return refused("start", 0);
		if (names.length === 2) return names[0] === "start" ? refused("iterable", 1) : (refused("iterable", 0) ?? refused("start", 1));
		return null;
	}
	if (total === 1) return names.length === 1 ? refused("iterable", 0) : null;
	if (given === 0) return `${name}() missing required argument 'iterable'`;
	return `${name}() takes at most 2 arguments (${total} given)`;
}

/** A builtin that parses these keyword names (PyArg_ParseTupleAndKeywords): any other is refused after `check`. */
function keywords(allowed: readonly string[], check: ArityCheck): ArityCheck {
	return (name, given, kw) => check(name, given, kw) ?? unexpectedKeyword(name, allowed, kw);
}

/**
 * A builtin whose parser (vgetargskeywords, _PyArg_UnpackKeywords) counts every argument against its `total`
 * parameters before it reads a keyword name: "max() takes at most 2 keyword arguments (3 given)". With
 * `positionalParsed` the positional arguments go through that parser too, so it counts them first, before `check`;
 * without (min, max and zip parse their keywords against an empty tuple), `check` runs first and counts keywords only.
 */
function countedKeywords(allowed: readonly string[], total: number, positionalParsed: boolean, check: ArityCheck): ArityCheck {
	const tooMany: ArityCheck = (name, given, kw) => {
		const nargs = positionalParsed ? given : 0;
		const count = nargs + (kw?.size ?? 0);
		return count > total ? `${name}() takes at most ${total} ${nargs === 0 ? "keyword " : ""}argument${plural(total)} (${count} given)` : null;
	};
	const first = positionalParsed ? tooMany : check;
	const second = positionalParsed ? check : tooMany;
	return keywords(allowed, (name, given, kw) => first(name, given, kw) ?? second(name, given, kw));
}

/** CPython's TypeError for the first keyword of `kw` that is not among `allowed`, or null. */
export function unexpectedKeyword(name: string, allowed: readonly string[], kw: ReadonlyMap<string, unknown> | null): string | null {
	for (const keyword of kw?.keys() ?? []) if (!allowed.includes(keyword)) return `'${keyword}' is an invalid keyword argument for ${name}()`;
	return null;
}

function atMost(max: number): ArityCheck {
	return (name, given) => (given > max ? `${name}() takes at most ${max} argument${plural(max)} (${given} given)` : null);
}

const IMPORT_PARAMETERS = ["name", "globals", "locals", "fromlist", "level"];
export const PRINT_KEYWORDS = ["sep", "end", "file", "flush"];
const SUM_KEYWORDS = ["start"];

export const BUILTIN_ARITY: Readonly<Record<string, ArityCheck>> = {
	len: exactlyOne,
	repr: exactlyOne,
	ascii: exactlyOne,
	id: exactlyOne,
	hash: exactlyOne,
	callable: exactlyOne,
	chr: exactlyOne,
	ord: exactlyOne,
	abs: exactlyOne,
	hex: exactlyOne,
	oct: exactlyOne,
	bin: exactlyOne,
	any: exactlyOne,
	all: exactlyOne,
	globals: noArguments,
	locals: noArguments,
	format: noKeywords(positional(1, 2)),
	isinstance: noKeywords(positional(2)),
	issubclass: noKeywords(positional(2)),
	getattr: noKeywords(positional(2, 3)),
	setattr: noKeywords(positional(3)),
	delattr: noKeywords(positional(2)),
	hasattr: noKeywords(positional(2)),
	vars: noKeywords(positional(0, 1)),
	dir: noKeywords(positional(0, 1)),
	divmod: noKeywords(positional(2)),
	iter: noKeywords(positional(1, 2)),
	next: noKeywords(positional(1, 2)),
	filter: noKeywords(positional(2)),
	reversed: noKeywords(positional(1)),
	sorted: positional(1),
	min: countedKeywords(["key", "default"], 2, false, positional(1, Infinity)),
	max: countedKeywords(["key", "default"], 2, false, positional(1, Infinity)),
	zip: countedKeywords(["strict"], 1, false, () => null),
	pow: parameters(["base", "exp", "mod"], 2),
	round: parameters(["number", "ndigits"], 1),
	__import__: parameters(IMPORT_PARAMETERS, 1),
	enumerate: enumerateArity,
	sum: countedKeywords(SUM_KEYWORDS, 2, true, (name, given) => (given === 0 ? `${name}() takes at least 1 positional argument (0 given)` : atMost(2)(name, given, null))),
	map: noKeywords((name, given) => (given < 2 ? `${name}() must have at least two arguments.` : null)),
	// Builtin types, called to make an instance.
	object: (name, given, kw) => (given === 0 && !kw?.size ? null : `${name}() takes no arguments`),
	int: atMost(2),
	str: atMost(3),
	bytes: atMost(3),
	bytearray: atMost(3),
	memoryview: parameters(["object"], 1),
	property: countedKeywords(["fget", "fset", "fdel", "doc"], 4, true, () => null),
	float: positional(0, 1),
	complex: atMost(2),
	bool: positional(0, 1),
	list: positional(0, 1),
	tuple: positional(0, 1),
	dict: positional(0, 1),
	set: positional(0, 1),
	frozenset: positional(0, 1),
	range: positional(1, 3),
	slice: positional(1, 3),
	method: positional(2),
	GenericAlias: positional(2),
	mappingproxy: countedKeywords(["mapping"], 1, true, parameters(["mapping"], 1)),
	staticmethod: positional(1),
	classmethod: positional(1),
	deque: atMost(2),
	// cell_new's PyArg_UnpackTuple: an empty cell, or one holding the argument.
	cell: positional(0, 1),
	super: (name, given) => (given > 2 ? `${name}() expected at most 2 arguments, got ${given}` : null),
};

/** Parameters these builtins also take by name (Argument Clinic), in position order. */
const KEYWORD_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
	deque: ["iterable", "maxlen"],
	pow: ["base", "exp", "mod"],
	round: ["number", "ndigits"],
	__import__: IMPORT_PARAMETERS,
	enumerate: ["iterable", "start"],
	// int(x, /, base=10): its first parameter has no name ("" matches no keyword).
	int: ["", "base"],
	str: ["object", "encoding", "errors"],
	complex: ["real", "imag"],
	bytes: ["source", "encoding", "errors"],
	bytearray: ["source", "encoding", "errors"],
	memoryview: ["object"],
};

/** The names a builtin function or type takes by keyword (those of its keyword parser), if it takes any. */
export function keywordNames(name: string): readonly string[] | undefined {
	if (name === "print") return PRINT_KEYWORDS;
	if (name === "sum") return SUM_KEYWORDS;
	return KEYWORD_PARAMETERS[name];
}

/**
 * The arguments of a builtin that takes parameters by name, with each named one moved to its position (what
 * Argument Clinic's parser hands the C function), or the TypeError message for a name it does not take;
 * null when there is nothing to move.
 */
export function keywordsToPositions<T>(name: string, args: readonly T[], keywords: ReadonlyMap<string, T> | null): T[] | string | null {
	const names = KEYWORD_PARAMETERS[name];
	if (!names || !keywords || keywords.size === 0) return null;
	const given = args.length + keywords.size;
	// _PyArg_UnpackKeywords says "keyword" when nothing came by position.
	const kind = args.length === 0 ? "keyword " : "";
	if (given > names.length) return `${name}() takes at most ${names.length} ${kind}argument${plural(names.length)} (${given} given)`;
	const placed = args.slice();
	for (const [keyword, value] of keywords) {
		const index = names.indexOf(keyword);
		if (index < 0) return `'${keyword}' is an invalid keyword argument for ${name}()`;
		if (index < args.length) return `argument for ${name}() given by name ('${keyword}') and position (${index + 1})`;
		placed[index] = value;
	}
	return placed;
}

/** CPython's TypeError message for calling builtin `name` this way, or null when the arguments fit. */
export function arityProblem(name: string, given: number, keywords: ReadonlyMap<string, unknown> | null): string | null {
	return BUILTIN_ARITY[name]?.(name, given, keywords) ?? null;
}

/** _PyArg_CheckPositional for a method: CPython's TypeError when `args` do not fit. */
export function checkPositional(vm: VM, name: string, args: readonly unknown[], min: number, max = min): void {
	const problem = positional(min, max)(name, args.length, null);
	if (problem !== null) vm.raise("TypeError", problem);
}

/**
 * A METH_O, METH_NOARGS or METH_FASTCALL function's refusal of keywords (cfunction_vectorcall_*), which names it
 * as `_PyObject_FunctionStr` does, module and all ("math.atan2", "_weakref.proxy").
 */
export function refuseKeywords(vm: VM, qualifiedName: string, keywords: ReadonlyMap<string, unknown> | null): void {
	if (keywords?.size) vm.raise("TypeError", `${qualifiedName}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional after refuseKeywords: a METH_FASTCALL function without keywords. */
export function checkFastcall(vm: VM, qualifiedName: string, args: readonly unknown[], keywords: ReadonlyMap<string, unknown> | null, min: number, max = min): void {
	refuseKeywords(vm, qualifiedName, keywords);
	checkPositional(vm, qualifiedName.slice(qualifiedName.lastIndexOf(".") + 1), args, min, max);
}

/** _PyLong_AsInt: an integer argument that must fit a C int. */
export function cIntArgument(vm: VM, o: PyObject): number {
	const value = vm.intValueBig(o);
	if (value > INT_MAX || value < INT_MIN) vm.raise("OverflowError", "Python int too large to convert to C int");
	return Number(value);
}

/** PyArg_ParseTuple's "i": PyLong_AsLong, then getargs' own range messages for a C int. */
export function parsedCInt(vm: VM, o: PyObject): number {
	const value = vm.intValueBig(o);
	if (value > SSIZE_MAX || value < SSIZE_MIN) vm.raise("OverflowError", "Python int too large to convert to C long");
	if (value > INT_MAX) vm.raise("OverflowError", "signed integer is greater than maximum");
	if (value < INT_MIN) vm.raise("OverflowError", "signed integer is less than minimum");
	return Number(value);
}

/** _PyArg_BadArgument's name for what was passed: None by itself, anything else by its type. */
export function passedTypeName(vm: VM, o: PyObject): string {
	return o === vm.None ? "None" : o.typeName;
}
