// functools.lru_cache and cache: Lib/functools.py's decorator around 3.11's C _lru_cache_wrapper. The wrapper
// holds the function, its cache dict and (bounded) a list of links; the cache keeps strong references to every
// key (the argument itself for one int or str argument, else the call's argument tuple) and every result,
// until cache_clear() or the wrapper's death.
import type { PyObject } from "../heap/object";
import { PyBool, PyInt } from "../heap/values";
import { PyDict, PyTuple } from "../heap/containers";
import type { PyClass } from "../heap/classes";
import { PyBuiltinFunction, PyCell } from "../heap/callables";
import { PyToolObject } from "../heap/tool-objects";
import { PyNamedTuple } from "../heap/struct-sequence";
import { dictSet } from "../vm/dicts";
import { setAttr } from "../vm/attributes";
import type { VM } from "../vm/vm";
import { isCallable } from "./functions";
import { CACHE } from "./lru-links";
import { callCached, startCachedCall, type CacheState } from "./lru-calls";
import { updateWrapper } from "./functools-update-wrapper";

/** CacheInfo's fields, its namedtuple's field names. */
const CACHE_INFO_FIELDS = ["hits", "misses", "maxsize", "currsize"];
const PACKED = "call arguments (_lru_cache_wrapper type call)";

export interface LruTypes {
	wrapper: PyClass;
	cacheInfo: PyClass;
	link: PyClass;
	/** The module's kwd_mark: object() separating positional from keyword arguments in a key. */
	kwdMark: PyObject;
}

/**
 * The cells of lru_cache's frame for maxsize and typed, in the closure tuple a function made there holds
 * (decorating_function's, and the cache_parameters lambda's, which share the cells).
 */
function closureOf(vm: VM, cells: PyTuple | null, maxsize: number | null, typed: boolean): PyTuple {
	if (cells) return vm.tuple(cells.items.map((c) => vm.incref(c)));
	const maxsizeCell = vm.heap.register(new PyCell(maxsize === null ? vm.None : vm.int(maxsize)));
	vm.heap.adopt(maxsizeCell, "cell of lru_cache's frame");
	try {
		const typedCell = vm.heap.register(new PyCell(vm.bool(typed)));
		vm.heap.adopt(typedCell, "cell of lru_cache's frame");
		try {
			return vm.tuple([maxsizeCell, typedCell]);
		} finally {
			vm.heap.disown(typedCell, "cell of lru_cache's frame");
		}
	} finally {
		vm.heap.disown(maxsizeCell, "cell of lru_cache's frame");
	}
}

/**
 * _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), then wrapper.cache_parameters = a lambda
 * over lru_cache's cells (`closure`, the cells of the decorating function's closure, or new ones), then
 * update_wrapper, as Lib/functools.py does.
 */
function newLruWrapper(vm: VM, types: LruTypes, func: PyObject, maxsize: number | null, typed: boolean, cells: PyTuple | null = null): PyToolObject {
	// The type has no vectorcall: its four arguments are packed into a tuple for lru_cache_new.
	const packed = vm.tuple([func, maxsize === null ? vm.None : vm.int(maxsize), vm.bool(typed), types.cacheInfo].map((x) => vm.incref(x)));
	vm.heap.adopt(packed, PACKED);
	const label = "new lru_cache wrapper being set up";
	let wrapper: PyToolObject;
	try {
		if (!isCallable(func)) vm.raise("TypeError", "the first argument must be callable");
		const cache = vm.dict();
		vm.heap.adopt(cache, label);
		try {
			wrapper = vm.heap.register(
				new PyToolObject(types.wrapper, ["cache", "func", "kwd_mark", "lru_list_elem_type", "cache_info_type"], [cache, vm.incref(func), types.kwdMark, types.link, types.cacheInfo], 152),
			);
		} finally {
			vm.heap.disown(cache, label);
		}
	} finally {
		vm.heap.release(packed, PACKED);
	}
	const state: CacheState = { maxsize, typed, hits: 0, misses: 0 };
	wrapper.hasDict = true;
	wrapper.bindsAsMethod = true;
	wrapper.links = maxsize !== null && maxsize > 0 ? [] : null;
	wrapper.callCountsLevel = () => true;
	wrapper.call = (args, kwargs) => callCached(vm, types, wrapper, state, args, kwargs);
	wrapper.startInLoop = (frame, base, first) => startCachedCall(vm, types, wrapper, state, frame, base, first);
	wrapperStates.set(wrapper, state);
	vm.heap.adopt(wrapper, label);
	try {
		// wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}: a function over the cells.
		const closure = closureOf(vm, cells, maxsize, typed);
		vm.heap.adopt(closure, "closure of the cache_parameters lambda");
		let parameters: PyObject;
		try {
			parameters = vm.heap.register(new PyBuiltinFunction("<lambda>", (v) => cacheParameters(v, state), closure));
		} finally {
			vm.heap.disown(closure, "closure of the cache_parameters lambda");
		}
		try {
			setAttr(vm, wrapper, "cache_parameters", parameters);
		} finally {
			vm.decref(parameters);
		}
		vm.decref(updateWrapper(vm, [wrapper, func], null));
	} catch (e) {
		vm.heap.release(wrapper, label);
		throw e;
	}
	vm.heap.disown(wrapper, label);
	return wrapper;
}

