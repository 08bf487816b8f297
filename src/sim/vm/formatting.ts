// format(), f-string FORMAT_VALUE and printf-style `%`, on top of the runtime library's format-spec code.

import { isMappingObject } from "./abstract-checks";
import { isScalarInstance } from "../heap/scalar-instances";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyBool } from "../heap/values";
import { PyTuple } from "../heap/containers";
import { userSlot, hasInstanceAttributes } from "../heap/subclass-instances";
import { PyBuiltinFunction, type NativeImpl } from "../heap/callables";
import { formatStr, formatInt, formatFloat } from "../runtime/formatSpec";
import { formatComplex } from "../runtime/complexText";
import { percentFormatWritten as printf, type PercentValue, type PercentHooks } from "../runtime/printf";
import { intFromDunders, floatAsDouble, hasOwnFloat, numberAsFloat } from "../builtins/number-constructors";
import { indexValue, clearRaised } from "./protocol";
import { isRaised } from "./call-arguments";
import type { StrHolder } from "../runtime/unicodeWriter";
import { asciiObject, reprObject } from "./repr-objects";
import { asciiEscaped } from "../runtime/strRepr";
import { intStr, repr } from "./repr";
import { str, strObject } from "./str-of";
import type { VM } from "./vm";
import { callSpecialMethod, withBoundBuiltin } from "./dunder-calls";
import { getItem } from "./subscript";
import { rejectResult } from "./rejected-results";
import { CALL_LEVEL, withRecursionLevel } from "./c-recursion";

const FORMAT_SPEC = "format spec passed to __format__";
export const FORMAT_METHOD = "__format__ bound for PyObject_Format";
const MAPPING_KEY = "mapping key of %-formatting";
const MAPPING_VALUE = "mapping value being %-formatted";

export function formatValue(vm: VM, v: PyObject, spec: string, askOwnFormat = true): string {
	const format = askOwnFormat ? userSlot(v, "__format__") : undefined;
	if (format) {
		const result = callFormat(vm, v, format, spec, null);
		try {
			return result.value;
		} finally {
			vm.decref(result);
		}
	}
	if (askOwnFormat && looksUpFormat(v, spec)) return withBoundFormat(vm, v, () => builtinFormatValue(vm, v, spec));
	return builtinFormatValue(vm, v, spec);
}

/** PyObject_Format's fast path skips the lookup of __format__ for an exact str or int with an empty spec. */
function looksUpFormat(v: PyObject, spec: string): boolean {
	return !(spec === "" && (v instanceof PyStr || v instanceof PyInt) && !(v instanceof PyBool) && !isScalarInstance(v));
}

const builtinFormat: NativeImpl = (vm, args, _kw, self) => formatObject(vm, self!, vm.strValue(args[0]!), false);

/**
 * The builtin __format__ (object's, float's...) bound to `v` while it formats: it holds `v` meanwhile. PyObject_Format
 * calls it with PyObject_CallOneArg, so cfunction_vectorcall_O counts a level while it runs.
 */
function withBoundFormat<R>(vm: VM, v: PyObject, body: () => R): R {
	return withBoundBuiltin(vm, v, "__format__", v.cls, builtinFormat, FORMAT_METHOD, () => withRecursionLevel(vm, CALL_LEVEL, body));
}

/** The same bound method (held under FORMAT_METHOD) for a caller that runs the call itself (special-method-frames.ts). */
export function boundFormatMethod(vm: VM, v: PyObject): PyObject {
	const bound = vm.heap.register(new PyBuiltinFunction("__format__", builtinFormat, vm.incref(v), v.cls));
	vm.heap.adopt(bound, FORMAT_METHOD);
	return bound;
}

