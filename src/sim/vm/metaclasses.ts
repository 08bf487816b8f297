// Metaclasses written in Python (`class Meta(type)`): _PyType_CalculateMetaclass, type's own __init__,
// __call__ and __prepare__ (what `super().__call__(...)` and friends reach), isinstance/issubclass through a
// metaclass's checkers, and the limits of the model: the special methods CPython would call on its classes
// through type slots pymem does not fill from a metaclass (comparisons, hashing, operators, attribute hooks)
// are refused when the metaclass is made.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDescriptor, PyFunction, PySlotWrapper, type NativeImpl } from "../heap/callables";
import { globalShared, nativeFunction } from "../builtins/types";
import type { VM } from "./vm";
import { callDescriptorSet, isUserDataDescriptor } from "./user-descriptors";
import { foundPropertySet } from "./builtin-descriptors";
import { callSpecialMethod } from "./dunder-calls";
import { pythonSlot } from "../heap/subclass-instances";

const METACLASS_CONFLICT = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/** _PyType_CalculateMetaclass: the most derived of `meta` and the bases' types, or the conflict TypeError. */
export function calculateMetaclass(vm: VM, meta: PyClass, bases: readonly PyObject[]): PyClass {
	let winner = meta;
	for (const base of bases) {
		const baseType = base.cls;
		if (winner.isSubclassOf(baseType)) continue;
		if (baseType.isSubclassOf(winner)) {
			winner = baseType;
			continue;
		}
		return vm.raise("TypeError", METACLASS_CONFLICT);
	}
	return winner;
}

/** A class written in Python whose instances are classes. */
export function isMetaclass(cls: PyClass): boolean {
	return !cls.builtin && cls.isSubclassOf(T.type);
}

/** The __call__ a class's metaclass defines in Python (slot_tp_call calls it for `C(...)`), or null. */
export function metaclassCall(cls: PyClass): PyObject | null {
	return (cls.metaclass && pythonSlot(cls.metaclass, "__call__")) ?? null;
}

const CHECKER = "__instancecheck__/__subclasscheck__ being called";

/**
 * object_recursive_isinstance for one class: an exact type match first, then a metaclass's own
 * __instancecheck__ (bound for the call, its result's truth), else the class hierarchy.
 */
export function objectIsInstance(vm: VM, inst: PyObject, cls: PyClass): boolean {
	if (inst.cls === cls) return true;
	const checker = cls.metaclass && pythonSlot(cls.metaclass, "__instancecheck__");
	if (checker) return callChecker(vm, cls, checker, inst, "__instancecheck__");
	return inst.cls.isSubclassOf(cls);
}

/**
 * object_issubclass for one class: a metaclass's own __subclasscheck__, given anything, or else the class
 * hierarchy, which needs a class (`whenNotClass` raises otherwise).
 */
export function objectIsSubclass(vm: VM, derived: PyObject, cls: PyClass, whenNotClass: () => never): boolean {
	const checker = cls.metaclass && pythonSlot(cls.metaclass, "__subclasscheck__");
	if (checker) return callChecker(vm, cls, checker, derived, "__subclasscheck__");
	if (!(derived instanceof PyClass)) return whenNotClass();
	return derived.isSubclassOf(cls);
}

/**
 * isinstance() or issubclass() given no class, tuple or union: what object_recursive_isinstance and
 * object_issubclass find with _PyObject_LookupSpecial, the checker its type defines in Python, called with
 * `subject`; null when its type has none.
 */
export function instanceChecks(vm: VM, info: PyObject, subject: PyObject, name: "__instancecheck__" | "__subclasscheck__"): boolean | null {
	const checker = pythonSlot(info.cls, name);
	return checker ? callChecker(vm, info, checker, subject, name) : null;
}

function callChecker(vm: VM, cls: PyObject, checker: PyObject, arg: PyObject, name: string): boolean {
	const r = callSpecialMethod(vm, cls, checker, [arg], CHECKER, name);
	try {
		return vm.truthy(r);
	} finally {
		vm.decref(r);
	}
}

/** What a metaclass's own dict may hold besides plain attributes, methods and properties. */
const SUPPORTED_METACLASS_DUNDERS = new Set([
	"__new__",
	"__init__",
	"__call__",
	"__prepare__",
	"__init_subclass__",
	"__del__",
	// Type slots pymem fills from a metaclass (subclassSlot): repr, str, iteration, len, truth, `in`, C[key], reversed().
	"__repr__",
	"__str__",
	"__iter__",
	"__len__",
	"__bool__",
	"__contains__",
	"__getitem__",
	"__reversed__",
	// C.name = v, del C.name and a missing C.name call these (classMetaHook in attributes and attribute-writes).
	"__setattr__",
	"__delattr__",
	"__getattr__",
	// dir(C) (the dir builtin calls it through classMetaHook).
	"__dir__",
	// Not a special method: a property enum's metaclass defines.
	"__members__",
	// isinstance() and issubclass() (and class patterns) call these through _PyObject_LookupSpecial.
	"__instancecheck__",
	"__subclasscheck__",
	"__module__",
	"__qualname__",
	"__doc__",
	"__dict__",
	"__weakref__",
	"__slots__",
	"__classcell__",
	"__orig_bases__",
	"__annotations__",
]);

