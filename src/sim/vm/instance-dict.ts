// An instance's __dict__ as 3.11 makes it: its attribute values become a split-table dict that shares the
// class's keys (an ordinary dict for exceptions, whose classes have no shared keys).
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import type { AttributeOwner } from "../heap/subclass-instances";
import { instanceLayout } from "../heap/shared-keys";
import { dictSet } from "./dicts";
import type { VM } from "./vm";

/**
 * make_dict_from_instance_attributes: the values move into a new dict for good (slot values stay in
 * their slots). Tracked when a value may be, as dictSet's MAINTAIN_TRACKING decides. Without `sharingKeys`,
 * an ordinary dict (PyDict_New), as `__dict__` gives an instance that never had inline values.
 */
export function materializeInstanceDict(vm: VM, obj: AttributeOwner, sharingKeys = true): PyDict {
	const layout = instanceLayout(obj.cls);
	const d = vm.dict();
	if (sharingKeys) d.sharedKeys = layout.sharedKeys;
	for (const [name, value] of obj.attrs) {
		if (layout.slots.has(name)) continue;
		dictSet(vm, d, vm.intern(name), value);
		obj.attrs.delete(name);
		vm.decref(value);
	}
	obj.dict = d;
	vm.heap.observer?.contentChanged(obj);
	return d;
}

/** `obj.__dict__ = d` (subtype_setdict): the values are materialized first, then that dict is replaced. */
export function replaceInstanceDict(vm: VM, obj: AttributeOwner, value: PyObject): void {
	if (!(value instanceof PyDict)) vm.raise("TypeError", `__dict__ must be set to a dictionary, not a '${value.typeName}'`);
	const old = obj.dict ?? materializeInstanceDict(vm, obj);
	obj.dict = vm.incref(value);
	vm.heap.observer?.contentChanged(obj);
	vm.decref(old);
}
