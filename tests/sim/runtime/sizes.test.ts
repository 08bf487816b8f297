import { describe, expect, it } from "vitest";
import {
	dictAfterInsertNewKey, dictCopyOfCompact, dictPresized, EMPTY_DICT, EMPTY_SET, listCapacityAfterAppend,
	listCapacityAfterExtendSequence, listCapacityAfterPop, listCapacityExact, listCapacityFromIterable,
	listCapacityAfterResize, setAfterAddNewKey, setAfterMerge, dictAfterDelete, type DictTableState, type SetTableState,
} from "../../../src/sim/runtime/containerGrowth";
import * as sizes from "../../../src/sim/runtime/sizes";
import { bigIntFromPyHex, loadFixture } from "./fixtures";

interface SizesFixture {
	int: { hex: string; size: number }[];
	str: { s: string; size: number }[];
	bytes: { n: number; size: number }[];
	tuple: { n: number; size: number }[];
	constants: Record<string, number>;
	generators: { nlocalsplus: number; stacksize: number; size: number }[];
	lists: Record<string, number[]> & { extendTrace: { added: number; capacity: number }[] };
	dicts: Record<string, number[]>;
	dictTrace: { op: "add" | "del"; size: number }[];
	sets: Record<string, number[]>;
}

const fixture = loadFixture<SizesFixture>("sizes.json");
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("sys.getsizeof of scalars and fixed-size objects", () => {
	it.each(fixture.int)("int $hex is $size bytes", ({ hex, size }) => expect(sizes.sizeofInt(bigIntFromPyHex(hex))).toBe(size));
	it.each(fixture.str)("str $s is $size bytes", ({ s, size }) => expect(sizes.sizeofStr(s)).toBe(size));
	it.each(fixture.bytes)("bytes of $n is $size", ({ n, size }) => expect(sizes.sizeofBytes(n)).toBe(size));
	it.each(fixture.tuple)("tuple of $n is $size", ({ n, size }) => expect(sizes.sizeofTuple(n)).toBe(size));
	it.each(fixture.generators)("generator with $nlocalsplus locals, stack $stacksize", ({ nlocalsplus, stacksize, size }) => {
		expect(sizes.sizeofGenerator(nlocalsplus, stacksize)).toBe(size);
	});
	it("constants", () => {
		const c = fixture.constants;
		expect({
			bool: sizes.SIZEOF_BOOL, float: sizes.SIZEOF_FLOAT, None: sizes.SIZEOF_NONE, object: sizes.SIZEOF_OBJECT,
			complex: sizes.SIZEOF_COMPLEX, range: sizes.SIZEOF_RANGE, slice: sizes.SIZEOF_SLICE, builtin: sizes.SIZEOF_BUILTIN_FUNCTION,
			listIterator: sizes.SIZEOF_SEQUENCE_ITERATOR, dictIterator: sizes.SIZEOF_DICT_ITERATOR, setIterator: sizes.SIZEOF_SET_ITERATOR,
			emptyList: sizes.sizeofList(0), emptyDict: sizes.sizeofDict(null, false), emptySet: sizes.sizeofSet(8),
			plainInstance: sizes.SIZEOF_PLAIN_INSTANCE, twoSlotsInstance: sizes.sizeofSlotsInstance(2),
			noSlotsInstance: sizes.SIZEOF_EMPTY_SLOTS_INSTANCE, function: sizes.SIZEOF_FUNCTION, lambda: sizes.SIZEOF_FUNCTION,
			cell: sizes.SIZEOF_CELL, boundMethod: sizes.SIZEOF_BOUND_METHOD,
		}).toEqual(c);
	});
});

