// tp_descr_get of the builtin descriptor kinds pymem models: functions (func_descr_get), staticmethod and
// classmethod (sm_descr_get, cm_descr_get), property (property_descr_get), member and getset descriptors and
// methods of builtin types. `obj` is null for a lookup on the class itself.
import { PyToolObject } from "../heap/tool-objects";
import type { PyObject } from "../heap/object";
import { PySlotDescriptor, type PyClass } from "../heap/classes";
import { PyFunction, PyBuiltinFunction, PyBoundMethod, PyDescriptor, PySlotWrapper } from "../heap/callables";
import type { VM } from "./vm";
import { PyTupleGetter } from "../heap/tuple-getter";
import { PyTuple } from "../heap/containers";
import { slotDescriptorGet } from "./special-attrs";
import { repr } from "./repr";
import { PyInstance } from "../heap/instances";
import { callDescriptorGet, DESCRIPTOR_READ, DESCRIPTOR_WRITTEN, userDescriptorGet } from "./user-descriptors";
import { tpName } from "../builtins/module-type-constructors";

/** What `attr`, found on `type`'s MRO as `name`, gives for `obj` (a new reference); attr itself when its type has no __get__. */
export function builtinDescriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass, name: string): PyObject {
	return ownDescriptorGet(vm, attr, obj, type, name) ?? vm.incref(attr);
}

/** The same, but null when `attr`'s type has no __get__. */
function ownDescriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass, name: string): PyObject | null {
	if (attr instanceof PyFunction) return obj ? newMethod(vm, attr, obj) : vm.incref(attr);
	// lru_cache_descr_get: the wrapper binds like a function.
	if (attr instanceof PyToolObject && attr.bindsAsMethod) return obj && obj !== vm.None ? newMethod(vm, attr, obj) : vm.incref(attr);
	if (attr instanceof PyDescriptor) {
		if (attr.kind === "staticmethod") return vm.incref(wrappedCallable(vm, attr));
		if (attr.kind === "classmethod") return classmethodGet(vm, wrappedCallable(vm, attr), type, name);
		return propertyGet(vm, attr, obj);
	}
	if (attr instanceof PyTupleGetter) return obj ? tupleGetterGet(vm, attr, obj) : vm.incref(attr);
	if (attr instanceof PySlotDescriptor) {
		if (!obj) return vm.incref(attr);
		const value = slotDescriptorGet(vm, attr, obj);
		if (value) return value;
		return vm.raise("AttributeError", `'${obj.typeName}' object has no attribute '${attr.name}'`);
	}
	if (attr instanceof PyBuiltinFunction && attr.owner && !attr.self) {
		if (!obj) return vm.incref(attr);
		// descr_check: `classmethod(str.upper)` binds it to a class, which is no str.
		if (!obj.cls.isSubclassOf(attr.owner)) vm.raise("TypeError", `descriptor '${attr.name}' for '${tpName(attr.owner)}' objects doesn't apply to a '${obj.typeName}' object`);
		// A slot wrapper binds as a method-wrapper, a method descriptor as a builtin method.
		const Bound = attr instanceof PySlotWrapper ? PySlotWrapper : PyBuiltinFunction;
		return vm.heap.register(new Bound(attr.name, attr.impl, vm.incref(obj), attr.owner));
	}
	return null;
}

/**
 * cm_descr_get (3.9 to 3.12): what the classmethod wraps is bound to the class, unless its type has a __get__ of
 * its own, which is asked with the class as both object and type (`@classmethod @property` reads the property).
 */
function classmethodGet(vm: VM, callable: PyObject, type: PyClass, name: string): PyObject {
	const userGet = callable instanceof PyInstance ? userDescriptorGet(callable) : null;
	if (userGet) return callDescriptorGet(vm, userGet, callable, type, type);
	return ownDescriptorGet(vm, callable, type, type, name) ?? newMethod(vm, callable, type);
}

/** property_descr_get: the getter's result for obj; the property itself for none (or None). */
export function propertyGet(vm: VM, prop: PyDescriptor, obj: PyObject | null): PyObject {
	if (!obj || obj === vm.None) return vm.incref(prop);
	const getter = prop.parts[0];
	if (!getter || getter === vm.None) return vm.raise("AttributeError", propertyLacks(vm, prop, obj, "getter"));
	return vm.callObject(getter, [obj]);
}

/**
 * A property the attribute lookup found, read or assigned: PyObject_GenericGetAttr, type_getattro and
 * _PyObject_GenericSetAttrWithDict hold it while its getter, setter or deleter runs (`prop.__get__(obj)`
 * called by name holds nothing more than its call does).
 */
export function foundPropertyGet(vm: VM, prop: PyDescriptor, obj: PyObject): PyObject {
	return vm.heap.whileHeld(prop, DESCRIPTOR_READ, () => propertyGet(vm, prop, obj));
}

export function foundPropertySet(vm: VM, prop: PyDescriptor, obj: PyObject, value: PyObject | null): void {
	vm.heap.whileHeld(prop, DESCRIPTOR_WRITTEN, () => propertySet(vm, prop, obj, value));
}

/** property_descr_set: the setter called with obj and value, or the deleter with obj when value is null. */
export function propertySet(vm: VM, prop: PyDescriptor, obj: PyObject, value: PyObject | null): void {
	const func = prop.parts[value === null ? 2 : 1];
	if (!func || func === vm.None) vm.raise("AttributeError", propertyLacks(vm, prop, obj, value === null ? "deleter" : "setter"));
	vm.decref(vm.callObject(func, value === null ? [obj] : [obj, value]));
}

/** "property 'x' of 'C' object has no setter": the name only once a class statement gave it one. */
function propertyLacks(vm: VM, prop: PyDescriptor, obj: PyObject, accessor: string): string {
	const named = prop.propName === null ? "" : `${repr(vm, prop.propName)} `;
	return `property ${named}of '${obj.cls.qualname}' object has no ${accessor}`;
}

/** A staticmethod's or classmethod's callable; one made by `staticmethod.__new__` alone has none yet. */
function wrappedCallable(vm: VM, d: PyDescriptor): PyObject {
	return d.parts[0] ?? vm.raise("RuntimeError", `uninitialized ${d.kind} object`);
}

/** PyMethod_New; its references count before it is allocated (see Heap.collectWhileAllocating). */
export function newMethod(vm: VM, func: PyObject, self: PyObject): PyObject {
	vm.incref(func);
	vm.incref(self);
	return vm.heap.register(new PyBoundMethod(func, self));
}

/** tuplegetter_descr_get: item `index` of a tuple (None as the instance gives the descriptor itself). */
export function tupleGetterGet(vm: VM, getter: PyTupleGetter, obj: PyObject): PyObject {
	if (!(obj instanceof PyTuple)) {
		if (obj === vm.None) return vm.incref(getter);
		return vm.raise("TypeError", `descriptor for index '${getter.index}' for tuple subclasses doesn't apply to '${obj.typeName}' object`);
	}
	const item = obj.items[getter.index];
	return item ? vm.incref(item) : vm.raise("IndexError", "tuple index out of range");
}
