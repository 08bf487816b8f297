// abc and _abc: the _abc helpers are natives (abc-natives.ts); abc's own code is Python source pymem runs at
// import (abc-source.ts) with those helpers in its globals, as Lib/abc.py imports them from _abc.
import type { PyModule } from "../heap/callables";
import { PyClass } from "../heap/classes";
import { PyDict } from "../heap/containers";
import { runLibraryModule } from "../vm/library-source";
import type { VM } from "../vm/vm";
import { ABC_SOURCE } from "./abc-source";
import { abcDataClass } from "./abc-weak-sets";
import { installAbcDecorators } from "./abc-decorators";

export { ABC_NATIVES } from "./abc-natives";

export function installAbcDataType(vm: VM, module: PyModule): void {
	vm.dictSetStr(module.dict, "_abc_data", abcDataClass());
}

export function installAbc(vm: VM, module: PyModule): void {
	installAbcDecorators(vm, module.dict);
	runLibraryModule(vm, ABC_SOURCE, module.dict);
	// By the time a program runs, CPython's startup has subclassed ABC (os.PathLike, contextlib's two managers),
	// so ABC's tp_subclasses dict exists and a program's first subclass allocates none.
	const abc = vm.dictGetStr(module.dict, "ABC");
	if (abc instanceof PyClass && !abc.subclasses) abc.subclasses = vm.heap.asModuleImport(() => vm.heap.register(new PyDict()));
}