describe("list capacity (list_resize and friends)", () => {
	const l = fixture.lists;
	const bytes = (capacities: number[]): number[] => capacities.map(sizes.sizeofList);
	it("literals: BUILD_LIST for 0-2 items, LIST_EXTEND of a constant tuple from 3", () => {
		expect(range(40).map((n) => (n < 3 ? listCapacityExact(n) : listCapacityAfterExtendSequence(0, 0, n)))).toEqual(l.literal);
	});
	it("[x] * n and slices allocate exactly", () => {
		expect(range(40).map(listCapacityExact)).toEqual(l.repeat);
		expect(range(40).map(listCapacityExact)).toEqual(l.slice);
	});
	it("list(range) and list(list) preallocate exactly (even)", () => {
		expect(range(40).map((n) => listCapacityFromIterable(n, true))).toEqual(l.listOfRange);
		expect(range(40).map((n) => listCapacityFromIterable(n, true))).toEqual(l.listOfList);
	});
	it("list(generator) reserves 8 then cuts back", () => {
		expect(range(40).map((n) => listCapacityFromIterable(n, false))).toEqual(l.listOfGenerator);
	});
	it("comprehensions grow by append", () => {
		const caps = range(40).map((n) => {
			let capacity = 0;
			for (let size = 0; size < n; size++) capacity = listCapacityAfterAppend(capacity, size);
			return capacity;
		});
		expect(caps).toEqual(l.comprehension);
	});
	it("append 100 then pop 100", () => {
		const caps: number[] = [];
		let capacity = 0;
		for (let size = 0; size < 100; size++) caps.push((capacity = listCapacityAfterAppend(capacity, size)));
		for (let size = 100; size > 0; size--) caps.push((capacity = listCapacityAfterPop(capacity, size)));
		expect(caps).toEqual(l.appendThenPop);
		expect(bytes([capacity])).toEqual([56]);
	});
	it("extend a non-empty list", () => {
		let capacity = 2;
		let size = 2;
		const trace = l.extendTrace.map(({ added }) => {
			capacity = listCapacityAfterExtendSequence(capacity, size, added);
			size += added;
			return { added, capacity };
		});
		expect(trace).toEqual(l.extendTrace);
	});
	it("insert at the front grows like append", () => {
		let capacity = 0;
		expect(range(30).map((size) => (capacity = listCapacityAfterResize(capacity, size, size + 1)))).toEqual(l.insertFront);
	});
});

describe("dict sizes (dictresize, dict_new_presized)", () => {
	const d = fixture.dicts;
	const grow = (n: number): DictTableState => range(n).reduce((s) => dictAfterInsertNewKey(s), EMPTY_DICT);
	const size = (s: DictTableState, unicode: boolean): number => sizes.sizeofDict(s.log2Size, unicode);
	it("incremental insertion", () => {
		expect(range(45).map((n) => size(grow(n), true))).toEqual(d.incrementalStr);
		expect(range(45).map((n) => size(grow(n), false))).toEqual(d.incrementalInt);
		expect(range(45).map((n) => size(grow(n), false))).toEqual(d.comprehension);
	});
	it("displays are presized", () => {
		expect(range(45).map((n) => size(dictPresized(n), false))).toEqual(d.literalInt);
		expect(range(45).map((n) => size(dictPresized(n), true))).toEqual(d.literalStr);
		expect(range(45).map((n) => size(dictPresized(n), true))).toEqual(d.literalVarKeys);
	});
	it("copy() and dict(d) of a compact dict keep its table", () => {
		expect(range(45).map((n) => size(dictCopyOfCompact(grow(n)), false))).toEqual(d.copy);
		expect(range(45).map((n) => size(dictCopyOfCompact(grow(n)), false))).toEqual(d.dictOfDict);
	});
});

describe("set sizes (set_add_entry, set_table_resize, set_merge)", () => {
	const s = fixture.sets;
	const grow = (n: number): SetTableState => range(n).reduce((state) => setAfterAddNewKey(state), EMPTY_SET);
	it("incremental add, set(range), set(list)", () => {
		const expected = range(60).map((n) => sizes.sizeofSet(grow(n).tableSize));
		expect(expected).toEqual(s.incremental);
		expect(expected).toEqual(s.setOfRange);
		expect(expected).toEqual(s.setOfList);
	});
	it("displays merge a constant frozenset (3+ items) or add items one by one", () => {
		const literal = range(60).map((n) => {
			if (n < 3) return sizes.sizeofSet(grow(n).tableSize);
			return sizes.sizeofSet(setAfterMerge(EMPTY_SET, n, n).tableSize);
		});
		expect(literal).toEqual(s.literal);
	});
});

describe("dict entries are append-only: deletions keep their slots until the next resize", () => {
	it("dict: insert 8, delete 6, insert 12, delete 10, insert 30", () => {
		let state: DictTableState = EMPTY_DICT;
		const trace = fixture.dictTrace.map(({ op }) => {
			state = op === "add" ? dictAfterInsertNewKey(state) : dictAfterDelete(state);
			return { op, size: sizes.sizeofDict(state.log2Size, false) };
		});
		expect(trace).toEqual(fixture.dictTrace);
	});
});
