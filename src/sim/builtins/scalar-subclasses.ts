// tp_new of int, float, str, set and frozenset for a class written in Python that subclasses them, and set's
// tp_init. long_subtype_new, float_subtype_new and unicode_new_impl first make the value as the exact type
// would (int("12"), float(x), str(x): a new object, or a shared one), then allocate the subtype's instance
// through PyType_GenericAlloc (tracked, holding its class), copy the value into it and release the first
// object. set_new makes an empty instance that set_init fills; frozenset_new fills it right away.
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PyInt, PyFloat, PyStr } from "../heap/values";
import type { PySet } from "../heap/containers";
import { PyFunction } from "../heap/callables";
import { PyIntInstance, PyFloatInstance, PyStrInstance, PySetInstance } from "../heap/scalar-instances";
import { builtinTpNew } from "./constructors";
import { clearSet } from "../vm/set-clear";
import type { VM } from "../vm/vm";

/** The builtin types whose Python subclasses this module makes instances of. */
export function isScalarBase(type: PyClass): boolean {
	return type === T.int || type === T.float || type === T.str || type === T.set || type === T.frozenset;
}

const EXACT_VALUE = "value made by the exact type (subtype_new)";

/** float_new and set_new skip their no-keywords check for a class with an `__init__` of its own. */
function ownInit(cls: PyClass): boolean {
	return cls.lookup("__init__") instanceof PyFunction;
}

export function newScalarInstance(vm: VM, cls: PyClass, base: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	if (base === T.set || base === T.frozenset) return newSetInstance(vm, cls, base, args, kwargs);
	const keywords = base === T.float && ownInit(cls) ? null : kwargs;
	const exact = builtinTpNew(vm, base, args, keywords);
	vm.heap.adopt(exact, EXACT_VALUE);
	try {
		// PyType_GenericAlloc's reference to the heap type counts before the allocation (Heap.collectWhileAllocating).
		vm.incref(cls);
		if (exact instanceof PyInt) return vm.heap.register(new PyIntInstance(cls, exact.value));
		if (exact instanceof PyFloat) return vm.heap.register(new PyFloatInstance(cls, exact.value));
		return vm.heap.register(new PyStrInstance(cls, (exact as PyStr).value));
	} finally {
		vm.heap.release(exact, EXACT_VALUE);
	}
}

/** set_new (empty until set_init) or frozenset_new (filled from its one iterable), for a subtype. */
function newSetInstance(vm: VM, cls: PyClass, base: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const frozen = base === T.frozenset;
	if (kwargs?.size && !(!frozen && ownInit(cls))) vm.raise("TypeError", `${base.name}() takes no keyword arguments`);
	if (frozen && args.length > 1) vm.raise("TypeError", `frozenset expected at most 1 argument, got ${args.length}`);
	vm.incref(cls);
	const s = vm.heap.register(new PySetInstance(cls, frozen));
	const source = args[0];
	if (!frozen || !source) return s;
	return vm.heap.build(s, "set being built", () => vm.setUpdate(s, source));
}

/** set_init: no keywords, at most one iterable; a set already filled is emptied first. */
export function setInit(vm: VM, self: PySet, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): void {
	if (kwargs?.size) vm.raise("TypeError", "set() takes no keyword arguments");
	if (args.length > 1) vm.raise("TypeError", `${self.cls.name} expected at most 1 argument, got ${args.length}`);
	if (self.entries.size) clearSet(vm, self);
	const source = args[0];
	if (source) vm.setUpdate(self, source);
}
