// functools: reduce, partial, lru_cache and cache, cmp_to_key (natives modelled on 3.11's _functools and
// Lib/functools.py); what is not simulated yet stops with a clear message.
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyClass } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import type { VM } from "../vm/vm";
import { defineMethods, moduleType, notSupportedYet } from "./types";
import { moduleTypeConstructors } from "./module-type-constructors";
import { positionalArguments } from "./itertools-support";
import { newPartialType } from "./functools-partial";

let partialType: PyClass | null = null;

/** The functools types, made once per process. */
function functoolsTypes(): { partial: PyClass } {
	if (!partialType) {
		partialType = moduleType("partial", "functools");
		moduleTypeConstructors.set(partialType, newPartialType(partialType));
		defineMethods(partialType, notSupportedYet(["__reduce__", "__setstate__"], (method) => `functools.partial.${method}()`));
	}
	return { partial: partialType };
}

const ARGS_TUPLE = "reduce's argument tuple";

/**
 * reduce(function, iterable[, initial]): one argument tuple, refilled in place while only reduce holds it, so
 * the previous pair stays alive until the next call replaces it.
 */
function reduce(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
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
	...notSupportedYet(["partialmethod", "cached_property", "singledispatch", "singledispatchmethod", "lru_cache", "cache", "wraps", "update_wrapper", "total_ordering", "cmp_to_key"], (name) => `functools.${name}`),
};

export function installFunctoolsTypes(vm: VM, module: PyModule): void {
	const { partial } = functoolsTypes();
	vm.dictSetStr(module.dict, "partial", partial);
	const names = (items: string[]) => vm.heap.registerShared(new PyTuple(items.map((n) => vm.intern(n))));
	vm.dictSetStr(module.dict, "WRAPPER_ASSIGNMENTS", names(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]));
	vm.dictSetStr(module.dict, "WRAPPER_UPDATES", names(["__dict__"]));
}
