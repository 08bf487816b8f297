// collections: deque, defaultdict and OrderedDict (C types of _collections and odictobject.c), Counter and namedtuple. The module's pure-Python parts are not
// simulated yet: using one says so.
import type { NativeImpl, PyModule } from "../heap/callables";
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
}
