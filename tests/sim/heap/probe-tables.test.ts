// A set's table answers where an item it took between the others iterates (SetTable.itemsBefore) from a tree it
// keeps up to date as slots fill and empty: after every change its answer is the count of live slots before.
import { describe, expect, it } from "vitest";
import { DUMMY, SetTable } from "../../../src/sim/heap/probe-tables";

function liveSlotsBefore(table: SetTable, slot: number): number {
	return table.slots.slice(0, slot).filter((s) => s !== null && s !== DUMMY).length;
}

describe("SetTable.itemsBefore", () => {
	it("counts the items in the slots before a slot, before and after the tree is built, as slots fill and empty", () => {
		const table = new SetTable(64);
		// A fixed walk of puts (a seeded sequence, no Math.random): items and dummies, each slot several times.
		let seed = 7;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
		for (let i = 0; i < 20; i++) table.put(next() % 64, { key: i, hash: BigInt(i) });
		for (let round = 0; round < 300; round++) {
			const at = next() % 64;
			if (next() % 3 === 0) table.put(at, DUMMY);
			else table.put(at, { key: round, hash: BigInt(round) });
			const probe = next() % 65;
			expect(table.itemsBefore(probe)).toBe(liveSlotsBefore(table, probe));
		}
		for (let slot = 0; slot <= 64; slot++) expect(table.itemsBefore(slot)).toBe(liveSlotsBefore(table, slot));
	});
});
