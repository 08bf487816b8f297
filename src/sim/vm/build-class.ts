// __build_class__ and type_new: a class statement's body runs in a fresh namespace, then the class object is
// made as CPython makes a heap type. Its tp_dict, __mro__ and __bases__ are objects of their own, and the
// `__dict__`/`__weakref__` and __slots__ descriptors in its dict each hold the class: so a class starts with
// references to itself, and only the cyclic collector can free it.
import type { PyObject } from "../heap/object";
import { PyClass, PySlotDescriptor, c3Mro, T } from "../heap/classes";
import { PyTuple, PyList, PyDict } from "../heap/containers";
import { PyStr } from "../heap/values";
import { PyFunction, PyCell } from "../heap/callables";
import { dictSet } from "./dicts";
import type { VM } from "./vm";

const CLASS_NAMESPACE = "class namespace";
const NEW_CLASS = "new class (type_new)";

/** __build_class__(func, name, *bases): run the body in a fresh namespace, then make the type. */
export function buildClass(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
	const [body, nameObj, ...bases] = args;
	if (!(body instanceof PyFunction) || !(nameObj instanceof PyStr)) return vm.raise("TypeError", "__build_class__: func must be a function");
	if (kwargs?.size) vm.raise("TypeError", "pymem does not support metaclasses or class keywords yet");
	for (const b of bases) if (!(b instanceof PyClass)) vm.raise("TypeError", `bases must be types`);
	const namespace = vm.dict();
	vm.heap.adopt(namespace, CLASS_NAMESPACE);
	let cellResult: PyObject;
	try {
		cellResult = vm.runClassBody(body, namespace);
	} catch (e) {
		// builtin___build_class__ releases the namespace when the body raises.
		vm.heap.release(namespace, CLASS_NAMESPACE);
		throw e;
	}
	try {
		const cls = typeNew(vm, nameObj.value, bases as PyClass[], namespace);
		// The __class__ cell of methods using super() or __class__ (type_new_set_classcell).
		if (cellResult instanceof PyCell) {
			cellResult.ref = vm.incref(cls);
			vm.heap.observer?.contentChanged(cellResult);
		}
		return cls;
	} finally {
		vm.decref(cellResult);
		vm.heap.release(namespace, CLASS_NAMESPACE);
	}
}

/** What a class's instances carry: a __dict__, weak references (tp_dictoffset, tp_weaklistoffset). */
function instancesHaveDict(cls: PyClass): boolean {
	return cls.mro.some((c) => (c.builtin ? c === T.BaseException : c.slotNames === null || c.slotNames.includes("__dict__")));
}
function instancesHaveWeakrefs(cls: PyClass): boolean {
	return cls.mro.some((c) => !c.builtin && (c.slotNames === null || c.slotNames.includes("__weakref__")));
}

/** Slot names that become member descriptors: __slots__ without __dict__ and __weakref__, sorted as type_new does. */
function memberNames(cls: PyClass): string[] {
	return (cls.slotNames ?? []).filter((n) => n !== "__dict__" && n !== "__weakref__").sort();
}

/** solid_base: the most derived class along tp_base that adds instance fields (slots) of its own. */
function solidBase(cls: PyClass): PyClass {
	if (cls.builtin) return cls === T.object || !cls.isSubclassOf(T.BaseException) ? T.object : T.BaseException;
	const below = solidBase(cls.base ?? T.object);
	return memberNames(cls).length > 0 ? cls : below;
}

/** best_base: the base whose layout the new class extends; null when two bases' layouts conflict. */
function bestBase(bases: PyClass[]): PyClass | null {
	let base: PyClass | null = null;
	let winner: PyClass | null = null;
	for (const candidateBase of bases) {
		const candidate = solidBase(candidateBase);
		if (!winner) [winner, base] = [candidate, candidateBase];
		else if (winner.isSubclassOf(candidate)) continue;
		else if (candidate.isSubclassOf(winner)) [winner, base] = [candidate, candidateBase];
		else return null;
	}
	return base;
}

/** A hidden part of `cls`: allocated as CPython allocates it, shown by the trace as the class's own. */
function part<O extends PyObject>(vm: VM, cls: PyClass, o: O, viaFreeList = false): O {
	o.internalOf = cls;
	return vm.heap.register(o, viaFreeList);
}

