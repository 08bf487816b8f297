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

	it("looks up many names at once as lookup does one at a time, names that share a hash too", () => {
		// Two names of one hash: the batch reads a slot's first character before the rest.
		const byHash = new Map<number, string>();
		let twins: [string, string] | null = null;
		for (let i = 0; twins === null; i++) {
			const name = `Concept ${i}`;
			const other = byHash.get(nameHash(name));
			if (other !== undefined) twins = [other, name];
			byHash.set(nameHash(name), name);
		}
		const rng = new Rng(4);
		const table = new NameTable<number>();
		const names = [...twins, "Closures", "Cycles", "GC", "ü"];
		names.forEach((name, i) => table.set(name, i));
		table.delete("Cycles");
		const asked = [...names, "Concept x", "closures", "", "C"].map((name) => (rng.next() < 0.5 ? { name, inText: true } : { name, inText: false }));
		let text = "";
		const starts: number[] = [];
		const ends: number[] = [];
		const written: (string | null)[] = [];
		for (const { name, inText } of asked) {
			text += "[[";
			starts.push(inText ? text.length : 0);
			ends.push(inText ? text.length + name.length : name.length);
			written.push(inText ? null : name);
			if (inText) text += name;
			text += "]] ";
		}
		const hashes = asked.map(({ name }) => nameHash(name));
		const found: (number | undefined)[] = [];
		table.lookupEach(text, written, starts, ends, hashes, asked.length, found);
		expect(found).toEqual(asked.map(({ name }) => table.get(name)));
		expect(found.slice(0, 2)).toEqual([0, 1]);
	});

	it("hashes a name the same whole or in parts of a longer text", () => {
		expect(nameHash("Closures")).toBe(nameHash("[[Closures]]", 2, 10));
		expect(nameHash("a")).not.toBe(nameHash("b"));
	});
});
