import { describe, expect, it } from "vitest";
import { NameTable, nameHash } from "../../src/graph/name-table";
import { Rng } from "../sim/fuzz/rng";

describe("NameTable", () => {
	it("answers as a Map would through sets, deletes, reservations and rehashing", () => {
		const rng = new Rng(9);
		const next = () => rng.next();
		const table = new NameTable<number | undefined>();
		const map = new Map<string, number | undefined>();
		const name = () => ["a", "B", "ü", "Concept ", "x"][Math.floor(next() * 5)]! + Math.floor(next() * 3000);
		for (let i = 0; i < 60_000; i++) {
			const n = name();
			const r = next();
			if (r > 0.999) table.reserve(Math.floor(next() * 5000));
			if (r < 0.5) {
				const value = next() < 0.1 ? undefined : i;
				table.set(n, value);
				map.set(n, value);
			} else if (r < 0.8) {
				table.delete(n);
				map.delete(n);
			} else {
				// A link name is looked up by its offsets in the note, with the hash its reader computed.
				const text = `see [[${n}]] here`;
				const start = text.indexOf("[[") + 2;
				const end = text.indexOf("]]");
				expect(table.lookup(text, start, end, nameHash(text, start, end))).toBe(map.get(n));
				expect(table.get(n)).toBe(map.get(n));
			}
		}
		for (const [key, value] of map) expect(table.get(key)).toBe(value);
	});

	it("hashes a name the same whole or in parts of a longer text", () => {
		expect(nameHash("Closures")).toBe(nameHash("[[Closures]]", 2, 10));
		expect(nameHash("a")).not.toBe(nameHash("b"));
	});
});
