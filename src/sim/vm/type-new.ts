// type_new for a class statement, in CPython's order of allocations: the tp_dict copy, the type, its
// __mro__ tuple, the `__dict__`/`__weakref__` and __slots__ descriptors, its weak reference in each base's
// __subclasses__, then the short-lived objects of __set_name__ and __init_subclass__. The dict, tuples,
// descriptors and weak reference are real objects (they count toward generation 0 and gc.collect()), kept
// hidden by the trace as parts of the class (PyObject.internalOf).
import type { PyObject } from "../heap/object";
import { PyClass, PySlotDescriptor, c3Mro, subclassesLabel, T } from "../heap/classes";
import { PyTuple, PyList, PyDict } from "../heap/containers";
import { PyInt, PyNone, PyStr } from "../heap/values";
import { PyBoundMethod, PyBuiltinFunction, PyCell, PyDescriptor, PyFunction } from "../heap/callables";
import { newSuper } from "./super-attr";
import { callWithKeywordDict } from "./keyword-calls";
import { repr } from "./repr";
import { refuseUnsupportedMetaclassMethods } from "./metaclasses";
import { PyWeakref } from "../heap/weakrefs";
import { refuseUnacceptableBases, refuseUnsupportedBases } from "./acceptable-bases";
import { fakeAddressNumber } from "../builtins/identity";
import { dictSet, nameKey } from "./dicts";
import type { VM } from "./vm";
import { setCellContents } from "./cell-contents";
import { mangle } from "../compile/mangle";
import { updateNewSlot } from "../builtins/new-methods";
import { callSetNames } from "./set-name";
import { genericInitSubclass } from "./typing-generic";
import { checkSlots, slotsAsTuple } from "./slots-check";
import { bestBase, instancesHaveDict, instancesHaveWeakrefs, memberNames } from "./class-layout";
import { classPart } from "./class-parts";
import { customMro } from "./mro-invoke";
import { getAttr } from "./attributes";
import { printedModule } from "./class-dict";

const NEW_CLASS = "new class (type_new)";

/**
 * type(name, bases, namespace) for a class statement or a call. `cls` is the not yet allocated class object,
 * and `basesTuple` the tuple of its explicit bases (a part of cls already for a class statement), or null.
 * type_new_set_module gives a namespace without `__module__` the caller's module name.
 */
