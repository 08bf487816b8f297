// Generation 0's count (GC allocations minus deallocations, which starts automatic collections) and CPython's
// free lists, whose reuse skips both. The heap keeps them for the objects it registers and frees; natives that
// stand for objects CPython makes and pymem does not build count through the same methods.
import { HeldReferences } from "./held-references";
import { FREE_LISTS, NO_FREE_LIST, SLICE_CACHE, freeListCapacity, tupleFreeList } from "./gc-kinds";

export abstract class AllocationCounts extends HeldReferences {
	readonly counts: [number, number, number] = [0, 0, 0];
	/** Called when a GC-type allocation bumps count0, before the new object is tracked (_PyObject_GC_Link). */
	onGcAlloc: (() => void) | null = null;
	/** How many objects each CPython free list holds (see gc-kinds.ts' freeListOf). */
	private readonly freeLists = startupFreeLists();

	/** Reuse an object free list `list` holds, if it holds one: such an allocation is not counted. */
	protected takeFromFreeList(list: number): boolean {
		if (list === NO_FREE_LIST || this.freeLists[list] === 0) return false;
		this.freeLists[list]!--;
		return true;
	}

	/**
	 * A dying object goes on free list `list` if it has room (false when it has none, or the type keeps no free
	 * list); otherwise PyObject_GC_Del takes it off generation 0's count.
	 */
	protected freeOntoFreeList(list: number): boolean {
		if (list !== NO_FREE_LIST && this.freeLists[list]! < freeListCapacity(list)) {
			this.freeLists[list]!++;
			return true;
		}
		this.countUnbuiltFree();
		return false;
	}

	/**
	 * A GC object CPython allocates inside a native that pymem runs without building it (a cell, an iterator or
	 * a frame object of copy.py's): it counts toward generation 0 like any other, so it can start a collection.
	 */
	countUnbuiltAllocation(): void {
		this.counts[0]++;
		this.onGcAlloc?.();
	}

	/** An object of a type with free list `list` CPython makes and keeps, which pymem does not build: from the free list, or counted. */
	countUnbuiltFreeListAllocation(list: number): void {
		if (!this.takeFromFreeList(list)) this.countUnbuiltAllocation();
	}

	/** A tuple CPython makes (PyTuple_New) and keeps, which pymem does not build: the empty one is shared. */
	countUnbuiltTupleAllocation(length: number): void {
		if (length !== 0) this.countUnbuiltFreeListAllocation(tupleFreeList(length));
	}

	/** A list, dict or tuple pymem did not build is freed: onto its free list, or uncounted. */
	countUnbuiltFreeListFree(list: number): void {
		this.freeOntoFreeList(list);
	}

	/** That object is freed (it had no free list): PyObject_GC_Del's count, never below zero. */
	countUnbuiltFree(): void {
		if (this.counts[0] > 0) this.counts[0]--;
	}

	/**
	 * gcmodule.c's clear_freelists, at the end of a full collection: each object a free list kept is
	 * released with PyObject_GC_Del, which takes it off generation 0's count (never below zero).
	 */
	clearFreeLists(): void {
		const lists = this.freeLists;
		for (let i = 0; i < lists.length; i++) {
			// The slice cache is not a free list clear_freelists knows.
			if (i === SLICE_CACHE) continue;
			this.counts[0] = Math.max(0, this.counts[0] - lists[i]!);
			lists[i] = 0;
		}
	}
}

/**
 * The free lists as a program finds them: empty (see docs: CPython's startup leaves them partly filled, by
 * amounts that vary), except the slice cache, which startup code always leaves holding a slice.
 */
function startupFreeLists(): Int32Array {
	const lists = new Int32Array(FREE_LISTS);
	lists[SLICE_CACHE] = 1;
	return lists;
}
