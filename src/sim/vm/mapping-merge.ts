// dict_merge from a mapping that is not a dict: what `**m`, `{**m}`, dict(m) and d.update(m) do with an object
// that has keys() and __getitem__.
import type { PyObject } from "../heap/object";
import type { PyDict } from "../heap/containers";
import { getIter, iterNext } from "./iteration";
import { dictGet, dictSet } from "./dicts";
import { getItem } from "./subscript";
import type { VM } from "./vm";
import { isExactList } from "../heap/subclass-instances";
import { callMethodByName } from "./attributes";
import { clearRaised, raisedMatches } from "./protocol";
import { tpName } from "../builtins/module-type-constructors";

/**
 * dict_merge from an object that is not a dict: its keys() (PyMapping_Keys, made a list unless it is one),
 * then source[key] for each. "override" replaces what the target has (PyDict_Update); "reject" raises
 * KeyError(key), as a call's keywords do.
 */
export function mergeMapping(vm: VM, target: PyDict, source: PyObject, duplicates: "override" | "reject"): void {
	const keysResult = callMethodByName(vm, source, "keys");
	let keys: PyObject;
	if (isExactList(keysResult)) keys = keysResult;
	else {
		// method_output_as_list: an iterator over what keys() returned, which is let go before the list is built
		// from the iterator (PySequence_List: a new empty list, extended).
		const keysIterator = vm.heap.whileOwned(keysResult, KEYS_RESULT, () => {
			try {
				return getIter(vm, keysResult);
			} catch (e) {
				// A TypeError, whatever raised it, becomes method_output_as_list's own (the first is cleared).
				if (!raisedMatches(vm, e, "TypeError")) throw e;
				clearRaised(vm, e);
				return vm.raise("TypeError", `${tpName(source.cls)}.keys() returned a non-iterable (type ${tpName(keysResult.cls)})`);
			}
		});
		keys = vm.heap.whileOwned(keysIterator, KEYS_ITERATOR, () => vm.heap.build(vm.list([]), KEYS_LIST, (list) => vm.listExtendFrom(list, keysIterator)));
	}
	const iterator = getIter(vm, keys);
	vm.decref(keys);
	vm.heap.adopt(iterator, "iterator over the keys");
	try {
		for (let key = iterNext(vm, iterator); key; key = iterNext(vm, iterator)) {
			vm.heap.adopt(key, "key being merged");
			try {
				if (duplicates === "reject" && dictGet(vm, target, key)) throw vm.keyError(key);
				const value = getItem(vm, source, key);
				vm.heap.adopt(value, "value being merged");
				try {
					dictSet(vm, target, key, value);
				} finally {
					vm.heap.release(value, "value being merged");
				}
			} finally {
				vm.heap.release(key, "key being merged");
			}
		}
	} finally {
		vm.heap.release(iterator, "iterator over the keys");
	}
}

const KEYS_RESULT = "result of keys()";
const KEYS_ITERATOR = "iterator over the result of keys()";
const KEYS_LIST = "list of the keys being built";
