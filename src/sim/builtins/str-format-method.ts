// str.format and str.format_map: the runtime library's parser (runtime/strFormat.ts) driven with pymem's
// objects, each replacement field held while it is looked up, converted and formatted.
import type { PyObject } from "../heap/object";
import type { VM } from "../vm/vm";
import { formatValue } from "../vm/formatting";
import { repr, str } from "../vm/repr";
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
export function strFormat(vm: VM, template: string, args: PyObject[], kw: FieldLookup | null): string {
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
				const text = conversion === "s" ? str(vm, value) : conversion === "r" ? repr(vm, value) : asciiEscaped(repr(vm, value));
				return (converted = vm.str(text));
			},
			format: (value, spec) => {
				try {
					return formatValue(vm, value, spec);
				} finally {
					letGo();
				}
			},
		});
	} finally {
		letGo();
	}
}

const NO_KEYWORDS: FieldLookup = { get: () => undefined };
