// The pieces BINARY_OP and rich comparison share: calling an instance's dunder (NotImplemented is
// "declined"), the subclass-on-the-right priority rule, and the value of an int or float.
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex } from "../heap/values";
import { hasInstanceAttributes, pythonSlot } from "../heap/subclass-instances";
import { PyBuiltinFunction, type NativeImpl } from "../heap/callables";
import { descriptorGet } from "./special-methods";
import type { PyClass } from "../heap/classes";
import type { VM } from "./vm";

export function numeric(o: PyObject): number | bigint | null {
	if (o instanceof PyInt) return o.value;
	if (o instanceof PyFloat) return o.value;
	return null;
}

/**
 * Whether a builtin number's own slot (long_*, float_*, complex_*) takes `b` rather than answer NotImplemented:
 * int's takes ints, float's ints and floats, complex's all three (subclasses' instances included).
 */
export function numberSlotTakes(a: PyObject, b: PyObject): boolean {
	if (a instanceof PyComplex) return b instanceof PyInt || b instanceof PyFloat || b instanceof PyComplex;
	if (a instanceof PyFloat) return b instanceof PyInt || b instanceof PyFloat;
	return a instanceof PyInt && b instanceof PyInt;
}

export function callDunder(vm: VM, obj: PyObject, name: string, other: PyObject): PyObject | undefined {
	if (!hasInstanceAttributes(obj) || !pythonSlot(obj.cls, name)) return undefined;
	const r = vm.callMethod(obj, name, [other]);
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
 * __set_name__, reversed()'s __reversed__): `attr`, found on obj's type as `name`, bound to `obj` by its
 * type's __get__ (a function by a bound method allocated for the call) and held as `label` meanwhile.
 */
export function callSpecialMethod(vm: VM, obj: PyObject, attr: PyObject, args: PyObject[], label: string, name: string): PyObject {
	const bound = descriptorGet(vm, attr, obj, obj.cls, name);
	return vm.heap.whileOwned(bound, label, () => vm.callObject(bound, args));
}

/** How the trace names a method _PyObject_LookupSpecial bound for the call of `name`; made once per name. */
const lookedUpLabels = new Map<string, string>();
function lookedUpLabel(name: string): string {
	let label = lookedUpLabels.get(name);
	if (label === undefined) lookedUpLabels.set(name, (label = `${name} bound by _PyObject_LookupSpecial`));
	return label;
}

/**
 * A C function's _PyObject_LookupSpecial of `name`, which obj's class has, then its call (round's __round__,
 * math.floor's __floor__, complex()'s __complex__, dir()'s __dir__, bytes()'s __bytes__, PyObject_LengthHint's
 * __length_hint__): the method bound to obj holds it once more while it runs.
 */
export function callLookedUpSpecial(vm: VM, obj: PyObject, name: string, args: PyObject[]): PyObject {
	return callSpecialMethod(vm, obj, obj.cls.lookup(name)!, args, lookedUpLabel(name), name);
}

/**
 * _PyObject_LookupSpecial finding a builtin method (object.__format__, defaultdict's __missing__): a builtin
 * method bound to `obj`, holding it while `body` runs the method's C code, freed after.
 */
export function withBoundBuiltin<R>(vm: VM, obj: PyObject, name: string, owner: PyClass, impl: NativeImpl, label: string, body: () => R): R {
	const bound = vm.heap.register(new PyBuiltinFunction(name, impl, vm.incref(obj), owner));
	return vm.heap.whileOwned(bound, label, body);
}
