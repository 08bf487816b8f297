// In-place changes of lists shared by opcodes and methods, with CPython's capacity rules (list_resize,
// list_extend's preallocation) and release order: items removed from a list die last to first.
import { collectSequenceFast, releaseSequenceFast } from "./sequence-fast";
import { LIST_FREE_LIST } from "../heap/gc-kinds";
import { PyWeakProxy } from "../heap/weakrefs";
import type { PyObject } from "../heap/object";
import { PyList, PySlice } from "../heap/containers";
import { collect, getIter, iterNext, ITERATOR_BEING_CONSUMED, type NotIterable } from "./iteration";
import { askedLengthHint, builtinIteratorHint, hasLength, lengthIfSized } from "./lengths";
import { PyIterator } from "../heap/iterators";
import { hasInstanceAttributes, isExactList } from "../heap/subclass-instances";
import { listCapacityAfterExtendIterator, listCapacityFromIterable, listPreallocateExact } from "../runtime/containerGrowth";
import { sliceIndices } from "./slice-indices";
import { checkSequenceLength, MAX_SEQUENCE_ITEMS } from "./sequence-repeat";
import { DEQUE_ITERATORS } from "../builtins/types";
import type { VM } from "./vm";

export function listAppend(vm: VM, list: PyList, item: PyObject): void {
	listAppendTakingReference(vm, list, vm.incref(item));
}

/** _PyList_AppendTakeRef: the list takes over the caller's reference. */
function listAppendTakingReference(vm: VM, list: PyList, item: PyObject): void {
	const from = list.items.length;
	if (from >= MAX_SEQUENCE_ITEMS) {
		vm.decref(item);
		vm.raise("MemoryError");
	}
	list.resize(from + 1);
	list.items.push(item);
	vm.heap.observer?.itemsAppended(list, from);
}

/** ins1 (list.insert, PyList_Insert): the index clamped to the list, the capacity through list_resize. */
export function listInsert(vm: VM, list: PyList, index: number, item: PyObject): void {
	const n = list.items.length;
	const i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
	list.resize(n + 1);
	list.items.splice(i, 0, vm.incref(item));
	vm.heap.observer?.contentChanged(list);
}

/** list.extend / LIST_EXTEND with borrowed items; an empty list is sized exactly (list_preallocate_exact). */
export function listExtend(vm: VM, list: PyList, items: PyObject[]): void {
	if (!items.length) return;
	checkSequenceLength(vm, list.items.length + items.length);
	vm.chargeWork(items.length);
	if (list.itemsNull) list.allocated = listPreallocateExact(items.length);
	else list.resize(list.items.length + items.length);
	// `l.extend(l)` and `l += l` pass the list's own items: only those there before it grows are added.
	const count = items.length;
	const from = list.items.length;
	for (let i = 0; i < count; i++) list.items.push(vm.incref(items[i]!));
	vm.heap.observer?.itemsAppended(list, from);
}

/** Iterators whose type has __length_hint__ (what is left); generators, map, filter, zip... have none. */
export const HINTED_ITERATORS = new Set([
	"list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator", "str_iterator", "set_iterator", "list_reverseiterator", "reversed",
	"dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
	...DEQUE_ITERATORS,
	// itertools.repeat with a count (without one it never ends, so its missing hint is never read).
	"repeat",
]);

/**
 * list(iterable) (`constructing`) and list.extend / LIST_EXTEND. Lists and tuples are copied as sequences;
 * anything else is appended one by one after reserving its length hint (list_extend), and list()
 * first preallocates exactly when the iterable has a length (list___init__), as in listobject.c.
 */
