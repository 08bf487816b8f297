// The _abc helpers of 3.11's Modules/_abc.c, which ABCMeta's Python methods call: _abc_init computes a class's
// __abstractmethods__ (a frozenset) and gives it an _abc_data (abc-weak-sets.ts); _abc_register, _abc_instancecheck and _abc_subclasscheck follow the C code's steps, allocations and caches.
import type { NativeImpl } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyDict, PyList, PySet, PyTuple } from "../heap/containers";
import { PyWeakref } from "../heap/weakrefs";
import { PyStr } from "../heap/values";
import { getAttr } from "../vm/attributes";
import { setAttr } from "../vm/attribute-writes";
import { classDictDelete } from "../vm/class-dict";
import { setAdd } from "../vm/dicts";
import { isTruthy } from "../vm/protocol";
import { isAbstractObject } from "../vm/special-attrs";
import type { VM } from "../vm/vm";
import { isSubclassOrRaise } from "./functions";
import { ABC_DATA_SIZE, CACHE, NEGATIVE_CACHE, PyAbcData, REGISTRY, abcDataClass, addToWeakSet, clearSet, inWeakSet } from "./abc-weak-sets";
import { requireOneArgument, requireNoArguments } from "./arity";

/**
 * The module state's abc_invalidation_counter, one per run: registering any class moves it on. python3's startup
 * made 8 registrations before _collections_abc's (io's classes); pymem makes those of collections.abc when a program
 * imports it (collections-abc-source.ts), so its negative caches record the versions python3's do.
 */
const invalidationCounters = new WeakMap<VM, bigint>();
const REGISTRATIONS_BEFORE_COLLECTIONS_ABC = 8n;
const counterOf = (vm: VM): bigint => invalidationCounters.get(vm) ?? REGISTRATIONS_BEFORE_COLLECTIONS_ABC;

/** _get_impl: `cls._abc_impl`, which must be an _abc_data. */
function implOf(vm: VM, cls: PyObject): PyAbcData {
	const impl = getAttr(vm, cls, "_abc_impl");
	if (impl instanceof PyAbcData) return impl;
	vm.decref(impl);
	return vm.raise("TypeError", "_abc_impl is set to a wrong type");
}

function withImpl<R>(vm: VM, cls: PyObject, body: (impl: PyAbcData) => R): R {
	const impl = implOf(vm, cls);
	return vm.heap.whileOwned(impl, "cls._abc_impl (_get_impl)", () => body(impl));
}

/**
 * PyMapping_Items of the class's __dict__ (a mappingproxy): its items() view, an iterator over it (the view
 * released), and a new list of the (key, value) tuples.
 */
function mappingItems(vm: VM, ns: PyObject): PyObject {
	const view = vm.callMethod(ns, "items", []);
	if (view instanceof PyList) return view;
	let it: PyObject;
	try {
		it = vm.getIter(view);
	} finally {
		vm.decref(view);
	}
	return vm.heap.whileOwned(it, "iterator over the class's __dict__ items (PyMapping_Items)", () => {
		const list = vm.list([]);
		try {
			vm.listExtendFrom(list, it);
		} catch (e) {
			vm.decref(list);
			throw e;
		}
		return list;
	});
}

/** compute_abstract_methods: the class's own abstract attributes, then its bases' abstract names it did not implement. */
function computeAbstractMethods(vm: VM, cls: PyObject): void {
	const abstracts = vm.set(true);
	const held: [PyObject, string][] = [[abstracts, "abstract names found (compute_abstract_methods)"]];
	vm.heap.adopt(abstracts, held[0]![1]);
	const keep = (o: PyObject, label: string): void => {
		vm.heap.adopt(o, label);
		held.push([o, label]);
	};
	try {
		const ns = getAttr(vm, cls, "__dict__");
		keep(ns, "cls.__dict__ (compute_abstract_methods)");
		const items = mappingItems(vm, ns);
		keep(items, "its items (compute_abstract_methods)");
		const list = items as PyList;
		for (let pos = 0; pos < list.items.length; pos++) {
			const pair = list.items[pos]!;
			if (!(pair instanceof PyTuple || pair instanceof PyList)) vm.raise("TypeError", "items() returned non-iterable");
			if (pair.items.length !== 2) vm.raise("TypeError", "items() returned item which size is not 2");
			const [key, value] = pair.items as [PyObject, PyObject];
			vm.heap.whileHeld(pair, "item of the class's __dict__ (PySequence_Fast)", () => vm.heap.whileHeld(key, "name being checked", () => {
				if (isAbstractObject(vm, value)) setAdd(vm, abstracts, key);
			}));
		}
		const bases = getAttr(vm, cls, "__bases__");
		keep(bases, "cls.__bases__ (compute_abstract_methods)");
		if (!(bases instanceof PyTuple)) vm.raise("TypeError", "__bases__ is not tuple");
		for (const base of bases.items) inheritAbstracts(vm, cls, base, abstracts);
		setAttr(vm, cls, "__abstractmethods__", abstracts);
	} finally {
		for (const [o, label] of held) vm.heap.release(o, label);
	}
}

