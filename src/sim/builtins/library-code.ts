// Python source that pymem compiles and runs as a library module's own code (collections.namedtuple's
// methods and the `__new__` it makes with eval): the objects it makes are the functions, closures and cells
// CPython's are, with their reference counts and allocations. Its code starts no steps and leaves no lines in
// printed tracebacks (its frames show line 0), and its constants stay interpreter-wide (shared), as a library module's would.
import { parseModule } from "../parse/index";
import { PyCode } from "../compile/code";
import { PyFunction } from "../heap/callables";
import type { PyDict } from "../heap/containers";
import { compileShared, markLibrary } from "../vm/library-source";
import type { VM } from "../vm/vm";

/** The code object of the one function (or lambda) `source` defines at module level, marked as library code. */
export function compileLibraryFunction(vm: VM, source: string): PyCode {
	const module = compileShared(vm, parseModule(source));
	markLibrary(module);
	const found = module.consts.find((c): c is PyCode => c instanceof PyCode);
	if (!found) throw new Error("library source defines no function");
	return found;
}

/** A function of `code` whose globals are `globals`, as MAKE_FUNCTION (or eval's) would make it: a new object. */
export function libraryFunction(vm: VM, code: PyCode, globals: PyDict): PyFunction {
	// A function holds its globals (a shared module dict keeps no count).
	if (!globals.shared) vm.incref(globals);
	return vm.heap.register(new PyFunction(code.code, globals, code));
}
