// type_new_get_slots and the checks of type_new_visit_slots and type_new_copy_slots: __slots__ may be any
// iterable of identifiers (a dict's keys, a generator), each `__dict__`/`__weakref__` allowed once and only
// where the base does not already give one, and no slot may share its name with a class attribute.
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyTuple, type PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { strIsidentifier } from "../runtime/strCase";
import { mangle } from "../compile/mangle";
import { nameKey } from "./dicts";
import { sequenceTuple } from "./sequence-tuple";
import type { VM } from "./vm";

/** A new reference to __slots__ as a tuple: a str is one name (PyTuple_Pack), anything else PySequence_Tuple. */
export function slotsAsTuple(vm: VM, slots: PyObject | undefined): PyTuple | null {
	if (!slots) return null;
	return slots instanceof PyStr ? vm.tuple([vm.incref(slots)]) : sequenceTuple(vm, slots);
}

/**
 * Raises CPython's TypeError or ValueError for a bad __slots__. `baseHasDict` and `baseHasWeakrefs` say whether
 * the best base's instances already have them; `namespace` is the class body's namespace.
 */
export function checkSlots(vm: VM, cls: PyClass, items: readonly PyObject[], baseHasDict: boolean, baseHasWeakrefs: boolean, namespace: PyDict): void {
	let addsDict = false;
	let addsWeak = false;
	for (const item of items) {
		if (!(item instanceof PyStr)) vm.raise("TypeError", `__slots__ items must be strings, not '${item.typeName}'`);
		if (!strIsidentifier(item.value)) vm.raise("TypeError", "__slots__ must be identifiers");
		if (item.value === "__dict__") {
			if (baseHasDict || addsDict) vm.raise("TypeError", "__dict__ slot disallowed: we already got one");
			addsDict = true;
		}
		if (item.value === "__weakref__") {
			if (baseHasWeakrefs || addsWeak) vm.raise("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
			addsWeak = true;
		}
	}
	for (const item of items as PyStr[]) {
		if (item.value === "__dict__" || item.value === "__weakref__") continue;
		const name = mangle(cls.name, item.value);
		// The compiler's __qualname__ and __classcell__ leave the namespace before they could act as class variables.
		if (name === "__qualname__" || name === "__classcell__") continue;
		if (namespace.entries.has(nameKey(name))) vm.raise("ValueError", `'${name}' in __slots__ conflicts with class variable`);
	}
}
