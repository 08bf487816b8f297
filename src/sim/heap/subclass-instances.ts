// Instances of classes written in Python that subclass list, dict or tuple (int, float, str and sets:
// scalar-instances.ts). Each is the builtin object itself (its
// items or entries, its capacity) plus what type_new added to the layout: __slots__ values, a managed
// __dict__, a __weakref__ slot, and a reference to its class. subtype_traverse, subtype_clear and
// subtype_dealloc handle those additions, then hand the object to list's or dict's own traverse, clear and
// dealloc. No free list takes them (list_dealloc and dict_dealloc keep only exact lists and dicts).
import { PyObject, HeapKind, setHeapKind, type Reference } from "./object";
import type { AttributeHooks, PyClass } from "./classes";
import { PyList, PyDict, PyTuple, PySet } from "./containers";
import { PyInstance } from "./instances";
import { PyFunction } from "./callables";
import { pushInstanceValuesInOrder } from "./shared-keys";
import { type SubtypeFields, subtypeReferences, clearSubtypeFields, builtinSubtype } from "./subtype-fields";
import { PyIntInstance, PyFloatInstance, PyStrInstance, PySetInstance } from "./scalar-instances";
import { PyWeakref } from "./weakrefs";

export class PyListInstance extends builtinSubtype(PyList) {
	constructor(type: PyClass) {
		super(type, [], 0);
	}
	/** subtype_clear: slots and __dict__, then list_clear's items (last to first), which leaves no capacity. */
	override clearReferences(): PyObject[] {
		const out = super.clearReferences();
		this.freeItems();
		return out;
	}
}

export const PyDictInstance = builtinSubtype(PyDict);
export type PyDictInstance = InstanceType<typeof PyDictInstance>;

/**
 * An instance of a tuple subclass: tuple_subtype_new copies the items of a plain tuple into it, so it is born
 * full and never changes. tuple's tp_itemsize keeps type_new from adding a __weakref__ slot or a managed dict:
 * the __dict__ pointer sits after the items (tp_dictoffset -8), made as an ordinary dict by the first attribute.
 */
export class PyTupleInstance extends PyTuple implements SubtypeFields {
	readonly attrs = new Map<string, PyObject>();
	dict: PyObject | null = null;
	klass: PyClass | null;
	constructor(
		public type: PyClass,
		items: PyObject[],
	) {
		super(items);
		this.klass = type;
	}
	override get cls(): PyClass {
		return this.type;
	}
	static {
		setHeapKind(this, HeapKind.Instance);
	}
	/** Tracked from birth, empty or not, and never untracked (untrack_tuples looks at exact tuples only). */
	override get gcKind(): boolean {
		return true;
	}
	override references(): Reference[] {
		const refs = this.klass ? subtypeReferences(this, this.klass) : [];
		return refs.concat(super.references());
	}
	/** subtype_clear: the __dict__ only; tuple has no tp_clear, so the items stay. */
	clearReferences(): PyObject[] {
		return clearSubtypeFields(this);
	}
	/** subtype_dealloc: __dict__, tupledealloc's items (last to first), then the class. */
	override releaseReferences(): PyObject[] {
		const out = clearSubtypeFields(this);
		for (const item of super.releaseReferences()) out.push(item);
		if (this.klass) out.push(this.klass);
		this.klass = null;
		return out;
	}
}

/**
 * An instance of a Python subclass of weakref.ref: a weak reference of its own every time (never the shared
 * basic ref), linked after the referent's basic ref and proxy, with a __dict__ and a __weakref__ slot.
 */
export const PyWeakrefInstance = builtinSubtype(PyWeakref);
export type PyWeakrefInstance = InstanceType<typeof PyWeakrefInstance>;

/** An instance of a subclass of list, dict, tuple, int, float, str, set, frozenset or weakref.ref. */
export type PySubclassInstance = PyListInstance | PyDictInstance | PyTupleInstance | PyIntInstance | PyFloatInstance | PyStrInstance | PySetInstance | PyWeakrefInstance;

export function isSubclassInstance(o: PyObject): o is PySubclassInstance {
	// One load of the prototype's kind settles it for nearly every object the interpreter asks about: the
	// instances of Python classes are PyInstance's or a builtin base's subclass instances.
	return o.heapKind === HeapKind.Instance && !(o instanceof PyInstance);
}

