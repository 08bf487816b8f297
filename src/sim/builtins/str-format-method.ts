// str.format and str.format_map: the runtime library's parser (runtime/strFormat.ts) driven with pymem's
// objects, each replacement field held while it is looked up, converted and formatted.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import { formatValue } from "../vm/formatting";
import { repr, strObject } from "../vm/repr";
import { PyStr } from "../heap/values";
import { isScalarInstance } from "../heap/scalar-instances";
import { getAttr } from "../vm/attributes";
import { getItem } from "../vm/subscript";
import { strFormat as renderFormat } from "../runtime/strFormat";
import { asciiEscaped } from "../runtime/strRepr";

/** Where str.format finds {name} fields: its keyword arguments, or format_map's mapping. Returns borrowed objects. */
export interface FieldLookup {
	get(name: string): PyObject | undefined;
}

const FORMAT_FIELD = "replacement field of str.format()";

/**
 * str.format by the runtime library's unicode_format.h. The field object is held while its attributes and
 * items are looked up (each step's result replaces the last) and while it is converted and formatted.
 */
export function strFormat(vm: VM, template: string, args: PyObject[], kw: FieldLookup | null, onFormatted?: (value: PyObject, text: string) => void): string {
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
		return renderFormat(template, args, kw ?? NO_KEYWORDS, {
			field: (value) => hold(vm.incref(value)),
			getAttr: (value, name) => hold(getAttr(vm, value, name)),
			getItem: (value, key) => {
				const keyObject = typeof key === "number" ? vm.int(key) : vm.str(key);
				try {
					return hold(getItem(vm, value, keyObject));
				} finally {
					vm.decref(keyObject);
				}
			},
			convert: (value, conversion) => {
				// PyObject_Str hands back an exact str itself; repr and ascii make new ones.
				if (conversion === "s") return (converted = strObject(vm, value));
				return (converted = vm.str(conversion === "r" ? repr(vm, value) : asciiEscaped(repr(vm, value))));
			},
			format: (value, spec) => {
				try {
					const text = formatValue(vm, value, spec);
					onFormatted?.(value, text);
					return text;
				} finally {
					letGo();
				}
			},
		});
	} finally {
		letGo();
	}
}

/**
 * str.format's result as an object. A template that is one replacement field alone, filled with an exact str
 * its spec leaves unchanged, gives that str itself: _PyUnicodeWriter_WriteStr keeps a lone str it is handed when
 * nothing was written before it and nothing follows (the writer's readonly case), so `"{}".format(s) is s`.
 */
export function strFormatObject(vm: VM, template: string, args: PyObject[], kw: FieldLookup | null): PyObject {
	const alone = /^\{[^{}]*\}$/.test(template);
	const lone: { str: PyObject | null } = { str: null };
	const text = strFormat(vm, template, args, kw, (value, formatted) => {
		if (alone && value instanceof PyStr && !isScalarInstance(value) && formatted === value.value) lone.str = vm.incref(value);
	});
	return lone.str ?? vm.str(text);
}

const NO_KEYWORDS: FieldLookup = { get: () => undefined };
