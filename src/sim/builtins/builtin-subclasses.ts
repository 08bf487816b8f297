// Classes written in Python that subclass list or dict: their instances (list's tp_new is PyType_GenericNew,
// dict's dict_new; both allocate through PyType_GenericAlloc, which tracks the object and increfs the class),
// list.__init__ and dict.__init__ (what type_call runs unless the class defines __init__), and the dunders of
// list and dict that a subclass reaches through super() or by name (list.__repr__(self)...).
import type { PyObject } from "../heap/object";
import { T, type PyClass } from "../heap/classes";
import { PyList, PyDict, type PyTuple, type PySet } from "../heap/containers";
import { PyFunction, PySlotWrapper, type NativeImpl } from "../heap/callables";
import { PyListInstance, PyDictInstance, PyTupleInstance, isExactTuple } from "../heap/subclass-instances";
import { sequenceTuple } from "../vm/sequence-tuple";
import { dictSet } from "../vm/dicts";
import { dictUpdate } from "../vm/mutations";
import { listExtendFrom } from "../vm/list-mutations";
import { builtinIter } from "../vm/iteration";
import { plainDictRepr, builtinRepr } from "../vm/repr";
import { compareValues } from "../vm/comparisons";
import { builtinBinary } from "../vm/builtin-binary";
import { listConcat, listRepeat, sequenceRepeat, tupleConcat } from "../vm/list-subclass-operators";
import { hashTuple } from "../runtime/numericHash";
import { hashOf } from "./identity";
import { dictOr } from "../vm/dict-subclass-operators";
import { defineCallSlot, slotWrapper } from "./slot-wrappers";
import { isScalarBase, newScalarInstance, setInit } from "./scalar-subclasses";
import { defineMethods, globalShared } from "./types";
import { ownSizeof } from "./object-methods";
import { callRef, newWeakrefSubtypeInstance, weakrefInit } from "./weakref-module";
import { PyWeakref } from "../heap/weakrefs";
import type { VM } from "../vm/vm";
import { requireSlotOwner } from "./slotdef-names";

/** The builtin types pymem lets a class written in Python subclass. */
export function subclassableBase(type: PyClass): boolean {
	return type === T.list || type === T.dict || type === T.tuple || type === T.weakref || isScalarBase(type);
}

/**
 * Dunders a list or dict subclass may not define yet: dict's `|` is a number slot of its own, which pymem
 * does not weigh against a subclass's __or__, __ror__ and __ior__, and pymem ignores a Python
 * __getattribute__. A class defining one stops at its first instance rather than run with the wrong
 * behaviour.
 */
const UNSUPPORTED_OVERRIDES: Readonly<Record<string, readonly string[]>> = {
	list: ["__getattribute__"],
	dict: ["__getattribute__"],
	tuple: ["__getattribute__"],
	int: ["__getattribute__"],
	float: ["__getattribute__"],
	str: ["__getattribute__"],
	set: ["__getattribute__"],
	frozenset: ["__getattribute__"],
};

/**
 * tp_new of `base` for `cls`, a Python subclass of it: an empty list or dict (its __init__ fills it), or a
 * tuple subclass instance made from the arguments as tuple_new does.
 */
export function newSubclassInstance(vm: VM, cls: PyClass, base: PyClass, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): PyObject {
	checkOverrides(vm, cls, base);
	if (base === T.tuple) return tupleNew(vm, cls, args, kwargs);
	if (base === T.weakref) return newWeakrefSubtypeInstance(vm, cls, args);
	if (isScalarBase(base)) return newScalarInstance(vm, cls, base, [...args], kwargs ? new Map(kwargs) : null);
	// PyType_GenericAlloc's reference to the heap type counts before the allocation (Heap.collectWhileAllocating).
	vm.incref(cls);
	return vm.heap.register(base === T.list ? new PyListInstance(cls) : new PyDictInstance(cls));
}

/**
 * tuple_new for a subtype: keywords refused unless the class has an __init__ of its own, at most one iterable,
 * then tuple_subtype_new: a plain tuple of the iterable (the iterable itself when it is an exact tuple), the
 * instance allocated and given its items, the plain tuple released.
 */
