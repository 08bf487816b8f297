// The pieces BINARY_OP and rich comparison share: calling an instance's dunder (NotImplemented is
// "declined"), the subclass-on-the-right priority rule, and the value of an int or float.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyNone } from "../heap/values";
import { hasInstanceAttributes, isMetaclassInstance } from "../heap/subclass-instances";
import { PyBoundMethod, PyBuiltinFunction, PyFunction, type NativeImpl } from "../heap/callables";
import type { PyClass } from "../heap/classes";
import type { VM } from "./vm";

export function numeric(o: PyObject): number | bigint | null {
	if (o instanceof PyInt) return o.value;
	if (o instanceof PyFloat) return o.value;
	return null;
}

/**
 * A dunder a Python class set to None (`__iter__ = None`, `__len__ = None`): update_one_slot fills the type's
 * slot all the same, and the slot function finds None. Most call it ('NoneType' object is not callable);
 * slot_tp_iter, slot_sq_contains and reversed() look for None first and refuse with a message of their own.
 */
export function isDunderNone(o: PyObject, name: string): boolean {
	if (!hasInstanceAttributes(o) && !isMetaclassInstance(o)) return false;
	// The class's cached lookup answers nearly every call (truth tests, operators): only a None found needs
	// its owner, as a builtin's None (list.__hash__) is no Python-level dunder.
	if (!(o.cls.lookup(name) instanceof PyNone)) return false;
	return !o.cls.mro.find((c) => c.dict.has(name))!.builtin;
}

/** The slot function calling the None a class set its dunder to (see isDunderNone). */
export function refuseNoneDunder(vm: VM, o: PyObject, name: string): void {
	if (isDunderNone(o, name)) vm.raise("TypeError", "'NoneType' object is not callable");
}

export function callDunder(vm: VM, obj: PyObject, name: string, other: PyObject): PyObject | undefined {
	if (!hasInstanceAttributes(obj)) return undefined;
	refuseNoneDunder(vm, obj, name);
	const fn = obj.cls.lookup(name);
	if (!(fn instanceof PyFunction)) return undefined;
	const r = vm.callObject(fn, [obj, other]);
	if (r === vm.NotImplemented) {
		vm.decref(r);
		return undefined;
	}
	return r;
}

/**
 * Whether `b` is an instance of a proper subclass, written in Python, of `a`'s class (whose methods then take
 * priority): a subclass of list on the right of a list, or of a user class on the right of its instance.
 */
export function subclassOnRight(a: PyObject, b: PyObject): boolean {
	return hasInstanceAttributes(b) && a.cls !== b.cls && b.cls.isSubclassOf(a.cls);
}

/**
 * _PyObject_LookupSpecial then a call (PyObject_Format's __format__, dict_subscript's __missing__,
 * __set_name__): the function is bound to `obj` by a bound method allocated for the call, shown as `label`.
 */
export function callSpecialMethod(vm: VM, obj: PyObject, func: PyFunction, args: PyObject[], label: string): PyObject {
	vm.incref(func);
	vm.incref(obj);
	const bound = vm.heap.register(new PyBoundMethod(func, obj));
	vm.heap.adopt(bound, label);
	try {
		return vm.callObject(bound, args);
	} finally {
		vm.heap.release(bound, label);
	}
}

/**
 * _PyObject_LookupSpecial finding a builtin method (object.__format__, defaultdict's __missing__): a builtin
 * method bound to `obj`, holding it while `body` runs the method's C code, freed after.
 */
export function withBoundBuiltin<R>(vm: VM, obj: PyObject, name: string, owner: PyClass, impl: NativeImpl, label: string, body: () => R): R {
	const bound = vm.heap.register(new PyBuiltinFunction(name, impl, vm.incref(obj), owner));
	vm.heap.adopt(bound, label);
	try {
		return body();
	} finally {
		vm.heap.release(bound, label);
	}
}
