// A cell's contents change in every way Python can change them, and the trace shows each change at its step:
// a cell never keeps showing an object that was released (DELETE_DEREF used to leave the old arrow drawn).
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

/** The cell's slots at the step of `line`'s end, and whether `target` is still alive there. */
function cellAfterLine(source: string, line: number) {
	const trace = runProgram(source, { record: true }).trace!;
	const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.state(index).line === line)!;
	const state = trace.state(step);
	const cells = state.objects.filter((o) => o.type === "cell");
	return { cells, live: new Set(state.objects.map((o) => o.id)) };
}

describe("cell contents", () => {
	it("empties the cell at del of a closed-over name, as the list it held is freed", () => {
		const source = "def f():\n    x = [1]\n    def g():\n        return x\n    del x\n    return g\ng = f()\n";
		const before = cellAfterLine(source, 2);
		const held = before.cells[0]!.slots[0]!.target;
		expect(before.live.has(held)).toBe(true);
		const after = cellAfterLine(source, 5);
		expect(after.cells[0]!.slots).toEqual([]);
		expect(after.live.has(held)).toBe(false);
	});

	it("shows a store, a cell_contents assignment and its deletion", () => {
		const source = "import types\nc = types.CellType()\nc.cell_contents = [1]\ndel c.cell_contents\n";
		expect(cellAfterLine(source, 2).cells[0]!.slots).toEqual([]);
		expect(cellAfterLine(source, 3).cells[0]!.slots).toHaveLength(1);
		expect(cellAfterLine(source, 4).cells[0]!.slots).toEqual([]);
	});
});
