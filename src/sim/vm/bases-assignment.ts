// `C.__bases__ = new_bases` (type_set_bases). pymem carries it out when the new tuple names the classes C has,
// in their order (typing.NamedTuple's metaclass does exactly that): the MRO stays, but the tuple becomes
// __bases__ and mro_internal makes a new __mro__ tuple, as CPython's does. Other bases stop with pymem's message.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyDict, PyTuple, type PyList } from "../heap/containers";
import { classPart } from "./class-parts";
import { customMro } from "./mro-invoke";
import { listAppend } from "./list-mutations";
import type { VM } from "./vm";

const REPLACED_MROS = "replaced MROs (type_set_bases)";

/** type_set_bases's checks on the new value, in its order, then the assignment. */
export function assignBases(vm: VM, cls: PyClass, value: PyObject): true {
	if (!(value instanceof PyTuple)) vm.raise("TypeError", `can only assign tuple to ${cls.name}.__bases__, not ${value.typeName}`);
	if (value.items.length === 0) vm.raise("TypeError", `can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
	for (const base of value.items) {
		if (!(base instanceof PyClass)) vm.raise("TypeError", `${cls.name}.__bases__ must be tuple of classes, not '${base.typeName}'`);
		if (base === cls || base.mro.includes(cls)) vm.raise("TypeError", "a __bases__ item causes an inheritance cycle");
	}
	const same = value.items.length === cls.bases.length && value.items.every((b, i) => b === cls.bases[i]);
	if (!same) vm.raise("TypeError", "pymem does not support assigning __bases__ other than the class has yet");
	// mro_hierarchy would recompute each subclass's MRO too.
	if (cls.subclasses instanceof PyDict && cls.subclasses.entries.size) vm.raise("TypeError", "pymem does not support assigning __bases__ of a class with subclasses yet");
	assignSameBases(vm, cls, value);
	// type_setattro's PyType_Modified, even for the bases the class had.
	cls.modified();
	return true;
}

/**
 * The new tuple becomes tp_bases; mro_hierarchy recomputes the MRO into a new tuple and keeps (type, new mro,
 * old mro) in type_set_bases's `temp` list until the list is freed (and the old MRO with it, unless the program
 * holds it); the old bases tuple goes last.
 * The class's tp_subclasses entry in each base is removed and added again: its weak reference is kept here.
 */
function assignSameBases(vm: VM, cls: PyClass, value: PyTuple): void {
	const oldBases = cls.basesTuple;
	cls.basesTuple = vm.incref(value);
	const temp: PyList = vm.list([]);
	vm.heap.adopt(temp, REPLACED_MROS);
	const oldMro = cls.mroTuple;
	if (cls.metaclass) customMro(vm, cls);
	else cls.mroTuple = classPart(vm, cls, new PyTuple(cls.mro.map((c) => vm.incref(c))), true);
	const newMro = cls.mroTuple!;
	const record = vm.tuple(oldMro ? [vm.incref(cls), vm.incref(newMro), oldMro] : [vm.incref(cls), vm.incref(newMro)]);
	listAppend(vm, temp, record);
	vm.decref(record);
	vm.heap.release(temp, REPLACED_MROS);
	vm.heap.observer?.contentChanged(cls);
	if (oldBases) vm.decref(oldBases);
}
