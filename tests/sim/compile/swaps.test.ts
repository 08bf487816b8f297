// The SWAPs a match statement emits go through 3.11's swaptimize and apply_static_swaps: the instruction sequences
// below are what python3's dis shows for the same functions (NOPs aside, which pymem keeps).
import { describe, expect, it } from "vitest";
import { parseModule } from "../../../src/sim/parse/index";
import { compileModule } from "../../../src/sim/compile/compiler";
import { Op, PyCode, type CodeObject } from "../../../src/sim/compile/code";
import { constFactory } from "../../../src/sim/vm/constants";
import { VM } from "../../../src/sim/vm/vm";

function functionOps(source: string): string[] {
	const module = compileModule(parseModule(source), constFactory(new VM()));
	const code: CodeObject = module.consts.find((c): c is PyCode => c instanceof PyCode)!.code;
	return code.ops.flatMap((raw, i) => {
		const op = raw as Op;
		if (op === Op.NOP) return [];
		if (op === Op.SWAP) return [`SWAP ${code.args[i]}`];
		if (op === Op.STORE_FAST) return [`STORE_FAST ${code.varnames[code.args[i]!]}`];
		return [Op[op]];
	});
}

function between(ops: string[], from: string, to: string): string[] {
	const start = ops.indexOf(from);
	return ops.slice(start, ops.indexOf(to, start) + 1);
}

describe("SWAP optimization in match statements", () => {
	it("cancels the two SWAP 2 of `[a, b]` and stores a then b", () => {
		const ops = functionOps("def f(x):\n    match x:\n        case [a, b]:\n            pass\n");
		expect(between(ops, "UNPACK_SEQUENCE", "STORE_FAST b")).toEqual(["UNPACK_SEQUENCE", "STORE_FAST a", "STORE_FAST b"]);
	});
	it("turns SWAP 2 before POP_TOP and a store into reordered instructions", () => {
		const ops = functionOps("def f(x):\n    match x:\n        case {'a': v, **rest}:\n            pass\n");
		// dis: ... DELETE_SUBSCR, STORE_FAST rest, STORE_FAST v (the SWAP 2 after the last DELETE_SUBSCR is gone)
		const tail = ops.slice(ops.lastIndexOf("DELETE_SUBSCR"));
		expect(tail.slice(0, 3)).toEqual(["DELETE_SUBSCR", "STORE_FAST rest", "STORE_FAST v"]);
	});
	it("keeps a SWAP followed by an instruction it cannot move past", () => {
		// In an or-pattern's alternative the capture waits under the subject, which a POP_TOP and a JUMP follow.
		const ops = functionOps("def f(x):\n    match x:\n        case [y, *_] | (1, y):\n            pass\n");
		expect(between(ops, "BINARY_SUBSCR", "JUMP")).toEqual(["BINARY_SUBSCR", "SWAP 2", "POP_TOP", "JUMP"]);
	});
	it("reorders a SWAP 2, POP_TOP, STORE_FAST run", () => {
		const ops = functionOps("def f(x):\n    match x:\n        case [y, *_]:\n            pass\n");
		expect(between(ops, "BINARY_SUBSCR", "POP_TOP")).toEqual(["BINARY_SUBSCR", "STORE_FAST y", "POP_TOP"]);
	});
});
