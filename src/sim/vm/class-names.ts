// `C.__name__ = s` and `C.__qualname__ = s` as type_set_name and type_set_qualname do them: the class holds
// the str (ht_name, ht_qualname) instead of putting it in its __dict__, its repr follows its qualname, and
// neither can be deleted.
import type { PyObject } from "../heap/object";
import { PyStr } from "../heap/values";
import type { PyClass } from "../heap/classes";
import type { VM } from "./vm";

export type ClassNameAttribute = "__name__" | "__qualname__";

export function isClassNameAttribute(name: string): name is ClassNameAttribute {
	return name === "__name__" || name === "__qualname__";
}

/** type_set_name / type_set_qualname; `value` null is a `del`. */
export function setClassName(vm: VM, cls: PyClass, name: ClassNameAttribute, value: PyObject | null): void {
	// check_set_special_type_attr: builtin classes are immutable, and neither name can be deleted.
	if (cls.builtin) vm.raise("TypeError", `cannot set '${name}' attribute of immutable type '${cls.name}'`);
	if (value === null) vm.raise("TypeError", `cannot delete '${name}' attribute of immutable type '${cls.name}'`);
	if (!(value instanceof PyStr)) vm.raise("TypeError", `can only assign string to ${cls.name}.${name}, not '${value.typeName}'`);
	if (name === "__name__" && value.value.includes("\0")) vm.raise("ValueError", "type name must not contain null characters");
	const old = name === "__name__" ? cls.nameObject : cls.qualnameObject;
	vm.incref(value);
	if (name === "__name__") {
		cls.name = value.value;
		cls.nameObject = value;
	} else {
		cls.qualname = value.value;
		cls.qualnameObject = value;
	}
	cls.modified();
	vm.heap.observer?.contentChanged(cls);
	if (old) vm.decref(old);
}
