// min() and max(), and the item-at-a-time loop they and sum() consume an iterable with.
import type { PyObject } from "../heap/object";
import type { PyTuple } from "../heap/containers";
import { compareValues } from "../vm/comparisons";
import { ITERATOR_BEING_CONSUMED } from "../vm/iteration";
import type { VM } from "../vm/vm";
import { checkRecursionLevel, COMPARISON_LEVEL } from "../vm/c-recursion";

/**
 * min_max: the items one at a time from one iterator (over the argument tuple when there are several arguments),
 * keeping only the best item and its key; a loser and its key are released (item first) as soon as they lose, so
 * a __del__ runs during the scan, as in CPython. The best key goes before the iterator, whether the scan ends or
 * fails.
 */
export function extreme(vm: VM, name: string, argTuple: PyTuple, kw: Map<string, PyObject> | null, op: "Lt" | "Gt"): PyObject {
	const positional = argTuple.items.length > 1;
	const key = kw?.get("key");
	const keyFunction = key && key !== vm.None ? key : null;
	const dflt = kw?.get("default");
	if (dflt && positional) vm.raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
	// The best item and key, and the item being weighed with its key, are min_max's own references meanwhile.
	const itemLabel = `item held by ${name}()`;
	const keyLabel = `key compared by ${name}()`;
	let best: PyObject | null = null;
	let bestKey: PyObject | null = null;
	const weigh = (item: PyObject): void => {
		vm.heap.adopt(item, itemLabel);
		let itemKey: PyObject;
		try {
			itemKey = keyFunction ? vm.callObject(keyFunction, [item]) : vm.incref(item);
		} catch (e) {
			vm.heap.release(item, itemLabel);
			throw e;
		}
		vm.heap.adopt(itemKey, keyLabel);
		if (best === null || bestKey === null) {
			best = item;
			bestKey = itemKey;
			return;
		}
		let better: boolean;
		try {
			// PyObject_RichCompareBool has no identity shortcut for < and >: PyObject_RichCompare checks the depth
			// for ints too.
			checkRecursionLevel(vm, COMPARISON_LEVEL);
			better = compareValues(vm, itemKey, bestKey, op);
		} catch (e) {
			// Fail_it_item_and_val: the key, then the item.
			vm.heap.release(itemKey, keyLabel);
			vm.heap.release(item, itemLabel);
			throw e;
		}
		if (better) {
			vm.heap.release(bestKey, keyLabel);
			vm.heap.release(best, itemLabel);
			best = item;
			bestKey = itemKey;
		} else {
			vm.heap.release(item, itemLabel);
			vm.heap.release(itemKey, keyLabel);
		}
	};
	const it = vm.getIter(positional ? argTuple : argTuple.items[0]!);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) weigh(x);
		if (best === null || bestKey === null) {
			if (dflt) return vm.incref(dflt);
			return vm.raise("ValueError", `${name}() arg is an empty sequence`);
		}
		vm.heap.release(bestKey, keyLabel);
		bestKey = null;
		vm.heap.disown(best, itemLabel);
		return best;
	} catch (e) {
		if (bestKey) vm.heap.release(bestKey, keyLabel);
		if (best) vm.heap.release(best, itemLabel);
		throw e;
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
}

/** PyObject_GetIter, `begin`, then a PyIter_Next loop: each item is handed to `take` as a new reference it owns. */
export function consumeIterator(vm: VM, iterable: PyObject, begin: (() => void) | null, take: (item: PyObject) => void): void {
	const it = vm.getIter(iterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		begin?.();
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) take(x);
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
}

