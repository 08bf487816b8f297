// obj[key], obj[key] = v and del obj[key] for the builtin sequences and mappings, slices included,
// and the __getitem__/__setitem__/__delitem__ of user classes.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewGetItem, memoryviewSetItem } from "./memoryview-ops";
import { tpName } from "../builtins/module-type-constructors";
import { PyWeakProxy } from "../heap/weakrefs";
import { PyMappingProxy } from "../heap/mapping-proxy";
import { proxiedMapping } from "./mapping-proxy-ops";
import { throughProxies, throughProxy } from "./weak-proxy-ops";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyTypingObject } from "../heap/typing-objects";
import { subscriptTyping } from "./typing-subscript";
import type { PyObject } from "../heap/object";
import { PyInt, PyStr, PyBool, normaliseInt } from "../heap/values";
import { bytesItem } from "./bytes-ops";
import { requireIndexSized } from "./ssize";
import { PyByteArray, isBytesLike } from "../heap/bytearray";
import { setByteArrayItem } from "./bytearray-ops";
import { PyList, PyTuple, PyDict, PyRange, PySlice } from "../heap/containers";
import { PyDictInstance, subclassSlot, isExactTuple, pythonSlot, userSlot } from "../heap/subclass-instances";
import { PyClass, T } from "../heap/classes";
import { lookupAttr } from "./attributes";
import { dictGet, dictSet, dictDel } from "./dicts";
import { PyWeakDictionary } from "../heap/weak-dictionaries";
import { weakDictDelItem, weakDictGetItem, weakDictSetItem } from "../builtins/weak-dictionaries";
import { indexValue, hasSequenceSlots } from "./protocol";
import { unsupportedBigRange } from "./builtin-iterators";
import type { VM } from "./vm";
import { callSpecialMethod } from "./dunder-calls";
import { PyDefaultDict, PyDeque, PyOrderedDict } from "../heap/collections";
import { PyArray } from "../heap/array";
import { arrayGetItem, arraySetItem } from "./array-ops";
import { odictDelItem, odictSetItem } from "../builtins/ordered-dict";
import { dequeDelItem } from "../builtins/deque";
import { isCounter } from "../builtins/counter";
import { defaultDictSubscriptMissing } from "../builtins/defaultdict";
import { PyGenericAlias } from "../heap/generic-alias";
import { newGenericAlias, subscriptGenericAlias } from "./generic-alias-ops";
import { PyUnionType } from "../heap/union-type";
import { unionParameters } from "./union-ops";
import { repr } from "./repr";
import { sliceIndices, itemsAt, isWhole } from "./slice-indices";

function toIndex(vm: VM, key: PyObject, typeName: string): number {
	const index = key instanceof PyInt ? BigInt(key.value) : indexValue(vm, key);
	if (index !== null) {
		// PyNumber_AsSsize_t(key, PyExc_IndexError); range_item takes any int and says "out of range" itself.
		if (typeName !== "range") requireIndexSized(vm, index, key);
		return Number(index);
	}
	// unicode_subscript words it differently from lists and tuples in 3.11.
	if (typeName === "string") return vm.raise("TypeError", `string indices must be integers, not '${key.typeName}'`);
	return vm.raise("TypeError", `${typeName} indices must be integers or slices, not ${key.typeName}`);
}

/** PyObject_GetItem for a type with only sequence slots (deque): an index, made non-negative, then checked. */
function dequeIndex(vm: VM, d: PyDeque, key: PyObject): number {
	const index = key instanceof PyInt ? BigInt(key.value) : indexValue(vm, key);
	if (index === null) return vm.raise("TypeError", `sequence index must be integer, not '${key.typeName}'`);
	requireIndexSized(vm, index, key);
	const length = d.items.length;
	const i = Number(index < 0n ? index + BigInt(length) : index);
	if (i < 0 || i >= length) vm.raise("IndexError", "deque index out of range");
	return i;
}