/** Stage 2 for one base: each name in its __abstractmethods__ whose value on the class is still abstract. */
function inheritAbstracts(vm: VM, cls: PyObject, base: PyObject, abstracts: PySet): void {
	const names = vm.lookupAttrOf(base, "__abstractmethods__");
	if (names === undefined) return;
	let it: PyObject;
	try {
		it = vm.getIter(names);
	} finally {
		vm.decref(names);
	}
	vm.heap.whileOwned(it, "iterator over a base's __abstractmethods__", () => {
		for (let key = vm.iterNext(it); key; key = vm.iterNext(it)) {
			const name = key;
			vm.heap.whileOwned(name, "inherited abstract name", () => {
				const value = name instanceof PyStr ? vm.lookupAttrOf(cls, name.value) : undefined;
				if (value === undefined) return;
				const abstract = vm.heap.whileOwned(value, "value of an inherited abstract name", () => isAbstractObject(vm, value));
				if (abstract) setAdd(vm, abstracts, name);
			});
		}
	});
}

/** _abc_init: __abstractmethods__, then a new _abc_data as `_abc_impl`. */
function abcInit(vm: VM, cls: PyObject): PyObject {
	computeAbstractMethods(vm, cls);
	if (cls instanceof PyClass) takeCollectionFlag(vm, cls);
	const data = vm.heap.register(new PyAbcData(abcDataClass(), ["_abc_registry", "_abc_cache", "_abc_negative_cache"], [null, null, null], ABC_DATA_SIZE));
	data.negativeCacheVersion = counterOf(vm);
	try {
		setAttr(vm, cls, "_abc_impl", data);
	} finally {
		vm.decref(data);
	}
	return vm.incref(vm.None);
}

/** COLLECTION_FLAGS: Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING. */
const SEQUENCE_FLAG = 1n << 5n;
const MAPPING_FLAG = 1n << 6n;

/** _abc_init's `__abc_tpflags__`: an exact int's collection flag goes to the class, and the name leaves its dict. */
function takeCollectionFlag(vm: VM, cls: PyClass): void {
	const flags = cls.dict.get("__abc_tpflags__");
	if (!flags) return;
	if (flags.cls === T.int) {
		const value = vm.intValueBig(flags);
		if (value & SEQUENCE_FLAG) cls.collectionFlag = "sequence";
		else if (value & MAPPING_FLAG) cls.collectionFlag = "mapping";
	}
	classDictDelete(vm, cls, "__abc_tpflags__");
}

/** set_collection_flag_recursive: a registered class and its subclasses take the ABC's flag, except the builtin types. */
function spreadCollectionFlag(subclass: PyClass, flag: "sequence" | "mapping"): void {
	const pending = [subclass];
	while (pending.length > 0) {
		const cls = pending.pop()!;
		if (cls.builtin) continue;
		cls.collectionFlag = flag;
		if (cls.subclasses instanceof PyDict) for (const entry of cls.subclasses.entries.values()) if (entry.value instanceof PyWeakref && entry.value.referent instanceof PyClass) pending.push(entry.value.referent);
	}
}