export function typeNew(vm: VM, cls: PyClass, basesTuple: PyTuple | null, namespace: PyDict, kwargs: ReadonlyMap<string, PyObject> | null = null, kwDict: PyDict | null = null): PyClass {
	// type_new_set_name, then type_new_set_ht_name.
	if (cls.name.includes("\0")) return vm.raise("ValueError", "type name must not contain null characters");
	const qualname = namespace.entries.get(nameKey("__qualname__"))?.value;
	if (qualname && !(qualname instanceof PyStr)) return vm.raise("TypeError", `type __qualname__ must be a str, not ${qualname.typeName}`);
	const bases = cls.bases;
	refuseUnacceptableBases(vm, bases);
	const duplicate = bases.find((b, i) => bases.indexOf(b) !== i);
	if (duplicate) return vm.raise("TypeError", `duplicate base class ${duplicate.name}`);
	const linearised = c3Mro(cls, bases);
	if ("unmergedHeads" in linearised) {
		// set_mro_error's wording, line break included, naming the classes that could not be placed.
		const names = linearised.unmergedHeads.map((b) => b.name).join(", ");
		return vm.raise("TypeError", `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
	}
	const base = bestBase(bases);
	if (!base) return vm.raise("TypeError", "multiple bases have instance lay-out conflict");
	refuseUnsupportedBases(vm, bases);
	// type_new_get_bases: a class without bases gets a new (object,) tuple.
	refuseSlotsAfterItems(vm, base, namespace);
	const tpBases = basesTuple ?? classPart(vm, cls, new PyTuple([T.object]), true);
	if (basesTuple) vm.incref(basesTuple);
	cls.basesTuple = tpBases;
	// type_new_get_slots and its checks run before the tp_dict copy here (CPython copies the dict first): the
	// copy would hold the class body's values unseen while __slots__ is iterated, or leak if a check fails.
	const slots = slotsAsTuple(vm, namespace.entries.get(nameKey("__slots__"))?.value);
	if (slots) vm.heap.adopt(slots, SLOTS_TUPLE);
	try {
		if (slots) checkSlots(vm, cls, slots.items, instancesHaveDict(base), instancesHaveWeakrefs(base), namespace);
		vm.heap.whileMaking(cls, () => {
			fillDict(vm, cls, namespace);
			if (!cls.dict.has("__module__")) setAttribute(vm, cls, "__module__", vm.intern(cls.module));
			if (slots) copySlots(vm, cls, slots.items);
		});
	} finally {
		if (slots) vm.heap.release(slots, SLOTS_TUPLE);
	}
	// PyType_GenericAlloc: a class made by a metaclass written in Python holds a reference to it.
	if (cls.metaclass) vm.incref(cls.metaclass);
	vm.heap.register(cls);
	vm.heap.adopt(cls, NEW_CLASS);
	try {
		wrapImplicitDescriptors(vm, cls);
		setClassCell(vm, cls, namespace);
		cls.mro = linearised.mro;
		refuseUnsupportedMetaclassMethods(vm, cls);
		cls.base = vm.incref(base);
		// inherit_special: a collection flag comes from tp_base.
		cls.collectionFlag = base.collectionFlag;
		updateNewSlot(cls);
		// mro_implementation merges several bases' MROs in a list, then makes it a tuple.
		if (bases.length > 1) vm.decref(vm.list([]));
		if (cls.metaclass) customMro(vm, cls);
		else cls.mroTuple = classPart(vm, cls, new PyTuple(cls.mro.map((c) => vm.incref(c))), true);
		addDescriptors(vm, cls, base);
		if (!cls.dict.has("__doc__")) setAttribute(vm, cls, "__doc__", vm.None);
		if (cls.dict.has("__eq__") && !cls.dict.has("__hash__")) setAttribute(vm, cls, "__hash__", vm.None);
		for (const b of bases) addSubclass(vm, b, cls);
		setNamesAndInitSubclass(vm, cls, kwargs, kwDict);
	} catch (e) {
		vm.heap.release(cls, NEW_CLASS);
		throw e;
	}
	vm.heap.disown(cls, NEW_CLASS);
	return cls;
}

/**
 * type_new_slots_impl: a variable-size base (tuple, int) leaves no room for slots after its items. CPython finds
 * out after copying the namespace and making __slots__ a tuple; both copies are freed with the error.
 */
function refuseSlotsAfterItems(vm: VM, base: PyClass, namespace: PyDict): void {
	const slots = namespace.entries.get(nameKey("__slots__"))?.value;
	if (!slots || !(base.isSubclassOf(T.tuple) || base.isSubclassOf(T.int) || base.isSubclassOf(T.type))) return;
	const items = slots instanceof PyStr ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
	if (items.length === 0) return;
	const copy = vm.dict();
	const asTuple = slots instanceof PyTuple ? null : vm.tuple(items.map((i) => vm.incref(i)));
	if (asTuple) vm.decref(asTuple);
	vm.decref(copy);
	vm.raise("TypeError", `nonempty __slots__ not supported for subtype of '${base.name}'`);
}

/** tp_dict: a copy of the namespace without __qualname__ (it becomes the class's) and __classcell__. */
function fillDict(vm: VM, cls: PyClass, namespace: PyDict): void {
	cls.namespace = classPart(vm, cls, new PyDict(), true);
	for (const { key, value } of namespace.entries.values()) {
		const name = vm.strValue(key);
		if (name === "__qualname__") cls.qualname = vm.strValue(value);
		else if (name !== "__classcell__") setAttribute(vm, cls, name, value);
	}
}

/**
 * type_new_set_attrs: a plain function named __new__ becomes a staticmethod, __init_subclass__ and
 * __class_getitem__ classmethods (new objects in the class's dict, made after the class itself).
 */
function wrapImplicitDescriptors(vm: VM, cls: PyClass): void {
	for (const [name, kind] of IMPLICIT_DESCRIPTORS) {
		const fn = cls.dict.get(name);
		if (!(fn instanceof PyFunction)) continue;
		const descriptor = vm.heap.register(new PyDescriptor(kind, [vm.incref(fn)]));
		setAttribute(vm, cls, name, descriptor);
		vm.decref(descriptor);
	}
}

const IMPLICIT_DESCRIPTORS = [
	["__new__", "staticmethod"],
	["__init_subclass__", "classmethod"],
	["__class_getitem__", "classmethod"],
] as const;

/**
 * type_new_get_slots and type_new_copy_slots: __slots__ as a tuple (a new one unless it was a tuple), the
 * member names sorted in a list, kept as the class's ht_slots tuple.
 */
const SLOTS_TUPLE = "__slots__ as a tuple";

function copySlots(vm: VM, cls: PyClass, items: readonly PyObject[]): void {
	// type_new_copy_slots: a private slot name is mangled (`__s` in class C is the member `_C__s`).
	cls.slotNames = items.map((i) => mangle(cls.name, vm.strValue(i)));
	const members = items
		.filter((i) => vm.strValue(i) !== "__dict__" && vm.strValue(i) !== "__weakref__")
		.map((i) => (mangle(cls.name, vm.strValue(i)) === vm.strValue(i) ? i : vm.intern(mangle(cls.name, vm.strValue(i)))));
	const sorting = vm.list(members.map((i) => vm.incref(i)));
	vm.heap.adopt(sorting, "__slots__ being sorted");
	if (members.length) {
		const sorted = [...members].sort((a, b) => (vm.strValue(a) < vm.strValue(b) ? -1 : 1));
		cls.slotsTuple = classPart(vm, cls, new PyTuple(sorted.map((i) => vm.incref(i))), true);
	}
	vm.heap.release(sorting, "__slots__ being sorted");
}

function setAttribute(vm: VM, cls: PyClass, name: string, value: PyObject): void {
	// type_module reads a heap type's __module__ from its dict (a library module's classes name theirs).
	if (name === "__module__") cls.module = printedModule(value);
	cls.dict.set(name, value);
	dictSet(vm, cls.namespace as PyDict, vm.intern(name), value);
}

/** PyType_Ready's add_members then add_getset: slot members, then `__dict__` and `__weakref__` when this class adds them (unless it defines them itself). */
function addDescriptors(vm: VM, cls: PyClass, base: PyClass): void {
	const descriptors: ["member" | "getset", string][] = memberNames(cls).map((n) => ["member", n]);
	const slots = cls.slotNames;
	// Secondary bases may provide a __dict__ or weak references too (type_new_slots_impl).
	const others = cls.bases.filter((b) => b !== base);
	const addsDict = !instancesHaveDict(base) && (slots === null || slots.includes("__dict__") || others.some(instancesHaveDict));
	// may_add_weak: not after a variable-size base's items (tuple's, int's digits).
	const addsWeak = !instancesHaveWeakrefs(base) && !base.isSubclassOf(T.tuple) && !base.isSubclassOf(T.int) && (slots === null || slots.includes("__weakref__") || others.some(instancesHaveWeakrefs));
	if (addsDict) descriptors.push(["getset", "__dict__"]);
	if (addsWeak) descriptors.push(["getset", "__weakref__"]);
	for (const [kind, name] of descriptors) {
		const descriptor = classPart(vm, cls, new PySlotDescriptor(kind, name, vm.incref(cls)));
		// PyDict_SetDefault: the class's own `__dict__` or `__weakref__` (a property, any value) stays, and the
		// descriptor made for nothing is freed at once.
		if (!cls.dict.has(name)) setAttribute(vm, cls, name, descriptor);
		vm.decref(descriptor);
	}
}

/**
 * add_subclass: the base keeps a weak reference to the new class in its tp_subclasses dict, keyed by the
 * class's address; one weak reference serves every base (a plain ref is shared). A builtin base's dict is
 * not simulated: its reference shows as an internal holder.
 */
function addSubclass(vm: VM, base: PyClass, cls: PyClass): void {
	const key = base.builtin ? null : classPart(vm, base, new PyInt(fakeAddressNumber(cls)));
	let ref = cls.subclassRef as PyWeakref | null;
	if (ref) vm.incref(ref);
	else {
		ref = classPart(vm, cls, new PyWeakref(cls, null));
		(cls.weakrefs ??= []).unshift(ref);
		cls.subclassRef = ref;
	}
	cls.subclassOf.push(base);
	if (!key) {
		vm.heap.adopt(ref, subclassesLabel(base));
		return;
	}
	base.subclasses ??= classPart(vm, base, new PyDict(), true);
	dictSet(vm, base.subclasses as PyDict, key, ref);
	// A library class's dict made at import (abc.ABC's) is shared: its reference shows as an internal holder.
	if (base.subclasses.shared) vm.heap.adopt(ref, subclassesLabel(base));
	vm.decref(ref);
	vm.decref(key);
}

/**
 * type_new_set_names copies the dict and calls each value's __set_name__; type_new_init_subclass calls
 * super(cls, cls).__init_subclass__(): a super object and a bound method that live for a moment.
 */
function setNamesAndInitSubclass(vm: VM, cls: PyClass, kwargs: ReadonlyMap<string, PyObject> | null, kwDict: PyDict | null): void {
	const copy = vm.dict();
	vm.heap.adopt(copy, "dict copy for __set_name__");
	for (const { key, value } of (cls.namespace as PyDict).entries.values()) dictSet(vm, copy, key, value);
	try {
		callSetNames(vm, cls, copy);
	} finally {
		vm.heap.release(copy, "dict copy for __set_name__");
	}
	const superObject = newSuper(vm, cls, cls);
	vm.heap.adopt(superObject, "super() for __init_subclass__");
	// super(cls, cls).__init_subclass__(): a base's own (implicitly a classmethod) runs, bound to the new class.
	const inherited = inheritedInitSubclass(cls);
	if (inherited instanceof PyNone) {
		vm.heap.release(superObject, "super() for __init_subclass__");
		vm.raise("TypeError", "'NoneType' object is not callable");
	}
	if (inherited === T.Generic) {
		try {
			if (kwargs?.size) vm.raise("TypeError", "pymem does not support class keywords with typing.Generic yet");
			genericInitSubclass(vm, cls);
		} finally {
			vm.heap.release(superObject, "super() for __init_subclass__");
		}
		return;
	}
	if (inherited) {
		// A base's staticmethod, callable object...: what the super object's attribute lookup makes of it.
		const bound = inherited === OTHER_INIT_SUBCLASS ? getAttr(vm, superObject, "__init_subclass__") : vm.heap.register(new PyBoundMethod(vm.incref(inherited), vm.incref(cls)));
		// type_new_init_subclass drops the super object once it has the bound method, before the call.
		vm.heap.release(superObject, "super() for __init_subclass__");
		vm.heap.adopt(bound, "__init_subclass__ being called");
		try {
			vm.decref(callWithKeywordDict(vm, bound, [], kwargs as Map<string, PyObject> | null, kwDict));
		} finally {
			vm.heap.release(bound, "__init_subclass__ being called");
		}
		return;
	}
	const initSubclass = vm.heap.register(new PyBuiltinFunction("__init_subclass__", (v) => v.incref(v.None), vm.incref(cls), T.object));
	vm.heap.release(superObject, "super() for __init_subclass__");
	// object.__init_subclass__ takes no keyword arguments (its bound method's name in the error).
	if (kwargs?.size) {
		vm.decref(initSubclass);
		vm.raise("TypeError", `${cls.qualname}.__init_subclass__() takes no keyword arguments`);
	}
	vm.decref(initSubclass);
}

/**
 * type_new_set_classcell: the body's `__class__` cell (for super() and __class__ in its methods) now holds
 * the class; a __classcell__ that is no cell is an error.
 */
function setClassCell(vm: VM, cls: PyClass, namespace: PyDict): void {
	const cell = namespace.entries.get(nameKey("__classcell__"))?.value;
	if (cell === undefined) return;
	if (!(cell instanceof PyCell)) return vm.raise("TypeError", `__classcell__ must be a nonlocal cell, not ${repr(vm, cell.cls)}`);
	setCellContents(vm, cell, vm.incref(cls));
}

/** A base's __init_subclass__ that is neither a function nor a classmethod of one. */
const OTHER_INIT_SUBCLASS = "other";

/**
 * The nearest base's __init_subclass__ written in Python (a plain function or a classmethod's, else OTHER_INIT_SUBCLASS),
 * or typing.Generic's, if any.
 */
function inheritedInitSubclass(cls: PyClass): PyFunction | PyClass | PyNone | typeof OTHER_INIT_SUBCLASS | null {
	for (const c of cls.mro.slice(1)) {
		if (c === T.Generic) return c;
		const found = c.dict.get("__init_subclass__");
		if (found === undefined) continue;
		// A base's `__init_subclass__ = None`: super() finds the None, which the call then fails on.
		if (found instanceof PyNone && !c.builtin) return found;
		const fn = found instanceof PyDescriptor && found.kind === "classmethod" ? found.parts[0] : found;
		if (fn instanceof PyFunction) return fn;
		return c.builtin ? null : OTHER_INIT_SUBCLASS;
	}
	return null;
}
