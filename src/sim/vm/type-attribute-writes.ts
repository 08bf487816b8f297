// Assigning or deleting one of type's own data descriptors on a class (`C.__mro__ = ...`, `del C.__doc__`):
// type_setattro finds the getset or member descriptor on the metatype before the class's dict, so these never
// become plain class attributes. What pymem cannot carry out (bases other than the class has) stops with its message.
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { classDictDelete, classDictSet } from "./class-dict";
import { isTruthy } from "./protocol";
import { assignBases } from "./bases-assignment";
import type { VM } from "./vm";

/** type_members: all READONLY, so PyMember_SetOne refuses to set or delete them. */
const READONLY_MEMBERS: ReadonlySet<string> = new Set([
	"__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__", "__base__", "__dictoffset__", "__mro__",
]);

/** type_getsets without a setter. */
const GETTERS_ONLY: ReadonlySet<string> = new Set(["__dict__", "__text_signature__"]);

/** type_getsets whose setters start with check_set_special_type_attr, which refuses deletion. */
const UNDELETABLE: ReadonlySet<string> = new Set(["__name__", "__qualname__", "__bases__", "__module__", "__doc__"]);

/**
 * `cls.name = value`, or `del cls.name` when value is null, for a class written in Python: true when type's
 * descriptor took it (or raised), false when the name is an ordinary class attribute (or a setter pymem
 * already runs through the class's dict: `__doc__`, `__annotations__`, `__name__`...).
 */
export function setTypeDescriptor(vm: VM, cls: PyClass, name: string, value: PyObject | null): boolean {
	if (READONLY_MEMBERS.has(name)) vm.raise("AttributeError", "readonly attribute");
	if (GETTERS_ONLY.has(name)) vm.raise("AttributeError", `attribute '${name}' of 'type' objects is not writable`);
	if (value === null) return deleteTypeDescriptor(vm, cls, name);
	if (name === "__bases__") return assignBases(vm, cls, value);
	if (name === "__abstractmethods__") {
		// type_set_abstractmethods: the value's truth first, then the dict entry and Py_TPFLAGS_IS_ABSTRACT.
		const abstract = isTruthy(vm, value);
		classDictSet(vm, cls, name, value);
		cls.abstract = abstract;
		return true;
	}
	return false;
}

function deleteTypeDescriptor(vm: VM, cls: PyClass, name: string): boolean {
	if (UNDELETABLE.has(name)) vm.raise("TypeError", `cannot delete '${name}' attribute of immutable type '${cls.name}'`);
	// type_set_abstractmethods and type_set_annotations delete the dict's entry, or say the name alone.
	if (name === "__abstractmethods__" || name === "__annotations__") {
		if (!classDictDelete(vm, cls, name)) vm.raise("AttributeError", name);
		if (name === "__abstractmethods__") cls.abstract = false;
		return true;
	}
	return false;
}
