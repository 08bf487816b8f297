// LOAD_NAME/LOAD_GLOBAL and their stores: namespace dict (module or class body), globals, builtins.
import type { PyObject } from "../heap/object";
import type { Frame } from "./frame";
import type { VM } from "./vm";
import { raiseNameError } from "./suggestions";
import { replaceEntryValue } from "./dicts";
import { T } from "../heap/classes";
import type { PyDict } from "../heap/containers";
import { delItem, getItem, setItem } from "./subscript";
import { withoutException } from "./protocol";

/**
 * PyObject_GetItem(namespace, name) for a class body whose __prepare__ gave a mapping other than an exact dict
 * (a dict subclass such as enum's _EnumDict): its own __getitem__ (or __missing__) runs; a KeyError means the
 * name is looked up in the globals and builtins next.
 */
export function mappingGet(vm: VM, namespace: PyDict, name: string): PyObject | undefined {
	return withoutException(vm, "KeyError", () => getItem(vm, namespace, vm.intern(name)));
}

/**
 * What python3 puts in __main__'s globals before the program runs and pymem does not (only __name__, and
 * __doc__ for a docstring, are there): reading one would be CPython's value, never a NameError.
 */
const UNMODELLED_MODULE_GLOBALS: ReadonlySet<string> = new Set([
	"__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__",
]);

export function nameLoad(vm: VM, f: Frame, index: number, globalOnly: boolean): PyObject {
	const key = f.code.nameKeys[index]!;
	let namespace = globalOnly ? null : f.namespace;
	if (namespace && namespace.cls !== T.dict) {
		const own = mappingGet(vm, namespace, f.code.names[index]!);
		if (own) return own;
		namespace = null;
	}
	const found =
		(namespace ? namespace.entries.get(key)?.value : undefined) ??
		f.globals.entries.get(key)?.value ??
		vm.builtins.entries.get(key)?.value;
	if (!found) {
		const name = f.code.names[index]!;
		if (f.globals === vm.mainGlobals && UNMODELLED_MODULE_GLOBALS.has(name)) vm.raise("TypeError", `pymem does not support the module global ${name} yet`);
		raiseNameError(vm, `name '${name}' is not defined`, name);
	}
	return vm.incref(found);
}

/** Stores the value on top of the stack (the dict takes a reference of its own; the caller pops). */
export function nameStore(vm: VM, f: Frame, index: number, value: PyObject, globalOnly: boolean): void {
	const target = !globalOnly && f.namespace ? f.namespace : f.globals;
	if (target.cls !== T.dict) return setItem(vm, target, vm.intern(f.code.names[index]!), value);
	const entry = target.index === null ? target.entries.get(f.code.nameKeys[index]!) : undefined;
	// Rebinding a name (every turn of a module-level loop) replaces its entry without hashing the key again.
	if (entry) replaceEntryValue(vm, target, entry, value);
	else vm.dictSetStr(target, f.code.names[index]!, value);
}

export function nameDelete(vm: VM, f: Frame, index: number, globalOnly: boolean): void {
	const name = f.code.names[index]!;
	const target = !globalOnly && f.namespace ? f.namespace : f.globals;
	if (target.cls !== T.dict) {
		if (!withoutException(vm, "KeyError", () => (delItem(vm, target, vm.intern(name)), true))) raiseNameError(vm, `name '${name}' is not defined`, name);
		return;
	}
	if (!vm.dictDelStr(target, name)) raiseNameError(vm, `name '${name}' is not defined`, name);
}