/** A builtin type's __format__, or object's (str() for an empty spec). */
function builtinFormatValue(vm: VM, v: PyObject, spec: string): string {
	if (spec === "") return str(vm, v);
	// The errors name the object's own type (bool, a subclass), as CPython's format_obj does.
	if (v instanceof PyInt) return formatInt(BigInt(v.value), spec, v.typeName, vm.intMaxStrDigits, hasOwnFloat(v) ? () => numberAsFloat(vm, v)! : undefined);
	if (v instanceof PyFloat) return formatFloat(v.value, spec, v.typeName);
	if (v instanceof PyComplex) return formatComplex(v, spec);
	if (v instanceof PyStr) return formatStr(v.value, spec, v.typeName);
	return vm.raise("TypeError", `unsupported format string passed to ${v.typeName}.__format__`);
}

/**
 * A class's __format__(spec): the str it returned (a new reference). The spec is the caller's own object where it
 * has one (format()'s argument, FORMAT_VALUE's operand), else a new str made for the call.
 */
function callFormat(vm: VM, v: PyObject, format: PyObject, spec: string, specObject: PyStr | null): PyStr {
	const made = specObject ? null : vm.str(spec);
	if (made) vm.heap.adopt(made, FORMAT_SPEC);
	let result: PyObject;
	try {
		result = callSpecialMethod(vm, v, format, [specObject ?? made!], FORMAT_METHOD, "__format__");
	} finally {
		if (made) vm.heap.release(made, FORMAT_SPEC);
	}
	if (result instanceof PyStr) return result;
	return rejectResult(vm, result, "TypeError", `__format__ must return a str, not ${result.typeName}`);
}

/**
 * PyObject_Format as an object (format(), FORMAT_VALUE): an exact str the spec leaves as it is is returned itself,
 * and so is the str a class's __format__ (or, through object.__format__, its __str__) returned.
 */
export function formatObject(vm: VM, v: PyObject, spec: string, askOwnFormat = true, specObject: PyStr | null = null): PyObject {
	// int.__format__, float.__format__ and str.__format__ (askOwnFormat false) format the value itself.
	const format = askOwnFormat ? userSlot(v, "__format__") : undefined;
	if (format) return callFormat(vm, v, format, spec, specObject);
	if (askOwnFormat && looksUpFormat(v, spec)) return withBoundFormat(vm, v, () => builtinFormatObject(vm, v, spec));
	return builtinFormatObject(vm, v, spec);
}

function builtinFormatObject(vm: VM, v: PyObject, spec: string): PyObject {
	// format_obj: an empty spec writes str() of a subclass's instance (its own __str__, if any).
	if (spec === "" && isScalarInstance(v)) return strObject(vm, v);
	if (v instanceof PyStr) {
		// format_string_internal's fast path: a spec that leaves it unchanged writes the str itself, a subclass's
		// instance too (format_obj, above, writes str() of one for an empty spec: an exact copy).
		const text = spec === "" ? v.value : builtinFormatValue(vm, v, spec);
		return text === v.value ? vm.incref(v) : vm.str(text);
	}
	// PyObject_Format with an empty spec is str(): a bool's is its interned name, an int's digits a new str.
	if (spec === "" && (hasInstanceAttributes(v) || v instanceof PyBool || v instanceof PyInt)) return strObject(vm, v);
	return vm.str(builtinFormatValue(vm, v, spec));
}

/** PyMapping_Check for `%`'s right operand: it can be subscripted (a tuple and a str never count). */
function isMapping(o: PyObject): boolean {
	return isMappingObject(o) && !(o instanceof PyTuple) && !(o instanceof PyStr);
}

/** What a `%` argument is to the numeric conversions and %c (a bool counts as an int). */
export function percentValue(value: PyObject): PercentValue<PyObject> {
	if (value instanceof PyBool) return { kind: "int", value: value.flag ? 1n : 0n };
	if (value instanceof PyInt) return { kind: "int", value: BigInt(value.value) };
	if (value instanceof PyFloat) return { kind: "float", value: value.value };
	if (value instanceof PyStr) return { kind: "str", value: value.value };
	return { kind: "other", value };
}

