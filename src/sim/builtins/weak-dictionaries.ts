// The behaviour of weakref.WeakValueDictionary and weakref.WeakKeyDictionary, following Lib/weakref.py of
// 3.11 step by step where it allocates or releases something. Their methods run natively, so the frames,
// generators and _IterationGuard objects the Python methods create for a moment are not simulated;
// iteration takes a snapshot and skips entries that died or left since, which is what the guard makes
// the Python code observe.
import type { PyObject } from "../heap/object";
import { PyDict, type HashKey, type DictEntry } from "../heap/containers";
import { PyIterator } from "../heap/iterators";
import { PyWeakref } from "../heap/weakrefs";
import { PyKeyedRef, PyWeakDictionary, PyWeakDictRemover, PyWeakSet } from "../heap/weak-dictionaries";
import { callRef, weakSetRemove } from "./weak-sets";
import { isPlainKey } from "../vm/key-hashing";
import { weakrefHashKey, dictFind, dictGet, dictSet, dictDel, dictDelHashed } from "../vm/dicts";
import { dictUpdate } from "../vm/mutations";
import { holdLocals } from "../vm/iteration";
import { snapshotGenerator } from "../vm/native-generators";
import { checkWeaklyReferenceable, linkWeakref, newWeakref } from "./weakref-module";
import { nativeFunction } from "./types";
import type { VM } from "../vm/vm";
import type { PyRaise } from "../vm/errors";

/** _weakref._remove_dead_weakref, the second default of WeakValueDictionary's remove closure. */
const removeDeadWeakrefFunction = nativeFunction("_remove_dead_weakref", (vm, args) => {
	removeDeadWeakref(vm, args[0] as PyDict, args[1]!);
	return vm.None;
});

/** WeakValueDictionary() / WeakKeyDictionary(): the instance and its attributes, in __init__'s order. */
const PAIRS = "dict made of the pairs (type({})(dict) in update)";
const BEING_MADE = "self in __init__ (the weak dictionary being made)";

export function newWeakDictionary(vm: VM, weakKeys: boolean, args: PyObject[], kwargs: Map<string, PyObject> | null): PyWeakDictionary {
	const owner = vm.heap.register(new PyWeakDictionary(weakKeys));
	if (weakKeys) owner.data = vm.dict();
	// def remove(..., selfref=ref(self), ...): the defaults are evaluated before the function is made.
	const selfref = newWeakref(vm, owner, null);
	const defaults = vm.tuple(weakKeys ? [selfref] : [selfref, vm.incref(removeDeadWeakrefFunction)]);
	owner.remove = vm.heap.register(new PyWeakDictRemover(owner.cls.name, defaults));
	owner.pendingRemovals = vm.list([]);
	owner.iterating = vm.set();
	if (weakKeys) owner.dirtyLen = vm.False;
	else owner.data = vm.dict();
	vm.heap.observer?.contentChanged(owner);
	// __init__'s self while update() runs (a generator of pairs runs Python code meanwhile).
	vm.heap.adopt(owner, BEING_MADE);
	try {
		update(vm, owner, args[0], kwargs);
	} catch (e) {
		vm.heap.release(owner, BEING_MADE);
		throw e;
	}
	vm.heap.disown(owner, BEING_MADE);
	return owner;
}

export function dataOf(owner: PyWeakDictionary): PyDict {
	return owner.data as PyDict;
}

/** The Map key of the entry `self.data[ref(key)]` names in a WeakKeyDictionary's data, or undefined. */
function weakKeyOf(vm: VM, data: PyDict, key: PyObject): HashKey | undefined {
	checkWeaklyReferenceable(vm, key);
	if (data.index === null && isPlainKey(key)) {
		const k = weakrefHashKey(vm, key);
		return data.entries.has(k) ? k : undefined;
	}
	// ref(key) compares with the stored refs as weakrefs do (their referents' __eq__): a stand-in for it,
	// which no one holds, does the lookup.
	return dictFind(vm, data, new PyWeakref(key, null));
}

