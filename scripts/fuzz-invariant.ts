// Runs the fuzz corpus recorded and checks the holders invariant at every step of every case (the fuzz test only
// checks a sample), with the counts the steps' events tell, then lists each failing case with its first mismatch
// and its source.
// Run: node scripts/fuzz-invariant.mjs [count] [seed] [first]   (defaults: the fuzz test's 10,000 cases and seed)
import { runProgram } from "../src/sim/index";
import { fuzzCase } from "../tests/sim/fuzz/generator";
import { FUZZ_MAX_STEPS, FUZZ_SEED } from "../tests/sim/fuzz/settings";
import { traceHolderMismatches } from "../tests/sim/holders-invariant";

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? FUZZ_SEED);
const first = Number(process.argv[4] ?? 0);
const began = performance.now();
let failing = 0;
for (let index = first; index < first + count; index++) {
	const fuzz = fuzzCase(seed, index);
	// Syntax errors and unsupported programs record no trace: nothing to check.
	const trace = runProgram(fuzz.source, { maxSteps: FUZZ_MAX_STEPS, record: true }).trace;
	const [mismatch] = trace === null ? [] : traceHolderMismatches(trace, 1, { countsTold: true });
	if (mismatch === undefined) continue;
	failing++;
	process.stdout.write(`case ${index} (${fuzz.kind}): ${mismatch}\n----\n${fuzz.source}\n----\n`);
}
const seconds = ((performance.now() - began) / 1000).toFixed(1);
process.stdout.write(`${failing} of ${count} fuzz cases (seed ${seed}) break the holders invariant; ${seconds} s\n`);
