// A class's hidden parts: the tuples, dict and descriptors type_new allocates for it, which the trace shows as
// the class's own until the program reaches one.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import type { VM } from "./vm";

/** A hidden part of `owner`: allocated as CPython allocates it, shown by the trace as the class's own. */
export function classPart<O extends PyObject>(vm: VM, owner: PyClass, o: O, viaFreeList = false): O {
	o.internalOf = owner;
	return vm.heap.register(o, viaFreeList);
}
