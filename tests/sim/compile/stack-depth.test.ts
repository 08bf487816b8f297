// co_stacksize decides sys.getsizeof of generators and frame objects, so every code object of every conformance
// program must have python3's: conformance-update records [co_qualname, co_stacksize] depth first through co_consts.
import { describe, expect, it } from "vitest";
import { parseModule } from "../../../src/sim/parse/index";
import { compileModule } from "../../../src/sim/compile/compiler";
import { PyCode, type CodeObject } from "../../../src/sim/compile/code";
import { constFactory } from "../../../src/sim/vm/constants";
import { VM } from "../../../src/sim/vm/vm";
import { listPrograms, readExpected } from "../../conformance/programs";

function stackSizes(code: CodeObject): [string, number][] {
	const nested = code.consts.filter((c): c is PyCode => c instanceof PyCode).flatMap((c) => stackSizes(c.code));
	return [[code.qualname, code.stacksize], ...nested];
}

// expected-files.test.ts makes sure every program has its stackSizes.
const programs = listPrograms().flatMap((program) => {
	const expected = readExpected(program);
	return expected?.stackSizes ? [{ program, expected: expected.stackSizes }] : [];
});

describe("co_stacksize equals python3's", () => {
	it("covers the conformance suite", () => {
		expect(programs.length).toBeGreaterThanOrEqual(300);
	});
	it.each(programs.map(({ program, expected }) => [program.name, program.source, expected] as const))("%s", (_name, source, expected) => {
		const code = compileModule(parseModule(source), constFactory(new VM()));
		expect(stackSizes(code)).toEqual(expected);
	});
});