/** The integer and float conversions of an instance of a class (mainformatlong, formatfloat), and the interpreter's digit limit. */
export function percentNumbers(vm: VM): Pick<PercentHooks<PyObject>, "integer" | "real" | "maxStrDigits"> {
	const take = <R>(result: PyObject | undefined, read: (o: PyObject) => R): R | null => {
		if (!result) return null;
		try {
			return read(result);
		} finally {
			vm.decref(result);
		}
	};
	return {
		// mainformatlong: a TypeError from the conversion becomes the format's own.
		integer: (value, indexOnly) => {
			try {
				if (indexOnly) return indexValue(vm, value);
				return hasInstanceAttributes(value) ? take(intFromDunders(vm, value), (o) => BigInt((o as PyInt).value)) : null;
			} catch (e) {
				if (!isRaised(vm, e, "TypeError")) throw e;
				clearRaised(vm, e);
				return null;
			}
		},
		real: (value) => floatAsDouble(vm, value),
		maxStrDigits: vm.intMaxStrDigits,
	};
}

/**
 * `%(key)s`: the key made by `makeKey` (a str, or bytes for bytes formatting) lives for the PyObject_GetItem of
 * the mapping, the value until its unit is formatted.
 */
export function percentMapping(vm: VM, isMapping: (o: PyObject) => boolean, makeKey: (key: string) => PyObject): Pick<PercentHooks<PyObject>, "getItem" | "formatted" | "isMapping"> {
	return {
		getItem: (mapping, key) => {
			if (!isMapping(mapping)) vm.raise("TypeError", "format requires a mapping");
			const name = makeKey(key);
			const value = vm.heap.whileOwned(name, MAPPING_KEY, () => getItem(vm, mapping, name));
			vm.heap.adopt(value, MAPPING_VALUE);
			return value;
		},
		formatted: (value) => vm.heap.release(value, MAPPING_VALUE),
		isMapping,
	};
}

/** How a formatting writer holds the str it may hand back whole. */
export function strHolder(vm: VM): StrHolder<PyObject> {
	return { hold: (str) => vm.incref(str), release: (str) => vm.decref(str) };
}

/**
 * printf-style formatting, `'%s and %5.2f' % (a, b)` and `'%(name)s' % mapping`, by the runtime library's
 * PyUnicode_Format (a new reference). A `%(key)` looks its key up with PyObject_GetItem (a dict subclass's
 * __getitem__ or __missing__ answers); the key lives for the lookup, the value until it is formatted. The
 * writer hands back a lone str it was given whole, and a template without any '%' is the result itself.
 */
export function percentFormat(vm: VM, template: PyStr, args: PyObject): PyObject {
	const isTuple = args instanceof PyTuple;
	const { text, lone } = printf(template.value, isTuple ? args.items : [args], isTuple, {
		classify: percentValue,
		...percentNumbers(vm),
		str: (value) => str(vm, value),
		repr: (value) => repr(vm, value),
		ascii: (value) => asciiEscaped(repr(vm, value)),
		typeName: (value) => value.typeName,
		...percentMapping(vm, isMapping, (key) => vm.str(key)),
		// unicode_format_arg_format: an exact str for %s is written itself, anything else through PyObject_Str,
		// PyObject_Repr or PyObject_ASCII.
		exactIntDigits: (value) => (value instanceof PyInt && !(value instanceof PyBool) && !isScalarInstance(value) ? intStr(vm, value.value) : null),
		strObject: (value, conversion) => {
			const str = (conversion === "s" ? strObject(vm, value) : conversion === "r" ? reprObject(vm, value) : asciiObject(vm, value)) as PyStr;
			return { str, text: str.value };
		},
	}, strHolder(vm));
	if (lone) return lone;
	return template.value.includes("%") ? vm.str(text) : vm.incref(template);
}
