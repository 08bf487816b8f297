// The importable modules: sys, gc, weakref, math, random, copy, itertools, collections, collections.abc, ctypes, functools, typing, dataclasses, contextlib, heapq, bisect, operator, array, abc, types, string, time, enum. Each is a module object over a dict of natives (dataclasses, contextlib, heapq, abc, collections.abc, string and enum run Python source pymem compiles at import).
import type { PyObject } from "../heap/object";
import { PyModule, type NativeImpl } from "../heap/callables";
import { PyList, PyTuple } from "../heap/containers";
import { sizeOf } from "../heap/sizes";
import { SYS_FUNCTIONS, installSysData } from "./sys-module";
import { GC_FUNCTIONS, installGcConstants } from "./gc-module";
import { WEAKREF_FUNCTIONS, installWeakrefTypes } from "./weakref-module";
import { MATH_FUNCTIONS, installMathConstants } from "./math-module";
import { RANDOM_FUNCTIONS, installRandomMathNames } from "./random-module";
import { COPY_FUNCTIONS, installCopyError } from "./copy-module";
import { ITERTOOLS_FUNCTIONS, installItertoolsTypes } from "./itertools-module";
import { COLLECTIONS_FUNCTIONS, installCollectionsAbc, installCollectionsTypes } from "./collections-module";
import { typeDefines } from "./collections-abc-slots";
import { callableClassGetitem } from "./callable-alias";
import { CTYPES_FUNCTIONS, installCtypesTypes } from "./ctypes-module";
import { FUNCTOOLS_FUNCTIONS, installFunctoolsTypes } from "./functools-module";
import { nativeFunction } from "./types";
import type { VM } from "../vm/vm";
import { PyRaise } from "../vm/errors";
import { setField } from "../vm/exception-init";
import { strRepr } from "../runtime/strRepr";
import { PyStr } from "../heap/values";
import { lookupAttr } from "../vm/attributes";
import { withoutException } from "../vm/protocol";
import { installFutureFeatures } from "./future-module";
import { TYPING_FUNCTIONS, installTypingNames } from "./typing-module";
import { installDataclasses } from "./dataclasses-module";
import { CONTEXTLIB_FUNCTIONS, installContextlib } from "./contextlib-module";
import { installHeapq } from "./heapq-module";
import { installBisect } from "./bisect-module";
import { OPERATOR_MODULE_FUNCTIONS, installOperatorNames } from "./operator-module";
import { installArray } from "./array-module";
import { ABC_NATIVES, installAbc, installAbcDataType } from "./abc-module";
import { installTypesModule } from "./types-module";
import { installString } from "./string-module";
import { TIME_FUNCTIONS } from "./time-module";
import { installEnum } from "./enum-module";
import { refuseImportAtShutdown } from "../vm/shutdown-imports";

const MODULES: Record<string, { functions: Record<string, NativeImpl>; extra?: (vm: VM, m: PyModule) => void }> = {
	sys: { functions: SYS_FUNCTIONS, extra: installSysData },
	gc: { functions: GC_FUNCTIONS, extra: installGcConstants },
	weakref: { functions: WEAKREF_FUNCTIONS, extra: installWeakrefTypes },
	math: { functions: MATH_FUNCTIONS, extra: installMathConstants },
	random: { functions: RANDOM_FUNCTIONS, extra: (vm, m) => installRandomMathNames(vm, m, importModule(vm, "math") as PyModule) },
	copy: { functions: COPY_FUNCTIONS, extra: installCopyError },
	itertools: { functions: ITERTOOLS_FUNCTIONS, extra: installItertoolsTypes },
	collections: { functions: COLLECTIONS_FUNCTIONS, extra: installCollectionsTypes },
	"collections.abc": { functions: { _type_defines: typeDefines, _callable_class_getitem: callableClassGetitem }, extra: installCollectionsAbc },
	ctypes: { functions: CTYPES_FUNCTIONS, extra: installCtypesTypes },
	functools: { functions: FUNCTOOLS_FUNCTIONS, extra: installFunctoolsTypes },
	typing: { functions: TYPING_FUNCTIONS, extra: installTypingNames },
	dataclasses: { functions: {}, extra: installDataclasses },
	contextlib: { functions: CONTEXTLIB_FUNCTIONS, extra: installContextlib },
	heapq: { functions: {}, extra: installHeapq },
	bisect: { functions: {}, extra: installBisect },
	operator: { functions: OPERATOR_MODULE_FUNCTIONS, extra: installOperatorNames },
	array: { functions: {}, extra: installArray },
	abc: { functions: ABC_NATIVES, extra: installAbc },
	types: { functions: {}, extra: installTypesModule },
	string: { functions: {}, extra: installString },
	time: { functions: TIME_FUNCTIONS },
	enum: { functions: {}, extra: installEnum },
	_abc: { functions: ABC_NATIVES, extra: installAbcDataType },
	__future__: { functions: {}, extra: installFutureFeatures },
};

/** The modules above that are packages in CPython (a `__path__`): pymem has collections.abc of their submodules. */
const PACKAGES = new Set(["collections", "ctypes"]);
const SUPPORTED = "sys, gc, weakref, math, random, copy, itertools, collections, collections.abc, ctypes, functools, typing, dataclasses, contextlib, heapq, bisect, operator, array, abc, types, string, time and enum";

