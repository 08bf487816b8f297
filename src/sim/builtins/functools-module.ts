// functools: reduce, partial, lru_cache and cache, cmp_to_key, update_wrapper, wraps and total_ordering (natives modelled on 3.11's _functools and
// Lib/functools.py); what is not simulated yet stops with a clear message.
import { defineCallSlot } from "./slot-wrappers";
import { giveClassGetItem } from "./class-getitem";
import { withPackedArguments, type PackedLabels } from "../vm/packed-arguments";
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import type { VM } from "../vm/vm";
import { defineMethods, globalShared, moduleType, notSupportedYet } from "./types";
import { moduleTypeConstructors } from "./module-type-constructors";
import { T } from "../heap/classes";
import { PyBareObject } from "../heap/instances";
import { cacheClear, cacheInfo, lruCache, type LruTypes } from "./functools-lru";
import { clinicArguments, positionalArguments } from "./itertools-support";
import { defArguments } from "./def-arguments";
import { newKeyWrapper } from "./functools-keys";
import { newPartialType } from "./functools-partial";
import { setFunctoolsGlobals, updateWrapper, wraps } from "./functools-update-wrapper";
import { totalOrdering } from "./functools-total-ordering";
import { runLibraryModule } from "../vm/library-source";
import { CACHED_PROPERTY_SOURCE } from "./functools-source-cached-property";
import { calledWithTuple } from "../heap/callables";

interface FunctoolsTypes {
	partial: PyClass;
	keyWrapper: PyClass;
	lru: LruTypes;
}

let types: FunctoolsTypes | null = null;

/** The functools types, made once per process. */
function functoolsTypes(): FunctoolsTypes {
	if (types) return types;
	const partial = moduleType("partial", "functools");
	moduleTypeConstructors.set(partial, newPartialType(partial));
	giveClassGetItem(partial);
	defineCallSlot(partial);
	defineMethods(partial, notSupportedYet(["__reduce__", "__setstate__"], (method) => `functools.partial.${method}()`));
	const lru: LruTypes = {
		wrapper: moduleType("_lru_cache_wrapper", "functools"),
		cacheInfo: moduleType("CacheInfo", "functools", T.tuple),
		link: moduleType("_lru_list_elem", "functools"),
		kwdMark: globalShared(new PyBareObject(T.object)),
	};
	defineCallSlot(lru.wrapper);
	defineMethods(lru.wrapper, {
		cache_info: (vm, _args, _kw, self) => cacheInfo(vm, lru, self!),
		cache_clear: (vm, _args, _kw, self) => cacheClear(vm, self!),
		// The wrapper is its own copy (lru_cache_copy, lru_cache_deepcopy).
		__copy__: (vm, _args, _kw, self) => vm.incref(self!),
		__deepcopy__: (vm, _args, _kw, self) => vm.incref(self!),
		...notSupportedYet(["__reduce__"], (method) => `functools._lru_cache_wrapper.${method}()`),
	});
	const keyWrapper = moduleType("KeyWrapper", "functools");
	types = { partial, lru, keyWrapper };
	return types;
}

const ARGS_TUPLE = "reduce's argument tuple";

/**
 * reduce(function, iterable[, initial]): one argument tuple, refilled in place while only reduce holds it, so
 * the previous pair stays alive until the next call replaces it.
 */
function reduce(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	// functools_reduce is METH_VARARGS: the call packs its arguments in a tuple first.
	return withPackedArguments(vm, args, null, () => reduceArguments(vm, args, kw), REDUCE_CALL);
}

const REDUCE_CALL: PackedLabels = { args: "call arguments (functools.reduce)", kwargs: "keyword arguments (functools.reduce)" };