/** range_item for a range past 2**53: the index and the item in big integers. */
function rangeItemExact(vm: VM, r: PyRange, key: PyObject): PyObject {
	const index = key instanceof PyInt ? BigInt(key.value) : indexValue(vm, key);
	if (index === null) return vm.raise("TypeError", `range indices must be integers or slices, not ${key.typeName}`);
	const length = r.exactLength;
	const i = index < 0n ? index + length : index;
	if (i < 0n || i >= length) vm.raise("IndexError", "range object index out of range");
	return vm.int(normaliseInt(BigInt(r.start) + i * BigInt(r.step)));
}

function normaliseIndex(vm: VM, index: number, length: number, what: string): number {
	const i = index < 0 ? index + length : index;
	if (i < 0 || i >= length) vm.raise("IndexError", `${what} index out of range`);
	return i;
}

function userItem(vm: VM, obj: PyObject, name: string, args: PyObject[]): PyObject | undefined {
	if (userSlot(obj, name)) return vm.callMethod(obj, name, args);
	return undefined;
}

/** PyObject_GetItem: a list or dict subclass's own __getitem__ first, else the type's builtin subscript. */
export function getItem(vm: VM, obj: PyObject, key: PyObject): PyObject {
	if (obj instanceof PyWeakProxy) return throughProxies(vm, obj, key, (referent, k) => getItem(vm, referent, k));
	if (obj instanceof PyMappingProxy) return getItem(vm, proxiedMapping(obj), key);
	if (subclassSlot(obj, "__getitem__")) return vm.callMethod(obj, "__getitem__", [key]);
	return builtinGetItem(vm, obj, key);
}

/** The builtin types' mp_subscript (what list.__getitem__ and dict.__getitem__ run, whatever a subclass overrides). */
export function builtinGetItem(vm: VM, obj: PyObject, key: PyObject): PyObject {
	if (obj instanceof PyList || obj instanceof PyTuple) {
		if (key instanceof PySlice) {
			const indices = sliceIndices(vm, key, obj.items.length);
			if (isExactTuple(obj) && isWhole(indices, obj.items.length)) return vm.incref(obj);
			const items = itemsAt(obj.items, indices).map((x) => vm.incref(x));
			return obj instanceof PyList ? vm.list(items) : vm.tuple(items);
		}
		const items = obj.items;
		// list_subscript and tuplesubscript name their own type, whatever subclass the object is of.
		const name = obj instanceof PyList ? "list" : "tuple";
		return vm.incref(items[normaliseIndex(vm, toIndex(vm, key, name), items.length, name)]!);
	}
	if (obj instanceof PyDict) {
		const v = dictGet(vm, obj, key);
		if (v) return vm.incref(v);
		if (obj instanceof PyDefaultDict) return defaultDictSubscriptMissing(vm, obj, key);
		// Counter.__missing__: 0, stored nowhere.
		if (isCounter(obj)) return vm.int(0);
		if (obj instanceof PyDictInstance) {
			const missing = pythonSlot(obj.cls, "__missing__");
			if (missing) return callMissing(vm, obj, missing, key);
		}
		throw vm.keyError(key);
	}
	if (obj instanceof PyStr) {
		const chars = [...obj.value];
		if (key instanceof PySlice) {
			const indices = sliceIndices(vm, key, chars.length);
			// unicode_subscript: a whole slice is the str itself (unicode_result_unchanged copies a subclass's).
			return isWhole(indices, chars.length) && !isScalarInstance(obj) ? vm.incref(obj) : vm.str(itemsAt(chars, indices).join(""));
		}
		return vm.str(chars[normaliseIndex(vm, toIndex(vm, key, "string"), chars.length, "string")]!);
	}
	if (isBytesLike(obj)) return bytesItem(vm, obj, key);
	if (obj instanceof PyRange) {
		if (!(key instanceof PySlice) && !obj.hasNumberBounds) return rangeItemExact(vm, obj, key);
		if (!obj.hasNumberBounds) unsupportedBigRange(vm, "slicing");
		const length = obj.length;
		if (key instanceof PySlice) {
			const [start, stop, step] = sliceIndices(vm, key, length);
			const base = Number(obj.start);
			const st = Number(obj.step);
			return vm.heap.register(new PyRange(base + start * st, base + stop * st, st * step));
		}
		const i = normaliseIndex(vm, toIndex(vm, key, "range"), length, "range object");
		return vm.int(Number(obj.start) + i * Number(obj.step));
	}
	if (obj instanceof PyWeakDictionary) return weakDictGetItem(vm, obj, key);
	if (obj instanceof PyDeque) return vm.incref(obj.items[dequeIndex(vm, obj, key)]!);
	if (obj instanceof PyArray) return arrayGetItem(vm, obj, key);
	if (obj instanceof PyMemoryView) return memoryviewGetItem(vm, obj, key);
	if (obj instanceof PyClass) return classGetItem(vm, obj, key);
	if (obj instanceof PyGenericAlias) return subscriptGenericAlias(vm, obj);
	if (obj instanceof PyTypingObject) return subscriptTyping(vm, obj, key);
	if (obj instanceof PyUnionType) {
		// union_getitem: with no type variables, nothing can be substituted.
		unionParameters(vm, obj);
		return vm.raise("TypeError", `${repr(vm, obj)} is not a generic class`);
	}
	const user = userItem(vm, obj, "__getitem__", [key]);
	if (user) return user;
	if (obj instanceof PyBool || obj instanceof PyInt) vm.raise("TypeError", `'${obj.typeName}' object is not subscriptable`);
	return vm.raise("TypeError", `'${obj.typeName}' object is not subscriptable`);
}

