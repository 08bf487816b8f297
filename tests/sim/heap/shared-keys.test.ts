import { describe, expect, it } from "vitest";
import { SharedKeys, SHARED_KEYS_MAX_SIZE } from "../../../src/sim/heap/shared-keys";
import { mergeLog2KeySize, resizeLog2KeySize } from "../../../src/sim/runtime/containerGrowth";

describe("a class's shared keys (3.11 ht_cached_keys)", () => {
	it("each new instance takes one slot from the values array, down to one", () => {
		const keys = new SharedKeys();
		const sizes: number[] = [];
		for (let i = 0; i < 32; i++) {
			keys.reserveForInstance();
			sizes.push(keys.valuesSize);
		}
		expect(sizes.slice(0, 3)).toEqual([29, 28, 27]);
		expect(sizes.slice(-3)).toEqual([1, 1, 1]);
	});

	it("a new name moves a slot from usable to the entries, so the values size stays", () => {
		const keys = new SharedKeys();
		keys.reserveForInstance();
		expect(keys.insert("x")).toBe(0);
		expect(keys.insert("y")).toBe(1);
		expect(keys.insert("x")).toBe(0);
		expect(keys.valuesSize).toBe(SHARED_KEYS_MAX_SIZE - 1);
	});

	it("a full table takes no new name but still finds the old ones", () => {
		const keys = new SharedKeys();
		for (let i = 0; i < SHARED_KEYS_MAX_SIZE; i++) expect(keys.insert(`a${i}`)).toBe(i);
		expect(keys.insert("one_more")).toBeUndefined();
		expect(keys.insert("a3")).toBe(3);
	});
});

describe("3.11's resize rule (measured with python3)", () => {
	it("a dict resized with one to five items gets 16 slots, with none 8", () => {
		// Slots after filling a 128-slot int-keyed dict, deleting down to u items and inserting one.
		const measured: [number, number][] = [[0, 8], [1, 16], [5, 16], [6, 32], [10, 32], [11, 64], [21, 64], [22, 128], [42, 128], [43, 256]];
		for (const [used, slots] of measured) expect(2 ** resizeLog2KeySize(used * 3)).toBe(slots);
	});

	it("dict(d) of a split dict of n items", () => {
		const measured: [number, number][] = [[1, 16], [4, 16], [5, 8], [6, 16], [10, 16], [11, 32], [20, 32], [21, 64]];
		for (const [items, slots] of measured) expect(2 ** mergeLog2KeySize(items)).toBe(slots);
	});
});
