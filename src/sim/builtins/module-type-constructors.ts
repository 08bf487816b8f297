// Calling a type that a module defines (itertools.count, functools.partial): its tp_new, found by the type
// object. type_call packs the arguments into a tuple first; natives that keep it (chain) receive it.
import type { PyClass } from "../heap/classes";
import type { PyObject } from "../heap/object";
import type { PyDict, PyTuple } from "../heap/containers";
import type { VM } from "../vm/vm";

export type ModuleTypeConstructor = (vm: VM, args: PyObject[], kw: Map<string, PyObject> | null, argTuple: PyTuple, kwDict: PyDict | null) => PyObject;

export const moduleTypeConstructors = new Map<PyClass, ModuleTypeConstructor>();

/** Whether `cls` is a module's static type: its tp_name carries the module ("itertools.count"), as messages show. */
export function tpName(cls: PyClass): string {
	return moduleTypeConstructors.has(cls) || cls.name === "_grouper" || cls.module === "functools" ? `${cls.module}.${cls.name}` : cls.name;
}