const MISSING = "__missing__ being called (dict_subscript)";

/** dict_subscript of a subclass: _PyObject_LookupSpecial binds __missing__ (a bound method for the call). */
function callMissing(vm: VM, d: PyDictInstance, missing: PyObject, key: PyObject): PyObject {
	return callSpecialMethod(vm, d, missing, [key], MISSING, "__missing__");
}

const CLASS_GETITEM = "__class_getitem__ being called";

/** Classes CPython makes generic (weakref.ref[int]...) whose __class_getitem__ pymem does not define (T fills at startup). */
const unsupportedGenerics = (): PyClass[] => [T.weakref, T.WeakValueDictionary, T.WeakKeyDictionary, T.WeakSet];

/** PyObject_GetItem on a class: `C.__class_getitem__` (a classmethod, so a bound method made for the call). */
function classGetItem(vm: VM, cls: PyClass, key: PyObject): PyObject {
	// abstract.c special-cases type[int]: type has no __class_getitem__, and no bound method is made.
	if (cls === T.type) return newGenericAlias(vm, cls, key);
	const method = lookupAttr(vm, cls, "__class_getitem__");
	if (!method && unsupportedGenerics().some((c) => cls.isSubclassOf(c))) {
		return vm.raise("TypeError", `pymem does not support generic aliases such as ${cls.name}[...] yet`);
	}
	// PyObject_GetItem takes a `__class_getitem__ = None` for none at all.
	if (method === vm.None) vm.decref(method);
	if (!method || method === vm.None) return vm.raise("TypeError", `type '${tpName(cls)}' is not subscriptable`);
	vm.heap.adopt(method, CLASS_GETITEM);
	try {
		return vm.callObject(method, [key]);
	} finally {
		vm.heap.release(method, CLASS_GETITEM);
	}
}

/** PyObject_SetItem: a list or dict subclass's own __setitem__ first, else the type's builtin assignment. */
export function setItem(vm: VM, obj: PyObject, key: PyObject, value: PyObject): void {
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => setItem(vm, referent, key, value));
	if (subclassSlot(obj, "__setitem__")) return vm.decref(vm.callMethod(obj, "__setitem__", [key, value]));
	builtinSetItem(vm, obj, key, value);
}

