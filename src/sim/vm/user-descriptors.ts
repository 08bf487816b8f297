// Descriptors written in Python: an instance in a class dict whose type defines __get__ (slot_tp_descr_get),
// __set__ or __delete__ (slot_tp_descr_set, which makes it a data descriptor that wins over the instance's
// own attributes). The attribute machinery holds the descriptor while its method runs, as CPython's
// PyObject_GenericGetAttr, type_getattro and _PyObject_GenericSetAttrWithDict do.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyInstance } from "../heap/instances";
import { PyFunction } from "../heap/callables";
import type { VM } from "./vm";
import { callSpecialMethod } from "./dunder-calls";

export const DESCRIPTOR_READ = "descriptor being read";
export const DESCRIPTOR_WRITTEN = "descriptor being assigned";
const METHOD_CALLED = "descriptor method being called";
const METHOD_BOUND = "descriptor method bound for the call";

/**
 * The __get__ of a class attribute that is a user-defined descriptor, else null: whatever the class's `__get__`
 * is (a function, a staticmethod, a callable instance), slot_tp_descr_get calls it with three arguments.
 */
export function userDescriptorGet(attr: PyObject | undefined): PyObject | null {
	if (!(attr instanceof PyInstance)) return null;
	return attr.cls.lookup("__get__") ?? null;
}

/** PyDescr_IsData: the descriptor's type defines __set__ or __delete__ (either fills tp_descr_set). */
export function isUserDataDescriptor(attr: PyObject | undefined): attr is PyInstance {
	if (!(attr instanceof PyInstance)) return false;
	const cls = attr.cls;
	return cls.lookup("__set__") !== undefined || cls.lookup("__delete__") !== undefined;
}

/** slot_tp_descr_get: get(descr, obj or None, type), the descriptor held meanwhile. */
export function callDescriptorGet(vm: VM, get: PyObject, descr: PyObject, obj: PyObject | null, type: PyClass): PyObject {
	vm.heap.hold(descr, DESCRIPTOR_READ);
	try {
		return vm.callObject(get, [descr, obj ?? vm.None, type]);
	} finally {
		vm.heap.release(descr, DESCRIPTOR_READ);
	}
}

/** slot_tp_descr_set: `__set__(descr, obj, value)`, or `__delete__(descr, obj)` when value is null. */
export function callDescriptorSet(vm: VM, descr: PyInstance, obj: PyObject, value: PyObject | null): void {
	const name = value === null ? "__delete__" : "__set__";
	vm.heap.hold(descr, DESCRIPTOR_WRITTEN);
	try {
		const method = descr.cls.lookup(name);
		if (method === undefined) return vm.raise("AttributeError", name);
		const args = value === null ? [obj] : [obj, value];
		// vectorcall_method: lookup_method's reference lasts for the call; a function is called with the
		// descriptor, anything else bound to it first (a staticmethod's function, a callable instance).
		vm.heap.hold(method, METHOD_CALLED);
		try {
			vm.decref(method instanceof PyFunction ? vm.callObject(method, [descr, ...args]) : callSpecialMethod(vm, descr, method, args, METHOD_BOUND, name));
		} finally {
			vm.heap.release(method, METHOD_CALLED);
		}
	} finally {
		vm.heap.release(descr, DESCRIPTOR_WRITTEN);
	}
}
