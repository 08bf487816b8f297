import { describe, expect, it } from "vitest";
import { groupThousands } from "../../../src/sim/runtime/thousands";

describe("groupThousands", () => {
	it("groups digits by three, as toLocaleString('en-US') does", () => {
		for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 10000000, -1234]) expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
	});
});
