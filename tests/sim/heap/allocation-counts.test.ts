import { describe, expect, it } from "vitest";
import { Heap } from "../../../src/sim/heap/heap";
import { PyList } from "../../../src/sim/heap/containers";
import { LIST_FREE_LIST, NO_FREE_LIST } from "../../../src/sim/heap/gc-kinds";

describe("generation 0's count and the free lists (AllocationCounts)", () => {
	it("count an allocation unless a free list gives the object back, and a free unless one takes it", () => {
		const heap = new Heap();
		heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(1);
		heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(1);
		heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(1);
		heap.countUnbuiltFreeListFree(NO_FREE_LIST);
		expect(heap.counts[0]).toBe(0);
	});

	it("never take generation 0's count below zero", () => {
		const heap = new Heap();
		heap.countUnbuiltFree();
		expect(heap.counts[0]).toBe(0);
	});

	it("give what the free lists kept back at a full collection's end, uncounting it", () => {
		const heap = new Heap();
		for (let i = 0; i < 3; i++) heap.countUnbuiltAllocation();
		heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(3);
		heap.clearFreeLists();
		expect(heap.counts[0]).toBe(1);
		heap.countUnbuiltFreeListAllocation(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(2);
	});

	it("take a dying list off the count only after its items went (a __del__ meanwhile still counts it)", () => {
		const heap = new Heap();
		const seen: number[] = [];
		const item = heap.register(new PyList([]));
		const outer = heap.register(new PyList([item]));
		heap.observer = { alloc: () => {}, refChanged: () => {}, contentChanged: () => {}, itemsAppended: () => {}, itemReplaced: () => {}, itemInserted: () => {}, itemRemoved: () => {}, entryRemoved: () => {}, free: (o) => seen.push(o === item ? heap.counts[0] : -1) };
		// Fill the list free list so neither list can go on it: each free then counts.
		for (let i = 0; i < 80; i++) heap.countUnbuiltFreeListFree(LIST_FREE_LIST);
		expect(heap.counts[0]).toBe(2);
		heap.decref(outer);
		expect(seen).toEqual([-1, 2]);
		expect(heap.counts[0]).toBe(0);
	});
});