/**
 * A new metaclass (a subclass of type written in Python) defining a special method pymem's classes would
 * not dispatch to (their repr, iteration, isinstance checks, finalizer... stay type's) stops here.
 */
export function refuseUnsupportedMetaclassMethods(vm: VM, cls: PyClass): void {
	if (!isMetaclass(cls)) return;
	for (const name of cls.dict.keys()) refuseMetaclassAttribute(vm, cls, name);
}

/**
 * A metaclass written in Python's own `hook` (__setattr__, __delattr__, __getattr__, __dir__) for its class `cls`,
 * which slot_tp_setattro, slot_tp_getattr_hook and dir() call in place of type's own; null for type's.
 */
export function classMetaHook(cls: PyClass, hook: "__setattr__" | "__delattr__" | "__getattr__" | "__dir__"): PyFunction | null {
	const meta = cls.cls;
	if (meta.builtin) return null;
	const found = meta.lookup(hook);
	return found instanceof PyFunction ? found : null;
}

/** `Meta.name = value` (or in Meta's body) for a special method pymem's classes would not dispatch to. */
export function refuseMetaclassAttribute(vm: VM, cls: PyClass, name: string): void {
	if (name.startsWith("__") && name.endsWith("__") && !SUPPORTED_METACLASS_DUNDERS.has(name)) {
		vm.raise("TypeError", `pymem does not support the special method ${name} in a metaclass (${cls.name}) yet`);
	}
}

/**
 * type_getattro's first and last steps: the attribute `name` of the class's metatype (its MRO: the metaclass
 * written in Python, then type and object), which a data descriptor there (a property) gives before the
 * class's own attributes, and anything else after them.
 */
export function metatypeAttribute(cls: PyClass, name: string): PyObject | undefined {
	return cls.cls.lookup(name);
}

/**
 * `C.name = value` (or `del C.name`, value null) where C's metaclass has a data descriptor `name`: its setter
 * (or deleter) runs, as _PyObject_GenericSetAttrWithDict finds it on the metatype first. False otherwise.
 */
export function setThroughMetaclass(vm: VM, cls: PyClass, name: string, value: PyObject | null): boolean {
	if (!cls.metaclass) return false;
	const attr = metatypeAttribute(cls, name);
	// type_setattro calls PyType_Modified whatever took the value, a metaclass's descriptor too.
	if (isUserDataDescriptor(attr)) {
		callDescriptorSet(vm, attr, cls, value);
		cls.modified();
		return true;
	}
	if (!(attr instanceof PyDescriptor && attr.kind === "property")) return false;
	foundPropertySet(vm, attr, cls, value);
	cls.modified();
	return true;
}

/** A data descriptor (`__set__`): a property, or an instance of a class with __set__ or __delete__. */
export function isDataDescriptorOf(attr: PyObject | undefined, isUserData: (o: PyObject | undefined) => boolean): boolean {
	return (attr instanceof PyDescriptor && attr.kind === "property") || isUserData(attr);
}

/** type_init: type.__init__(cls, name, bases, dict) checks its argument count and nothing else. */
export function typeInit(vm: VM, nargs: number, kwargs: ReadonlyMap<string, PyObject> | null): void {
	if (nargs === 1 && kwargs?.size) vm.raise("TypeError", "type.__init__() takes no keyword arguments");
	if (nargs !== 1 && nargs !== 3) vm.raise("TypeError", "type.__init__() takes 1 or 3 arguments");
}

/** What installTypeMethods needs from instantiate.ts (which imports this module). */
export interface TypeCallParts {
	instantiate(vm: VM, cls: PyClass, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject;
	withPackedArguments<R>(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null, call: () => R): R;
}

/**
 * type's __init__ and __call__ slot wrappers (wrap_init, wrap_call) and __prepare__ (a METH_CLASS builtin
 * returning a new dict whatever it is given), which a metaclass reaches through super(). A slot wrapper
 * reads its arguments from a tuple: the call packs one (_PyObject_MakeTpCall), unless CALL_FUNCTION_EX
 * hands its own over; type_call packs its own as instantiate does.
 */
export function installTypeMethods(parts: TypeCallParts): void {
	const requireType = (vm: VM, name: string, self: PyObject | null): PyClass => {
		if (self instanceof PyClass) return self;
		return vm.raise("TypeError", `descriptor '${name}' requires a 'type' object but received a '${self?.typeName ?? "NoneType"}'`);
	};
	const init: NativeImpl = (vm, args, kwargs, self) => {
		requireType(vm, "__init__", self);
		parts.withPackedArguments(vm, args, kwargs, () => typeInit(vm, args.length, kwargs));
		return vm.incref(vm.None);
	};
	const call: NativeImpl = (vm, args, kwargs, self) => parts.instantiate(vm, requireType(vm, "__call__", self), args, kwargs);
	T.type.dict.set("__init__", globalShared(new PySlotWrapper("__init__", init, null, T.type)));
	T.type.dict.set("__call__", globalShared(new PySlotWrapper("__call__", call, null, T.type)));
	const prepare = nativeFunction("__prepare__", (vm) => vm.dict());
	T.type.dict.set("__prepare__", globalShared(new PyDescriptor("classmethod", [prepare])));
}
