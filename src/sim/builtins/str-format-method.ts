// str.format and str.format_map: the runtime library's parser (runtime/strFormat.ts) driven with pymem's
// objects, each replacement field held while it is looked up, converted and formatted.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import { intStr } from "../vm/repr";
import { formatObject, formatValue, strHolder } from "../vm/formatting";
import { strObject } from "../vm/str-of";
import { PyBool, PyComplex, PyFloat, PyInt, PyStr } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { getAttr } from "../vm/attributes";
import { getItem } from "../vm/subscript";
import { strFormatWritten as renderFormat } from "../runtime/strFormat";
import type { WrittenStr } from "../runtime/unicodeWriter";
import { asciiObject, reprObject } from "../vm/repr-objects";

/** Where str.format finds {name} fields: its keyword arguments, or format_map's mapping. Returns borrowed objects. */
export interface FieldLookup {
	get(name: string): PyObject | undefined;
}

const FORMAT_FIELD = "replacement field of str.format()";

/**
 * str.format by the runtime library's unicode_format.h (a new reference). The field object is held while its
 * attributes and items are looked up (each step's result replaces the last) and while it is converted and
 * formatted. build_string's writer hands back a lone str it was given whole when nothing else was written:
 * `"{}".format(s) is s`, and so is `"{}{}".format("", s)`.
 */
export function strFormatObject(vm: VM, template: string, args: PyObject[] | null, kw: FieldLookup | null): PyObject {
	let field: PyObject | null = null;
	let converted: PyObject | null = null;
	const hold = (next: PyObject): PyObject => {
		if (field) vm.heap.release(field, FORMAT_FIELD);
		field = next;
		vm.heap.adopt(next, FORMAT_FIELD);
		return next;
	};
	const letGo = (): void => {
		if (converted) vm.decref(converted);
		if (field) vm.heap.release(field, FORMAT_FIELD);
		converted = field = null;
	};
	try {
		const { text, lone } = renderFormat(template, args, kw ?? NO_KEYWORDS, {
			field: (value) => hold(vm.incref(value)),
			getAttr: (value, name) => hold(getAttr(vm, value, name)),
			getItem: (value, key) => {
				const keyObject = typeof key === "bigint" ? vm.int(key) : vm.str(key);
				try {
					return hold(getItem(vm, value, keyObject));
				} finally {
					vm.decref(keyObject);
				}
			},
			convert: (value, conversion) => {
				// PyObject_Str hands back an exact str itself, and PyObject_Repr what __repr__ returned.
				return (converted = conversion === "s" ? strObject(vm, value) : conversion === "r" ? reprObject(vm, value) : asciiObject(vm, value));
			},
			format: (value, spec) => {
				try {
					return renderField(vm, value, spec);
				} finally {
					letGo();
				}
			},
		}, strHolder(vm));
		return lone ?? vm.str(text);
	} finally {
		letGo();
	}
}

/**
 * render_field: an exact str, int, float or complex is formatted by its own formatter without looking up
 * __format__ (a str its spec leaves unchanged is handed over whole); anything else goes through PyObject_Format,
 * whose result str is handed over whole.
 */
function renderField(vm: VM, value: PyObject, spec: string): string | WrittenStr<PyObject> {
	const exact = !isScalarInstance(value) && !(value instanceof PyBool);
	if (exact && value instanceof PyStr) {
		const text = formatValue(vm, value, spec, false);
		return text === value.value ? { str: vm.incref(value), text, owned: true } : text;
	}
	// _PyLong_FormatAdvancedWriter writes an int's digits straight for an empty spec: no PyObject_Str, no level.
	if (exact && value instanceof PyInt && spec === "") return intStr(vm, value.value);
	if (exact && (value instanceof PyInt || value instanceof PyFloat || value instanceof PyComplex)) return formatValue(vm, value, spec, false);
	const str = formatObject(vm, value, spec) as PyStr;
	return { str, text: str.value, owned: true };
}

const NO_KEYWORDS: FieldLookup = { get: () => undefined };