export function builtinSetItem(vm: VM, obj: PyObject, key: PyObject, value: PyObject): void {
	if (obj instanceof PyList) {
		if (key instanceof PySlice) return vm.listAssignSlice(obj, key, value);
		const i = normaliseIndex(vm, toIndex(vm, key, "list"), obj.items.length, "list assignment");
		const old = obj.items[i]!;
		obj.items[i] = vm.incref(value);
		vm.heap.observer?.itemReplaced(obj, i);
		vm.decref(old);
		return;
	}
	if (obj instanceof PyOrderedDict) return odictSetItem(vm, obj, key, value);
	if (obj instanceof PyDict) return dictSet(vm, obj, key, value);
	if (obj instanceof PyByteArray) return setByteArrayItem(vm, obj, key, value);
	if (obj instanceof PyArray) return arraySetItem(vm, obj, key, value);
	if (obj instanceof PyMemoryView) return memoryviewSetItem(vm, obj, key, value);
	if (obj instanceof PyWeakDictionary) return weakDictSetItem(vm, obj, key, value);
	if (obj instanceof PyDeque) {
		// deque_ass_item: no state change, so iterators go on.
		const i = dequeIndex(vm, obj, key);
		const old = obj.items[i]!;
		obj.items[i] = vm.incref(value);
		vm.heap.observer?.itemReplaced(obj, i);
		return vm.decref(old);
	}
	const user = userItem(vm, obj, "__setitem__", [key, value]);
	if (user) return vm.decref(user);
	refuseHalfAssignSlot(vm, obj, "__delitem__", "__setitem__");
	vm.raise("TypeError", `'${obj.typeName}' object does not support item assignment`);
}

/**
 * One of __setitem__ and __delitem__ written in Python gives the class slot_mp_ass_subscript for both; the
 * other operation then looks its method up by name and fails with lookup_method's bare AttributeError.
 */
function refuseHalfAssignSlot(vm: VM, obj: PyObject, defined: string, missing: string): void {
	if (userSlot(obj, defined) && obj.cls.lookup(missing) === undefined) vm.raise("AttributeError", missing);
}

/** PyObject_DelItem: a list or dict subclass's own __delitem__ first, else the type's builtin deletion. */
export function delItem(vm: VM, obj: PyObject, key: PyObject): void {
	if (obj instanceof PyWeakProxy) return throughProxy(vm, obj, (referent) => delItem(vm, referent, key));
	if (subclassSlot(obj, "__delitem__")) return vm.decref(vm.callMethod(obj, "__delitem__", [key]));
	builtinDelItem(vm, obj, key);
}

export function builtinDelItem(vm: VM, obj: PyObject, key: PyObject): void {
	// Counter.__delitem__: no KeyError for a missing element.
	if (isCounter(obj)) return void dictDel(vm, obj, key);
	if (obj instanceof PyList) {
		if (key instanceof PySlice) return vm.listDeleteSlice(obj, key);
		const i = normaliseIndex(vm, toIndex(vm, key, "list"), obj.items.length, "list assignment");
		const [old] = obj.items.splice(i, 1);
		// list_ass_item is list_ass_slice: the last item going clears the list.
		obj.resizeForSlice(obj.items.length);
		vm.heap.observer?.contentChanged(obj);
		vm.decref(old!);
		return;
	}
	if (obj instanceof PyOrderedDict) return odictDelItem(vm, obj, key);
	if (obj instanceof PyDict) {
		if (!dictDel(vm, obj, key)) throw vm.keyError(key);
		return;
	}
	if (obj instanceof PyByteArray) return setByteArrayItem(vm, obj, key, null);
	if (obj instanceof PyArray) return arraySetItem(vm, obj, key, null);
	if (obj instanceof PyMemoryView) return memoryviewSetItem(vm, obj, key, null);
	if (obj instanceof PyWeakDictionary) return weakDictDelItem(vm, obj, key);
	if (obj instanceof PyDeque) return dequeDelItem(vm, obj, dequeIndex(vm, obj, key));
	const user = userItem(vm, obj, "__delitem__", [key]);
	if (user) return vm.decref(user);
	refuseHalfAssignSlot(vm, obj, "__setitem__", "__delitem__");
	// PyObject_DelItem hands an index to PySequence_DelItem for types with sequence slots, which words it differently.
	const viaSequence = hasSequenceSlots(obj) && (key instanceof PyInt || indexValue(vm, key) !== null);
	vm.raise("TypeError", `'${obj.typeName}' object ${viaSequence ? "doesn't" : "does not"} support item deletion`);
}