/** _abc_register: a class, not already a subclass, that would not make a cycle, joins the registry. */
function abcRegister(vm: VM, cls: PyObject, subclass: PyObject): PyObject {
	if (!(subclass instanceof PyClass)) return vm.raise("TypeError", "Can only register classes");
	if (isSubclassOrRaise(vm, subclass, cls)) return vm.incref(subclass);
	// Tested after "already a subclass", so X.register(X) is a no-op.
	if (isSubclassOrRaise(vm, cls, subclass)) vm.raise("RuntimeError", "Refusing to create an inheritance cycle");
	withImpl(vm, cls, (impl) => addToWeakSet(vm, impl, REGISTRY, subclass));
	invalidationCounters.set(vm, counterOf(vm) + 1n);
	if (cls instanceof PyClass && cls.collectionFlag) spreadCollectionFlag(subclass, cls.collectionFlag);
	return vm.incref(subclass);
}

/** `obj.name(*args)` as _PyObject_CallMethod does it on a class: the attribute (a bound method) called, then released. */
function callAttribute(vm: VM, obj: PyObject, name: string, args: PyObject[]): PyObject {
	const method = getAttr(vm, obj, name);
	return vm.heap.whileOwned(method, `${name} being called (_PyObject_CallMethod)`, () => vm.callObject(method, args));
}

function subclassCheck(vm: VM, cls: PyObject, c: PyObject): PyObject {
	return callAttribute(vm, cls, "__subclasscheck__", [c]);
}

/** _abc_instancecheck: the cache by `instance.__class__`, the negative cache when that is its type, else __subclasscheck__. */
function abcInstanceCheck(vm: VM, cls: PyObject, instance: PyObject): PyObject {
	return withImpl(vm, cls, (impl) => {
		const subclass = getAttr(vm, instance, "__class__");
		return vm.heap.whileOwned(subclass, "instance.__class__ (_abc_instancecheck)", () => {
			if (inWeakSet(vm, impl.slots[CACHE]!, subclass)) return vm.incref(vm.True);
			const subtype = instance.cls;
			if (subtype === subclass) {
				if (impl.negativeCacheVersion === counterOf(vm) && inWeakSet(vm, impl.slots[NEGATIVE_CACHE]!, subclass)) return vm.incref(vm.False);
				return subclassCheck(vm, cls, subclass);
			}
			const result = subclassCheck(vm, cls, subclass);
			let truth: boolean;
			try {
				truth = isTruthy(vm, result);
			} catch (e) {
				vm.decref(result);
				throw e;
			}
			if (truth) return result;
			vm.decref(result);
			return subclassCheck(vm, cls, subtype);
		});
	});
}

/** _abc_subclasscheck's six steps: cache, negative cache, __subclasshook__, the MRO, the registry, the subclasses. */
function abcSubclassCheck(vm: VM, cls: PyObject, subclass: PyObject): PyObject {
	if (!(subclass instanceof PyClass)) return vm.raise("TypeError", "issubclass() arg 1 must be a class");
	return withImpl(vm, cls, (impl) => vm.bool(subclassCheckSteps(vm, cls, impl, subclass)));
}

function subclassCheckSteps(vm: VM, cls: PyObject, impl: PyAbcData, subclass: PyClass): boolean {
	if (inWeakSet(vm, impl.slots[CACHE]!, subclass)) return true;
	const counter = counterOf(vm);
	if (impl.negativeCacheVersion < counter) {
		clearSet(vm, impl.slots[NEGATIVE_CACHE]!);
		impl.negativeCacheVersion = counter;
	} else if (inWeakSet(vm, impl.slots[NEGATIVE_CACHE]!, subclass)) return false;
	const ok = callAttribute(vm, cls, "__subclasshook__", [subclass]);
	vm.decref(ok);
	if (ok === vm.True || ok === vm.False) {
		addToWeakSet(vm, impl, ok === vm.True ? CACHE : NEGATIVE_CACHE, subclass);
		return ok === vm.True;
	}
	if (ok !== vm.NotImplemented) vm.raise("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented");
	if (subclass.mro.includes(cls as PyClass)) return cached(vm, impl, subclass);
	if (inWeakSet(vm, impl.slots[REGISTRY]!, subclass)) return true;
	if (registeredAncestor(vm, impl, subclass)) return cached(vm, impl, subclass);
	const subclasses = callAttribute(vm, cls, "__subclasses__", []);
	const found = vm.heap.whileOwned(subclasses, "cls.__subclasses__() (_abc_subclasscheck)", () => {
		if (!(subclasses instanceof PyList)) vm.raise("TypeError", "__subclasses__() must return a list");
		for (let pos = 0; pos < subclasses.items.length; pos++) if (isSubclassOrRaise(vm, subclass, subclasses.items[pos]!)) return true;
		return false;
	});
	if (found) return cached(vm, impl, subclass);
	addToWeakSet(vm, impl, NEGATIVE_CACHE, subclass);
	return false;
}

