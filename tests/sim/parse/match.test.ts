// `match` is a soft keyword: a line starting with it is a match statement only when it parses as one.
import { describe, expect, it } from "vitest";
import { parseModule } from "../../../src/sim/parse/index";

function kinds(source: string): string[] {
	return parseModule(source).body.map((s) => s.kind);
}

describe("match as a soft keyword", () => {
	it.each([
		["match = 1\n", ["Assign"]],
		["match: int = 3\n", ["AnnAssign"]],
		["match(x)\n", ["Expr"]],
		["match[0] = 1\n", ["Assign"]],
		["match.x, case = 1, 2\n", ["Assign"]],
		["match -x\n", ["Expr"]],
		["match -x:\n    case 1: pass\n", ["Match"]],
		["match(x):\n    case case: pass\n", ["Match"]],
		["match x, *y:\n    case [*_]: pass\n", ["Match"]],
	])("%j parses as %j", (source, expected) => {
		expect(kinds(source)).toEqual(expected);
	});

	it("keeps case bodies and guards", () => {
		const match = parseModule("match p:\n    case Point(x=0) if ok:\n        a = 1\n        b = 2\n").body[0]!;
		expect(match.kind).toBe("Match");
		if (match.kind !== "Match") return;
		expect(match.cases[0]!.guard?.kind).toBe("Name");
		expect(match.cases[0]!.body.length).toBe(2);
		expect([match.end_lineno, match.end_col_offset]).toEqual([4, 13]);
	});
});
