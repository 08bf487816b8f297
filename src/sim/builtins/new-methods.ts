// `X.__new__` for the builtin types (typeobject.c's tp_new_wrapper around each type's tp_new), and the
// rules type_call and object.__init__ follow: which tp_new a class has (a builtin one, inherited, or
// slot_tp_new for a `__new__` written in Python), object_new's allocation, its excess-argument errors and
// BaseException_new.
import type { PyObject } from "../heap/object";
import { PyClass, T, iteratorTypes } from "../heap/classes";
import { PyBareObject, PyExceptionObject, PyInstance } from "../heap/instances";
import { PyBuiltinFunction, type NativeImpl, calledWithTuple } from "../heap/callables";
import { PyDict, type PyTuple } from "../heap/containers";
import type { PyWeakref } from "../heap/weakrefs";
import { dictSet } from "../vm/dicts";
import { builtinTpNew } from "./constructors";
import { newSubclassInstance, subclassableBase } from "./builtin-subclasses";
import { instanceLayout } from "../heap/shared-keys";
import { BUILTIN_ITERATOR_TYPES, globalShared, exceptionClasses } from "./types";
import type { VM } from "../vm/vm";
import { takeCallerPacked } from "../vm/caller-packed";
import { PLAIN_NEW, UNSUPPORTED_NEW, unsupportedNew } from "./plain-new";
import { groupNew } from "./exception-groups";

/** The C function a type's tp_new points to: equal names mean equal functions (tp_new_wrapper's safety check). */
export const OBJECT_NEW = "object_new";
export const EXCEPTION_NEW = "BaseException_new";
export const GROUP_NEW = "BaseExceptionGroup_new";

/** Each builtin type's own `__new__` and the tp_new it wraps (add_tp_new_wrapper gives every such type one). */
const NEW_WRAPPERS = new Map<PyObject, string>();

/**
 * The tp_new of a class: the builtin one its `__new__` lookup reaches (inherited, as inherit_special and
 * update_one_slot leave it), or null for slot_tp_new (a `__new__` defined in Python somewhere in the MRO).
 */
export function tpNewOf(cls: PyClass): string | null {
	const found = cls.lookup("__new__");
	const builtin = found === undefined ? OBJECT_NEW : NEW_WRAPPERS.get(found);
	return builtin === undefined || cls.slotNewKept ? null : builtin;
}

/**
 * type_ready_set_new and fixup_slot_dispatchers for a new class, then update_slot after `C.__new__ = ...` or
 * `del C.__new__` (for the class and its subclasses): a tp_new that became slot_tp_new stays so.
 */
export function updateNewSlot(cls: PyClass): void {
	if (cls.base?.slotNewKept || tpNewOf(cls) === null) cls.slotNewKept = true;
}
export function updateNewSlotOfSubclasses(cls: PyClass): void {
	updateNewSlot(cls);
	const subclasses = cls.subclasses;
	if (!(subclasses instanceof PyDict)) return;
	for (const { value } of subclasses.entries.values()) {
		const sub = (value as PyWeakref).referent;
		if (sub instanceof PyClass) updateNewSlotOfSubclasses(sub);
	}
}

/** excess_args: any positional argument, or a non-empty keyword dict. */
function excessArgs(nargs: number, kwargs: ReadonlyMap<string, PyObject> | null): boolean {
	return nargs > 0 || (kwargs !== null && kwargs.size > 0);
}

/** tp_init is object_init: the class's `__init__` is object's own. */
function initIsObjects(cls: PyClass): boolean {
	return cls.lookup("__init__") === T.object.dict.get("__init__");
}

/**
 * object_new(type, args, kwds): the excess-argument check (an error only when the class overrides neither
 * `__init__` nor, if called directly, `__new__`), then a new instance without `__init__`.
 */
