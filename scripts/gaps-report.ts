// Records, from an actual run, which conformance programs still differ from CPython and which still break the
// holders invariant, with the first difference as the reason. Writes tests/conformance/known-gaps.json and
// tests/sim/invariant-gaps.json; the tests treat both as strict expected failures.
// Run: node scripts/gaps-report.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "../src/sim/index";
import { holderMismatches } from "../tests/sim/holders-invariant";
import { expectedStatus, knownGapsPath, lastLine, listPrograms, readExpected, repoRoot } from "../tests/conformance/programs";

function firstDifference(expected: string, got: string): string {
	const want = expected.split("\n");
	const have = got.split("\n");
	for (let index = 0; index < Math.max(want.length, have.length); index++) {
		if (want[index] !== have[index]) {
			return `stdout line ${index + 1}: CPython ${JSON.stringify(want[index] ?? "<end>")}, pymem ${JSON.stringify(have[index] ?? "<end>")}`;
		}
	}
	return "stdout differs";
}

const knownGaps: Record<string, string> = {};
const invariantGaps: Record<string, string> = {};
for (const program of listPrograms()) {
	const expected = readExpected(program);
	if (expected === null) continue;
	const result = runProgram(program.source, { record: false });
	const stderrLast = lastLine(result.stderr);
	if (result.stdout !== expected.stdout) knownGaps[program.name] = firstDifference(expected.stdout, result.stdout);
	else if (result.exitCode !== expected.exitCode) knownGaps[program.name] = `exit status ${result.exitCode}, CPython ${expected.exitCode}`;
	else if (expected.stderrLastLine !== null && stderrLast !== expected.stderrLastLine)
		knownGaps[program.name] = `last stderr line: CPython ${JSON.stringify(expected.stderrLastLine)}, pymem ${JSON.stringify(stderrLast)}`;
	else if (expectedStatus(program, expected) !== result.status) knownGaps[program.name] = `run status ${result.status}`;
	// A program python3 rejects has no trace to check.
	const [mismatch] = expectedStatus(program, expected) === "syntax-error" ? [] : holderMismatches(program.source, 1);
	if (mismatch !== undefined) invariantGaps[program.name] = mismatch;
}
writeFileSync(knownGapsPath, JSON.stringify(knownGaps, null, "\t") + "\n");
writeFileSync(join(repoRoot, "tests", "sim", "invariant-gaps.json"), JSON.stringify(invariantGaps, null, "\t") + "\n");
process.stdout.write(`${Object.keys(knownGaps).length} programs differ from CPython; ${Object.keys(invariantGaps).length} break the holders invariant\n`);
