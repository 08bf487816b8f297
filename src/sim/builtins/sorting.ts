// list.sort and sorted(): CPython's listsort as far as a program can observe it (the order of `<` calls on
// short lists, stability, reverse, key functions held for the whole sort).
import type { PyObject } from "../heap/object";
import { compareValues, unsafeObjectLess } from "../vm/comparisons";
import { sortTupleLess } from "../vm/container-comparisons";
import type { PyTuple } from "../heap/containers";
import { isExactTuple } from "../heap/subclass-instances";
import type { VM } from "../vm/vm";
import { cIntArgument } from "./arity";

/** list.sort's `reverse` (Argument Clinic's `bool(accept={int})`): an int, or an object with __index__, read as a C int. */
export function reverseFlag(vm: VM, reverse: PyObject | undefined): boolean {
	return reverse !== undefined && cIntArgument(vm, reverse) !== 0;
}

/** list.sort: stable, using only `<`; reverse=True keeps equal items in their original order (as CPython). */
export function sortItems(vm: VM, items: PyObject[], key: PyObject | null, reverse: boolean): void {
	const keys = key ? sortKeys(vm, items, key) : [...items];
	// listsort makes the keys in list order, then reverses items and keys alike so the forward sort stays stable.
	if (reverse) {
		items.reverse();
		keys.reverse();
	}
	const order = items.map((_, i) => i);
	const lessThan = keyCompare(vm, keys);
	try {
		if (order.length < MIN_MERGE) sortOneRun(order, lessThan);
		else order.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
	} finally {
		// Also when a comparison raised: listsort leaves the items as far as it got (and reversed back),
		// then releases the keys in their sorted places.
		const sorted = order.map((i) => items[i]!);
		if (reverse) sorted.reverse();
		sorted.forEach((x, j) => (items[j] = x));
		if (key) {
			for (const i of order) vm.heap.release(keys[i]!, SORT_KEY);
		}
	}
}

/**
 * listsort's pre-sort check: keys all of one type are compared by unsafe_object_compare (the type's own slot,
 * without a recursion level); keys that are all non-empty exact tuples by unsafe_tuple_compare, whose first items
 * are checked so instead (tuples of tuples compare safely).
 */
function keyCompare(vm: VM, keys: PyObject[]): (a: number, b: number) => boolean {
	const inTuples = keys.length > 1 && keys.every((k) => isExactTuple(k) && k.items.length > 0);
	const compared = inTuples ? keys.map((k) => (k as PyTuple).items[0]!) : keys;
	const oneType = compared.every((k) => k.cls === compared[0]!.cls) && !(inTuples && isExactTuple(compared[0]!));
	const less = (a: PyObject, b: PyObject) => (oneType ? unsafeObjectLess(vm, a, b) : null) ?? compareValues(vm, a, b, "Lt", false, !oneType);
	if (inTuples) return (a, b) => sortTupleLess(vm, keys[a] as PyTuple, keys[b] as PyTuple, less);
	return (a, b) => less(keys[a]!, keys[b]!);
}

/** The keys array of list.sort: interpreter-held until the sort ends; a key call that raises frees the ones made, last first. */
function sortKeys(vm: VM, items: PyObject[], key: PyObject): PyObject[] {
	const keys: PyObject[] = [];
	try {
		for (const x of items) {
			const k = vm.callObject(key, [x]);
			vm.heap.adopt(k, SORT_KEY);
			keys.push(k);
		}
	} catch (error) {
		for (const k of keys.reverse()) vm.heap.release(k, SORT_KEY);
		throw error;
	}
	return keys;
}

const SORT_KEY = "sort key";

/** Below this many items listsort makes a single run (merge_compute_minrun(n) is n): no merging. */
const MIN_MERGE = 64;

/**
 * listsort for fewer than 64 items, so a class's __lt__ is called as often and in the same order as in
 * CPython: count_run finds the leading ascending (or strictly descending, then reversed) run, and
 * binarysort inserts the rest into it. Longer lists are merged by the engine's sort instead (documented).
 */
function sortOneRun(order: number[], lessThan: (a: number, b: number) => boolean): void {
	const n = order.length;
	if (n < 2) return;
	let run = 2;
	if (lessThan(order[1]!, order[0]!)) {
		while (run < n && lessThan(order[run]!, order[run - 1]!)) run++;
		order.splice(0, run, ...order.slice(0, run).reverse());
	} else {
		while (run < n && !lessThan(order[run]!, order[run - 1]!)) run++;
	}
	for (let start = run; start < n; start++) {
		const pivot = order[start]!;
		let low = 0;
		let high = start;
		do {
			const middle = low + ((high - low) >> 1);
			if (lessThan(pivot, order[middle]!)) high = middle;
			else low = middle + 1;
		} while (low < high);
		order.splice(start, 1);
		order.splice(low, 0, pivot);
	}
}
