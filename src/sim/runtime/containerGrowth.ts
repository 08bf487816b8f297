/**
 * Capacity rules of CPython 3.11 containers, as small pure state transitions the VM keeps per
 * object. Mirrors Objects/listobject.c (list_resize, list_preallocate_exact, list_extend,
 * list___init__), Objects/dictobject.c (insertion_resize/GROWTH_RATE, calculate_log2_keysize,
 * estimate_log2_keysize, dict_new_presized) and Objects/setobject.c (set_add_entry,
 * set_table_resize, set_merge).
 */

// ---- list ----

/** list_resize(self, newSize): the allocation after changing a list of `allocated` slots to newSize items. */
export function listCapacityAfterResize(allocated: number, currentSize: number, newSize: number): number {
	if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
	if (newSize === 0) return 0;
	let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
	// Do not overallocate if the new size is closer to overallocated size than to the old size.
	if (newSize - currentSize > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
	return newAllocated;
}

/** list_preallocate_exact: rounds up to an even count (the allocator has 16-byte granularity). */
export function listPreallocateExact(size: number): number {
	return (size + 1) & ~1;
}

/** BUILD_LIST n, [x] * n, slicing, list + list, copy(): exactly n slots. */
export function listCapacityExact(size: number): number {
	return size;
}

/** list.append / LIST_APPEND (comprehensions) / insert: resize to size + 1. */
export function listCapacityAfterAppend(allocated: number, size: number): number {
	return listCapacityAfterResize(allocated, size, size + 1);
}

/** list.pop / del l[i] / remove: resize to size - 1 (may shrink). */
export function listCapacityAfterPop(allocated: number, size: number): number {
	return listCapacityAfterResize(allocated, size, size - 1);
}

/**
 * list.extend / LIST_EXTEND (list displays of 3+ constants) / += with a list or tuple of n items.
 * A list that never allocated (ob_item NULL) gets list_preallocate_exact instead of over-allocation.
 */
export function listCapacityAfterExtendSequence(allocated: number, size: number, added: number): number {
	if (added === 0) return allocated;
	if (allocated === 0 && size === 0) return listPreallocateExact(added);
	return listCapacityAfterResize(allocated, size, size + added);
}

/**
 * list.extend with a general iterator: reserve size + length_hint (8 when the iterator has none),
 * append one by one, then cut back when the guess was too large. A list without an item block
 * (ob_item NULL, `itemsNull`) reserves exactly the hint (list_preallocate_exact).
 */
export function listCapacityAfterExtendIterator(allocated: number, size: number, added: number, lengthHint: number | null, itemsNull = allocated === 0 && size === 0): number {
	const guess = lengthHint ?? 8;
	let capacity = itemsNull ? listPreallocateExact(guess) : listCapacityAfterResize(allocated, size, size + guess);
	for (let k = 0; k < added; k++) {
		if (size + k + 1 > capacity) capacity = listCapacityAfterResize(capacity, size + k, size + k + 1);
	}
	const finalSize = size + added;
	if (finalSize < capacity) capacity = listCapacityAfterResize(capacity, finalSize, finalSize);
	return capacity;
}

/**
 * list(iterable): objects with __len__ are preallocated exactly (list___init__), then extended;
 * others (generators, map, filter) go through the length-hint path.
 */
export function listCapacityFromIterable(count: number, hasLen: boolean, lengthHint: number | null = hasLen ? count : null): number {
	const allocated = hasLen && count > 0 ? listPreallocateExact(count) : 0;
	if (!hasLen && lengthHint === null && count === 0) return listCapacityAfterExtendIterator(0, 0, 0, null);
	return listCapacityAfterExtendIterator(allocated, 0, count, lengthHint);
}

// ---- dict ----

export const DICT_LOG_MINSIZE = 3;

/** USABLE_FRACTION: how many entries a keys table of 2**log2Size slots holds. */
export function dictUsable(log2Size: number): number {
	return Math.floor((2 ** log2Size * 2) / 3);
}

/** calculate_log2_keysize: smallest table of at least minSize slots (at least 8). */
export function calculateLog2KeySize(minSize: number): number {
	let log2 = DICT_LOG_MINSIZE;
	while (2 ** log2 < minSize) log2++;
	return log2;
}

/**
 * The table 3.11 resizes to when a dict grows (insertion_resize, minSize = GROWTH_RATE = used * 3) and
 * when dict_merge sizes a dict for another's items, as measured: bit_length(((minSize | 8) - 1) | 7).
 * That is calculateLog2KeySize except that minSize 1 to 7, and an exact power of two from 16, get twice
 * the table: a dict resized while holding one or two items has 16 slots.
 */
export function resizeLog2KeySize(minSize: number): number {
	const bits = ((minSize | 8) - 1) | 7;
	return 32 - Math.clz32(bits);
}

/** dict_merge's one big resize for `items` items (estimate_log2_keysize over the resize rule). */
export function mergeLog2KeySize(items: number): number {
	return resizeLog2KeySize(Math.floor((items * 3 + 1) / 2));
}

/** estimate_log2_keysize: table for n items, as dict_new_presized and dict_merge size it. */
export function estimateLog2KeySize(items: number): number {
	return calculateLog2KeySize(Math.floor((items * 3 + 1) / 2));
}

export interface DictTableState {
	/** null: the shared empty keys of a dict that never held an item. */
	log2Size: number | null;
	/** dk_nentries: slots used in the entries array, including deleted ones. */
	entries: number;
	/** ma_used: live items. */
	used: number;
}

export const EMPTY_DICT: DictTableState = { log2Size: null, entries: 0, used: 0 };

/** insertdict of a new key: resize first when the entries array is full (GROWTH_RATE = used * 3). */
export function dictAfterInsertNewKey(state: DictTableState): DictTableState {
	if (state.log2Size === null) return { log2Size: DICT_LOG_MINSIZE, entries: 1, used: 1 };
	if (state.entries >= dictUsable(state.log2Size)) {
		const log2Size = resizeLog2KeySize(state.used * 3);
		return { log2Size, entries: state.used + 1, used: state.used + 1 };
	}
	return { log2Size: state.log2Size, entries: state.entries + 1, used: state.used + 1 };
}

/** del d[k] / pop: the entry becomes a dummy; the table never shrinks on deletion. */
export function dictAfterDelete(state: DictTableState): DictTableState {
	return { ...state, used: state.used - 1 };
}

/** dict displays with n items and dict(mapping of n) built by dict_new_presized (n > 5 presizes). */
export function dictPresized(items: number): DictTableState {
	if (items === 0) return EMPTY_DICT;
	if (items <= dictUsable(DICT_LOG_MINSIZE)) return { log2Size: DICT_LOG_MINSIZE, entries: items, used: items };
	return { log2Size: estimateLog2KeySize(items), entries: items, used: items };
}

/** d.copy() / dict(d) of a dict without deleted entries: clone_combined_dict_keys keeps the table. */
export function dictCopyOfCompact(state: DictTableState): DictTableState {
	return { ...state };
}

// ---- set ----

export const SET_MINSIZE = 8;

/** set_table_resize(minused): smallest power of two strictly greater than minused (at least 8). */
export function setTableSizeFor(minUsed: number): number {
	let size = SET_MINSIZE;
	while (size <= minUsed) size <<= 1;
	return size;
}

export interface SetTableState {
	tableSize: number;
	/** fill: active + dummy slots. */
	fill: number;
	used: number;
}

export const EMPTY_SET: SetTableState = { tableSize: SET_MINSIZE, fill: 0, used: 0 };

/**
 * set_add_entry of a new key: grow when fill*5 >= mask*3 (to used*4, or used*2 past 50000).
 * A key whose probe sequence meets a dummy slot (left by a removal) reuses it: fill stays and no
 * resize check happens. Which keys do depends on their hashes and slots, so the caller (which
 * knows the table) says so with `reusedDummy`; without removals it is always false.
 */
export function setAfterAddNewKey(state: SetTableState, reusedDummy = false): SetTableState {
	if (reusedDummy) return { ...state, used: state.used + 1 };
	const next = { tableSize: state.tableSize, fill: state.fill + 1, used: state.used + 1 };
	if (next.fill * 5 < (next.tableSize - 1) * 3) return next;
	const tableSize = setTableSizeFor(next.used > 50000 ? next.used * 2 : next.used * 4);
	return { tableSize, fill: next.used, used: next.used };
}

/** set.discard/remove: slot becomes a dummy (fill unchanged); sets never shrink on removal. */
export function setAfterRemove(state: SetTableState): SetTableState {
	return { ...state, used: state.used - 1 };
}

/** set_merge of another set/frozenset of `otherUsed` items (set displays of constants, s |= t). */
export function setAfterMerge(state: SetTableState, otherUsed: number, newKeys: number): SetTableState {
	let { tableSize, fill } = state;
	if ((fill + otherUsed) * 5 >= (tableSize - 1) * 3) {
		tableSize = setTableSizeFor((state.used + otherUsed) * 2);
		fill = state.used;
	}
	return { tableSize, fill: fill + newKeys, used: state.used + newKeys };
}
