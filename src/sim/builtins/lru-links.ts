// The links of a bounded lru_cache (3.11's lru_list_elem): the most recently used last, and, once the cache is
// full, the oldest link reused for the next key and result, holding what it held until the new entry is in.
import { present, type PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { PyLruLink, type PyToolObject } from "../heap/tool-objects";
import { dictFind, dictPopHashed } from "../vm/dicts";
import { dictSetKnownHash } from "../vm/known-hash-dicts";
import { probedFind } from "../vm/probed-dicts";
import type { VM } from "../vm/vm";
import type { LruTypes } from "./functools-lru";

/** The wrapper's slot holding its cache dict. */
export const CACHE = 0;
/** The label of the reference a call's key has while the cache takes it. */
export const KEY = "key of the lru_cache call";

export function moveToEnd(vm: VM, wrapper: PyToolObject, link: PyLruLink): void {
	const links = wrapper.links!;
	links.splice(links.indexOf(link), 1);
	links.push(link);
	vm.heap.observer?.contentChanged(wrapper);
}

/** A new link while the cache has room; otherwise the oldest link is reused for the new key and result. */
export function storeLink(vm: VM, types: LruTypes, wrapper: PyToolObject, maxsize: number, key: PyObject, result: PyObject, hash: bigint | undefined): void {
	const cache = wrapper.slots[CACHE] as PyDict;
	const links = wrapper.links!;
	if (cache.entries.size < maxsize || links.length === 0) {
		// PyObject_New: no GC type, so no allocation count; the list keeps this first reference.
		const link = vm.heap.register(new PyLruLink(types.link, key, result, hash));
		vm.heap.adopt(link, "new lru link");
		try {
			dictSetKnownHash(vm, cache, key, link, hash);
		} finally {
			vm.heap.disown(link, "new lru link");
		}
		links.push(link);
		vm.heap.observer?.contentChanged(wrapper);
		return;
	}
	const oldest = links.shift()!;
	// The new key is the caller's until the link takes it, after the old key is popped (which may run __eq__).
	vm.heap.adopt(key, KEY);
	vm.heap.adopt(result, NEW_RESULT);
	vm.heap.adopt(oldest, "lru link being reused");
	vm.heap.observer?.contentChanged(wrapper);
	// _PyDict_Pop_KnownHash with the hash the link kept: the old key's __hash__ does not run again.
	const found = oldest.hash === undefined ? dictFind(vm, cache, oldest.key!) : probedFind(vm, cache, oldest.key!, oldest.hash);
	const popped = found === undefined ? null : dictPopHashed(vm, cache, found);
	// The popped entry's reference and the old key and result stay the wrapper's until the end (popresult,
	// oldkey, oldresult), while inserting the new key may run a key's __eq__.
	const oldParts = present([popped, oldest.key, oldest.result]);
	for (const o of oldParts) vm.heap.adopt(o, OLD_LINK_PARTS);
	oldest.key = key;
	oldest.hash = hash;
	vm.heap.disown(key, KEY);
	oldest.result = result;
	vm.heap.disown(result, NEW_RESULT);
	vm.heap.observer?.contentChanged(oldest);
	try {
		dictSetKnownHash(vm, cache, key, oldest, hash);
		vm.heap.disown(oldest, "lru link being reused");
		links.push(oldest);
		vm.heap.observer?.contentChanged(wrapper);
	} finally {
		for (const o of oldParts) vm.heap.release(o, OLD_LINK_PARTS);
	}
}

const OLD_LINK_PARTS = "what the reused lru link held";
const NEW_RESULT = "result for the reused lru link";
