// Runs the fuzz corpus's well-formed programs with python3 and with pymem and lists those whose output differs:
// a hunt for fidelity bugs that needs no hand-written program. python3 must be 3.11 (PYMEM_PYTHON picks
// another binary). Outputs are compared as the conformance suite compares them: stdout and the whole of stderr,
// with the script at the same absolute path and addresses masked. Two kinds of difference are documented and
// counted apart (docs/supported-python.md, Known differences): sys.getrefcount of a shared object (a small int,
// None, True, an interned str...), which pymem gives a nominal count, and gc.get_count() before the first
// collection, which counts the objects python3's start-up made.
// Run: node scripts/fuzz-vs-python.mjs [count] [seed] [first]   (defaults: 500 cases of the fuzz test's seed)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runProgram } from "../src/sim/index";
import { fuzzCase } from "../tests/sim/fuzz/generator";
import { FUZZ_SEED } from "../tests/sim/fuzz/settings";

const count = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? FUZZ_SEED);
const first = Number(process.argv[4] ?? 0);
/** The interpreter's own path: a pyenv shim on PATH needs the caller's environment, the runs get ORACLE_ENV. */
const python = spawnSync(process.env.PYMEM_PYTHON ?? "python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim();
/** Generous for a generated program: one that loops longer is skipped, as it stops at the step limit in pymem. */
const MAX_STEPS = 20_000;

const ADDRESS = /0x[0-9a-f]+/g;
/** id() printed in decimal: a 64-bit address (neither side's is the other's). */
const DECIMAL_ID = /\b1[34]\d{13}\b/g;
/** A count of a shared object: python3 3.11's statically allocated ones start at 999,999,999; pymem's nominal 2**20. */
const SHARED_COUNT = /\b(?:1000\d{6}|1048576)\b/g;
const mask = (text: string) => text.replace(ADDRESS, "0x…").replace(DECIMAL_ID, "<id>");

/**
 * The environment scripts/conformance-update.mjs runs python3 in, and nothing of the caller's: a shell's
 * PYTHONUNBUFFERED=1, say, changes when python3's prints allocate and so its gc counts.
 */
const ORACLE_ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8", PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8" };

function python3(file: string): { stdout: string; stderr: string } | null {
	const run = spawnSync(python, [file], { encoding: "utf8", timeout: 10_000, env: ORACLE_ENV });
	return run.error ? null : { stdout: run.stdout, stderr: run.stderr };
}

/** A str literal made only of name characters (digits too: all_name_chars), which python3 3.11 interns and counts (see below). */
const INTERNED_STR_LITERAL = /(['"])[A-Za-z0-9_]+\1/;

/**
 * Whether the outputs differ only where a documented difference allows: where pymem prints a shared object's
 * nominal count, python3 prints a count in the hundreds or more (True's, None's, a static object's), or any
 * count when the program has an interned str literal of its own, whose references python3 3.11 counts (docs:
 * "Interned strs are the exception that reads differently"); a line that is python3's gc.get_count() tuple
 * is skipped when the program asks for it.
 */
function onlyDocumented(source: string, expected: string, actual: string): boolean {
	const lines = (text: string) => mask(text).replace(SHARED_COUNT, "<shared>").split("\n");
	const [want, got] = [lines(expected), lines(actual)];
	const theirCount = INTERNED_STR_LITERAL.test(source) ? /^\d+$/ : /^\d{3,}$/;
	if (want.length !== got.length) return false;
	return want.every((line, i) => {
		if (line === got[i]) return true;
		if (source.includes("get_count") && /^\(\d+, \d+, \d+\)$/.test(line)) return true;
		const [ours, theirs] = [got[i]!.split(/(\d+|<shared>)/), line.split(/(\d+|<shared>)/)];
		return ours.length === theirs.length && ours.every((token, t) => token === theirs[t] || (token === "<shared>" && theirCount.test(theirs[t]!)));
	});
}

const dir = mkdtempSync(path.join(tmpdir(), "pymem-fuzz-vs-python-"));
let compared = 0;
let documented = 0;
const differing: number[] = [];
try {
	for (let index = first; index < first + count; index++) {
		const fuzz = fuzzCase(seed, index);
		if (fuzz.kind !== "well-formed") continue;
		const file = path.join(dir, `case_${index}.py`);
		const mine = runProgram(fuzz.source, { maxSteps: MAX_STEPS, filename: file });
		if (mine.status === "step-limit" || mine.status === "unsupported") continue;
		writeFileSync(file, fuzz.source);
		const theirs = python3(file);
		if (theirs === null) continue;
		compared++;
		const expected = theirs.stdout + "\n--stderr--\n" + theirs.stderr;
		const actual = mine.stdout + "\n--stderr--\n" + mine.stderr;
		if (mask(expected) === mask(actual)) continue;
		if (onlyDocumented(fuzz.source, expected, actual)) {
			documented++;
			continue;
		}
		differing.push(index);
		const want = mask(expected).split("\n");
		const got = mask(actual).split("\n");
		const at = want.findIndex((line, i) => line !== got[i]);
		process.stdout.write(`case ${index}: first difference at output line ${at + 1}\n  python3: ${JSON.stringify(want[at] ?? "")}\n  pymem:   ${JSON.stringify(got[at] ?? "")}\n----\n${fuzz.source}----\n`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${compared} programs compared (seed ${seed}, cases ${first} to ${first + count - 1}): ${differing.length} differ, ${documented} only where a documented difference allows\n`);
process.exitCode = differing.length > 0 ? 1 : 0;