const sharedNatives = new Map<string, Map<string, PyObject>>();

/**
 * import_ensure_initialized reads `__spec__._initializing` of the module found in sys.modules. sys's spec was
 * made by importlib._bootstrap._setup, never by a load, so it has no such attribute: PyObject_GetAttr raises an
 * AttributeError that set_attribute_error_context normalizes (the exception and its args tuple are allocated)
 * and _PyModuleSpec_IsInitializing clears. The tuple goes to its free list, so every `import sys` counts one
 * allocation in generation 0 unless a free 1-tuple was there.
 */
function specInitializingLookupFails(vm: VM): void {
	const exc = vm.newException(vm.exceptionClass("AttributeError"), [vm.str("'ModuleSpec' object has no attribute '_initializing'")]);
	// The name field holds the interned attribute name; the obj field's spec is not simulated.
	setField(vm, exc, "name", vm.intern("_initializing"));
	vm.decref(exc);
}

export function importModule(vm: VM, name: string): PyObject {
	const existing = vm.modules.get(name);
	refuseImportAtShutdown(vm, existing !== undefined);
	if (name === "sys") specInitializingLookupFails(vm);
	if (existing) return vm.incref(existing);
	return loadModule(vm, name);
}

function loadModule(vm: VM, name: string): PyObject {
	const spec = MODULES[name];
	// CPython's message would suggest the module does not exist (`os` does); say what pymem can import instead.
	if (!spec) {
		// importlib imports the parent first; one that is no package has no __path__ to find the name in.
		const parent = name.slice(0, Math.max(0, name.lastIndexOf(".")));
		if (parent !== "") vm.decref(importModule(vm, parent));
		const notPackage = parent !== "" && !PACKAGES.has(parent);
		const message = notPackage ? `No module named '${name}'; '${parent}' is not a package` : `No module named '${name}' in pymem (it has ${SUPPORTED})`;
		// importlib raises ModuleNotFoundError(message, name=name).
		const exc = vm.newException(vm.exceptionClass("ModuleNotFoundError"), [vm.str(message)]);
		setField(vm, exc, "name", vm.intern(name));
		throw new PyRaise(exc);
	}
	// importlib imports a submodule's package first, and binds the submodule as the package's attribute once loaded.
	const dot = name.lastIndexOf(".");
	const parent = dot < 0 ? null : importModule(vm, name.slice(0, dot));
	if (parent) vm.decref(parent);
	let natives = sharedNatives.get(name);
	if (!natives) {
		natives = new Map(Object.entries(spec.functions).map(([n, impl]) => [n, nativeFunction(n, impl)]));
		sharedNatives.set(name, natives);
	}
	const dict = vm.heap.registerShared(vm.newDictUnregistered());
	const module = vm.heap.registerShared(new PyModule(name, dict));
	vm.dictSetStr(dict, "__name__", vm.intern(name));
	for (const [n, fn] of natives) vm.dictSetStr(dict, n, fn);
	spec.extra?.(vm, module);
	vm.modules.set(name, module);
	if (parent instanceof PyModule) vm.dictSetStr(parent.dict, name.slice(dot + 1), module);
	return module;
}

export { sizeOf };

/**
 * PyImport_ImportModuleLevelObject: the program runs as __main__, whose globals have neither __package__ nor
 * __spec__, so resolve_name finds no parent package for any relative import (level > 0).
 */
export function importModuleAtLevel(vm: VM, name: string, level: number, fromlist: PyObject | null = null): PyObject {
	if (level < 0) return vm.raise("ValueError", "level must be >= 0");
	if (level > 0) return vm.raise("ImportError", "attempted relative import with no known parent package");
	if (name === "") return vm.raise("ValueError", "Empty module name");
	const module = importModule(vm, name);
	const names = fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist.items : [];
	if (names.length === 0) {
		// `import a.b` binds a: the top package is what the statement gets.
		const dot = name.indexOf(".");
		if (dot < 0) return module;
		vm.decref(module);
		return importModule(vm, name.slice(0, dot));
	}
	// _handle_fromlist: `from a import b` imports a's submodule b when a has no such attribute yet.
	if (module instanceof PyModule && PACKAGES.has(name)) {
		for (const item of names) {
			if (!(item instanceof PyStr)) continue;
			const submodule = `${name}.${item.value}`;
			if (MODULES[submodule] && !vm.dictGetStr(module.dict, item.value)) vm.decref(importModule(vm, submodule));
		}
	}
	return module;
}


/**
 * import_from's ImportError for a name the module lacks: its `name` is the module's __name__. pymem's modules
 * have no file, so the location is "unknown", where python3 names the file of a module written in Python.
 */
export function cannotImportName(vm: VM, module: PyObject, name: string): never {
	const moduleName = withoutException(vm, "AttributeError", () => lookupAttr(vm, module, "__name__")) ?? null;
	const known = moduleName instanceof PyStr ? moduleName : null;
	const exc = vm.newException(vm.exceptionClass("ImportError"), [vm.str(`cannot import name ${strRepr(name)} from ${strRepr(known?.value ?? "<unknown module name>")} (unknown location)`)]);
	if (known) setField(vm, exc, "name", known);
	if (moduleName) vm.decref(moduleName);
	throw new PyRaise(exc);
}
