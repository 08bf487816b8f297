// A SlotList is changed in place by each record of its object: it must always hold what an array changed by
// splice would, whichever side of a change it moves and however much room its front keeps.
import { describe, expect, it } from "vitest";
import { SlotList } from "../../../src/sim/trace/slot-list";

/** A deterministic generator (a linear congruential one), so a failure can be replayed. */
function generator(seed: number): (n: number) => number {
	let state = seed;
	return (n) => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state % n;
	};
}

describe("SlotList", () => {
	it("cuts from the front by moving nothing after the cut, and keeps the room for what comes back there", () => {
		const slots = new SlotList(Array.from({ length: 12 }, (_, i) => i));
		slots.replace(0, 2, [], 0, 0);
		expect(slots.head).toBe(2);
		expect(slots.slice()).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		slots.replace(1, 1, [70, 71], 0, 2);
		expect(slots.head).toBe(0);
		expect(slots.slice()).toEqual([2, 70, 71, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});

	it("gives its room back once the room outgrows the slots", () => {
		const slots = new SlotList([1, 2, 3, 4, 5, 6]);
		slots.replace(0, 2, [], 0, 0);
		slots.replace(0, 2, [], 0, 0);
		expect(slots.head).toBe(0);
		expect(slots.numbers).toEqual([5, 6]);
		expect(slots.length).toBe(2);
	});

	it("reads, writes, copies and renumbers from its head", () => {
		const slots = new SlotList([9, 9, 1, 10, 2, 20, 3, 30], 2);
		expect([slots.length, slots.at(0), slots.at(5)]).toEqual([6, 1, 30]);
		slots.set(1, 11);
		slots.renumber(2, [100, 101, 102]);
		expect(slots.slice()).toEqual([1, 11, 101, 20, 102, 30]);
		const copy = slots.copy();
		expect([copy.head, copy.slice()]).toEqual([0, [1, 11, 101, 20, 102, 30]]);
		copy.set(0, 0);
		expect(slots.at(0)).toBe(1);
	});

	it("holds what splice gives over thousands of random changes anywhere", () => {
		const random = generator(7);
		const slots = new SlotList(Array.from({ length: 40 }, (_, i) => i));
		const expected = slots.slice();
		for (let change = 0; change < 5000; change++) {
			const start = random(expected.length + 1);
			const end = start + random(Math.min(6, expected.length - start) + 1);
			const source = Array.from({ length: random(7) }, () => 1000 + random(1000));
			const from = random(source.length + 1);
			const to = from + random(source.length - from + 1);
			slots.replace(start, end, source, from, to);
			expected.splice(start, end - start, ...source.slice(from, to));
			expect(slots.slice()).toEqual(expected);
		}
	});
});
