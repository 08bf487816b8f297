// Every conformance program must print exactly what CPython 3.11 printed: the same stdout, exit status and stderr
// (tracebacks with their carets, "Exception ignored" reports, warnings), addresses aside. Programs listed in
// known-gaps.json must still differ (strict expected failure), so the list shrinks as soon as the simulator
// catches up.
import { describe, expect, it } from "vitest";
import { splitBlockOptions } from "../../scripts/pymem-blocks.mjs";
import { runProgram } from "../../src/sim/index";
import type { RunResult } from "../../src/sim/trace/types";
import { comparableStderr, expectedStatus, listPrograms, programInput, readExpected, readKnownGaps, vaultProgramsDir } from "./programs";

interface Observed {
	stdout: string;
	exitCode: number;
	stderr: string;
	status: RunResult["status"];
}

const programs = listPrograms();
const knownGaps = readKnownGaps();

function observe(result: RunResult): Observed {
	return {
		stdout: result.stdout,
		exitCode: result.exitCode,
		stderr: comparableStderr(result.stderr),
		status: result.status,
	};
}

describe("conformance with CPython 3.11", () => {
	it.each(programs.map((program) => [program.name, program] as const))("%s", (name, program) => {
		const expected = readExpected(program);
		if (expected === null) throw new Error(`${name} has no expected file: run npm run conformance:update`);
		const want: Observed = {
			stdout: expected.stdout,
			exitCode: expected.exitCode,
			stderr: expected.stderr,
			status: expectedStatus(program, expected),
		};
		const got = observe(runProgram(program.source, { record: false, ...programInput(program) }));
		const gap = knownGaps[name];
		if (gap === undefined) {
			expect(got).toEqual(want);
		} else {
			expect(got, `${name} now matches CPython: remove it from known-gaps.json ("${gap}")`).not.toEqual(want);
		}
	});
});

describe("vault blocks finish within their own max-steps option", () => {
	const limited = programs
		.filter((program) => program.path.startsWith(vaultProgramsDir))
		.map((program) => ({ program, maxSteps: splitBlockOptions(program.source).options["max-steps"] }))
		.filter((entry): entry is { program: (typeof programs)[number]; maxSteps: string } => entry.maxSteps !== undefined);

	it.each(limited.map((entry) => [entry.program.name, entry] as const))("%s", (name, { program, maxSteps }) => {
		const limit = Number(maxSteps);
		expect(Number.isInteger(limit) && limit > 0, `${name}: max-steps "${maxSteps}" is not a positive integer`).toBe(true);
		const result = runProgram(program.source, { record: false, maxSteps: limit });
		expect(result.status, `${name} needs more than its max-steps ${limit} (ran ${result.steps})`).not.toBe("step-limit");
	});
});