function reduceArguments(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
	positionalArguments(vm, "reduce", args, kw, 2, 3);
	const [func, seq, initial] = args as [PyObject, PyObject, PyObject | undefined];
	let result: PyObject | null = initial ? vm.incref(initial) : null;
	const resultLabel = "reduce's running result";
	if (result) vm.heap.adopt(result, resultLabel);
	let it: PyObject;
	try {
		it = vm.getIter(seq, () => "reduce() arg 2 must support iteration");
	} catch (e) {
		if (result) vm.heap.release(result, resultLabel);
		throw e;
	}
	const itLabel = "iterator reduce consumes";
	vm.heap.adopt(it, itLabel);
	let pair: PyTuple | null = null;
	try {
		pair = vm.tuple([vm.None, vm.None]);
		vm.heap.adopt(pair, ARGS_TUPLE);
		for (;;) {
			if (pair.refcnt > 1) {
				vm.heap.release(pair, ARGS_TUPLE);
				pair = null;
				pair = vm.tuple([vm.None, vm.None]);
				vm.heap.adopt(pair, ARGS_TUPLE);
			}
			const next = vm.iterNext(it);
			if (!next) break;
			if (!result) {
				result = next;
				vm.heap.adopt(result, resultLabel);
				continue;
			}
			// The tuple takes over the running result and the new item.
			const [old0, old1] = pair.items as [PyObject, PyObject];
			vm.heap.disown(result, resultLabel);
			pair.items[0] = result;
			pair.items[1] = next;
			result = null;
			vm.heap.observer?.contentChanged(pair);
			vm.decref(old0);
			vm.decref(old1);
			result = vm.callObject(func, pair.items);
			vm.heap.adopt(result, resultLabel);
			if (!pair.tracked) vm.heap.track(pair);
		}
	} catch (e) {
		if (result) vm.heap.release(result, resultLabel);
		throw e;
	} finally {
		if (pair) vm.heap.release(pair, ARGS_TUPLE);
		vm.heap.release(it, itLabel);
	}
	if (!result) return vm.raise("TypeError", "reduce() of empty iterable with no initial value");
	vm.heap.disown(result, resultLabel);
	return result;
}

export const FUNCTOOLS_FUNCTIONS: Record<string, NativeImpl> = {
	reduce,
	lru_cache: (vm, args, kw) => lruCache(vm, functoolsTypes().lru, args, kw),
	cache: (vm, args, kw) => {
		// def cache(user_function, /): bound as Python binds it.
		if (kw?.has("user_function")) vm.raise("TypeError", "cache() got some positional-only arguments passed as keyword arguments: 'user_function'");
		defArguments(vm, "cache", args, kw, ["user_function"], 1);
		// return lru_cache(maxsize=None)(user_function)
		const decorating = lruCache(vm, functoolsTypes().lru, [], new Map([["maxsize", vm.None]]));
		try {
			return vm.callObject(decorating, [args[0]!]);
		} finally {
			vm.decref(decorating);
		}
	},
	cmp_to_key: (vm, args, kw) => {
		const [mycmp] = clinicArguments(vm, "cmp_to_key", args, kw, { names: ["mycmp"], required: 1, clinicModule: "functools" });
		return newKeyWrapper(vm, functoolsTypes().keyWrapper, mycmp!, null);
	},
	update_wrapper: updateWrapper,
	wraps,
	total_ordering: (vm, args, kw) => totalOrdering(vm, args, kw),
	...notSupportedYet(["partialmethod", "singledispatch", "singledispatchmethod"], (name) => `functools.${name}`),
};

export function installFunctoolsTypes(vm: VM, module: PyModule): void {
	const { partial, lru } = functoolsTypes();
	vm.dictSetStr(module.dict, "partial", partial);
	vm.dictSetStr(module.dict, "_lru_cache_wrapper", lru.wrapper);
	vm.dictSetStr(module.dict, "_CacheInfo", lru.cacheInfo);
	const names = (items: string[]) => vm.heap.registerShared(new PyTuple(items.map((n) => vm.intern(n))));
	const assigned = names(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]);
	const updated = names(["__dict__"]);
	vm.dictSetStr(module.dict, "WRAPPER_ASSIGNMENTS", assigned);
	vm.dictSetStr(module.dict, "WRAPPER_UPDATES", updated);
	setFunctoolsGlobals(vm, { module, assigned, updated });
	vm.dictSetStr(module.dict, "GenericAlias", T.GenericAlias);
	runLibraryModule(vm, CACHED_PROPERTY_SOURCE, module.dict);
}

// functools.reduce is METH_VARARGS: a call with **kwargs hands it its own tuple and dict (no names tuple).
for (const name of ["reduce"]) calledWithTuple(FUNCTOOLS_FUNCTIONS[name]!);
