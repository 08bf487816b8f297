// replaceRange changes a trace record's slots in place: the range between what stayed at the start and at the end.
import { describe, expect, it } from "vitest";
import { replaceRange } from "../../src/sim/arrays";

describe("replaceRange", () => {
	it("replaces a range with as many entries, with more and with fewer, keeping what follows", () => {
		const same = [1, 2, 3, 4, 5];
		replaceRange(same, 1, 3, [0, 8, 9, 0], 1, 3);
		expect(same).toEqual([1, 8, 9, 4, 5]);
		const more = [1, 2, 3, 4, 5];
		replaceRange(more, 1, 2, [7, 8, 9], 0, 3);
		expect(more).toEqual([1, 7, 8, 9, 3, 4, 5]);
		const fewer = [1, 2, 3, 4, 5];
		replaceRange(fewer, 1, 4, [6], 0, 1);
		expect(fewer).toEqual([1, 6, 5]);
	});

	it("appends at the end and empties a range", () => {
		const appended = [1, 2];
		replaceRange(appended, 2, 2, [3, 4], 0, 2);
		expect(appended).toEqual([1, 2, 3, 4]);
		const emptied = [1, 2, 3];
		replaceRange(emptied, 0, 3, [], 0, 0);
		expect(emptied).toEqual([]);
	});

	it("takes more entries than a call could pass as arguments", () => {
		const large = Array.from({ length: 300_000 }, (_, i) => i);
		replaceRange(large, 1, 1, large.slice(), 0, large.length);
		expect(large.length).toBe(600_000);
		expect(large.slice(0, 3)).toEqual([0, 0, 1]);
		expect(large.at(-1)).toBe(299_999);
	});
});
