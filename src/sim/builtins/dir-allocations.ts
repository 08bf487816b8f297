// The short-lived GC objects CPython's dir(obj) makes and frees around the names pymem gathers natively
// (vm/dir.ts): object.__dir__ and type.__dir__ copy or make a dict, merge every class dict into it through a
// mappingproxy (merge_class_dict, once per class on each path up __bases__, so a diamond's top twice), list its
// keys, and _dir_object sorts a copy of that list. Each allocation counts toward generation 0 as in CPython, so
// gc.get_count() around a dir() call, and the automatic collections it can start, are python3's.
import type { VM } from "../vm/vm";
import type { PyObject } from "../heap/object";
import { PyClass } from "../heap/classes";
import { PyModule } from "../heap/callables";
import { PyDict } from "../heap/containers";
import { DICT_FREE_LIST, LIST_FREE_LIST } from "../heap/gc-kinds";
import { attributeOrNull } from "../vm/attributes";

/**
 * Run `sortedList` (which builds dir's result, the list _dir_object's PySequence_List makes) between the
 * allocations of object.__dir__, type.__dir__ or module.__dir__ that precede it and the frees that follow.
 */
export function withDirAllocations(vm: VM, obj: PyObject, sortedList: () => PyObject): PyObject {
	const heap = vm.heap;
	// _PyObject_LookupSpecial binds the type's __dir__: a builtin method object, freed once it returned.
	heap.countUnbuiltAllocation();
	if (obj instanceof PyModule) {
		// module.__dir__: PyDict_Keys of the module's dict.
		heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	} else {
		if (obj instanceof PyClass) heap.countUnbuiltFreeListAllocation(DICT_FREE_LIST);
		else copyInstanceDict(vm, obj);
		mergeClassDict(vm, obj instanceof PyClass ? obj : obj.cls);
		// PyDict_Keys of the gathered names, then the dict goes back to its free list.
		heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
		heap.countUnbuiltFreeListFree(DICT_FREE_LIST);
	}
	heap.countUnbuiltFree();
	const result = sortedList();
	// The unsorted list __dir__ returned is freed after PySequence_List copied it.
	heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
	return result;
}

/**
 * object.__dir__ starts from a copy of the instance's __dict__ (reading it materializes a split dict, which stays),
 * or from a new dict when it has none. PyDict_Copy of a split dict takes a new GC object; any other comes from
 * the dict free list.
 */
function copyInstanceDict(vm: VM, obj: PyObject): void {
	// PyObject_GetAttr runs a class's __getattribute__ or __getattr__ for the name, as any attribute read.
	const dict = obj.shared ? null : attributeOrNull(vm, obj, "__dict__");
	const split = dict instanceof PyDict && dict.sharedKeys !== null && dict.entries.size > 0;
	if (dict) vm.decref(dict);
	if (split) vm.heap.countUnbuiltAllocation();
	else vm.heap.countUnbuiltFreeListAllocation(DICT_FREE_LIST);
	// Then `__class__`, whose dicts are merged (pymem merges the type's own).
	const cls = obj.shared ? null : attributeOrNull(vm, obj, "__class__");
	if (cls) vm.decref(cls);
}

/**
 * merge_class_dict: the class's __dict__ (a new mappingproxy) merged by PyDict_Update, which lists a mapping's
 * keys through its keys() view and an iterator (a list from the free list), then walks that list with an
 * iterator; then the same for each of __bases__.
 */
function mergeClassDict(vm: VM, cls: PyClass): void {
	const heap = vm.heap;
	heap.countUnbuiltAllocation(); // the mappingproxy
	heap.countUnbuiltAllocation(); // mappingproxy.keys()'s dict_keys view
	heap.countUnbuiltAllocation(); // its key iterator
	heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	heap.countUnbuiltFree();
	heap.countUnbuiltFree();
	heap.countUnbuiltAllocation(); // the list iterator
	heap.countUnbuiltFree();
	heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
	heap.countUnbuiltFree();
	for (const base of cls.bases) mergeClassDict(vm, base);
}
