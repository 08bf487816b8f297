// Dict operations on a dict that keeps its index table (probe-tables.ts): once it met a key whose hash or
// equality runs Python code. Lookups follow dictkeys_generic_lookup: along the probe sequence, identity
// first, then the stored key's __eq__ for an equal hash, starting over when that __eq__ changed the dict.
import { isExactStr } from "../heap/scalar-instances";
import { definesInPython } from "../heap/subclass-instances";
import type { PyObject } from "../heap/object";
import { PyDict, type DictEntry, type HashKey } from "../heap/containers";
import { DictIndex } from "../heap/probe-tables";
import { resizeLog2KeySize } from "../runtime/containerGrowth";
import { type SharedKeys, splitDictTakesNewKey } from "../heap/shared-keys";
import { hashKey, keepCloneTracking, maintainTracking, takeKeysEntry } from "./dicts";
import { isPlainKey, keyHash, newProbedKey, plainHash, storedKeyEquals } from "./key-hashing";
import type { VM } from "./vm";

const KEY = "key being inserted";
const VALUE = "value being inserted";

/** The index of `d`, (re)built when the dict was resized or changed by code that does not keep it. */
function currentIndex(vm: VM, d: PyDict): DictIndex | null {
	if (d.keysSize === 0) return null;
	const index = d.index;
	if (index && index.size === d.keysSize && index.used === d.entries.size) return index;
	// dictresize / build_indices: the live entries in order, each at the first free slot of its probes.
	const next = new DictIndex(d.keysSize);
	for (const [k, entry] of d.entries) {
		const ix = index ? index.indexOf(k) : -1;
		next.append(k, ix >= 0 ? index!.hashes[ix]! : plainHash(vm, entry.key));
	}
	return (d.index = next);
}

/** The entry number of `key` in `d`'s index, or -1. */
function lookup(vm: VM, d: PyDict, key: PyObject, hash: bigint, lookupKey: HashKey | null): number {
	for (;;) {
		const index = currentIndex(vm, d);
		if (!index) return -1;
		let found = -1;
		let changed = false;
		index.eachCandidate(hash, (ix) => {
			const k = index.keys[ix]!;
			const stored = d.entries.get(k)!.key;
			if (stored === key) found = ix;
			else if (index.hashes[ix] === hash) {
				const equal = storedKeyEquals(vm, stored, k, key, lookupKey);
				if (d.index !== index || index.keys[ix] !== k || d.entries.get(k)?.key !== stored) changed = true;
				else if (equal) found = ix;
			}
			return found >= 0 || changed;
		});
		if (!changed) return found;
	}
}

function lookupKeyOf(vm: VM, key: PyObject): HashKey | null {
	return isPlainKey(key) ? hashKey(vm, key) : null;
}

/** The entry of `key` (hashed by `hash` when the caller has its stored hash), without a second __hash__ call. */
export function probedGet(vm: VM, d: PyDict, key: PyObject, hash = keyHash(vm, key)): DictEntry | undefined {
	// A dict of str keys holds nothing equal to another kind of key, unless that key's class says so in its own
	// __eq__ (unicodekeys_lookup_generic compares each str of an equal hash with it).
	if (d.index === null && (!d.generalKeys || d.sharedKeys)) {
		if (!definesInPython(key, "__eq__")) return undefined;
		if (d.sharedKeys) return splitDictGet(vm, d, d.sharedKeys, key, hash);
	}
	const ix = lookup(vm, d, key, hash, lookupKeyOf(vm, key));
	return ix < 0 ? undefined : d.entries.get(d.index!.keys[ix]!);
}

/**
 * A split dict's lookup of such a key: its class's shared names (any instance's) of an equal hash are compared, in
 * the keys' order; a name found that this dict holds no value for is an empty slot (not found).
 */
function splitDictGet(vm: VM, d: PyDict, keys: SharedKeys, key: PyObject, hash: bigint): DictEntry | undefined {
	for (const name of keys.names()) {
		const shared = vm.intern(name);
		if (plainHash(vm, shared) !== hash) continue;
		const k = hashKey(vm, shared);
		const entry = d.entries.get(k);
		if (storedKeyEquals(vm, entry?.key ?? shared, k, key, null)) return entry;
	}
	return undefined;
}