/** Objects with attributes of their own, kept as a user class's instances keep them (slots, values, __dict__). */
export type AttributeOwner = PyInstance | PySubclassInstance;

export function hasInstanceAttributes(o: PyObject): o is AttributeOwner {
	return o instanceof PyInstance || isSubclassInstance(o);
}

/** The subtype's references in the collector's traversal order: slots, __dict__, class; then the base's. */
export function subtypeTraversal(o: PySubclassInstance, baseTraversal: PyObject[]): PyObject[] {
	const out: PyObject[] = [];
	pushInstanceValuesInOrder(o.cls, o.attrs, out);
	if (o.dict) out.push(o.dict);
	// The class is visited while the instance holds it (always, until dealloc).
	out.push(o.cls);
	for (const x of baseTraversal) out.push(x);
	return out;
}

/** An exact list (no subclass instance): what PyList_CheckExact accepts. */
export function isExactList(o: PyObject): o is PyList {
	return o.heapKind === HeapKind.List;
}

/** An exact tuple (no subclass instance): what PyTuple_CheckExact accepts. */
export function isExactTuple(o: PyObject): o is PyTuple {
	return o.heapKind === HeapKind.Tuple;
}

/** An exact dict (no subclass instance): what PyDict_CheckExact accepts. */
export function isExactDict(o: PyObject): o is PyDict {
	return o.heapKind === HeapKind.Dict;
}

/** An exact set or frozenset (no subclass instance): what PyAnySet_CheckExact accepts. */
export function isExactAnySet(o: PyObject): o is PySet {
	return o instanceof PySet && !(o instanceof PySetInstance);
}

/**
 * What a list or dict subclass defines in Python for the slot `name` (its type's slot is then slot_mp_subscript,
 * slot_sq_length...), or undefined when the builtin base's own slot serves. A class made by a metaclass written
 * in Python is such an instance too: its metaclass's attribute fills type's slot.
 */
export function subclassSlot(o: PyObject, name: string): PyObject | undefined {
	if (!isSubclassInstance(o) && !isMetaclassInstance(o)) return undefined;
	return pythonSlot(o.cls, name);
}

/** subclassSlot for any instance of a class written in Python (a plain one too) or class with such a metaclass. */
export function userSlot(o: PyObject, name: string): PyObject | undefined {
	if (!hasInstanceAttributes(o) && !isMetaclassInstance(o)) return undefined;
	return pythonSlot(o.cls, name);
}

/** Whether `o`'s class defines `name` in Python (a dunder that replaces its builtin base's own slot). */
export function definesInPython(o: PyObject, name: string): boolean {
	return userSlot(o, name) !== undefined;
}

/**
 * The attribute `name` of `cls` when a class written in Python defines it first along the MRO, whatever it is
 * (a function, a staticmethod, a property, a callable instance, None): update_one_slot then fills the type's
 * slot with slot_tp_... . Undefined when no class has it or a builtin class's own comes first.
 */
export function pythonSlot(cls: PyClass, name: string): PyObject | undefined {
	const found = cls.lookup(name);
	if (found === undefined || found instanceof PyFunction) return found;
	for (const c of cls.mro) if (c.dict.has(name)) return c.builtin ? undefined : found;
	return undefined;
}

/**
 * A class's own attribute hooks (`__getattr__`, `__getattribute__`, `__setattr__`, `__delattr__`): each a function,
 * or anything else a class written in Python set (a callable instance, a staticmethod, a builtin, None); undefined
 * where the hook is object's own, or there is none. Worked out once per change of the classes (attributeHooks).
 */
export function ownHooks(cls: PyClass): AttributeHooks {
	const hooks = cls.attributeHooks();
	return (hooks.own ??= {
		getattr: ownHook(cls, hooks.getattr, "__getattr__"),
		getattribute: ownHook(cls, hooks.getattribute, "__getattribute__"),
		setattr: ownHook(cls, hooks.setattr, "__setattr__"),
		delattr: ownHook(cls, hooks.delattr, "__delattr__"),
	});
}

function ownHook(cls: PyClass, found: PyObject | undefined, name: string): PyObject | undefined {
	if (found === undefined || found instanceof PyFunction) return found;
	return pythonSlot(cls, name);
}

/** A class whose metaclass is written in Python (`class C(metaclass=Meta)`). */
export function isMetaclassInstance(o: PyObject): o is PyClass {
	return o.heapKind === HeapKind.Class && (o as PyClass).metaclass !== null;
}
