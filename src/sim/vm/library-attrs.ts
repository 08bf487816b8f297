// Attributes of the objects pymem's modules make (weakref, collections, functools, ctypes, types): what each
// C type exposes as members or getsets. objectAttribute (special-attrs.ts) asks here before the core types.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewAttribute } from "../builtins/memoryview-methods";
import { PyNamedTuple } from "../heap/struct-sequence";
import { PyTypingObject } from "../heap/typing-objects";
import { typingAttribute } from "./typing-ops";
import type { PyObject } from "../heap/object";
import { PyDict } from "../heap/containers";
import { PyBuiltinFunction } from "../heap/callables";
import { PyFinalize, PyWeakref } from "../heap/weakrefs";
import { PyKeyedRef, PyWeakDictionary, PyWeakDictRemover, PyWeakMethod, PyWeakMethodCallback, PyWeakSet } from "../heap/weak-dictionaries";
import { weakMethodAttribute } from "../builtins/weak-methods";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { odictInstanceDict } from "../builtins/ordered-dict";
import { PyToolObject } from "../heap/tool-objects";
import { PyCData } from "../heap/ctypes-data";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyTupleGetter } from "../heap/tuple-getter";
import { CTYPES_NAMESPACES } from "../builtins/ctypes-module";
import { dictGet } from "./dicts";
import { cdataValue } from "./ctypes-access";
import { genericAliasAttribute } from "./generic-alias-ops";
import { unionParameters } from "./union-ops";
import type { VM } from "./vm";

/** A NULL member reads as None. */
export function orNone(vm: VM, o: PyObject | null | undefined): PyObject {
	return vm.incref(o ?? vm.None);
}

/** The __dict__ of a functools object (PyObject_GenericGetDict makes it when first asked). */
export function toolObjectDict(vm: VM, o: PyToolObject): PyDict {
	if (!o.dict) {
		o.dict = vm.dict();
		vm.heap.observer?.contentChanged(o);
	}
	return o.dict;
}

/** The attribute if `obj` is one of these objects and has it; undefined sends the lookup on. */
export function libraryObjectAttribute(vm: VM, obj: PyObject, name: string): PyObject | undefined {
	if (obj instanceof PyGenericAlias) return genericAliasAttribute(vm, obj, name);
	if (obj instanceof PyTypingObject) return typingAttribute(vm, obj, name);
	if (obj instanceof PyUnionType && name === "__args__") return vm.incref(obj.args!);
	if (obj instanceof PyUnionType && name === "__parameters__") return vm.incref(unionParameters(vm, obj));
	if (obj instanceof PyWeakDictionary || obj instanceof PyKeyedRef || obj instanceof PyWeakSet) {
		// Their Python-level attributes are exactly the references they hold.
		const attribute = obj.references().find((r) => r.label === `.${name}` || r.label === name);
		if (attribute) return vm.incref(attribute.target);
	}
	// deque's maxlen getset and defaultdict's default_factory member.
	if (obj instanceof PyDeque && name === "maxlen") return obj.maxlen < 0 ? vm.incref(vm.None) : vm.int(obj.maxlen);
	if (obj instanceof PyDefaultDict && name === "default_factory") return orNone(vm, obj.defaultFactory);
	if (obj instanceof PyMemoryView) return memoryviewAttribute(vm, obj, name);
	// The typecode and itemsize getsets of arrays.
	if (obj instanceof PyArray && name === "typecode") return vm.str(obj.typecode.code);
	if (obj instanceof PyArray && name === "itemsize") return vm.int(obj.typecode.itemsize);
	// An OrderedDict's od_inst_dict is its __dict__ (tp_dictoffset): attributes live there.
	if (obj instanceof PyOrderedDict) {
		if (name === "__dict__") return vm.incref(odictInstanceDict(vm, obj));
		const value = obj.instDict instanceof PyDict ? dictGet(vm, obj.instDict, vm.intern(name)) : undefined;
		if (value) return vm.incref(value);
	}
	if (obj instanceof PyWeakDictRemover) {
		if (name === "__defaults__") return orNone(vm, obj.defaults);
		if (name === "__name__" || name === "__qualname__") return vm.str(name === "__name__" ? obj.name : obj.qualname);
	}
	if (obj instanceof PyTupleGetter && name === "__doc__") return orNone(vm, obj.doc);
	if (obj instanceof PyNamedTuple) {
		const value = obj.field(name);
		if (value) return vm.incref(value);
	}
	if (obj instanceof PyToolObject) {
		const member = obj.members[name];
		if (member !== undefined) return orNone(vm, obj.slots[member] ?? null);
		if (name === "__dict__" && obj.hasDict) return vm.incref(toolObjectDict(vm, obj));
	}
	if (obj instanceof PyWeakMethodCallback) {
		if (name === "__closure__") return orNone(vm, obj.closure);
		if (name === "__name__" || name === "__qualname__") return vm.str(name === "__name__" ? "_cb" : obj.qualname);
	}
	if (obj instanceof PyWeakMethod) {
		const slot = weakMethodAttribute(vm, obj, name);
		if (slot) return slot;
	}
	if (obj instanceof PyWeakref && name === "__callback__") return orNone(vm, obj.callback);
	// finalize.atexit reads its _Info record: False once the finalizer is dead.
	if (obj instanceof PyFinalize && (name === "alive" || name === "atexit")) return vm.bool(vm.liveFinalizers.includes(obj) && (name === "alive" || obj.atexit));
	if (obj instanceof PyCData && name === "value") return cdataValue(vm, obj);
	if (obj instanceof PyBuiltinFunction && CTYPES_NAMESPACES.has(obj.name) && !name.startsWith("__")) vm.raise("TypeError", `pymem does not support ctypes.${obj.name} yet`);
	return undefined;
}
