// In-place changes of lists, sets and dicts shared by opcodes and methods, with CPython's capacity rules
// and release order (items removed from a list die last to first).
import { PyWeakProxy } from "../heap/weakrefs";
import type { PyObject } from "../heap/object";
import { PyList, PyDict, PySet, PySlice } from "../heap/containers";
import { dictSet, setAdd, setDiscard, hashKey } from "./dicts";
import { cloneProbed, probedGet, probedSet, storedHash } from "./probed-dicts";
import { probedSetMerge, probedSetFromDict } from "./probed-sets";
import { probedOperands, probedSetOperation } from "./set-algorithms";
import { collect, forEachItem, getIter, iterNext, type NotIterable } from "./iteration";
import { hasLength, lengthIfSized } from "./lengths";
import { attributeOrNull } from "./attributes";
import { mergeMapping } from "./mapping-merge";
import { PyIterator } from "../heap/iterators";
import { PyDictInstance, hasInstanceAttributes, isExactList, subclassSlot, isExactTuple } from "../heap/subclass-instances";
import { DICT_LOG_MINSIZE, dictUsable, mergeLog2KeySize, listCapacityAfterExtendIterator, listCapacityFromIterable, listPreallocateExact } from "../runtime/containerGrowth";
import { SHARED_KEYS_LOG2_SIZE, combineSplitDict } from "../heap/shared-keys";
import { sliceIndices } from "./subscript";
import { MAX_SEQUENCE_ITEMS } from "./sequence-repeat";
import type { VM } from "./vm";

export function listAppend(vm: VM, list: PyList, item: PyObject): void {
	listAppendTakingReference(vm, list, vm.incref(item));
}

/** _PyList_AppendTakeRef: the list takes over the caller's reference. */
function listAppendTakingReference(vm: VM, list: PyList, item: PyObject): void {
	list.resize(list.items.length + 1);
	list.items.push(item);
	vm.heap.observer?.contentChanged(list);
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
	if (list.items.length + items.length > MAX_SEQUENCE_ITEMS) vm.raise("MemoryError");
	vm.chargeWork(items.length);
	if (list.allocated === 0 && list.items.length === 0) list.allocated = (items.length + 1) & ~1;
	else list.resize(list.items.length + items.length);
	// `l.extend(l)` and `l += l` pass the list's own items: only those there before it grows are added.
	const count = items.length;
	for (let i = 0; i < count; i++) list.items.push(vm.incref(items[i]!));
	vm.heap.observer?.contentChanged(list);
}

