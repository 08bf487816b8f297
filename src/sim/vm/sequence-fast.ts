// PySequence_Fast: an exact list or tuple is used as it is; anything else is iterated into a new list
// (PySequence_List, from the list free list) that the caller frees when it is done. pymem keeps the items
// in an array, so only the list's allocation and free are counted toward generation 0, where CPython has them.
import type { PyObject } from "../heap/object";
import { LIST_FREE_LIST } from "../heap/gc-kinds";
import { isExactList, isExactTuple } from "../heap/subclass-instances";
import { collect, type NotIterable } from "./iteration";
import type { VM } from "./vm";

/** Whether PySequence_Fast(iterable) makes a list of its own. */
function makesList(iterable: PyObject): boolean {
	return !(isExactList(iterable) || isExactTuple(iterable));
}

/** PySequence_Fast's items (new references); call releaseSequenceFast(vm, iterable) once done with them. */
export function collectSequenceFast(vm: VM, iterable: PyObject, whenNotIterable?: NotIterable): PyObject[] {
	if (!makesList(iterable)) return collect(vm, iterable, undefined, whenNotIterable);
	let made = false;
	try {
		return collect(vm, iterable, () => {
			vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
			made = true;
		}, whenNotIterable);
	} catch (e) {
		if (made) vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		throw e;
	}
}

/** The caller's Py_DECREF of what PySequence_Fast gave: the list it made goes back to its free list. */
export function releaseSequenceFast(vm: VM, iterable: PyObject): void {
	if (makesList(iterable)) vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
}
