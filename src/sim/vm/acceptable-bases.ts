// type_new's first checks on a class's bases: best_base refuses a type without Py_TPFLAGS_BASETYPE, and pymem
// refuses the subclassable builtin types whose instances it cannot build as a subclass's.
import { moduleTypeConstructors, tpName } from "../builtins/module-type-constructors";
import { type PyClass, T, iteratorTypes } from "../heap/classes";
import { CTYPES_CLASSES } from "../heap/ctypes-data";
import { BUILTIN_ITERATOR_TYPES } from "../builtins/types";
import type { VM } from "./vm";

/** Builtin types whose tp_flags lack Py_TPFLAGS_BASETYPE (besides the iterators and views, below). */
const FINAL_TYPES = new Set(["mappingproxy", "method_descriptor", "wrapper_descriptor", "method-wrapper", "bool", "NoneType", "NotImplementedType", "ellipsis", "range", "slice", "function", "builtin_function_or_method", "method", "cell", "generator", "code", "frame", "traceback", "ProxyType", "CallableProxyType", "dict_keys", "dict_values", "dict_items", "odict_keys", "odict_values", "odict_items", "memoryview", "managedbuffer"]);


/** A type of iteratorTypes (some are keyed by their tp_name, "_collections._deque_iterator"). */
function isIteratorType(cls: PyClass): boolean {
	for (const type of iteratorTypes.values()) if (type === cls) return true;
	return false;
}

function isBuiltinIteratorType(cls: PyClass): boolean {
	return (BUILTIN_ITERATOR_TYPES as readonly string[]).includes(cls.name) && iteratorTypes.get(cls.name) === cls;
}

function isFinal(base: PyClass): boolean {
	if (!base.builtin || base.module === "typing") return false;
	if (FINAL_TYPES.has(base.name) || base.module === "operator") return true;
	// itertools' and the builtins' (map, zip...) are subclassable; every other iterator type is final.
	return base.module !== "itertools" && isIteratorType(base) && !isBuiltinIteratorType(base);
}

/** The tp_name "is not an acceptable base type" shows: operator's and _collections' carry their module. */
function finalName(base: PyClass): string {
	if (base === T.ProxyType || base === T.CallableProxyType) return `weakref.${base.name}`;
	return base.module === "operator" || base.module === "_collections" ? `${base.module}.${base.name}` : base.name;
}

export function refuseUnacceptableBases(vm: VM, bases: readonly PyClass[]): void {
	const final = bases.find(isFinal);
	if (final) vm.raise("TypeError", `type '${finalName(final)}' is not an acceptable base type`);
}

/** Checked once the bases are known to be consistent, as pymem's own limit, not CPython's. */
export function refuseUnsupportedBases(vm: VM, bases: readonly PyClass[]): void {
	const moduleBase = bases.find((b) => moduleTypeConstructors.has(b) || CTYPES_CLASSES.has(b));
	if (moduleBase) vm.raise("TypeError", `pymem does not support subclassing '${tpName(moduleBase)}' yet`);
	const iterator = bases.find(isBuiltinIteratorType);
	if (iterator) vm.raise("TypeError", `pymem does not support subclassing '${iterator.name}' yet`);
}
