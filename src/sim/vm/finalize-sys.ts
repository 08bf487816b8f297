// finalize_modules_delete_special, the first thing Py_FinalizeEx's finalize_modules does (after the atexit
// functions and the collection with every module intact): sys's special names become None, which lets go of
// an uncaught exception kept in sys.last_value (and of its traceback's frames, so their locals' __del__ run
// here), then sys.stdin, sys.stdout and sys.stderr are put back to the originals, which lets go of a program's
// replacements.
import type { PyModule } from "../heap/callables";
import { releaseLastException } from "./sys-last-exception";
import type { VM } from "./vm";

/** In CPython 3.11's order (pylifecycle.c's sys_deletes). */
const SYS_DELETES = ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"];
const SYS_FILES = [
	["stdin", "__stdin__"],
	["stdout", "__stdout__"],
	["stderr", "__stderr__"],
] as const;

/** Without the sys module made, only an uncaught exception the interpreter kept for it can be held there. */
export function clearSysSpecials(vm: VM): void {
	const sys = vm.modules.get("sys") as PyModule | undefined;
	if (!sys) {
		releaseLastException(vm);
		vm.metaPathCleared = true;
		return;
	}
	for (const name of SYS_DELETES) {
		vm.dictSetStr(sys.dict, name, vm.None);
		if (name === "meta_path") vm.metaPathCleared = true;
	}
	for (const [name, original] of SYS_FILES) vm.dictSetStr(sys.dict, name, vm.dictGetStr(sys.dict, original) ?? vm.None);
}
