// slot_tp_getattr_hook for a class whose metaclass, written in Python, defines __getattr__ (enum's EnumType).
// That metaclass's __getattribute__ is type's, which is not PyObject_GenericGetAttr, so call_attribute binds it to
// the class (a method-wrapper) and calls it with the name, packed in a 1-tuple as a method-wrapper has no
// vectorcall (_PyObject_MakeTpCall); both die once the lookup is done, the tuple first. Every attribute read on
// such a class (Color.RED, cls._member_map_ in the enum's own code) allocates these two GC objects, and
// gc.get_count() keeps the tuple's count when it goes to the free list.
import { PySlotWrapper, type NativeImpl } from "../heap/callables";
import { T, type PyClass } from "../heap/classes";
import type { VM } from "./vm";

/** Run `lookup` (type_getattro's work) inside the call of the bound type.__getattribute__, `impl`. */
export function throughTypeGetattribute<R>(vm: VM, cls: PyClass, name: string, impl: NativeImpl, lookup: () => R): R {
	const wrapper = vm.heap.register(new PySlotWrapper("__getattribute__", impl, vm.incref(cls), T.type));
	const args = vm.tuple([vm.str(name)]);
	try {
		return lookup();
	} finally {
		vm.decref(args);
		vm.decref(wrapper);
	}
}
