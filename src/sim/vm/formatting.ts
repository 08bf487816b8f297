// format(), f-string FORMAT_VALUE and printf-style `%`, on top of the runtime library's format-spec code.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyStr, PyBool } from "../heap/values";
import { PyTuple, PyDict } from "../heap/containers";
import { hasInstanceAttributes, isExactDict } from "../heap/subclass-instances";
import { PyFunction } from "../heap/callables";
import { formatStr, formatInt, formatFloat } from "../runtime/formatSpec";
import { repr, str } from "./repr";
import type { VM } from "./vm";
import { getItem } from "./subscript";

const FORMAT_SPEC = "format spec passed to __format__";
const MAPPING_KEY = "mapping key of %-formatting";

export function formatValue(vm: VM, v: PyObject, spec: string): string {
	if (hasInstanceAttributes(v) && v.cls.lookup("__format__") instanceof PyFunction) {
		const specObj = vm.str(spec);
		vm.heap.adopt(specObj, FORMAT_SPEC);
		try {
			return vm.callMethodStr(v, "__format__", [specObj]);
		} finally {
			vm.heap.release(specObj, FORMAT_SPEC);
		}
	}
	if (spec === "") return str(vm, v);
	if (v instanceof PyBool && !/[bcdoxXn%eEfFgG]$/.test(spec)) return formatStr(str(vm, v), spec);
	if (v instanceof PyInt) return formatInt(BigInt(v.value), spec);
	if (v instanceof PyFloat) return formatFloat(v.value, spec);
	if (v instanceof PyStr) return formatStr(v.value, spec);
	return vm.raise("TypeError", `unsupported format string passed to ${v.typeName}.__format__`);
}

/** printf-style formatting: `'%s and %5.2f' % (a, b)` and `'%(name)s' % mapping`. */
export function percentFormat(vm: VM, template: string, args: PyObject): string {
	const values = args instanceof PyTuple ? args.items : [args];
	let next = 0;
	const out = template.replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\d+))?([sdirfFeEgGxXoc%])/g, (_m, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
		if (type === "%") return "%";
		let value: PyObject | undefined;
		if (key) {
			if (!(args instanceof PyDict)) vm.raise("TypeError", "format requires a mapping");
			// PyObject_GetItem: a dict subclass's own __getitem__ or __missing__ answers; the value lives while it is formatted.
			if (!isExactDict(args)) {
				const name = vm.str(key.slice(1, -1));
				vm.heap.adopt(name, MAPPING_KEY);
				try {
					value = getItem(vm, args, name);
				} finally {
					vm.heap.release(name, MAPPING_KEY);
				}
				try {
					return formatField(value, flags, width, precision, type);
				} finally {
					vm.decref(value);
				}
			}
			value = vm.dictGetStr(args, key.slice(1, -1));
			if (!value) vm.raise("KeyError", key.slice(1, -1));
		} else {
			value = values[next++];
			if (!value) vm.raise("TypeError", "not enough arguments for format string");
		}
		return formatField(value, flags, width, precision, type);
	});
	// A function declaration: the replace callback above calls it while `out` is being built.
	function formatField(value: PyObject, flags: string, width: string | undefined, precision: string | undefined, type: string): string {
		const align = flags.includes("-") ? "<" : ">";
		const zero = flags.includes("0") && align === ">" ? "0" : "";
		const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
		const w = width ?? "";
		const prec = precision !== undefined ? `.${precision}` : "";
		if (type === "s" || type === "r" || type === "a") {
			const text = type === "s" ? str(vm, value) : repr(vm, value);
			return formatStr(text, `${align}${w}${prec}`);
		}
		if (type === "c") return value instanceof PyInt ? String.fromCodePoint(Number(value.value)) : str(vm, value);
		const spec = `${align === "<" ? "<" : zero ? "" : ">"}${sign}${zero}${w}${prec}${type === "i" || type === "d" ? "d" : type}`;
		if (type === "d" || type === "i" || type === "x" || type === "X" || type === "o") {
			if (!(value instanceof PyInt) && !(value instanceof PyFloat)) vm.raise("TypeError", `%${type} format: a real number is required, not ${value.typeName}`);
			const intValue = value instanceof PyFloat ? BigInt(Math.trunc(value.value)) : BigInt(value.value);
			return formatInt(intValue, spec.replace(/\.\d+/, ""));
		}
		if (!(value instanceof PyInt) && !(value instanceof PyFloat)) vm.raise("TypeError", `must be real number, not ${value.typeName}`);
		return formatFloat(Number(value.value), precision === undefined ? spec.replace(/([a-zA-Z])$/, ".6$1") : spec);
	}
	if (next < values.length && !(args instanceof PyDict) && args instanceof PyTuple) vm.raise("TypeError", "not all arguments converted during string formatting");
	if (!(args instanceof PyTuple) && !(args instanceof PyDict) && next === 0 && values.length) vm.raise("TypeError", "not all arguments converted during string formatting");
	return out;
}
