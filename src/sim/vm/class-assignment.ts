// `obj.__class__ = cls` as 3.11's object_set_class does it: only between classes written in Python whose
// instances have the same layout (compatible_for_assignment), the inline values first turned into a dict
// (the new class has keys of its own), then the new class held and the old one released.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyInstance } from "../heap/instances";
import { isSubclassInstance, type PySubclassInstance } from "../heap/subclass-instances";
import { instanceLayout } from "../heap/shared-keys";
import { firstBuiltinBase } from "../builtins/new-methods";
import { materializeInstanceDict } from "./instance-dict";
import type { VM } from "./vm";

type Reclassable = PyInstance | PySubclassInstance;

export function setClass(vm: VM, obj: PyObject, value: PyObject): void {
	// type_setattro refuses any attribute of a static type first.
	if (obj instanceof PyClass && obj.builtin) vm.raise("TypeError", `cannot set '__class__' attribute of immutable type '${obj.name}'`);
	if (!(value instanceof PyClass)) vm.raise("TypeError", `__class__ must be set to a class, not '${value.typeName}' object`);
	const old = obj.cls;
	// object_set_class lets a class written in Python take another metaclass of the same layout; pymem's classes keep theirs.
	if (obj instanceof PyClass && !obj.builtin && !value.builtin && !old.builtin) vm.raise("TypeError", "pymem does not support assigning a class's __class__ (its metaclass) yet");
	// Builtin classes are immutable types (only ModuleType subclasses are exempt, and pymem has none).
	if (value.builtin || old.builtin || !isReclassable(obj)) vm.raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
	if (!sameLayout(old, value)) vm.raise("TypeError", `__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
	if (obj instanceof PyInstance && obj.dict === null && instanceLayout(old).sharedKeys) materializeInstanceDict(vm, obj);
	// Py_INCREF(newto); Py_SET_TYPE(self, newto); Py_DECREF(oldto).
	vm.incref(value);
	const released = obj.klass;
	obj.type = value;
	obj.klass = value;
	vm.heap.observer?.contentChanged(obj);
	if (released) vm.decref(released);
}

function isReclassable(obj: PyObject): obj is Reclassable {
	return obj instanceof PyInstance || isSubclassInstance(obj);
}

/** compatible_for_assignment: the same builtin base, and the same slots, __dict__ and __weakref__ added to it. */
function sameLayout(a: PyClass, b: PyClass): boolean {
	if (firstBuiltinBase(a) !== firstBuiltinBase(b)) return false;
	const x = instanceLayout(a);
	const y = instanceLayout(b);
	if (a.isSubclassOf(T.tuple) || a.isSubclassOf(T.int)) return sameVariableSizeLayout(a, b);
	if (x.hasDict !== y.hasDict || x.hasWeakref !== y.hasWeakref || x.slots.size !== y.slots.size) return false;
	for (const name of x.slots) if (!y.slots.has(name)) return false;
	return true;
}

/**
 * compatible_for_assignment for a subclass of tuple or int: each class stands for the nearest base whose
 * layout it shares (compatible_with_tp_base), and two different ones only match when neither adds a __dict__,
 * whose pointer after the items (tp_dictoffset -8) same_slots_added never counts.
 */
function sameVariableSizeLayout(a: PyClass, b: PyClass): boolean {
	const la = layoutBase(a);
	const lb = layoutBase(b);
	if (la === lb) return true;
	return la.base === lb.base && !instanceLayout(la).hasDict && !instanceLayout(lb).hasDict;
}

function layoutBase(cls: PyClass): PyClass {
	let c = cls;
	while (!c.builtin && c.base && addsNothing(c, c.base)) c = c.base;
	return c;
}

function addsNothing(c: PyClass, parent: PyClass): boolean {
	const own = instanceLayout(c);
	if (parent.builtin) return !own.hasDict && own.slots.size === 0;
	const inherited = instanceLayout(parent);
	return own.hasDict === inherited.hasDict && own.slots.size === inherited.slots.size;
}