function tupleNew(vm: VM, cls: PyClass, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): PyObject {
	if (kwargs?.size && cls.lookup("__init__") === T.object.dict.get("__init__")) vm.raise("TypeError", "tuple() takes no keyword arguments");
	if (args.length > 1) vm.raise("TypeError", `tuple expected at most 1 argument, got ${args.length}`);
	const plain = args[0] ? sequenceTuple(vm, args[0]) : vm.incref(vm.emptyTuple);
	vm.heap.adopt(plain, PLAIN_TUPLE);
	try {
		// PyType_GenericAlloc's reference to the heap type counts before the allocation (Heap.collectWhileAllocating).
		vm.incref(cls);
		return vm.heap.register(new PyTupleInstance(cls, plain.items.map((x) => vm.incref(x))));
	} finally {
		vm.heap.release(plain, PLAIN_TUPLE);
	}
}
const PLAIN_TUPLE = "plain tuple of the items (tuple_subtype_new)";

function checkOverrides(vm: VM, cls: PyClass, base: PyClass): void {
	for (const c of cls.mro) {
		if (c.builtin) continue;
		for (const name of UNSUPPORTED_OVERRIDES[base.name] ?? []) {
			if (c.dict.get(name) instanceof PyFunction) vm.raise("TypeError", `pymem does not support defining ${name} in a subclass of '${base.name}' yet`);
		}
	}
}

/** list___init__: no keywords, at most one iterable; the list is emptied first, then extended from it. */
export function listInit(vm: VM, self: PyList, args: readonly PyObject[], kwargs: ReadonlyMap<string, PyObject> | null): void {
	if (kwargs?.size) vm.raise("TypeError", "list() takes no keyword arguments");
	if (args.length > 1) vm.raise("TypeError", `list expected at most 1 argument, got ${args.length}`);
	if (!self.itemsNull) {
		// _list_clear of a list with an item block: the items go last to first, and the block too.
		const removed = self.items.reverse();
		self.items = [];
		self.freeItems();
		vm.heap.observer?.contentChanged(self);
		vm.heap.releaseAll(self, "removed from", removed);
	}
	const source = args[0];
	if (source) listExtendFrom(vm, self, source, true);
}

/** dict_init (dict_update_common): at most one mapping or iterable of pairs, then the keywords merged (PyDict_Merge). */
export function dictInit(vm: VM, self: PyDict, args: readonly PyObject[], kwDict: PyDict | null): void {
	if (args.length > 1) vm.raise("TypeError", `dict expected at most 1 argument, got ${args.length}`);
	if (args[0]) dictUpdate(vm, self, args[0], false);
	if (kwDict) dictUpdate(vm, self, kwDict, false);
}

const WRAPPER_ARGS = "arguments of a slot wrapper";
const WRAPPER_KWARGS = "keyword arguments of a slot wrapper";

/** wrap_init: `list.__init__(self, ...)` with the call's arguments packed in a tuple and a dict. */
function initWrapper(owner: PyClass, init: (vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null, kwDict: PyDict | null) => void): NativeImpl {
	return (vm, args, kwargs, self) => {
		requireSlotOwner(vm, owner, "__init__", self!);
		const argTuple = vm.tuple(args.map((a) => vm.incref(a)));
		vm.heap.adopt(argTuple, WRAPPER_ARGS);
		let kwDict: PyDict | null = null;
		try {
			if (kwargs?.size) {
				kwDict = vm.dict();
				for (const [k, v] of kwargs) dictSet(vm, kwDict, vm.intern(k), v);
				vm.heap.adopt(kwDict, WRAPPER_KWARGS);
			}
			init(vm, self!, args, kwargs, kwDict);
			return vm.incref(vm.None);
		} finally {
			vm.heap.release(argTuple, WRAPPER_ARGS);
			if (kwDict) vm.heap.release(kwDict, WRAPPER_KWARGS);
		}
	};
}

/** wrap_richcmpfunc: the builtin comparison, NotImplemented when the other operand is not of the owner's kind. */
function comparison(owner: PyClass, op: string): (vm: VM, self: PyObject, args: PyObject[]) => PyObject {
	return (vm, self, args) => {
		const other = args[0]!;
		if (!other.cls.isSubclassOf(owner)) return vm.incref(vm.NotImplemented);
		return vm.bool(compareValues(vm, self, other, op, true));
	};
}

function define(owner: PyClass, name: string, impl: NativeImpl): void {
	owner.dict.set(name, globalShared(new PySlotWrapper(name, impl, null, owner)));
}