function cacheParameters(vm: VM, state: CacheState): PyObject {
	const d = vm.dict();
	dictSet(vm, d, vm.intern("maxsize"), state.maxsize === null ? vm.None : vm.int(state.maxsize));
	dictSet(vm, d, vm.intern("typed"), vm.bool(state.typed));
	return d;
}

const wrapperStates = new WeakMap<PyToolObject, CacheState>();

function stateOf(vm: VM, self: PyObject): CacheState {
	const state = self instanceof PyToolObject ? wrapperStates.get(self) : undefined;
	return state ?? vm.raise("TypeError", "descriptor requires a 'functools._lru_cache_wrapper' object");
}

/**
 * cache_info(): PyObject_CallFunction(CacheInfo, ...) packs the four values (the class has no vectorcall); the
 * namedtuple's __new__ builds its own tuple of them and calls tuple.__new__(cls, values), which packs its
 * arguments, slices off the class, and allocates the instance: the same temporary tuples, freed in this order.
 */
export function cacheInfo(vm: VM, types: LruTypes, self: PyObject): PyObject {
	const state = stateOf(vm, self);
	const currsize = ((self as PyToolObject).slots[CACHE] as PyDict).entries.size;
	const fields = () => [vm.int(state.hits), vm.int(state.misses), state.maxsize === null ? vm.None : vm.int(state.maxsize), vm.int(currsize)];
	const temporaries: [PyObject, string][] = [];
	const keep = (o: PyObject, label: string) => {
		vm.heap.adopt(o, label);
		temporaries.push([o, label]);
		return o;
	};
	try {
		keep(vm.tuple(fields()), "CacheInfo call arguments");
		const values = keep(vm.tuple(fields()), "CacheInfo.__new__'s tuple of fields") as PyTuple;
		keep(vm.tuple([vm.incref(types.cacheInfo), vm.incref(values)]), "tuple.__new__ call arguments");
		keep(vm.tuple([vm.incref(values)]), "tuple.__new__ arguments after the class");
		return vm.heap.register(new PyNamedTuple(types.cacheInfo, CACHE_INFO_FIELDS, values.items.map((x) => vm.incref(x))));
	} finally {
		for (const [o, label] of temporaries.reverse()) vm.heap.release(o, label);
	}
}

/** cache_clear(): the counts reset, the cache dict emptied (keys and values in order), then the links freed. */
export function cacheClear(vm: VM, self: PyObject): PyObject {
	const state = stateOf(vm, self);
	const wrapper = self as PyToolObject;
	const links = wrapper.links ? wrapper.links.splice(0) : [];
	if (links.length) vm.heap.observer?.contentChanged(wrapper);
	state.hits = 0;
	state.misses = 0;
	const cache = wrapper.slots[CACHE] as PyDict;
	const entries = cache.takeAllEntries();
	vm.heap.observer?.contentChanged(cache);
	vm.heap.releaseAll(cache, "removed from", entries.flatMap((e) => [e.key, e.value]));
	vm.heap.releaseAll(null, "lru list link", links);
	return vm.incref(vm.None);
}

/** lru_cache(maxsize=128, typed=False): a decorator, or the wrapper at once for @lru_cache without parentheses. */
export function lruCache(vm: VM, types: LruTypes, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	if (args.length > 2) vm.raise("TypeError", `lru_cache() takes from 0 to 2 positional arguments but ${args.length} were given`);
	for (const name of kw?.keys() ?? []) {
		if (name !== "maxsize" && name !== "typed") vm.raise("TypeError", `lru_cache() got an unexpected keyword argument '${name}'`);
		if (args.length > (name === "maxsize" ? 0 : 1)) vm.raise("TypeError", `lru_cache() got multiple values for argument '${name}'`);
	}
	let maxsizeArg = args[0] ?? kw?.get("maxsize") ?? vm.int(128);
	const typedArg = args[1] ?? kw?.get("typed") ?? vm.False;
	const typed = vm.truthy(typedArg);
	if (maxsizeArg instanceof PyInt) {
		if (Number(maxsizeArg.value) < 0) maxsizeArg = vm.int(0);
	} else if (isCallable(maxsizeArg) && typedArg instanceof PyBool) {
		return newLruWrapper(vm, types, maxsizeArg, 128, typed);
	} else if (maxsizeArg !== vm.None) {
		vm.raise("TypeError", "Expected first argument to be an integer, a callable, or None");
	}
	const maxsize = maxsizeArg === vm.None ? null : Math.max(0, Number((maxsizeArg as PyInt).value));
	// def decorating_function(user_function): a function over the frame's cells for maxsize and typed.
	const closure = closureOf(vm, null, maxsize, typed);
	vm.heap.adopt(closure, "closure of decorating_function");
	try {
		return vm.heap.register(
			new PyBuiltinFunction(
				"decorating_function",
				(v, fargs) => newLruWrapper(v, types, fargs[0] ?? v.raise("TypeError", "decorating_function() missing 1 required positional argument: 'user_function'"), maxsize, typed, closure),
				closure,
			),
		);
	} finally {
		vm.heap.disown(closure, "closure of decorating_function");
	}
}
