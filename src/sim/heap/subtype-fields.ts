// What type_new adds to an instance of a Python class whose base is a builtin type (list, dict, tuple, int,
// float, str, set...): __slots__ values, a __dict__, and the reference to its class, with the parts of
// subtype_traverse, subtype_clear and subtype_dealloc that handle them before the base type's own.
import type { PyObject, Reference } from "./object";
import type { PyClass } from "./classes";
import { instanceAttributeReferences, pushInstanceValuesInOrder } from "./shared-keys";

/**
 * What an instance of a Python class carries besides its builtin base. Unlike a plain instance, list and dict
 * subclass instances get no inline values (their tp_new is not object_new, which makes them), so `attrs`
 * holds only __slots__ values and the other attributes live in `dict` from the first one set.
 */
export interface SubtypeFields {
	readonly attrs: Map<string, PyObject>;
	dict: PyObject | null;
	readonly cls: PyClass;
}

/** subtype_traverse's part: slots, the __dict__, then the class, before the base type's traverse. */
export function subtypeReferences(o: SubtypeFields, klass: PyClass): Reference[] {
	const refs = instanceAttributeReferences(o.cls, o.attrs);
	if (o.dict) refs.push({ label: "__dict__", target: o.dict });
	refs.push({ label: "__class__", target: klass });
	return refs;
}

/** subtype_clear's (and subtype_dealloc's) part: clear_slots, then the __dict__. */
export function clearSubtypeFields(o: SubtypeFields): PyObject[] {
	const out: PyObject[] = [];
	if (o.attrs.size !== 0) {
		pushInstanceValuesInOrder(o.cls, o.attrs, out);
		o.attrs.clear();
	}
	if (o.dict) out.push(o.dict);
	o.dict = null;
	return out;
}