export function installSubclassDunders(): void {
	define(T.list, "__init__", initWrapper(T.list, (vm, self, args, kwargs) => listInit(vm, self as PyList, args, kwargs)));
	define(T.dict, "__init__", initWrapper(T.dict, (vm, self, args, _kwargs, kwDict) => dictInit(vm, self as PyDict, args, kwDict)));
	define(T.set, "__init__", initWrapper(T.set, (vm, self, args, kwargs) => setInit(vm, self as PySet, args, kwargs)));
	define(T.weakref, "__init__", initWrapper(T.weakref, (vm, _self, args, kwargs) => weakrefInit(vm, args, kwargs)));
	// wrap_call: weakref_call on the instance, for a subclass's `super().__call__()`.
	define(T.weakref, "__call__", (vm, args, kwargs, self) => {
		if (!(self instanceof PyWeakref)) return vm.raise("TypeError", `descriptor '__call__' requires a 'weakref.ReferenceType' object but received a '${self!.typeName}'`);
		return callRef(vm, self, args, kwargs);
	});
	for (const owner of [T.function, T.builtin_function_or_method, T.method, T.method_descriptor, T.wrapper_descriptor, T["method-wrapper"], T.staticmethod]) defineCallSlot(owner);
	for (const owner of [T.list, T.dict, T.tuple]) {
		// dict.__repr__ is dict_repr whatever dict subclass it is given (an OrderedDict's own repr is not asked).
		const text = (vm: VM, self: PyObject) => (owner === T.dict && self instanceof PyDict ? plainDictRepr(vm, self) : builtinRepr(vm, self));
		define(owner, "__repr__", slotWrapper(owner, "__repr__", 0, (vm, self) => vm.str(text(vm, self))));
		define(owner, "__iter__", slotWrapper(owner, "__iter__", 0, (vm, self) => builtinIter(vm, self)));
	}
	for (const owner of [T.list, T.dict]) defineMethods(owner, ownSizeof(owner));
	const orders: [string, string][] = [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]];
	for (const [name, op] of orders) define(T.list, name, slotWrapper(T.list, name, 1, comparison(T.list, op)));
	for (const [name, op] of orders) define(T.tuple, name, slotWrapper(T.tuple, name, 1, comparison(T.tuple, op)));
	installTupleDunders();
	for (const [name, op] of orders.slice(0, 2)) define(T.dict, name, slotWrapper(T.dict, name, 1, comparison(T.dict, op)));
	// list's sequence slots as the dunders super() and list.X reach (wrap_binaryfunc, wrap_indexargfunc).
	define(T.list, "__add__", slotWrapper(T.list, "__add__", 1, (vm, self, [other]) => listConcat(vm, self as PyList, other!)));
	define(T.list, "__iadd__", slotWrapper(T.list, "__iadd__", 1, (vm, self, [other]) => builtinBinary(vm, "Add", self, other!, true)!));
	// dict's number slots: dict_or (NotImplemented when the other is no dict) and dict_ior.
	define(T.dict, "__or__", slotWrapper(T.dict, "__or__", 1, (vm, self, [other]) => dictOr(vm, self, other!) ?? vm.incref(vm.NotImplemented)));
	define(T.dict, "__ror__", slotWrapper(T.dict, "__ror__", 1, (vm, self, [other]) => dictOr(vm, other!, self) ?? vm.incref(vm.NotImplemented)));
	define(T.dict, "__ior__", slotWrapper(T.dict, "__ior__", 1, (vm, self, [other]) => {
		dictUpdate(vm, self as PyDict, other!, false);
		return vm.incref(self);
	}));
	for (const name of ["__mul__", "__rmul__", "__imul__"]) {
		define(T.list, name, slotWrapper(T.list, name, 1, (vm, self, [count]) => listRepeat(vm, self as PyList, count!, name === "__imul__")));
	}
}

/** tuple's slots as the dunders super() and tuple.X reach: they never call a subclass's own dunders. */
function installTupleDunders(): void {
	define(T.tuple, "__hash__", slotWrapper(T.tuple, "__hash__", 0, (vm, self) => vm.int(hashTuple((self as PyTuple).items.map((item) => hashOf(vm, item))))));
	define(T.tuple, "__add__", slotWrapper(T.tuple, "__add__", 1, (vm, self, [other]) => tupleConcat(vm, self as PyTuple, other!)));
	for (const name of ["__mul__", "__rmul__"]) define(T.tuple, name, slotWrapper(T.tuple, name, 1, (vm, self, [count]) => sequenceRepeat(vm, self, count!)));
	// tuple_getnewargs: a plain copy of the items (the tuple itself when it is one) in a 1-tuple.
	defineMethods(T.tuple, {
		__getnewargs__: (vm, _args, _kw, self) => {
			const tuple = self as PyTuple;
			const items = tuple.items;
			return vm.tuple([isExactTuple(tuple) ? vm.incref(tuple) : vm.tuple(items.map((x) => vm.incref(x)))]);
		},
	});
}
