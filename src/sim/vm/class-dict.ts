// A user class's attributes live in its tp_dict (a hidden dict object that holds the references) and in
// PyClass.dict, the map lookups read. Every change goes through here so the two never disagree.
import { PyStr } from "../heap/values";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyDict } from "../heap/containers";
import { dictSet, dictDel } from "./dicts";
import type { VM } from "./vm";
import { updateNewSlotOfSubclasses } from "../builtins/new-methods";

/**
 * The module a heap type's reprs and messages print from its `__module__`: none for one that is not a str, as for
 * "builtins" (type_repr, object_repr and _PyObject_FunctionStr leave the prefix off then).
 */
export function printedModule(value: PyObject): string {
	return value instanceof PyStr ? value.value : "builtins";
}

/** C.name = value: the lookup map changes first, so a __del__ run by releasing the old value sees the new one. */
export function classDictSet(vm: VM, cls: PyClass, name: string, value: PyObject): void {
	cls.dict.set(name, value);
	cls.modified();
	if (name === "__new__") updateNewSlotOfSubclasses(cls);
	// type_repr and type_module read __module__ from the dict (namedtuple's `result.__module__ = module`).
	if (name === "__module__") cls.module = printedModule(value);
	if (cls.namespace instanceof PyDict) dictSet(vm, cls.namespace, vm.intern(name), value);
	vm.heap.observer?.contentChanged(cls);
}

/** del C.name; false when the class has no such attribute of its own. */
export function classDictDelete(vm: VM, cls: PyClass, name: string): boolean {
	if (!cls.dict.delete(name)) return false;
	cls.modified();
	if (name === "__new__") updateNewSlotOfSubclasses(cls);
	vm.heap.observer?.contentChanged(cls);
	if (cls.namespace instanceof PyDict) dictDel(vm, cls.namespace, vm.intern(name));
	return true;
}
