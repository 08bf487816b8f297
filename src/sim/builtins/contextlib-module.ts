// contextlib: Lib/contextlib.py's behaviour from Python source pymem runs at import (the contextlib-source-*
// files), so managers, the generators they drive and the bound methods and tuples a with makes are CPython's
// objects with CPython's counts. The asynchronous half and chdir (which needs os) stop with pymem's message.
import { T } from "../heap/classes";
import type { NativeImpl, PyModule } from "../heap/callables";
import { runLibraryModule } from "../vm/library-source";
import type { VM } from "../vm/vm";
import { notSupportedYet } from "./types";
import { CONTEXTLIB_MANAGERS_SOURCE } from "./contextlib-source-managers";
import { CONTEXTLIB_EXITSTACK_SOURCE } from "./contextlib-source-exitstack";

const SOURCE = CONTEXTLIB_MANAGERS_SOURCE + CONTEXTLIB_EXITSTACK_SOURCE;

export const CONTEXTLIB_FUNCTIONS: Record<string, NativeImpl> = {
	...notSupportedYet(
		["asynccontextmanager", "aclosing", "AbstractAsyncContextManager", "AsyncContextDecorator", "AsyncExitStack", "chdir"],
		(name) => `contextlib.${name}`,
	),
};

export function installContextlib(vm: VM, module: PyModule): void {
	// types.MethodType, which ExitStack binds a manager's __exit__ with.
	vm.dictSetStr(module.dict, "MethodType", T.method);
	// types.GenericAlias, for AbstractContextManager[...].
	vm.dictSetStr(module.dict, "GenericAlias", T.GenericAlias);
	runLibraryModule(vm, SOURCE, module.dict);
}