function typeNew(vm: VM, name: string, explicitBases: PyClass[], namespace: PyDict): PyClass {
	const bases = explicitBases.length ? explicitBases : [T.object];
	const cls = new PyClass(name, bases, false, name, "__main__");
	const duplicate = bases.find((b, i) => bases.indexOf(b) !== i);
	if (duplicate) return vm.raise("TypeError", `duplicate base class ${duplicate.name}`);
	const linearised = c3Mro(cls, bases);
	if ("unmergedHeads" in linearised) {
		// set_mro_error's wording, line break included, naming the classes that could not be placed.
		const names = linearised.unmergedHeads.map((b) => b.name).join(", ");
		return vm.raise("TypeError", `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
	}
	const slots = namespace.entries.get("s__slots__")?.value;
	if (slots) {
		const items = slots instanceof PyStr ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
		cls.slotNames = items.map((i) => vm.strValue(i));
	}
	const base = bestBase(bases);
	if (!base) return vm.raise("TypeError", "multiple bases have instance lay-out conflict");
	// A class with no bases gets a new (object,) tuple before the type itself is allocated.
	const basesTuple = explicitBases.length ? null : part(vm, cls, new PyTuple([T.object]), true);
	vm.heap.register(cls);
	vm.heap.adopt(cls, NEW_CLASS);
	try {
		cls.mro = linearised.mro;
		cls.base = vm.incref(base);
		cls.basesTuple = basesTuple ?? part(vm, cls, new PyTuple(bases.map((b) => vm.incref(b))), true);
		fillDict(vm, cls, namespace);
		cls.mroTuple = part(vm, cls, new PyTuple(cls.mro.map((c) => vm.incref(c))), true);
		addDescriptors(vm, cls, base);
		if (!cls.dict.has("__doc__")) setAttribute(vm, cls, "__doc__", vm.None);
		if (cls.dict.has("__eq__") && !cls.dict.has("__hash__")) setAttribute(vm, cls, "__hash__", vm.None);
	} catch (e) {
		vm.heap.release(cls, NEW_CLASS);
		throw e;
	}
	vm.heap.disown(cls, NEW_CLASS);
	return cls;
}

/** tp_dict: a copy of the namespace without __qualname__ (it becomes the class's) and __classcell__. */
function fillDict(vm: VM, cls: PyClass, namespace: PyDict): void {
	cls.namespace = part(vm, cls, new PyDict(), true);
	for (const { key, value } of namespace.entries.values()) {
		const name = vm.strValue(key);
		if (name === "__qualname__") cls.qualname = vm.strValue(value);
		else if (name !== "__classcell__") setAttribute(vm, cls, name, value);
	}
}

function setAttribute(vm: VM, cls: PyClass, name: string, value: PyObject): void {
	cls.dict.set(name, value);
	dictSet(vm, cls.namespace as PyDict, vm.intern(name), value);
}

/** PyType_Ready's add_members then add_getset: slot members, then `__dict__` and `__weakref__` when this class adds them. */
function addDescriptors(vm: VM, cls: PyClass, base: PyClass): void {
	const descriptors: ["member" | "getset", string][] = memberNames(cls).map((n) => ["member", n]);
	const slots = cls.slotNames;
	const others = cls.bases.filter((b) => b !== base);
	// Secondary bases may provide a __dict__ or weak references too (type_new_slots_impl).
	const mayAddDict = !instancesHaveDict(base);
	const mayAddWeak = !instancesHaveWeakrefs(base);
	if (mayAddDict && (slots === null || slots.includes("__dict__") || others.some(instancesHaveDict))) descriptors.push(["getset", "__dict__"]);
	if (mayAddWeak && (slots === null || slots.includes("__weakref__") || others.some(instancesHaveWeakrefs))) descriptors.push(["getset", "__weakref__"]);
	for (const [kind, name] of descriptors) {
		const descriptor = part(vm, cls, new PySlotDescriptor(kind, name, vm.incref(cls)));
		setAttribute(vm, cls, name, descriptor);
		vm.decref(descriptor);
	}
}
