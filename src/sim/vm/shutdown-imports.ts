// Imports during interpreter shutdown: finalize_modules sets sys.meta_path to None before it empties sys.modules,
// so a __del__ or weakref callback run by the final collection cannot import.
import type { VM } from "./vm";

/**
 * importlib's _find_spec at shutdown, once sys.meta_path is None: a module not loaded yet, or any module once
 * finalize_modules has emptied sys.modules, cannot be found.
 */
export function refuseImportAtShutdown(vm: VM, loaded: boolean): void {
	if (vm.metaPathCleared && (!loaded || vm.modulesRemoved)) vm.raise("ImportError", "sys.meta_path is None, Python is likely shutting down");
}