/** Iterators whose type has __length_hint__ (what is left); generators, map, filter, zip... have none. */
export const HINTED_ITERATORS = new Set([
	"list_iterator", "tuple_iterator", "range_iterator", "str_ascii_iterator", "str_iterator", "set_iterator", "list_reverseiterator", "reversed",
	"dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator",
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
	const it = getIter(vm, iterable, whenNotIterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) listAppendTakingReference(vm, list, x);
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
	// Exhausting a builtin iterable yields exactly what its length or length hint said.
	const added = list.items.length - size;
	const hasLen = hasLength(iterable);
	const hint = hasLen || (iterable instanceof PyIterator && HINTED_ITERATORS.has(iterable.kindName)) ? added : null;
	list.allocated = constructing && size === 0 ? listCapacityFromIterable(added, hasLen, hint) : listCapacityAfterExtendIterator(allocated, size, added, hint);
}

const ITERATOR_BEING_CONSUMED = "iterator being consumed";

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
		const hint = lengthIfSized(vm, iterable);
		const allocated = constructing && size === 0 && hint !== null && hint > 0 ? listPreallocateExact(hint) : list.allocated;
		for (let x = iterNext(vm, it); x; x = iterNext(vm, it)) listAppendTakingReference(vm, list, x);
		list.allocated = listCapacityAfterExtendIterator(allocated, size, list.items.length - size, hint);
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
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
	const items = collect(vm, value, undefined, step === 1 ? CAN_ONLY_ASSIGN_ITERABLE : MUST_ASSIGN_ITERABLE);
	if (step === 1) {
		// list_ass_slice resizes (from the old size) only when the length changes.
		const change = items.length - Math.max(0, stop - start);
		if (change !== 0) list.resize(list.items.length + change);
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
	list.resize(list.items.length);
	vm.heap.observer?.contentChanged(list);
	// list_ass_slice (step 1) releases last to first; an extended slice's garbage array goes first to last.
	if (step === 1) releaseRemoved(vm, list, removed);
	else vm.heap.releaseAll(list, "removed from", removed);
}

export function listClear(vm: VM, list: PyList): void {
	// _list_clear does nothing to a list without an item array (a list being sorted keeps allocated -1).
	if (list.items.length === 0 && list.allocated < 0) return;
	const removed = list.items;
	list.items = [];
	list.allocated = 0;
	vm.heap.observer?.contentChanged(list);
	releaseRemoved(vm, list, removed);
}

/** set_update_internal: another set is merged (set_merge), a dict's keys go in after one resize, anything else item by item. */
export function setUpdate(vm: VM, set: PySet, iterable: PyObject): void {
	// Every set that holds anything keeps its table, so a set source always takes set_merge's path.
	if (iterable instanceof PySet) {
		probedSetMerge(vm, set, iterable);
		return;
	}
	if (iterable instanceof PyDict) {
		probedSetFromDict(vm, set, iterable);
		return;
	}
	forEachItem(vm, iterable, (x) => setAdd(vm, set, x));
}

export function setOperation(vm: VM, op: string, a: PySet, b: PySet, inplace: boolean): PyObject {
	if (op === "BitOr") {
		// set_union / set_or: a copy of `a` merged with `b`, each through set_merge's sizing.
		if (inplace) {
			setUpdate(vm, a, b);
			return vm.incref(a);
		}
		return vm.heap.build(vm.set(a.frozen), "set being built", (target) => {
			setUpdate(vm, target, a);
			setUpdate(vm, target, b);
		});
	}
	if (probedOperands(a, b)) return probedSetOperation(vm, op, a, b, inplace);
	const inB = (x: PyObject) => b.entries.has(hashKey(vm, x));
	const inA = (x: PyObject) => a.entries.has(hashKey(vm, x));
	let items: PyObject[];
	if (op === "BitAnd") items = [...a.entries.values()].filter(inB);
	else if (op === "Sub") items = [...a.entries.values()].filter((x) => !inB(x));
	else items = [...[...a.entries.values()].filter((x) => !inB(x)), ...[...b.entries.values()].filter((x) => !inA(x))];
	if (inplace) {
		const keep = new Set(items);
		for (const x of [...a.entries.values()]) if (!keep.has(x)) setDiscard(vm, a, x);
		for (const x of items) setAdd(vm, a, x);
		return vm.incref(a);
	}
	const out = vm.set(a.frozen);
	for (const x of items) setAdd(vm, out, x);
	return out;
}

/** DICT_UPDATE / DICT_MERGE / dict.update: from a dict or an iterable of pairs. */
export function dictUpdate(vm: VM, target: PyDict, source: PyObject, rejectDuplicates: boolean): void {
	// dict_merge reads a dict subclass's entries directly unless the subclass defines __iter__: then it is
	// merged as any mapping, through keys() and its own __getitem__.
	if (source instanceof PyDictInstance && subclassSlot(source, "__iter__")) return mergeMapping(vm, target, source, rejectDuplicates ? "reject" : "override");
	if (source instanceof PyDict && (source.index !== null || target.index !== null)) {
		probedMerge(vm, target, source, rejectDuplicates);
		return;
	}
	if (source instanceof PyDict) {
		sizeForMerge(target, source);
		for (const { key, value } of [...source.entries.values()]) {
			if (rejectDuplicates && target.entries.has(hashKey(vm, key))) throw vm.keyError(key);
			dictSet(vm, target, key, value);
		}
		return;
	}
	// dict_update_arg: an object with keys() is merged as a mapping.
	const keys = attributeOrNull(vm, source, "keys");
	if (keys) {
		vm.decref(keys);
		return mergeMapping(vm, target, source, "override");
	}
	// PyDict_MergeFromSeq2: one pair at a time; its key and value are held while the dict takes them.
	let i = 0;
	forEachItem(vm, source, (pair) => {
		// PySequence_Fast: anything iterable is a pair's sequence.
		const notSequence = (): string => `cannot convert dictionary update sequence element #${i} to a sequence`;
		const kv = isExactList(pair) || isExactTuple(pair) ? pair.items.map((x) => vm.incref(x)) : collect(vm, pair, undefined, notSequence);
		kv.forEach((x) => vm.heap.adopt(x, PAIR_ITEM));
		try {
			if (kv.length !== 2) vm.raise("ValueError", `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
			dictSet(vm, target, kv[0]!, kv[1]!);
		} finally {
			kv.forEach((x) => vm.heap.release(x, PAIR_ITEM));
		}
		i++;
	});
}

const PAIR_ITEM = "item of an update pair";

/**
 * dict_merge's sizing before taking another dict's items. An empty target clones the table of a compact
 * ordinary source (no deleted entries) that is its minimum size or more than half full; otherwise, when
 * the target's table cannot hold them all, one big resize (which makes a split target ordinary).
 */
function sizeForMerge(target: PyDict, source: PyDict): void {
	const incoming = source.entries.size;
	if (incoming === 0 || source === target) return;
	if (target.entries.size === 0 && mergeClones(source)) {
		if (target.sharedKeys) combineSplitDict(target, Math.log2(source.keysSize));
		else target.keysSize = source.keysSize;
		target.generalKeys = source.generalKeys;
		return;
	}
	const tableSize = target.sharedKeys ? 2 ** SHARED_KEYS_LOG2_SIZE : Math.max(target.keysSize, 1);
	if (Math.floor((tableSize * 2) / 3) >= incoming) return;
	const log2Size = mergeLog2KeySize(target.entries.size + incoming);
	if (target.sharedKeys) combineSplitDict(target, log2Size);
	else {
		target.keysSize = 2 ** log2Size;
		target.keysEntries = target.entries.size;
	}
	// dict_merge's one big resize makes a table of the source's kind.
	target.generalKeys ||= source.generalKeys;
}

/** dict_merge into an empty dict clones a compact ordinary source that is its minimum size or more than half full. */
function mergeClones(source: PyDict): boolean {
	const log2Size = Math.log2(source.keysSize);
	return source.sharedKeys === null && source.entries.size === source.keysEntries && (log2Size === DICT_LOG_MINSIZE || dictUsable(log2Size - 1) < source.entries.size);
}

/** dict_merge where either dict keeps its index: stored hashes, no __hash__ calls; a clone compares nothing. */
function probedMerge(vm: VM, target: PyDict, source: PyDict, rejectDuplicates: boolean): void {
	if (source === target || source.entries.size === 0) return;
	if (target.entries.size === 0 && target.sharedKeys === null && mergeClones(source)) {
		cloneProbed(vm, target, source);
		return;
	}
	sizeForMerge(target, source);
	for (const [k, { key, value }] of [...source.entries]) {
		const hash = storedHash(vm, source, k);
		if (rejectDuplicates && probedGet(vm, target, key, hash)) throw vm.keyError(key);
		probedSet(vm, target, key, value, hash);
	}
}

/** PyDict_Copy: a split dict's copy shares its keys and is tracked when the original is; an empty one is new. */
export function dictCopy(vm: VM, d: PyDict): PyDict {
	return vm.heap.build(vm.dict(), "dict being copied", (copy) => fillCopy(vm, d, copy));
}

function fillCopy(vm: VM, d: PyDict, copy: PyDict): void {
	if (d.index !== null && d.sharedKeys === null && d.entries.size > 0 && d.entries.size >= Math.floor((d.keysEntries * 2) / 3)) {
		cloneProbed(vm, copy, d);
		return;
	}
	// clone_combined_dict_keys: an ordinary dict with few deleted entries is copied table and all.
	if (d.sharedKeys === null && d.entries.size > 0 && d.entries.size >= Math.floor((d.keysEntries * 2) / 3)) {
		copy.keysSize = d.keysSize;
		copy.generalKeys = d.generalKeys;
	}
	else if (d.entries.size > 0) copy.sharedKeys = d.sharedKeys;
	dictUpdate(vm, copy, d, false);
	if (d.sharedKeys && d.tracked && !copy.tracked) vm.heap.track(copy);
}

export function dictUnion(vm: VM, a: PyDict, b: PyDict, inplace: boolean): PyObject {
	if (inplace) {
		dictUpdate(vm, a, b, false);
		return vm.incref(a);
	}
	return vm.heap.build(dictCopy(vm, a), "dict being built", (target) => dictUpdate(vm, target, b, false));
}