/** The callback of every entry's weak reference: `remove(wr)` of Lib/weakref.py. */
export function callWeakDictRemover(vm: VM, remover: PyWeakDictRemover, wr: PyObject): PyObject {
	const selfref = (remover.defaults as { items?: PyObject[] } | null)?.items?.[0];
	const owner = selfref instanceof PyWeakref ? selfref.referent : null;
	if (owner instanceof PyWeakSet && wr instanceof PyWeakref) {
		weakSetRemove(vm, owner, wr);
		return vm.None;
	}
	if (!(owner instanceof PyWeakDictionary) || !(owner.data instanceof PyDict) || !(wr instanceof PyWeakref)) return vm.None;
	if (!owner.weakKeys) {
		if (wr instanceof PyKeyedRef && wr.key) removeDeadWeakref(vm, owner.data, wr.key);
	} else if (wr.probed || wr.hashKey !== null) {
		// del self.data[k]: found by the hash the weakref cached while its referent lived.
		const k = wr.probed ? dictFind(vm, owner.data, wr) : wr.hashKey;
		if (k !== undefined && k !== null) dictDelHashed(vm, owner.data, k);
	}
	return vm.None;
}

/** Delete d[key] only when it is still a dead weak reference (a live one replaced it otherwise). */
function removeDeadWeakref(vm: VM, d: PyDict, key: PyObject): void {
	const value = dictGet(vm, d, key);
	if (value instanceof PyWeakref && value.referent === null) dictDel(vm, d, key);
}

/** The live object behind an entry: the value of a WeakValueDictionary, the key of a WeakKeyDictionary. */
function liveSide(owner: PyWeakDictionary, entry: DictEntry): PyObject | null {
	return ((owner.weakKeys ? entry.key : entry.value) as PyWeakref).referent;
}

/** What the entry maps its key to: its value, which for a WeakValueDictionary is the weakref's referent. */
export function entryValue(owner: PyWeakDictionary, entry: DictEntry): PyObject {
	return owner.weakKeys ? entry.value : liveSide(owner, entry)!;
}

/** The entry for `key`, or undefined; for a WeakValueDictionary also when its value has died. */
export function findEntry(vm: VM, owner: PyWeakDictionary, key: PyObject): DictEntry | undefined {
	const data = dataOf(owner);
	const k = owner.weakKeys ? weakKeyOf(vm, data, key) : dictFind(vm, data, key);
	const entry = k === undefined ? undefined : data.entries.get(k);
	return entry && (owner.weakKeys || liveSide(owner, entry)) ? entry : undefined;
}

export function weakDictGetItem(vm: VM, owner: PyWeakDictionary, key: PyObject): PyObject {
	return getOrDefault(vm, owner, key, undefined, false);
}

/** __setitem__'s new weak reference, on its frame's stack in Lib/weakref.py while the data dict takes it. */
const STORED_REF = "weak reference being stored";

export function weakDictSetItem(vm: VM, owner: PyWeakDictionary, key: PyObject, value: PyObject): void {
	const data = dataOf(owner);
	if (owner.weakKeys) {
		// self.data[ref(key, self._remove)] = value: a new weakref each time; an existing entry keeps its own.
		const wr = newWeakref(vm, key, owner.remove);
		vm.heap.adopt(wr, STORED_REF);
		try {
			dictSet(vm, data, wr, value);
		} finally {
			vm.heap.release(wr, STORED_REF);
		}
		return;
	}
	const keyed = linkWeakref(vm, value, () => new PyKeyedRef(value, vm.incref(owner.remove!), vm.incref(key)));
	vm.heap.adopt(keyed, STORED_REF);
	try {
		dictSet(vm, data, key, keyed);
	} finally {
		vm.heap.release(keyed, STORED_REF);
	}
}

export function weakDictDelItem(vm: VM, owner: PyWeakDictionary, key: PyObject): void {
	if (owner.weakKeys) {
		owner.dirtyLen = vm.True;
		vm.heap.observer?.contentChanged(owner);
		const k = weakKeyOf(vm, dataOf(owner), key);
		if (k === undefined || !dictDelHashed(vm, dataOf(owner), k)) throw missingKey(vm, owner, key);
	} else if (!dictDel(vm, dataOf(owner), key)) throw missingKey(vm, owner, key);
}

/** The KeyError of a missing key: a WeakKeyDictionary looks up `ref(key)` in its data, and that is what it carries. */
function missingKey(vm: VM, owner: PyWeakDictionary, key: PyObject): PyRaise {
	if (!owner.weakKeys) return vm.keyError(key);
	const wr = callRef(vm, [key]);
	try {
		return vm.keyError(wr);
	} finally {
		vm.decref(wr);
	}
}

