// collections: deque, defaultdict and OrderedDict (C types of _collections and odictobject.c). The module's pure-Python parts are not
// simulated yet: using one says so.
import type { NativeImpl, PyModule } from "../heap/callables";
import { T } from "../heap/classes";
import { notSupportedYet } from "./types";
import type { VM } from "../vm/vm";

const NOT_YET = ["Counter", "namedtuple", "ChainMap", "UserDict", "UserList", "UserString"] as const;

export const COLLECTIONS_FUNCTIONS: Record<string, NativeImpl> = notSupportedYet(NOT_YET, (name) => `collections.${name}`);

export function installCollectionsTypes(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "deque", T.deque);
	vm.dictSetStr(module.dict, "defaultdict", T.defaultdict);
	vm.dictSetStr(module.dict, "OrderedDict", T.OrderedDict);
}
