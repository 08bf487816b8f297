// A run cut into the smallest slices (one step each, no time) must be the run in one piece: a host slices every
// run, so where a slice ends may change nothing a program prints, nor its trace. Checked on every conformance
// program, unrecorded and recorded, against CPython's expected output.
import { describe, expect, it } from "vitest";
import { createSimulation, runProgram } from "../../src/sim/index";
import type { RunResult } from "../../src/sim/trace/types";
import { comparableStderr, expectedStatus, listPrograms, programInput, readExpected, readKnownGaps, type Program } from "./programs";

const programs = listPrograms();
const knownGaps = readKnownGaps();

function runInSlices(program: Program, record: boolean): RunResult {
	const simulation = createSimulation(program.source, { record, ...programInput(program) });
	let slices = 0;
	while (!simulation.runSlice(1, 0)) if (++slices > 10_000_000) throw new Error("runSlice never reported the end of the run");
	return simulation.result();
}

describe("conformance in one-step slices", () => {
	const checked = programs.filter((program) => knownGaps[program.name] === undefined);
	it.each(checked.map((program, index) => [program.name, program, index % 2 === 0] as const))("%s", (name, program, record) => {
		const expected = readExpected(program);
		if (expected === null) throw new Error(`${name} has no expected file: run npm run conformance:update`);
		const result = runInSlices(program, record);
		expect({ stdout: result.stdout, exitCode: result.exitCode, stderr: comparableStderr(result.stderr), status: result.status }).toEqual({
			stdout: expected.stdout,
			exitCode: expected.exitCode,
			stderr: expected.stderr,
			status: expectedStatus(program, expected),
		});
		if (record) {
			// The same log, byte for byte in size and step for step, as the run in one piece.
			const size = (trace: RunResult["trace"]) => trace && [trace.stepCount, trace.byteSize()];
			expect(size(result.trace)).toEqual(size(runProgram(program.source, { record: true, ...programInput(program) }).trace));
		}
	});
});