/** The stored hash of the entry under Map key `k` (for merges, which never call __hash__ again). */
export function storedHash(vm: VM, d: PyDict, k: HashKey): bigint {
	const index = currentIndex(vm, d);
	const ix = index ? index.indexOf(k) : -1;
	return ix >= 0 ? index!.hashes[ix]! : plainHash(vm, d.entries.get(k)!.key);
}

/**
 * PyDict_SetItem: the dict holds key and value while it hashes and compares; an existing key keeps its key
 * object and takes the new value. "take" is _PyDict_SetItem_Take2 (the caller's references are the ones
 * held); "ifAbsent" is PyDict_SetDefault (nothing held until a new key goes in). Returns the value stored.
 */
export function probedSet(vm: VM, d: PyDict, key: PyObject, value: PyObject, hash?: bigint, mode: "set" | "take" | "ifAbsent" = "set"): PyObject {
	const holding = mode !== "ifAbsent";
	if (mode === "set") {
		vm.heap.hold(key, KEY);
		vm.heap.hold(value, VALUE);
	} else if (mode === "take") {
		vm.heap.adopt(key, KEY);
		vm.heap.adopt(value, VALUE);
	}
	let ix: number;
	try {
		hash ??= keyHash(vm, key);
		makeGeneral(d, key);
		ix = lookup(vm, d, key, hash, lookupKeyOf(vm, key));
	} catch (e) {
		if (holding) {
			vm.heap.release(value, VALUE);
			vm.heap.release(key, KEY);
		}
		throw e;
	}
	if (ix >= 0) {
		const entry = d.entries.get(d.index!.keys[ix]!)!;
		if (!holding) return entry.value;
		const old = entry.value;
		entry.value = value;
		vm.heap.disown(value, VALUE);
		vm.heap.observer?.itemReplaced(d, entry);
		maintainTracking(vm, d, value);
		vm.decref(old);
		vm.heap.release(key, KEY);
		return value;
	}
	if (holding) {
		vm.heap.disown(key, KEY);
		vm.heap.disown(value, VALUE);
	} else {
		vm.incref(key);
		vm.incref(value);
	}
	const slot = takeKeysEntry(d);
	const k = lookupKeyOf(vm, key) ?? newProbedKey();
	currentIndex(vm, d)!.append(k, hash);
	if (!isExactStr(key)) d.generalKeys = true;
	const added = { key, value, slot };
	d.entries.set(k, added);
	maintainTracking(vm, d, key);
	maintainTracking(vm, d, value);
	vm.heap.observer?.itemsAppended(d, d.entries.size - 1, added);
	return value;
}

/** insertdict's insertion_resize of a str-keys or split table, before the lookup of another kind of key. */
function makeGeneral(d: PyDict, key: PyObject): void {
	if (isExactStr(key) || d.keysSize === 0) return;
	if (d.sharedKeys) splitDictTakesNewKey(d, d.sharedKeys, key);
	else if (!d.generalKeys) {
		d.keysSize = 2 ** resizeLog2KeySize(d.entries.size * 3);
		d.compactEntries();
	}
	d.generalKeys = true;
}

/** Remove the entry under Map key `k` from the index (its slot becomes a dummy); the caller drops the entry. */
export function forgetIndexed(vm: VM, d: PyDict, k: HashKey): void {
	const index = currentIndex(vm, d);
	const ix = index ? index.indexOf(k) : -1;
	if (ix >= 0) index!.remove(ix);
}

/** The Map key of `key`'s entry, for deletion (del d[k], pop), or undefined. */
export function probedFind(vm: VM, d: PyDict, key: PyObject, hash = keyHash(vm, key)): HashKey | undefined {
	if (d.index === null && (!d.generalKeys || d.sharedKeys)) return undefined;
	const ix = lookup(vm, d, key, hash, lookupKeyOf(vm, key));
	return ix < 0 ? undefined : d.index!.keys[ix]!;
}

/** PyDict_Copy's and dict_merge's clone of a compact table: same slots, no comparisons, no hashing. */
export function cloneProbed(vm: VM, target: PyDict, source: PyDict): void {
	const index = currentIndex(vm, source)!;
	target.index = index.resized(index.size, true);
	target.keysSize = source.keysSize;
	target.keysEntries = source.keysEntries;
	target.usableLost = source.usableLost;
	target.generalKeys = source.generalKeys;
	for (const [k, { key, value, slot }] of source.entries) target.entries.set(k, { key: vm.incref(key), value: vm.incref(value), slot });
	keepCloneTracking(vm, target, source);
	vm.heap.observer?.contentChanged(target);
}
