// The C code's _PyDict_GetItem_KnownHash and _PyDict_SetItem_KnownHash: a caller that hashes a key once
// (PyObject_Hash) and then both reads and writes a dict with that hash, so a key's __hash__ runs once, as in
// lru_cache's wrapper and collections' _count_elements.
import type { PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { dictGet, dictSet } from "./dicts";
import { isPlainKey, keyHash } from "./key-hashing";
import { probedGet, probedSet } from "./probed-dicts";
import type { VM } from "./vm";

/** PyObject_Hash(key): undefined for a key whose hash runs no Python code (pymem hashes those natively). */
export function hashOnce(vm: VM, key: PyObject): bigint | undefined {
	return isPlainKey(key) ? undefined : keyHash(vm, key);
}

export function dictGetKnownHash(vm: VM, d: PyDict, key: PyObject, hash: bigint | undefined): PyObject | undefined {
	return hash === undefined ? dictGet(vm, d, key) : probedGet(vm, d, key, hash)?.value;
}

export function dictSetKnownHash(vm: VM, d: PyDict, key: PyObject, value: PyObject, hash: bigint | undefined): void {
	if (hash === undefined) dictSet(vm, d, key, value);
	else probedSet(vm, d, key, value, hash);
}