export function weakDictContains(vm: VM, owner: PyWeakDictionary, key: PyObject): boolean {
	if (owner.weakKeys) {
		try {
			checkWeaklyReferenceable(vm, key);
		} catch (e) {
			// `try: wr = ref(key) except TypeError: return False`
			vm.decref(vm.exceptionOf(e));
			return false;
		}
	}
	return findEntry(vm, owner, key) !== undefined;
}

export function weakDictLength(owner: PyWeakDictionary): number {
	return dataOf(owner).entries.size;
}

type Pick = "keys" | "values" | "items";

/**
 * The locals of Lib/weakref.py's generator after looking at an entry (`live` the weakref's referent or
 * None): WeakKeyDictionary `wr, obj` (keys), `wr, value` (values), `wr, value, key` (items);
 * WeakValueDictionary `k, wr` (keys), `wr, obj` (values), `k, wr, v` (items).
 */
function generatorLocals(owner: PyWeakDictionary, pick: Pick, entry: DictEntry, live: PyObject): PyObject[] {
	const { key, value } = entry;
	if (owner.weakKeys) return pick === "keys" ? [key, live] : pick === "values" ? [key, value] : [key, value, live];
	return pick === "keys" ? [key, value] : pick === "values" ? [value, live] : [key, value, live];
}

/** keys(), values(), items() and iter(): generators in Lib/weakref.py, over the entries still alive. */
export function weakDictIterator(vm: VM, owner: PyWeakDictionary, pick: Pick): PyIterator {
	const data = dataOf(owner);
	const code = { qualname: `${owner.weakKeys ? "WeakKeyDictionary" : "WeakValueDictionary"}.${pick}`, nlocalsplus: pick === "items" ? 4 : 3, stacksize: 6 };
	return snapshotGenerator(vm, owner, code, [...data.entries], (it, [k, entry]) => {
		const live = liveSide(owner, entry);
		holdLocals(vm, it, generatorLocals(owner, pick, entry, live ?? vm.None));
		if (!live || data.entries.get(k) !== entry) return null;
		const key = owner.weakKeys ? live : entry.key;
		const value = owner.weakKeys ? entry.value : live;
		if (pick === "keys") return vm.incref(key);
		if (pick === "values") return vm.incref(value);
		return vm.tuple([vm.incref(key), vm.incref(value)]);
	});
}

export function update(vm: VM, owner: PyWeakDictionary, source: PyObject | undefined, kwargs: Map<string, PyObject> | null): void {
	if (source instanceof PyWeakDictionary) {
		for (const pair of collectPairs(vm, source)) {
			weakDictSetItem(vm, owner, pair[0]!, pair[1]!);
			pair.forEach((o) => vm.decref(o));
		}
	} else if (source instanceof PyDict) {
		for (const { key, value } of [...source.entries.values()]) weakDictSetItem(vm, owner, key, value);
	} else if (source && source !== vm.None) {
		// `if not hasattr(dict, "items"): dict = type({})(dict)`
		const pairs = vm.dict();
		vm.heap.adopt(pairs, PAIRS);
		try {
			dictUpdate(vm, pairs, source, false);
			update(vm, owner, pairs, null);
		} finally {
			vm.heap.release(pairs, PAIRS);
		}
	}
	for (const [name, value] of kwargs ?? []) weakDictSetItem(vm, owner, vm.intern(name), value);
}

function collectPairs(vm: VM, owner: PyWeakDictionary): PyObject[][] {
	const pairs: PyObject[][] = [];
	for (const entry of dataOf(owner).entries.values()) {
		const live = liveSide(owner, entry);
		if (live) pairs.push(owner.weakKeys ? [vm.incref(live), vm.incref(entry.value)] : [vm.incref(entry.key), vm.incref(live)]);
	}
	return pairs;
}

export function getOrDefault(vm: VM, owner: PyWeakDictionary, key: PyObject, fallback: PyObject | undefined, remove: boolean): PyObject {
	const entry = findEntry(vm, owner, key);
	if (!entry) {
		if (fallback) return vm.incref(fallback);
		throw missingKey(vm, owner, key);
	}
	const result = vm.incref(entryValue(owner, entry));
	if (remove) weakDictDelItem(vm, owner, key);
	return result;
}
