// property objects as descrobject.c makes them: property_init's doc (given, else the getter's __doc__) and
// property_copy, behind `getter`, `setter` and `deleter`.
import type { PyObject } from "../heap/object";
import { PyDescriptor } from "../heap/callables";
import type { VM } from "../vm/vm";
import { withPackedArguments } from "../vm/packed-arguments";

/**
 * property(fget, fset, fdel, doc): an accessor given as None is none (NULL), and a doc not given (or None) is
 * the getter's `__doc__` when there is a getter, looked up after the accessors are in place.
 */
export function newProperty(vm: VM, accessors: (PyObject | undefined)[], doc: PyObject | undefined): PyDescriptor {
	const parts = [0, 1, 2].map((i) => {
		const part = accessors[i];
		return part === undefined || part === vm.None ? null : vm.incref(part);
	});
	const prop = vm.heap.register(new PyDescriptor("property", parts));
	if (doc !== undefined) prop.doc = vm.incref(doc);
	const getter = parts[0];
	if ((doc === undefined || doc === vm.None) && getter) {
		const found = vm.lookupAttrOf(getter, "__doc__");
		if (!found) return prop;
		if (prop.doc) vm.decref(prop.doc);
		prop.doc = found;
		prop.getterDoc = true;
	}
	return prop;
}

/**
 * property_copy: `prop.setter(f)` is a new property with f in that place (None keeps the old one), the old doc
 * unless it came from a getter that is still there, and the old name.
 */
export function copyProperty(vm: VM, old: PyDescriptor, place: number, func: PyObject): PyDescriptor {
	const accessors = old.parts.map((part, i) => (i === place && func !== vm.None ? func : (part ?? undefined)));
	const doc = old.getterDoc && accessors[0] !== undefined ? vm.None : (old.doc ?? vm.None);
	// PyObject_CallFunctionObjArgs(type, get, set, del, doc): property has no vectorcall, so the four are packed
	// in a tuple for type_call (_PyObject_MakeTpCall).
	const packed = [...accessors.map((a) => a ?? vm.None), doc];
	const made = withPackedArguments(vm, packed, null, () => newProperty(vm, accessors, doc));
	made.propName = old.propName && vm.incref(old.propName);
	return made;
}

/** The prop_doc member: read as None when unset, and writable (a delete unsets it). */
export function setPropertyDoc(vm: VM, prop: PyDescriptor, value: PyObject | null): void {
	const old = prop.doc;
	prop.doc = value && vm.incref(value);
	if (old) vm.decref(old);
}
