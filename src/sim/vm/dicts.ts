// Hash keys and the dict/set primitives every part of the VM uses. A key's identity for lookup is a JS
// primitive: equal Python values (1, 1.0, True) share one key, as their hashes and == agree in Python.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewHashText } from "./memoryview-compare";
import { PyTypingObject } from "../heap/typing-objects";
import { typingHashKey } from "./typing-ops";
import { PyToolObject } from "../heap/tool-objects";
import { PyCData } from "../heap/ctypes-data";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyStr, PyNone, strKey, PyBytes } from "../heap/values";
import { PyList, PyTuple, PyDict, PySet, PyRange, type HashKey, type DictEntry } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { isSubclassInstance, pythonSlot } from "../heap/subclass-instances";
import { isExactStr, isScalarInstance, PySetInstance } from "../heap/scalar-instances";
import { HeapKind } from "../heap/object";
import { PyBoundMethod, PyBuiltinFunction, PyCell } from "../heap/callables";
import { PyClass } from "../heap/classes";
import { PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { unhashableProxy } from "./weak-proxy-ops";
import { PyWeakDictionary, PyWeakSet } from "../heap/weak-dictionaries";
import { PyDeque } from "../heap/collections";
import { PyArray } from "../heap/array";
import { PyByteArray } from "../heap/bytearray";
import { mayBeTracked } from "../heap/shared-tracking";
import { splitDictTakesNewKey } from "../heap/shared-keys";
import { dictAfterInsertNewKey, resizeLog2KeySize } from "../runtime/containerGrowth";
import { complexHashKey } from "./complex-ops";
import { isPlainKey } from "./key-hashing";
import { forgetIndexed, probedFind, probedGet, probedSet } from "./probed-dicts";
import { probedSetAdd, probedSetContains, probedSetDiscard, probedSetMerge } from "./probed-sets";
import { clearRaised, raisedMatches } from "./protocol";
import type { VM } from "./vm";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { PyMappingProxy } from "../heap/mapping-proxy";

const nameKeys = new Map<string, string>();

/**
 * The dict key of a name the interpreter looks up by string (globals, builtins, a class body): one string
 * per name, whose hash V8 computes once, instead of a new concatenation hashed at every lookup.
 */
export function nameKey(name: string): string {
	let key = nameKeys.get(name);
	if (key === undefined) nameKeys.set(name, (key = strKey(name)));
	return key;
}

/** Whether a class written in Python gives o's type a __hash__ of its own (slot_tp_hash; None is no hash). */
function ownHash(vm: VM, o: PyObject): boolean {
	const hash = pythonSlot(o.cls, "__hash__");
	return hash !== undefined && hash !== vm.None;
}

export function hashKey(vm: VM, o: PyObject): HashKey {
	// An int, float, str or set subclass's own __hash__ (slot_tp_hash), or None for one that defines __eq__ alone.
	if (o.heapKind === HeapKind.Instance && (isScalarInstance(o) || o instanceof PySetInstance)) {
		const hash = pythonSlot(o.cls, "__hash__");
		if (hash === vm.None) vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
		if (hash) return "h" + vm.callMethodInt(o, "__hash__");
	}
	if (o instanceof PyStr || o instanceof PyBytes) return o.hashKey;
	// A read-only view of bytes is the same key as the bytes it holds (equal, with the same hash).
	if (o instanceof PyMemoryView) return "y" + memoryviewHashText(vm, o, (exporter) => hashKey(vm, exporter));
	if (o instanceof PyWeakProxy) unhashableProxy(vm, o);
	if (o instanceof PyWeakref) {
		// The hash is cached while the referent lives, so a dead weakref still finds its dict entry.
		if (o.hashKey === null) {
			if (!o.referent) vm.raise("TypeError", "weak object has gone away");
			o.hashKey = weakrefHashKey(vm, o.referent);
		}
		return o.hashKey;
	}
	if (o instanceof PyInt) return typeof o.value === "number" ? o.value : "b" + o.value.toString();
	if (o instanceof PyFloat) return Number.isNaN(o.value) ? "nan" + o.id : o.value;
	if (o instanceof PyComplex) return complexHashKey(o);
	if (o instanceof PyNone) return "None";
	if (o instanceof PyRange) return "r" + o.canonicalKey;
	if (o instanceof PyTuple && isSubclassInstance(o)) {
		const hash = pythonSlot(o.cls, "__hash__");
		if (hash === vm.None) vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
		if (hash) return "h" + vm.callMethodInt(o, "__hash__");
	}
	if (o instanceof PyTuple) return "t(" + o.items.map((i) => String(hashKey(vm, i))).join(",") + ")";
	if (o instanceof PySet && o.frozen) return "f(" + [...o.entries.keys()].map(String).sort().join(",") + ")";
	if (o instanceof PyInstance) {
		const cls = o.cls;
		const hash = cls.lookup("__hash__");
		if (hash) {
			if (hash === vm.None) vm.raise("TypeError", `unhashable type: '${cls.name}'`);
			return "h" + vm.callMethodInt(o, "__hash__");
		}
		// No __hash__ in the MRO: a class that defines __eq__ without one is unhashable, as in CPython.
		if (cls.lookup("__eq__")) vm.raise("TypeError", `unhashable type: '${cls.name}'`);
		return "o" + o.id;
	}
	// A list or dict subclass is hashable when it defines __hash__ in Python (slot_tp_hash).
	if (isSubclassInstance(o) && ownHash(vm, o)) return "h" + vm.callMethodInt(o, "__hash__");
	// Slices became hashable only in 3.12.
	if (o instanceof PyList || o instanceof PyDict || o.cls.name === "slice" || o instanceof PyByteArray || (o instanceof PySet && !o.frozen) || o instanceof PyWeakDictionary || o instanceof PyWeakSet || o instanceof PyDeque || o instanceof PyArray || o instanceof PyMappingProxy || o instanceof PyCell) {
		vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
	}
	if (o instanceof PyToolObject && o.unhashable) vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
	if (o instanceof PyClass) return "o" + o.id;
	// PyCData_nohash.
	if (o instanceof PyCData) vm.raise("TypeError", "unhashable type");
	// ga_hash: the origin's hash and the arguments' (equal aliases are one key).
	if (o instanceof PyTypingObject) {
		const key = typingHashKey(vm, o);
		if (key !== null) return key;
	}
	if (o instanceof PyGenericAlias) return "g" + String(hashKey(vm, o.origin!)) + ":" + String(hashKey(vm, o.args!));
	// union_hash: the hash of the members as a frozenset (int | str is str | int).
	if (o instanceof PyUnionType) return "u(" + (o.args as PyTuple).items.map((m) => String(hashKey(vm, m))).sort().join(",") + ")";
	// method_hash / meth_hash: a bound method is equal to (and hashes as) any binding of the same function to
	// the same object.
	if (o instanceof PyBoundMethod && o.self && o.func) return `m${o.self.id}:${o.func.id}`;
	if (o instanceof PyBuiltinFunction && o.self) return `n${o.self.id}:${o.owner?.name ?? ""}.${o.name}`;
	return "o" + o.id;
}

/** hash(ref(o)) is hash(o); equal live weakrefs compare as their referents do. */
export function weakrefHashKey(vm: VM, referent: PyObject): HashKey {
	return "w" + String(hashKey(vm, referent));
}

/** Insert or replace; increfs key (when new) and value, and releases the replaced value last. */
export function dictSet(vm: VM, d: PyDict, key: PyObject, value: PyObject): void {
	if (d.index !== null || !isPlainKey(key)) {
		probedSet(vm, d, key, value);
		return;
	}
	const k = hashKey(vm, key);
	const entry = d.entries.get(k);
	if (entry) return replaceEntryValue(vm, d, entry, value);
	vm.incref(value);
	vm.incref(key);
	// A str subclass's instance is a general key too (PyUnicode_CheckExact).
	const general = !isExactStr(key);
	// insertdict: a str-keys table made general is resized first (insertion_resize), deleted entries dropped.
	if (d.sharedKeys === null && general && !d.generalKeys && d.keysSize > 0) {
		d.keysSize = 2 ** resizeLog2KeySize(d.entries.size * 3);
		d.compactEntries();
	}
	const slot = d.sharedKeys === null || !splitDictTakesNewKey(d, d.sharedKeys, key) ? takeKeysEntry(d) : d.entries.size;
	if (general) d.generalKeys = true;
	const added = { key, value, slot };
	d.entries.set(k, added);
	maintainTracking(vm, d, key);
	maintainTracking(vm, d, value);
	vm.heap.observer?.itemsAppended(d, d.entries.size - 1, added);
}

/** The key _PyDict_SetItem_Take2 was given for one the dict has, released after the value it replaced. */
const TAKEN_KEY = "key given to a dict that has it";

/**
 * insertdict for a key the dict has: it takes the new value, then lets go of the old one (which may run a __del__).
 * `takenKey`: _PyDict_SetItem_Take2's, whose references to the value and that key are the caller's; the key goes
 * after the old value.
 */
export function replaceEntryValue(vm: VM, d: PyDict, entry: DictEntry, value: PyObject, takenKey: PyObject | null = null): void {
	const old = entry.value;
	entry.value = takenKey ? value : vm.incref(value);
	vm.heap.observer?.itemReplaced(d, entry);
	maintainTracking(vm, d, value);
	if (takenKey) vm.heap.releaseAll(null, TAKEN_KEY, [old, takenKey]);
	else vm.decref(old);
}

/**
 * _PyDict_SetItem_Take2 (MAP_ADD, warm STORE_SUBSCR): as dictSet, taking over the caller's references to key and
 * value. A key the dict has already: the dict keeps its own key object, the value moves in, the old value goes,
 * then the key passed in.
 */
export function dictSetTaking(vm: VM, d: PyDict, key: PyObject, value: PyObject): void {
	if (d.index !== null || !isPlainKey(key)) {
		probedSet(vm, d, key, value, undefined, "take");
		return;
	}
	const entry = d.entries.get(hashKey(vm, key));
	if (entry) return replaceEntryValue(vm, d, entry, value, key);
	// A new key: the dict's references are the caller's (dictSet's increfs and these decrefs cancel out).
	dictSet(vm, d, key, value);
	vm.decref(key);
	vm.decref(value);
}

/** MAINTAIN_TRACKING: an untracked dict becomes tracked when an object that may be tracked enters. */
export function maintainTracking(vm: VM, d: PyDict, o: PyObject): void {
	if (!d.tracked && mayBeTracked(o)) vm.heap.track(d);
}

/**
 * clone_combined_dict_keys' callers (PyDict_Copy's fast path, dict_merge into an empty dict): the clone is
 * tracked when its source is ("Maintain tracking"), even a tracked source whose values are all atoms now.
 */
export function keepCloneTracking(vm: VM, clone: PyDict, source: PyDict): void {
	if (source.tracked && !clone.tracked) vm.heap.track(clone);
}

/**
 * insertdict of a new key into an ordinary dict: containerGrowth's model of insertion_resize, on the dict's
 * table. Answers the new entry's slot.
 */
export function takeKeysEntry(d: PyDict): number {
	// The room used so far counts the entries popitem gave up too (dk_usable).
	const consumed = d.keysEntries + d.usableLost;
	const next = dictAfterInsertNewKey({ log2Size: d.keysSize === 0 ? null : Math.log2(d.keysSize), entries: consumed, used: d.entries.size });
	if (next.entries !== consumed + 1) d.compactEntries();
	d.keysSize = 2 ** next.log2Size!;
	d.keysEntries = next.entries - d.usableLost;
	return d.keysEntries - 1;
}


export function dictGet(vm: VM, d: PyDict, key: PyObject): PyObject | undefined {
	if (d.index !== null || !isPlainKey(key)) return probedGet(vm, d, key)?.value;
	return d.entries.get(hashKey(vm, key))?.value;
}

/** The Map key under which `d` holds `key`, or undefined (one hash, one lookup). */
export function dictFind(vm: VM, d: PyDict, key: PyObject): HashKey | undefined {
	if (d.index !== null || !isPlainKey(key)) return probedFind(vm, d, key);
	const k = hashKey(vm, key);
	return d.entries.has(k) ? k : undefined;
}

export function dictDel(vm: VM, d: PyDict, key: PyObject): boolean {
	const k = dictFind(vm, d, key);
	return k !== undefined && dictDelHashed(vm, d, k);
}

/** dict.setdefault (PyDict_SetDefault): one hash and one lookup; returns the value now stored (borrowed). */
export function dictSetDefault(vm: VM, d: PyDict, key: PyObject, value: PyObject): PyObject {
	if (d.index !== null || !isPlainKey(key)) return probedSet(vm, d, key, value, undefined, "ifAbsent");
	const found = d.entries.get(hashKey(vm, key));
	if (found) return found.value;
	dictSet(vm, d, key, value);
	return value;
}

/** Delete the entry with hash key `k`: also for a key that can no longer be hashed (a dead weakref's). */
export function dictDelHashed(vm: VM, d: PyDict, k: HashKey): boolean {
	if (!d.entries.has(k)) return false;
	vm.decref(dictPopHashed(vm, d, k));
	return true;
}

/**
 * delitem_common / _PyDict_Pop: the entry under `k` leaves the dict and its key is released (its __del__
 * may run); the value's reference is returned to the caller.
 */
export function dictPopHashed(vm: VM, d: PyDict, k: HashKey): PyObject {
	const entry = d.entries.get(k)!;
	if (d.index !== null) forgetIndexed(vm, d, k);
	d.entries.delete(k);
	vm.heap.observer?.entryRemoved(d, entry.key);
	vm.heap.adopt(entry.value, POPPED);
	try {
		vm.decref(entry.key);
	} finally {
		vm.heap.disown(entry.value, POPPED);
	}
	return entry.value;
}

const POPPED = "value of a removed entry";

/** set_table_resize: the smallest power of two above `minUsed`, at least 8. */
export function setTableSize(minUsed: number): number {
	let size = 8;
	while (size <= minUsed) size *= 2;
	return size;
}

/**
 * set_add_entry. Every set keeps CPython's table (probed-sets.ts), so it iterates, prints and pops in slot
 * order as CPython's does: `{3, 1, 2}` is `{1, 2, 3}`.
 */
export function setAdd(vm: VM, s: PySet, item: PyObject): void {
	probedSetAdd(vm, s, item);
}

export function setDiscard(vm: VM, s: PySet, item: PyObject): boolean {
	return withFrozenKey(vm, item, (key) => setDiscardKey(vm, s, key));
}

function setDiscardKey(vm: VM, s: PySet, item: PyObject): boolean {
	if (s.table !== null || !isPlainKey(item)) return probedSetDiscard(vm, s, item);
	const k = hashKey(vm, item);
	const found = s.entries.get(k);
	if (!found) return false;
	s.entries.delete(k);
	vm.heap.observer?.contentChanged(s);
	vm.decref(found);
	return true;
}

export function setContains(vm: VM, s: PySet, item: PyObject): boolean {
	return withFrozenKey(vm, item, (key) => setContainsKey(vm, s, key));
}

/** set_contains_key: the lookup itself, without set_contains's retry of a set key as a frozenset. */
export function setContainsKey(vm: VM, s: PySet, key: PyObject): boolean {
	return s.table !== null || !isPlainKey(key) ? probedSetContains(vm, s, key) : s.entries.has(hashKey(vm, key));
}

const FROZEN_KEY = "temporary frozenset key (set_contains)";

/**
 * set_contains, set_discard and set_remove: a set (or set subclass) key that the lookup finds unhashable is looked
 * up again as a temporary frozenset of its items, once the TypeError is cleared, so `{1} in {frozenset({1})}`.
 */
function withFrozenKey<T>(vm: VM, item: PyObject, lookUp: (key: PyObject) => T): T {
	try {
		return lookUp(item);
	} catch (e) {
		if (!(item instanceof PySet) || item.frozen || !raisedMatches(vm, e, "TypeError")) throw e;
		clearRaised(vm, e);
	}
	const key = vm.heap.build(vm.set(true), FROZEN_KEY, (key) => probedSetMerge(vm, key, item));
	vm.heap.adopt(key, FROZEN_KEY);
	try {
		return lookUp(key);
	} finally {
		vm.heap.release(key, FROZEN_KEY);
	}
}
