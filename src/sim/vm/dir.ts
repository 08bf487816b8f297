// dir(): the names CPython's object.__dir__ and type.__dir__ gather (the object's __dict__, then every class
// dict along the MRO). A builtin class's dict is what python3's dir() lists for it (cpython-attribute-names.ts),
// with what pymem adds: names pymem does not model are listed too, as CPython lists them (reading one says
// pymem does not support it).
import { PyStructSequence } from "../heap/struct-sequence";
import type { PyObject } from "../heap/object";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { PyClass } from "../heap/classes";
import { PyFunction, PyModule } from "../heap/callables";
import { PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyToolObject } from "../heap/tool-objects";
import { cpythonTypeNames } from "./unmodelled-attributes";

/** What object's own dict holds: every dir() lists these. */
const OBJECT_ATTRIBUTES = (
	"__new__ __repr__ __hash__ __str__ __getattribute__ __setattr__ __delattr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ " +
	"__init__ __reduce_ex__ __reduce__ __getstate__ __subclasshook__ __init_subclass__ __format__ __sizeof__ __dir__ __class__ __doc__"
).split(" ");

export function dictNames(d: PyDict): string[] {
	const names: string[] = [];
	for (const { key } of d.entries.values()) if (key instanceof PyStr) names.push(key.value);
	return names;
}

/** dir(obj), sorted, as far as pymem knows an object's attributes. */
export function dirOf(obj: PyObject): string[] {
	const names = new Set<string>();
	if (obj instanceof PyModule) for (const n of dictNames(obj.dict)) names.add(n);
	else {
		const cls = obj instanceof PyClass ? obj : obj.cls;
		if (hasInstanceAttributes(obj)) {
			for (const n of obj.attrs.keys()) names.add(n);
			if (obj.dict instanceof PyDict) for (const n of dictNames(obj.dict)) names.add(n);
		} else if ((obj instanceof PyFunction || obj instanceof PyToolObject) && obj.dict) for (const n of dictNames(obj.dict)) names.add(n);
		// A struct sequence's fields are member descriptors of its type in CPython.
		else if (obj instanceof PyStructSequence) for (const n of obj.fields) names.add(n);
		for (const c of cls.mro) {
			for (const n of c.dict.keys()) names.add(n);
			if (c.builtin) for (const n of cpythonTypeNames(c.name) ?? []) names.add(n);
		}
		for (const n of OBJECT_ATTRIBUTES) names.add(n);
	}
	return [...names].sort();
}

