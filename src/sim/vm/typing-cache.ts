// typing's _tp_cache: each subscription function is wrapped in functools.lru_cache(maxsize=128), so
// `List[int] is List[int]` and the cache keeps every key (the call's arguments as a tuple: the alias or form
// and the subscript) and every result alive. That is why `List[C]` adds references to C for good.
// A key that is unhashable (Literal[[1]]) makes lru_cache raise TypeError and _tp_cache call the function
// uncached.
import type { PyObject } from "../heap/object";
import { PyTuple } from "../heap/containers";
import type { VM } from "./vm";
import { PyRaise } from "./errors";
import { exceptionMatches } from "./protocol";
import { hashKey } from "./dicts";
import type { HashKey } from "../heap/containers";

/** The functions typing decorates with @_tp_cache, and how many entries startup already left in each. */
const CACHES = {
	"_SpecialForm.__getitem__": 8,
	Literal: 0,
	"_GenericAlias.__getitem__": 0,
	"_SpecialGenericAlias.__getitem__": 7,
	"_CallableType.__getitem_inner__": 3,
	"_TupleType.__getitem__": 0,
	"Generic.__class_getitem__": 4,
} as const;
export type TypingCacheName = keyof typeof CACHES;

const MAXSIZE = 128;
const HOLDER = "typing's lru_cache";

interface Cache {
	/** Entries in recency order, oldest first (a JavaScript Map keeps insertion order). */
	entries: Map<HashKey, { key: PyTuple; result: PyObject }>;
	/** Entries python3's own startup put there (site imports typing): the oldest, evicted first. */
	startupEntries: number;
}

const caches = new WeakMap<VM, Map<TypingCacheName, Cache>>();

function cacheOf(vm: VM, name: TypingCacheName): Cache {
	let byName = caches.get(vm);
	if (!byName) caches.set(vm, (byName = new Map<TypingCacheName, Cache>()));
	let cache = byName.get(name);
	if (!cache) byName.set(name, (cache = { entries: new Map(), startupEntries: CACHES[name] }));
	return cache;
}

/**
 * The cached call `name(*keyItems)`: a hit returns the stored result; a miss runs `compute` and stores the
 * key tuple and result, evicting the least recently used entry when 128 are held. `typed` (Literal's
 * cache) adds each argument's type to the key, so Literal[1] and Literal[True] differ.
 */
export function cachedSubscription(vm: VM, name: TypingCacheName, keyItems: PyObject[], typed: boolean, compute: () => PyObject): PyObject {
	const items = typed ? [...keyItems, ...keyItems.map((k) => k.cls)] : keyItems;
	const key = vm.tuple(items.map((k) => vm.incref(k)));
	let hash: HashKey;
	try {
		hash = hashKey(vm, key);
	} catch (e) {
		vm.decref(key);
		if (!(e instanceof PyRaise) || !exceptionMatches(vm, e.exc, vm.exceptionClass("TypeError"))) throw e;
		vm.decref(e.exc);
		return compute();
	}
	const cache = cacheOf(vm, name);
	const found = cache.entries.get(hash);
	if (found) {
		vm.decref(key);
		cache.entries.delete(hash);
		cache.entries.set(hash, found);
		return vm.incref(found.result);
	}
	let result: PyObject;
	try {
		result = compute();
	} catch (e) {
		vm.decref(key);
		throw e;
	}
	// A result computed meanwhile for the same key (a nested subscription) is kept, as lru_cache does.
	if (cache.entries.has(hash)) {
		vm.decref(key);
		return result;
	}
	vm.heap.adopt(key, HOLDER);
	vm.heap.hold(result, HOLDER);
	cache.entries.set(hash, { key, result });
	if (cache.entries.size + cache.startupEntries > MAXSIZE) evictOldest(vm, cache);
	return result;
}

function evictOldest(vm: VM, cache: Cache): void {
	if (cache.startupEntries > 0) {
		cache.startupEntries--;
		return;
	}
	const [hash, oldest] = cache.entries.entries().next().value!;
	cache.entries.delete(hash);
	vm.heap.release(oldest.key, HOLDER);
	vm.heap.release(oldest.result, HOLDER);
}
