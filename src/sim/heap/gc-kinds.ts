// Which objects the GC allocator makes (and tracks from birth), and CPython's free lists that let list, dict
// and small-tuple allocations skip generation 0's count: decided by each class's HeapKind.
import { HeapKind, type PyObject } from "./object";
import type { PyTuple } from "./containers";

/** Types allocated through the GC allocator (they count toward generation 0 even when untracked). */
export function isGcType(o: PyObject): boolean {
	return gcType(o, o.heapKind);
}

export function gcType(o: PyObject, kind: HeapKind): boolean {
	return kind === HeapKind.Dict || kind === HeapKind.Frame || tracksAtBirth(o, kind);
}

/** o.gcKind, asking the object only when its class's kind does not settle it. */
export function tracksAtBirth(o: PyObject, kind: HeapKind): boolean {
	switch (kind) {
		case HeapKind.Plain:
		case HeapKind.Atom:
		case HeapKind.Dict:
		case HeapKind.Frame:
			return false;
		case HeapKind.Tuple:
		case HeapKind.ByObject:
			return o.gcKind;
		default:
			return true;
	}
}

/**
 * CPython's free lists, by index: lists, dicts, tuples of 1 to 19 items at 1 + length, then the slice cache
 * (one slice, which a full collection does not empty).
 */
export const NO_FREE_LIST = -1;
export const LIST_FREE_LIST = 0;
export const DICT_FREE_LIST = 1;
export const SLICE_CACHE = 21;
export const FREE_LISTS = 22;

export function freeListOf(o: PyObject, kind: HeapKind): number {
	if (kind === HeapKind.List) return LIST_FREE_LIST;
	if (kind === HeapKind.Dict) return DICT_FREE_LIST;
	if (kind === HeapKind.Slice) return SLICE_CACHE;
	if (kind === HeapKind.Tuple) return tupleFreeList((o as PyTuple).items.length);
	return NO_FREE_LIST;
}

/** The free list of tuples of this length (the empty tuple is a singleton, and long ones have none). */
export function tupleFreeList(length: number): number {
	return length > 0 && length < 20 ? 1 + length : NO_FREE_LIST;
}

export function freeListCapacity(list: number): number {
	if (list === SLICE_CACHE) return 1;
	return list > DICT_FREE_LIST ? 2000 : 80;
}
