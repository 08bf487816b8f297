// How a type's slot calls the special method a class defines (typeobject.c's lookup_maybe_method and
// vectorcall_method): the attribute is looked up on the type only, and whatever it is serves. A function
// (any method descriptor) is called with the instance first and no bound method made; anything else goes
// through its type's __get__ (a staticmethod gives its function, a classmethod a method bound to the class,
// a property calls its getter) or, without one (a callable instance, functools.partial, a class), is called
// as it is. The slot holds what it calls for the length of the call.
import type { PyObject } from "../heap/object";
import { PyFunction, PyBuiltinFunction, PySlotWrapper } from "../heap/callables";
import { PyInstance } from "../heap/instances";
import { PyToolObject } from "../heap/tool-objects";
import type { PyClass } from "../heap/classes";
import { builtinDescriptorGet } from "./builtin-descriptors";
import { callDescriptorGet, userDescriptorGet } from "./user-descriptors";
import type { VM } from "./vm";

/** What a slot calls: `callable` (a new reference) with the instance first when `unbound`. */
export interface SpecialMethod {
	readonly callable: PyObject;
	readonly unbound: boolean;
}

/** Py_TPFLAGS_METHOD_DESCRIPTOR: functions, builtin methods and slot wrappers of types, lru_cache wrappers. */
export function isMethodDescriptor(attr: PyObject): boolean {
	return attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.owner !== null && attr.self === null) || (attr instanceof PyToolObject && attr.bindsAsMethod);
}

/** tp_descr_get of `attr`'s type for `obj` (a new reference), or `attr` itself when its type has none. */
export function descriptorGet(vm: VM, attr: PyObject, obj: PyObject | null, type: PyClass, name: string): PyObject {
	const get = attr instanceof PyInstance ? userDescriptorGet(attr) : null;
	if (get) return callDescriptorGet(vm, get, attr, obj, type);
	return builtinDescriptorGet(vm, attr, obj, type, name);
}

/** lookup_maybe_method: `name` on obj's type made ready for the slot to call, or null when the type has none. */
export function lookupMaybeMethod(vm: VM, obj: PyObject, name: string): SpecialMethod | null {
	const attr = obj.cls.lookup(name);
	if (attr === undefined) return null;
	return resolveSpecialMethod(vm, attr, obj, name);
}

/** The second half of lookup_maybe_method, for `attr` already found on obj's type as `name`. */
export function resolveSpecialMethod(vm: VM, attr: PyObject, obj: PyObject, name: string): SpecialMethod {
	if (isMethodDescriptor(attr)) return { callable: vm.incref(attr), unbound: true };
	return { callable: descriptorGet(vm, attr, obj, obj.cls, name), unbound: false };
}

/** Call what lookupMaybeMethod found (and release it after): a new reference. */
export function callResolved(vm: VM, method: SpecialMethod, obj: PyObject, args: PyObject[], name: string): PyObject {
	const callable = method.callable;
	// A builtin type's own slot function (object's tp_hash behind a class's inherited __hash__) is called as
	// it is: no method-wrapper, no argument tuple.
	if (method.unbound && callable instanceof PySlotWrapper && callable.slotFunction) {
		try {
			return callable.slotFunction(vm, args, null, obj);
		} finally {
			vm.decref(callable);
		}
	}
	const label = callLabel(name);
	vm.heap.adopt(callable, label);
	try {
		return vm.callObject(callable, method.unbound ? [obj, ...args] : args);
	} finally {
		vm.heap.release(callable, label);
	}
}

/** How the trace names what a slot holds while it calls `name`; made once per name (every dunder call asks). */
const callLabels = new Map<string, string>();
export function callLabel(name: string): string {
	let label = callLabels.get(name);
	if (label === undefined) callLabels.set(name, (label = `${name} being called`));
	return label;
}

/** vectorcall_method: call the special method `name` of obj's type; AttributeError when the type has none. */
export function callSpecial(vm: VM, obj: PyObject, name: string, args: PyObject[]): PyObject {
	const method = lookupMaybeMethod(vm, obj, name);
	if (!method) return vm.raise("AttributeError", name);
	return callResolved(vm, method, obj, args, name);
}

/** vectorcall_maybe: the special method's result, or undefined when obj's type has none. */
export function callSpecialIfDefined(vm: VM, obj: PyObject, name: string, args: PyObject[]): PyObject | undefined {
	const method = lookupMaybeMethod(vm, obj, name);
	return method ? callResolved(vm, method, obj, args, name) : undefined;
}