export function objectNew(vm: VM, cls: PyClass, nargs: number, kwargs: ReadonlyMap<string, PyObject> | null): PyObject {
	// A builtin base pymem cannot subclass (deque's) says so first: its own tp_new would have taken the arguments.
	const builtinBase = cls === T.object ? null : firstBuiltinBase(cls);
	if (builtinBase) vm.raise("TypeError", `pymem does not support subclassing '${builtinBase.name}' yet`);
	if (excessArgs(nargs, kwargs)) {
		if (tpNewOf(cls) !== OBJECT_NEW) vm.raise("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
		if (initIsObjects(cls)) vm.raise("TypeError", `${cls.name}() takes no arguments`);
	}
	if (cls === T.object) return vm.heap.register(new PyBareObject(T.object));
	return allocateInstance(vm, cls);
}

/** The first builtin class other than object in `cls`'s MRO (a loop: every instantiation asks). */
export function firstBuiltinBase(cls: PyClass): PyClass | undefined {
	const mro = cls.mro;
	// typing.Generic is a Python class with empty __slots__: its subclasses' instances are object's.
	for (let i = 0; i < mro.length; i++) if (mro[i]!.builtin && mro[i] !== T.object && mro[i] !== T.Generic) return mro[i];
	return undefined;
}

/** object_init: object.__init__ with arguments is an error unless the class overrides `__new__` but not `__init__`. */
export function checkObjectInit(vm: VM, self: PyObject, nargs: number, kwargs: ReadonlyMap<string, PyObject> | null): void {
	if (!excessArgs(nargs, kwargs)) return;
	const cls = self.cls;
	if (!initIsObjects(cls)) vm.raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
	if (tpNewOf(cls) === OBJECT_NEW) vm.raise("TypeError", `${cls.name}.__init__() takes exactly one argument (the instance to initialize)`);
}

/** BaseException_new: the new exception keeps the call's argument tuple itself as its args. */
export function exceptionNew(vm: VM, cls: PyClass, argTuple: PyTuple): PyExceptionObject {
	// Its reference to its class counts before it is allocated (see Heap.collectWhileAllocating).
	vm.incref(cls);
	const exc = vm.heap.register(new PyExceptionObject(cls));
	exc.args = vm.incref(argTuple);
	vm.heap.observer?.contentChanged(exc);
	return exc;
}

/** The tp_new of a builtin type given its (sliced) arguments; mutable containers start empty (their init fills them). */
type BuiltinNew = (vm: VM, subtype: PyClass, argTuple: PyTuple, kwargs: Map<string, PyObject> | null, kwDict: PyDict | null) => PyObject;

const EMPTY_UNTIL_INIT = new Set(["list", "dict", "set", "bytearray"]);

function builtinNew(type: PyClass): BuiltinNew {
	if (type === T.object) return (vm, subtype, argTuple, kwargs) => objectNew(vm, subtype, argTuple.items.length, kwargs);
	if (type === exceptionClasses.get("BaseExceptionGroup")) return (vm, subtype, argTuple) => groupNew(vm, subtype, argTuple);
	if (type.isSubclassOf(T.BaseException)) return (vm, subtype, argTuple) => exceptionNew(vm, subtype, argTuple);
	const plain = PLAIN_NEW[type.name] ?? ((UNSUPPORTED_NEW as readonly string[]).includes(type.name) ? unsupportedNew(type) : null);
	if (plain) {
		return (vm, subtype, argTuple, kwargs, kwDict) => {
			// type.__new__(Meta, ...) makes a class whose metaclass is Meta (written in Python).
			const metaclass = type === T.type && subtype.isSubclassOf(T.type);
			if (!subtype.builtin && !metaclass) vm.raise("TypeError", `pymem does not support subclassing '${type.name}' yet`);
			return plain(vm, subtype, argTuple, kwargs, kwDict);
		};
	}
	return (vm, subtype, argTuple, kwargs) => {
		if (!subtype.builtin && subclassableBase(type)) return newSubclassInstance(vm, subtype, type, argTuple.items, kwargs);
		if (!subtype.builtin) vm.raise("TypeError", `pymem does not support subclassing '${type.name}' yet`);
		if (EMPTY_UNTIL_INIT.has(type.name)) return builtinTpNew(vm, subtype, [], null);
		return builtinTpNew(vm, subtype, argTuple.items, kwargs);
	};
}

/** tp_new_wrapper's checks: X.__new__(S) needs a type S that is a subtype of X and safe to make with X's tp_new. */
function checkNewTarget(vm: VM, type: PyClass, args: readonly PyObject[]): PyClass {
	const arg0 = args[0];
	if (arg0 === undefined) return vm.raise("TypeError", `${type.name}.__new__(): not enough arguments`);
	if (!(arg0 instanceof PyClass)) return vm.raise("TypeError", `${type.name}.__new__(X): X is not a type object (${arg0.typeName})`);
	const subtype = arg0;
	if (!subtype.isSubclassOf(type)) {
		return vm.raise("TypeError", `${type.name}.__new__(${subtype.name}): ${subtype.name} is not a subtype of ${type.name}`);
	}
	// The most derived base that is not a class with a Python `__new__` must use this very tp_new
	// (object.__new__(dict) would make a dict without its fields).
	let staticBase: PyClass | null = subtype;
	while (staticBase && tpNewOf(staticBase) === null) staticBase = staticBase.base ?? staticBase.bases[0] ?? null;
	// A builtin type without a `__new__` of its own (generator, frame...) has a NULL tp_new in CPython.
	const staticNew = staticBase?.builtin && staticBase !== T.object && !staticBase.dict.has("__new__") && !HEAP_TYPES_INHERITING_NEW.has(staticBase.name) ? "NULL" : staticBase && tpNewOf(staticBase);
	if (staticBase && staticNew !== tpNewOf(type)) {
		vm.raise("TypeError", `${type.name}.__new__(${subtype.name}) is not safe, use ${staticBase.name}.__new__()`);
	}
	return subtype;
}

/** Builtin classes CPython makes as heap types (PyErr_NewException): they inherit their base's tp_new. */
const HEAP_TYPES_INHERITING_NEW = new Set(["ExceptionGroup"]);

const WRAPPER_ARGS = "call arguments (builtin __new__)";
const WRAPPER_KWARGS = "keyword arguments (builtin __new__)";
const SLICED_ARGS = "arguments after the type (tp_new_wrapper)";

/**
 * tp_new_wrapper, a METH_VARARGS|METH_KEYWORDS builtin bound to its type: the call packs its arguments in a
 * tuple (and keywords in a dict), the wrapper checks the target type and passes a slice without it on.
 */
function newWrapperImpl(type: PyClass): NativeImpl {
	const tpNew = builtinNew(type);
	return calledWithTuple((vm, args, kwargs) => {
		// From CALL_FUNCTION_EX, cfunction_call gets the caller's own tuple and dict.
		const given = takeCallerPacked(args);
		const argTuple = given ? null : vm.tuple(args.map((a) => vm.incref(a)));
		if (argTuple) vm.heap.adopt(argTuple, WRAPPER_ARGS);
		const kwDict = !given && kwargs && kwargs.size ? keywordDict(vm, kwargs) : null;
		try {
			const subtype = checkNewTarget(vm, type, args);
			const rest = vm.tuple(args.slice(1).map((a) => vm.incref(a)));
			vm.heap.adopt(rest, SLICED_ARGS);
			try {
				return tpNew(vm, subtype, rest, kwargs, given ? given.kwDict : kwDict);
			} finally {
				vm.heap.release(rest, SLICED_ARGS);
			}
		} finally {
			if (argTuple) vm.heap.release(argTuple, WRAPPER_ARGS);
			if (kwDict) vm.heap.release(kwDict, WRAPPER_KWARGS);
		}
	});
}

function keywordDict(vm: VM, kwargs: ReadonlyMap<string, PyObject>): PyDict {
	const d = vm.dict();
	for (const [k, v] of kwargs) dictSet(vm, d, vm.intern(k), v);
	vm.heap.adopt(d, WRAPPER_KWARGS);
	return d;
}

/** Types whose `__new__` pymem models: object, the exceptions, and the builtin types it can construct. */
const TYPES_WITH_NEW = ["int", "bool", "float", "complex", "str", "bytes", "bytearray", "tuple", "frozenset", "list", "dict", "set", "range", "slice", "weakref"] as const;

export function installNewMethods(): void {
	const install = (type: PyClass, tpNew: string) => {
		const wrapper = globalShared(new PyBuiltinFunction("__new__", newWrapperImpl(type), type));
		type.dict.set("__new__", wrapper);
		NEW_WRAPPERS.set(wrapper, tpNew);
	};
	install(T.object, OBJECT_NEW);
	// ExceptionGroup, a heap type, inherits BaseExceptionGroup's.
	for (const cls of exceptionClasses.values()) if (cls.name !== "ExceptionGroup") install(cls, cls.name === "BaseExceptionGroup" ? GROUP_NEW : EXCEPTION_NEW);
	for (const name of TYPES_WITH_NEW) install(T[name], `${name}_new`);
	for (const name of BUILTIN_ITERATOR_TYPES) install(iteratorTypes.get(name)!, `${name}_new`);
	// PyType_GenericNew is one function: property.__new__(staticmethod) passes the safety check (not the subtype one).
	for (const name of ["property", "staticmethod", "classmethod", "super"] as const) install(T[name], "PyType_GenericNew");
	for (const name of ["NoneType", "NotImplementedType", "ellipsis", "type", ...UNSUPPORTED_NEW] as const) install(T[name], `${name}_new`);
}

/** object.__new__(cls) for a user class: a new instance and nothing more (no __init__). */
export function allocateInstance(vm: VM, cls: PyClass): PyInstance {
	if (cls.abstract) refuseAbstractClass(vm, cls);
	// init_inline_values: each instance shrinks the values array its class's shared keys give out.
	instanceLayout(cls).sharedKeys?.reserveForInstance();
	// PyType_GenericAlloc: an instance of a heap type holds a reference to it (counted before the allocation,
	// as Heap.collectWhileAllocating expects).
	vm.incref(cls);
	return vm.heap.register(new PyInstance(cls));
}

/**
 * object_new's check of Py_TPFLAGS_IS_ABSTRACT: ", ".join(sorted(cls.__abstractmethods__)) in its message, the
 * list of names made and sorted for it.
 */
function refuseAbstractClass(vm: VM, cls: PyClass): never {
	const methods = cls.dict.get("__abstractmethods__");
	if (!methods) return vm.raise("AttributeError", "__abstractmethods__");
	const names = vm.list([]);
	let message: string;
	try {
		vm.listExtendFrom(names, methods);
		vm.decref(vm.callMethod(names, "sort", []));
		const joined = vm.callMethod(vm.intern(", "), "join", [names]);
		const count = names.items.length;
		message = `Can't instantiate abstract class ${cls.name} with abstract method${count > 1 ? "s" : ""} ${vm.strValue(joined)}`;
		vm.decref(joined);
	} finally {
		vm.decref(names);
	}
	return vm.raise("TypeError", message);
}