export function listExtendFrom(vm: VM, list: PyList, iterable: PyObject, constructing = false, whenNotIterable?: NotIterable): void {
	// list_extend copies exact lists and tuples (and the list itself) as sequences; a subclass's instance is iterated.
	const asSequence = isExactList(iterable) || iterable === list || iterable.cls.name === "tuple";
	if (!asSequence && (hasInstanceAttributes(iterable) || iterable instanceof PyWeakProxy) && hasLength(iterable)) return extendFromSized(vm, list, iterable, constructing);
	if (asSequence) {
		const items = collect(vm, iterable, undefined, whenNotIterable);
		listExtend(vm, list, items);
		items.forEach((x) => vm.decref(x));
		return;
	}
	// list_extend runs the iterator to exhaustion, each item going into the list as it comes: Python code
	// producing them sees the list grow (`l.extend(x for x in l)` reads the items it added).
	const size = list.items.length;
	const allocated = list.allocated;
	const itemsNull = list.itemsNull;
	// list___init__ preallocates a builtin's length before it takes an iterator (list_preallocate_exact).
	const length = lengthIfSized(vm, iterable);
	if (constructing) reserve(vm, list, length);
	const it = getIter(vm, iterable, whenNotIterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	let asked: number | null;
	try {
		// PyObject_LengthHint(iterable, 8) before the first next(): a hint that runs Python code is asked.
		asked = askedLengthHint(vm, iterable);
		reserve(vm, list, asked ?? length ?? builtinIteratorHint(vm, iterable));
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) listAppendTakingReference(vm, list, x);
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
	// Exhausting a builtin iterable yields exactly what its length or length hint said.
	const added = list.items.length - size;
	const hasLen = hasLength(iterable);
	const hint = asked ?? (hasLen || (iterable instanceof PyIterator && HINTED_ITERATORS.has(iterable.kindName)) ? added : null);
	const capacity = constructing && size === 0 ? listCapacityFromIterable(added, hasLen, hint) : listCapacityAfterExtendIterator(allocated, size, added, hint, itemsNull);
	setCapacityAfterExtend(list, capacity, itemsNull, hint);
}

/**
 * The capacity list_extend leaves. A list without a block gets one when it reserved room (a hint of 8 when the
 * iterable gives none); cut back to no items, that block stays, empty.
 */
export function setCapacityAfterExtend(list: PyList, capacity: number, itemsNull: boolean, hint: number | null): void {
	list.allocated = capacity;
	if (capacity === 0) list.emptyBlock = !itemsNull || (hint ?? 8) > 0;
}


/**
 * An object of a class with __len__: list_extend takes iter(), then asks __len__ once for a length hint
 * before the first next() (python3 3.11 calls it once, after __iter__). What __len__ says sizes the list,
 * as list() preallocates from it, even when the iteration yields a different number of items.
 */
function extendFromSized(vm: VM, list: PyList, iterable: PyObject, constructing: boolean): void {
	const size = list.items.length;
	const it = getIter(vm, iterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		const hint = lengthIfSized(vm, iterable) ?? askedLengthHint(vm, iterable);
		reserve(vm, list, hint);
		const preallocated = constructing && size === 0 && hint !== null && hint > 0;
		const allocated = preallocated ? listPreallocateExact(hint) : list.allocated;
		const itemsNull = !preallocated && list.itemsNull;
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) listAppendTakingReference(vm, list, x);
		setCapacityAfterExtend(list, listCapacityAfterExtendIterator(allocated, size, list.items.length - size, hint, itemsNull), itemsNull, hint);
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
}

/**
 * list_resize to the items there plus a length hint, before any item comes: a hint past simulated memory (a
 * range of 10**12) is CPython's failed allocation, MemoryError, not a run that fills memory first.
 */
function reserve(vm: VM, list: PyList, hint: number | null): void {
	if (hint !== null) checkSequenceLength(vm, list.items.length + hint);
}

const CAN_ONLY_ASSIGN_ITERABLE: NotIterable = () => "can only assign an iterable";
const MUST_ASSIGN_ITERABLE: NotIterable = () => "must assign iterable to extended slice";

/** Release removed items last to first, as list_ass_slice and list_clear do. */
function releaseRemoved(vm: VM, list: PyList, removed: PyObject[]): void {
	vm.heap.releaseAll(list, "removed from", removed.reverse());
}

export function listAssignSlice(vm: VM, list: PyList, s: PySlice, value: PyObject): void {
	// list_ass_subscript reads the slice first, then takes the value as a sequence (PySequence_Fast).
	const [start, stop, step, count] = sliceIndices(vm, s, list.items.length);
	// `a[i:j] = a` copies a first (list_slice, a list from the free list), freed once assigned.
	if (value === list) vm.heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
	const items = collectSequenceFast(vm, value, step === 1 ? CAN_ONLY_ASSIGN_ITERABLE : MUST_ASSIGN_ITERABLE);
	try {
		assignCollected(vm, list, items, start, stop, step, count);
	} finally {
		releaseSequenceFast(vm, value);
		if (value === list) vm.heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
	}
}

/** list_ass_slice / the extended-slice loop, with the items PySequence_Fast gave. */
function assignCollected(vm: VM, list: PyList, items: PyObject[], start: number, stop: number, step: number, count: number): void {
	if (step === 1) {
		// list_ass_slice resizes (from the old size) only when the length changes.
		const change = items.length - Math.max(0, stop - start);
		if (change !== 0) list.resizeForSlice(list.items.length + change);
		const removed = list.items.splice(start, Math.max(0, stop - start), ...items);
		vm.heap.observer?.contentChanged(list);
		releaseRemoved(vm, list, removed);
		return;
	}
	if (items.length !== count) {
		items.forEach((x) => vm.decref(x));
		vm.raise("ValueError", `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
	}
	const removed: PyObject[] = [];
	for (let i = 0, j = start; i < count; i++, j += step) {
		removed.push(list.items[j]!);
		list.items[j] = items[i]!;
	}
	vm.heap.observer?.contentChanged(list);
	// An extended slice's old items go in slice order (list_ass_subscript's garbage array).
	vm.heap.releaseAll(list, "removed from", removed);
}

export function listDeleteSlice(vm: VM, list: PyList, s: PySlice): void {
	const [start, , step, count] = sliceIndices(vm, s, list.items.length);
	const indices: number[] = [];
	for (let i = 0, j = start; i < count; i++, j += step) indices.push(j);
	indices.sort((a, b) => a - b);
	const removed = indices.map((i) => list.items[i]!);
	const keep = new Set(indices);
	list.items = list.items.filter((_, i) => !keep.has(i));
	// A step of 1 is list_ass_slice's; an extended slice's loop ends with list_resize.
	if (step === 1) list.resizeForSlice(list.items.length);
	else list.resize(list.items.length);
	vm.heap.observer?.contentChanged(list);
	// list_ass_slice (step 1) releases last to first; an extended slice's garbage array goes first to last.
	if (step === 1) releaseRemoved(vm, list, removed);
	else vm.heap.releaseAll(list, "removed from", removed);
}

/** list_inplace_repeat: a count below 1 clears the list (_list_clear); otherwise the items are copied in after themselves. */
export function listInplaceRepeat(vm: VM, list: PyList, count: number): PyList {
	const size = list.items.length;
	if (size !== 0 && count < 1) listClear(vm, list);
	else if (size !== 0 && count !== 1) {
		// list_resize sees the old size: growing many times over allocates exactly.
		list.resize(size * count);
		const items = list.items;
		for (let i = 1; i < count; i++) for (let j = 0; j < size; j++) items.push(vm.incref(items[j]!));
		vm.heap.observer?.contentChanged(list);
	}
	return vm.incref(list);
}

export function listClear(vm: VM, list: PyList): void {
	// _list_clear does nothing to a list without an item array (a list being sorted keeps allocated -1).
	if (list.items.length === 0 && list.allocated < 0) return;
	const removed = list.items;
	list.items = [];
	list.freeItems();
	vm.heap.observer?.contentChanged(list);
	releaseRemoved(vm, list, removed);
}
