// id() and hash(): deterministic addresses so runs are reproducible (programs should not print them anyway),
// and CPython's own hash values wherever they do not depend on an address or the per-process str hash seed.
import { PyMemoryView } from "../heap/memoryview";
import { memoryviewHashText } from "../vm/memoryview-compare";
import { PyTypingObject } from "../heap/typing-objects";
import { typingHash } from "../vm/typing-ops";
import type { PyObject } from "../heap/object";
import { PyInt, PyFloat, PyComplex, PyBytes, PyStr, latin1 } from "../heap/values";
import { strHash as siphashStrHash } from "../runtime/siphash";
import { PyRange, PySet, PyTuple } from "../heap/containers";
import { hasInstanceAttributes, isSubclassInstance, pythonSlot } from "../heap/subclass-instances";
import { isScalarInstance, PySetInstance } from "../heap/scalar-instances";
import { HeapKind } from "../heap/object";
import { hashKey } from "../vm/dicts";
import { hashFloat, hashFrozenset, hashInt, hashTuple } from "../runtime/numericHash";
import { hashComplex } from "../runtime/complexMath";
import { plainHash, weakrefHash } from "../vm/key-hashing";
import { PyWeakProxy, PyWeakref } from "../heap/weakrefs";
import { unhashableProxy } from "../vm/weak-proxy-ops";
import type { VM } from "../vm/vm";
import { fitsSsize } from "../vm/ssize";
import { addressOf } from "../heap/addresses";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import { rejectHashResult } from "../vm/rejected-results";

export function fakeAddressNumber(o: PyObject): number {
	return addressOf(o);
}

/** object.__hash__ (_Py_HashPointer): the address rotated by 4 bits, i.e. id(o) >> 4 for aligned objects. */
export function identityHash(o: PyObject): number {
	return Math.floor(fakeAddressNumber(o) / 16);
}

/** frozenset_hash: the items' stored hashes mixed, whatever the class (no __hash__ runs). */
export function frozensetHash(vm: VM, o: PySet): bigint {
	return hashFrozenset(o.table ? o.table.liveSlots().map((slot) => slot.hash) : [...o.entries.values()].map((item) => plainHash(vm, item)));
}

/** hash(o): numbers modulo 2**61 - 1, tuples by xxHash over their items, frozensets as setobject.c mixes theirs, user __hash__ results reduced alike. */
export function hashOf(vm: VM, o: PyObject): bigint {
	if (o.heapKind === HeapKind.Instance && (isScalarInstance(o) || o instanceof PySetInstance)) {
		const ownHash = pythonSlot(o.cls, "__hash__");
		if (ownHash === vm.None) vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
		if (ownHash) return userHash(BigInt(vm.callMethodInt(o, "__hash__")));
	}
	if (o instanceof PyInt) return hashInt(BigInt(o.value));
	if (o instanceof PyFloat) return Number.isNaN(o.value) ? BigInt(identityHash(o)) : hashFloat(o.value);
	if (o instanceof PyComplex) return hashComplex(o, BigInt(identityHash(o)));
	if (o instanceof PyTuple && !isSubclassInstance(o)) return tupleHash(vm, o);
	if (o instanceof PyWeakProxy) unhashableProxy(vm, o);
	if (o instanceof PyWeakref) return weakrefHash(vm, o);
	if (o instanceof PyTypingObject) {
		const hash = typingHash(vm, o, (m) => hashOf(vm, m));
		if (hash !== null) return hash;
	}
	if (o instanceof PyGenericAlias) return BigInt.asIntN(64, hashOf(vm, o.origin!) ^ hashOf(vm, o.args!));
	if (o instanceof PyUnionType) return hashFrozenset((o.args as PyTuple).items.map((m) => hashOf(vm, m)));
	// A bytes object hashes its buffer, as a str of the same Latin-1 characters does: hash(b"ab") == hash("ab").
	if (o instanceof PyBytes) return cachedStrHash(latin1(o.value));
	if (o instanceof PyMemoryView) return cachedStrHash(memoryviewHashText(vm, o, (exporter) => hashOf(vm, exporter)));
	if (o instanceof PyStr) return cachedStrHash(o.value);
	if (o instanceof PyRange) return rangeHash(vm, o);
	if (o instanceof PySet && o.frozen) return frozensetHash(vm, o);
	const ownHash = hasInstanceAttributes(o) ? o.cls.lookup("__hash__") : undefined;
	// A list or dict subclass finds list's or dict's __hash__ (None) before object's unless it defines one.
	if (ownHash && ownHash !== vm.None && (!isSubclassInstance(o) || pythonSlot(o.cls, "__hash__"))) {
		const result = vm.callMethod(o, "__hash__", []);
		if (!(result instanceof PyInt)) return rejectHashResult(vm, result);
		vm.decref(result);
		return userHash(BigInt(result.value));
	}
	// A tuple subclass keeps tuple's hash unless it defines __eq__ alone (type_new sets __hash__ to None).
	if (o instanceof PyTuple) {
		if (ownHash === vm.None) vm.raise("TypeError", `unhashable type: '${o.typeName}'`);
		return tupleHash(vm, o);
	}
	const key = hashKey(vm, o); // raises for unhashable objects
	if (typeof key === "number") return BigInt(Math.trunc(key));
	if (key === "None" || key.startsWith("o")) return BigInt(identityHash(o));
	return BigInt(stringHash(key));
}

/** The str hashes met so far: CPython caches a str's hash in the object, pymem by its text (bounded). */
const strHashes = new Map<string, bigint>();

/** A str's (or bytes') hash as python3 computes it with PYTHONHASHSEED=0 (siphash.ts). */
export function cachedStrHash(text: string): bigint {
	let h = strHashes.get(text);
	if (h === undefined) {
		if (strHashes.size >= 50000) strHashes.clear();
		h = siphashStrHash(text);
		strHashes.set(text, h);
	}
	return h;
}

/** hash(s) of a str's value. */
export function strHash(value: string): bigint {
	return cachedStrHash(value);
}

/** range_hash: the hash of (len, start, step), with None for the start of an empty range and the step of a short one. */
export function rangeHash(vm: VM, r: PyRange): bigint {
	const n = r.length;
	const none = hashOf(vm, vm.None);
	return hashTuple([hashInt(BigInt(n)), n === 0 ? none : hashInt(BigInt(r.start)), n <= 1 ? none : hashInt(BigInt(r.step))]);
}

/** The hash of another object pymem knows by a text key: any stable value is as faithful as another, except that none is ever -1. */
function stringHash(key: string): number {
	if (key.length === 1) return 0;
	let h = 0;
	for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
	return h === -1 ? -2 : h;
}

/** slot_tp_hash: a result that fits a Py_ssize_t is the hash itself (-1 becomes -2); a bigger one is hashed as an int. */
export function userHash(value: bigint): bigint {
	if (!fitsSsize(value)) return hashInt(value);
	return value === -1n ? -2n : value;
}

/** tuplehash over the items' hashes; each item counts as work, as a tuple sharing its items at every level is. */
function tupleHash(vm: VM, o: PyTuple): bigint {
	vm.chargeWork(o.items.length);
	return hashTuple(o.items.map((item) => hashOf(vm, item)));
}
