// listobject.c's searches by equality (list.index, list.count, list.remove, `in`). __eq__ is Python code that
// may change the list: so each step reads the list's length and item afresh, and the item is held while it is
// compared, since __eq__ may drop the list's own reference to it (`self` must outlive the call).
import type { PyObject } from "../heap/object";
import type { PyList } from "../heap/containers";
import { richEquals } from "./comparisons";
import type { VM } from "./vm";

/** The holder of a list item held while it is compared (here and by list_richcompare). */
export const ITEM_BEING_COMPARED = "list item being compared";

/** PyObject_RichCompareBool(item, value, Py_EQ) on the list's item at `index`, between Py_INCREF and Py_DECREF. */
export function listItemEquals(vm: VM, list: PyList, index: number, value: PyObject): boolean {
	const item = list.items[index]!;
	return item === value || vm.heap.whileHeld(item, ITEM_BEING_COMPARED, () => richEquals(vm, item, value));
}

/** The first index in [start, stop) whose item equals `value`, or -1; the list may shrink or grow meanwhile. */
export function listFind(vm: VM, list: PyList, value: PyObject, start = 0, stop = Infinity): number {
	for (let i = start; i < stop && i < list.items.length; i++) if (listItemEquals(vm, list, i, value)) return i;
	return -1;
}

/** list_count: an item that is `value` counts without a comparison (and without being held). */
export function listCount(vm: VM, list: PyList, value: PyObject): number {
	let count = 0;
	for (let i = 0; i < list.items.length; i++) if (list.items[i] === value || listItemEquals(vm, list, i, value)) count++;
	return count;
}