function cached(vm: VM, impl: PyAbcData, subclass: PyClass): true {
	addToWeakSet(vm, impl, CACHE, subclass);
	return true;
}

/** subclasscheck_check_registry past its fast path: a snapshot of the registry's weak references, each live class asked in turn. */
function registeredAncestor(vm: VM, impl: PyAbcData, subclass: PyClass): boolean {
	const registry = impl.slots[REGISTRY];
	if (!(registry instanceof PySet) || registry.entries.size === 0) return false;
	const snapshot = [...registry.entries.values()].map((e) => vm.incref(e));
	const label = "snapshot of an ABC's registry (subclasscheck_check_registry)";
	for (const ref of snapshot) vm.heap.adopt(ref, label);
	try {
		for (const ref of snapshot) {
			const registered = ref instanceof PyWeakref ? ref.referent : null;
			if (!registered) continue;
			if (vm.heap.whileHeld(registered, "registered class being asked", () => isSubclassOrRaise(vm, subclass, registered))) return true;
		}
		return false;
	} finally {
		for (const ref of snapshot) vm.heap.release(ref, label);
	}
}

/** _get_dump: new sets copying the three weak sets, and the negative cache's version. */
function getDump(vm: VM, cls: PyObject): PyObject {
	return withImpl(vm, cls, (impl) => {
		const copies = [REGISTRY, CACHE, NEGATIVE_CACHE].map((slot) => {
			const copy = vm.set();
			const source = impl.slots[slot];
			if (source instanceof PySet) for (const e of source.entries.values()) setAdd(vm, copy, e);
			return copy;
		});
		return vm.tuple([...copies, vm.int(impl.negativeCacheVersion)]);
	});
}

function oneArgument(vm: VM, name: string, args: PyObject[]): PyObject {
	requireOneArgument(vm, `_abc.${name}`, args.length);
	return args[0]!;
}

function twoArguments(vm: VM, name: string, args: PyObject[]): [PyObject, PyObject] {
	if (args.length !== 2) vm.raise("TypeError", `${name} expected 2 arguments, got ${args.length}`);
	return args as [PyObject, PyObject];
}

export const ABC_NATIVES: Record<string, NativeImpl> = {
	get_cache_token: (vm, args) => {
		requireNoArguments(vm, "_abc.get_cache_token", args.length);
		return vm.int(counterOf(vm));
	},
	_abc_init: (vm, args) => abcInit(vm, oneArgument(vm, "_abc_init", args)),
	_abc_register: (vm, args) => abcRegister(vm, ...twoArguments(vm, "_abc_register", args)),
	_abc_instancecheck: (vm, args) => abcInstanceCheck(vm, ...twoArguments(vm, "_abc_instancecheck", args)),
	_abc_subclasscheck: (vm, args) => abcSubclassCheck(vm, ...twoArguments(vm, "_abc_subclasscheck", args)),
	_get_dump: (vm, args) => getDump(vm, oneArgument(vm, "_get_dump", args)),
	_reset_registry: (vm, args) =>
		withImpl(vm, oneArgument(vm, "_reset_registry", args), (impl) => {
			clearSet(vm, impl.slots[REGISTRY]!);
			return vm.incref(vm.None);
		}),
	_reset_caches: (vm, args) =>
		withImpl(vm, oneArgument(vm, "_reset_caches", args), (impl) => {
			clearSet(vm, impl.slots[CACHE]!);
			clearSet(vm, impl.slots[NEGATIVE_CACHE]!);
			return vm.incref(vm.None);
		}),
};
