// Calling a type that a module defines (itertools.count, functools.partial): its tp_new, found by the type
// object. type_call packs the arguments into a tuple first; natives that keep it (chain) receive it.
import type { PyClass } from "../heap/classes";
import type { PyObject } from "../heap/object";
import type { PyDict, PyTuple } from "../heap/containers";
import type { VM } from "../vm/vm";

export type ModuleTypeConstructor = (vm: VM, args: PyObject[], kw: Map<string, PyObject> | null, argTuple: PyTuple, kwDict: PyDict | null) => PyObject;

export const moduleTypeConstructors = new Map<PyClass, ModuleTypeConstructor>();

/** collections' types written in C: their tp_name carries the module, unlike Counter's, a class written in Python. */
const COLLECTIONS_STATIC_TYPES = ["deque", "defaultdict", "OrderedDict"];

/** tp_name, as messages and reprs show it: a module's static type carries the module ("itertools.count"). */
export function tpName(cls: PyClass): string {
	const moduleStatic = moduleTypeConstructors.has(cls) || cls.name === "_grouper" || cls.module === "functools" || (cls.builtin && cls.module === "types") || (cls.builtin && cls.module === "collections" && COLLECTIONS_STATIC_TYPES.includes(cls.name));
	return moduleStatic ? `${cls.module}.${cls.name}` : cls.name;
}
