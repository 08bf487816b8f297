// LOAD_NAME/LOAD_GLOBAL and their stores: namespace dict (module or class body), globals, builtins.
import type { PyObject } from "../heap/object";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { raiseNameError, nameErrorSuggestion } from "./suggestions";

export function nameLoad(vm: VM, f: Frame, name: string, globalOnly: boolean): PyObject {
	const found =
		(!globalOnly && f.namespace ? vm.dictGetStr(f.namespace, name) : undefined) ??
		vm.dictGetStr(f.globals, name) ??
		vm.dictGetStr(vm.builtins, name);
	if (!found) raiseNameError(vm, `name '${name}' is not defined`, name, nameErrorSuggestion(name, f.code, f.globals));
	return vm.incref(found);
}

/** Stores the value on top of the stack (the dict takes a reference of its own; the caller pops). */
export function nameStore(vm: VM, f: Frame, name: string, value: PyObject, globalOnly: boolean): void {
	const target = !globalOnly && f.namespace ? f.namespace : f.globals;
	vm.dictSetStr(target, name, value);
}

export function nameDelete(vm: VM, f: Frame, name: string, globalOnly: boolean): void {
	const target = !globalOnly && f.namespace ? f.namespace : f.globals;
	if (!vm.dictDelStr(target, name)) raiseNameError(vm, `name '${name}' is not defined`, name, nameErrorSuggestion(name, f.code, f.globals));
}
