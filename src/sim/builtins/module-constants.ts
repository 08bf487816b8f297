// Module-level constants (math.pi, gc.DEBUG_SAVEALL): the module dict takes over the new reference.
import type { PyObject } from "../heap/object";
import type { PyModule } from "../heap/callables";
import type { VM } from "../vm/vm";

export function setModuleConstant(vm: VM, module: PyModule, name: string, value: PyObject): void {
	vm.dictSetStr(module.dict, name, value);
	vm.decref(value);
}
