// Which dict keys and set items pymem may look up by a JS value, and the CPython hash of those it may not.
// A key whose hash and == are fixed by its value (str, int, float, None, a plain object's identity, tuples
// of them) is a JS Map key; one whose class defines __hash__ or __eq__ in Python is not, since two such
// keys are the same key only if the stored one's __eq__ says so, and only when their hashes are equal.
import type { PyObject } from "../heap/object";
import { PyStr, PyInt, PyFloat, PyComplex } from "../heap/values";
import { PyTuple, PySet, type HashKey } from "../heap/containers";
import { PyInstance } from "../heap/instances";
import { hasInstanceAttributes, userSlot } from "../heap/subclass-instances";
import { isScalarInstance } from "../heap/scalar-instances";
import { PyWeakref } from "../heap/weakrefs";
import { hashOf, identityHash } from "../builtins/identity";
import { hashTuple } from "../runtime/numericHash";
import { compareValues } from "./comparisons";
import type { VM } from "./vm";

/** Whether `o`'s hash and equality run no Python code (then its hashKey decides equality). */
export function isPlainKey(o: PyObject): boolean {
	if ((o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat) && !isScalarInstance(o)) return true;
	if (o instanceof PyComplex) return true;
	if (hasInstanceAttributes(o)) return userSlot(o, "__hash__") === undefined && userSlot(o, "__eq__") === undefined;
	if (o instanceof PyTuple) {
		for (const item of o.items) if (!isPlainKey(item)) return false;
		return true;
	}
	// A frozenset holding such keys keeps a table (see probe-tables.ts).
	if (o instanceof PySet) return o.table === null;
	// Live refs compare as their referents do; a dead one by identity, found by the hash it cached.
	if (o instanceof PyWeakref) return o.referent ? isPlainKey(o.referent) : !o.probed;
	return true;
}

/** weakref_hash: the referent's hash, computed once while it lives. */
export function weakrefHash(vm: VM, wr: PyWeakref): bigint {
	if (wr.hashValue !== null) return wr.hashValue;
	if (!wr.referent) return vm.raise("TypeError", "weak object has gone away");
	const hash = keyHash(vm, wr.referent);
	wr.probed = !isPlainKey(wr.referent);
	return (wr.hashValue = hash);
}

const COMPARED = "stored key being compared";

let probedKeys = 0;

/** The Map key of a new entry for a key that is not plain: its own, as only __eq__ can say it equals another. */
export function newProbedKey(): HashKey {
	return "#" + String(probedKeys++);
}

/** Whether a stored entry's Map key is one of newProbedKey's (its key compares through Python code). */
export function isProbedKey(k: HashKey): boolean {
	return typeof k === "string" && k.charCodeAt(0) === 35;
}

/** hash() of a plain key, which calls no Python code (instances hash by identity). */
export function plainHash(vm: VM, o: PyObject): bigint {
	if (o instanceof PyInstance) return BigInt(identityHash(o));
	if (o instanceof PyTuple) {
		// Each item counts as work: a tuple sharing its items at every level is exponential to hash.
		vm.chargeWork(o.items.length);
		return hashTuple(o.items.map((item) => plainHash(vm, item)));
	}
	return hashOf(vm, o);
}

/** PyObject_Hash: a user __hash__ runs once, as CPython calls it once per lookup or insertion. */
export function keyHash(vm: VM, o: PyObject): bigint {
	return isPlainKey(o) ? plainHash(vm, o) : hashOf(vm, o);
}

/**
 * The stored key `stored` (Map key `storedKey`) and the key looked up (`key`, Map key `lookupKey` if plain)
 * compare equal, as PyObject_RichCompareBool(startkey, key, Py_EQ) says after the identity test: the
 * stored key's __eq__ first. The table holds a reference to the stored key while its __eq__ runs.
 */
export function storedKeyEquals(vm: VM, stored: PyObject, storedKey: HashKey, key: PyObject, lookupKey: HashKey | null): boolean {
	if (lookupKey !== null && !isProbedKey(storedKey)) return storedKey === lookupKey;
	vm.heap.hold(stored, COMPARED);
	try {
		return compareValues(vm, stored, key, "Eq");
	} finally {
		vm.heap.release(stored, COMPARED);
	}
}
