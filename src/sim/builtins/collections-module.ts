// collections: deque, defaultdict and OrderedDict (C types of _collections and odictobject.c), Counter and namedtuple,
// and the collections.abc submodule (Python source, collections-abc-source.ts). The package's other pure-Python parts
// (ChainMap, UserDict...) are not simulated yet: using one says so.
import { PyModule, type NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { notSupportedYet } from "./types";
import { installItertoolsConstructors } from "./itertools-module";
import { namedtuple } from "./namedtuple";
import type { VM } from "../vm/vm";
import { runLibraryModule } from "../vm/library-source";
import { COLLECTIONS_ABC_SOURCE } from "./collections-abc-source";
import { callableAliasClass } from "./callable-alias";

const NOT_YET = ["ChainMap", "UserDict", "UserList", "UserString"] as const;

export const COLLECTIONS_FUNCTIONS: Record<string, NativeImpl> = { namedtuple, ...notSupportedYet(NOT_YET, (name) => `collections.${name}`) };

export function installCollectionsTypes(vm: VM, module: PyModule): void {
	// Lib/collections imports chain, repeat and starmap from itertools (Counter.elements uses them).
	installItertoolsConstructors();
	vm.dictSetStr(module.dict, "deque", T.deque);
	vm.dictSetStr(module.dict, "defaultdict", T.defaultdict);
	vm.dictSetStr(module.dict, "OrderedDict", T.OrderedDict);
	vm.dictSetStr(module.dict, "Counter", T.Counter);
}

/**
 * collections.abc: its classes run as Python (collections-abc-source.ts), made as python3's startup made them.
 */
export function installCollectionsAbc(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "_CallableGenericAlias", callableAliasClass());
	runLibraryModule(vm, COLLECTIONS_ABC_SOURCE, module.dict);
	// The array module registers array.array when it is imported (importing collections.abc for it in CPython).
	const arrayModule = vm.modules.get("array");
	if (arrayModule instanceof PyModule) registerMutableSequence(vm, vm.dictGetStr(arrayModule.dict, "array")!, module);
}

/** `collections.abc.MutableSequence.register(cls)`, once collections.abc is loaded; else when it is. */
export function registerMutableSequence(vm: VM, cls: PyObject, abc = vm.modules.get("collections.abc")): void {
	if (!(abc instanceof PyModule)) return;
	vm.decref(vm.callMethod(vm.dictGetStr(abc.dict, "MutableSequence")!, "register", [cls]));
}
