// Fuzz: thousands of generated programs (well formed, mutated and edge inputs) run through the simulator with a
// small step limit. Every run must end in a RunResult with a known status; no JavaScript exception may escape,
// and no JavaScript error text may leak into what the user reads. Every fifth case is recorded and must keep the
// holders invariant at every step (node scripts/fuzz-invariant.mjs checks all of them). A failure names the seed and case index:
// PYMEM_FUZZ_SEED=<seed> PYMEM_FUZZ_COUNT=<n> npx vitest run tests/sim/fuzz.test.ts replays it.
import { describe, expect, it } from "vitest";
import { createSimulation, runProgram } from "../../src/sim/index";
import type { RunResult, RunStatus } from "../../src/sim/trace/types";
import { fuzzCase, type FuzzCase } from "./fuzz/generator";
import { FUZZ_COUNT, FUZZ_MAX_STEPS, FUZZ_SEED } from "./fuzz/settings";
import { traceHolderMismatches } from "./holders-invariant";

const SEED = Number(process.env.PYMEM_FUZZ_SEED ?? FUZZ_SEED);
const COUNT = Number(process.env.PYMEM_FUZZ_COUNT ?? FUZZ_COUNT);
// Small enough that a batch stays well inside the test timeout on a loaded two-core machine (500 took 80 s once).
const BATCH = 250;
const MAX_STEPS = FUZZ_MAX_STEPS;
/** Recording and checking every step costs about as much as the run itself: a sample keeps the test fast. */
const INVARIANT_EVERY = 5;
const STATUSES: readonly RunStatus[] = ["finished", "exception", "step-limit", "memory-limit", "syntax-error", "unsupported", "cancelled"];
// Messages of JavaScript's own errors: seeing one means an internal failure was dressed up as a Python one.
const JS_ERROR_TEXT = /ReferenceError|RangeError|Cannot read propert|Cannot set propert|is not a function|undefined is not|Maximum call stack|Invalid array length|\.ts:\d+|\bat [\w.<>]+ \(/;

function describeCase(fuzz: FuzzCase): string {
	return `seed ${SEED} case ${fuzz.index} (${fuzz.kind}); replay with PYMEM_FUZZ_SEED=${SEED}\n----\n${fuzz.source}\n----`;
}

function checkResult(result: RunResult, fuzz: FuzzCase, maxSteps: number): void {
	const where = describeCase(fuzz);
	expect(STATUSES, where).toContain(result.status);
	expect(typeof result.stdout, where).toBe("string");
	expect(typeof result.stderr, where).toBe("string");
	expect(Number.isInteger(result.exitCode), where).toBe(true);
	expect(result.steps, where).toBeLessThanOrEqual(maxSteps);
	if (result.status === "finished") {
		expect(result.exitCode, where).toBe(0);
		expect(result.error, where).toBeNull();
	}
	if (result.status === "exception") expect(result.exitCode, where).toBe(1);
	// A cancelled run may carry no error: the host asked for the stop.
	if (result.status !== "finished" && result.status !== "cancelled") {
		expect(result.error, where).not.toBeNull();
		expect(result.error!.message.trim(), where).not.toBe("");
		expect(result.error!.message, where).not.toMatch(JS_ERROR_TEXT);
	}
	expect(result.stderr, where).not.toMatch(JS_ERROR_TEXT);
}

function runCase(fuzz: FuzzCase): RunResult {
	let result: RunResult;
	try {
		// Every seventh case goes through the sliced API the UI uses, and some of those are cancelled midway.
		if (fuzz.index % 7 === 0) {
			const simulation = createSimulation(fuzz.source, { maxSteps: MAX_STEPS, record: fuzz.index % 2 === 0 });
			let slices = 0;
			while (!simulation.runSlice(37, 1000)) {
				slices++;
				if (fuzz.index % 3 === 0 && slices === 2) {
					simulation.cancel();
					break;
				}
				if (slices > MAX_STEPS) throw new Error("runSlice never reported the end of the run");
			}
			result = simulation.result();
		} else {
			result = runProgram(fuzz.source, { maxSteps: MAX_STEPS, record: fuzz.index % INVARIANT_EVERY === 0 });
		}
	} catch (error) {
		throw new Error(`JavaScript exception ${String(error)}\n${describeCase(fuzz)}`, { cause: error });
	}
	return result;
}

describe(`fuzz: ${COUNT} programs, seed ${SEED}`, () => {
	let elapsedMs = 0;
	for (let start = 0; start < COUNT; start += BATCH) {
		const end = Math.min(COUNT, start + BATCH);
		it(`cases ${start}..${end - 1} end in a RunResult (seed ${SEED})`, () => {
			const began = performance.now();
			for (let index = start; index < end; index++) {
				const fuzz = fuzzCase(SEED, index);
				const result = runCase(fuzz);
				checkResult(result, fuzz, MAX_STEPS);
				if (result.trace && fuzz.index % INVARIANT_EVERY === 0) expect(traceHolderMismatches(result.trace, 1), describeCase(fuzz)).toEqual([]);
			}
			elapsedMs += performance.now() - began;
		});
	}
	it("reports its running time", () => {
		console.log(`fuzz: ${COUNT} programs in ${(elapsedMs / 1000).toFixed(1)} s (seed ${SEED})`);
		expect(elapsedMs).toBeGreaterThan(0);
	});
});
