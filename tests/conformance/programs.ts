// The conformance programs and what CPython 3.11 printed for them (written by scripts/conformance-update.mjs).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { RunOptions, RunStatus } from "../../src/sim/trace/types";
import { textAsStdin } from "../../src/sim/runtime/standardInput";
import { blockStdin } from "../../scripts/pymem-blocks.mjs";

export const repoRoot = join(__dirname, "..", "..");
export const conformanceDir = join(repoRoot, "tests", "conformance");
export const vaultProgramsDir = join(conformanceDir, "vault");
/** Programs python3 rejects with a SyntaxError before running them (no ast, no stack sizes). */
export const syntaxProgramsDir = join(conformanceDir, "syntax");
export const exampleVaultDir = join(repoRoot, "example-vault");
export const knownGapsPath = join(conformanceDir, "known-gaps.json");

export interface ExpectedRun {
	stdout: string;
	exitCode: number;
	stderrLastLine: string | null;
	/** All of python3's stderr, the program named main.py and addresses masked as comparableStderr does. */
	stderr: string;
	/** null for the programs under syntax/, which python3 cannot parse or compile. */
	ast: string | null;
	/** [co_qualname, co_stacksize] of each code object, depth first through co_consts; null under syntax/. */
	stackSizes: [string, number][] | null;
	sourceSha256: string;
}

export interface Program {
	/** Repo-relative with forward slashes, the key used in known-gaps.json: "tests/conformance/gc/x.py". */
	name: string;
	path: string;
	source: string;
	expectedPath: string;
}

export function filesUnder(dir: string, suffix: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((entry) => !entry.startsWith(".")) // hidden folders such as the vault's config folder
		.sort()
		.flatMap((entry) => {
			const full = join(dir, entry);
			if (statSync(full).isDirectory()) return filesUnder(full, suffix);
			return entry.endsWith(suffix) ? [full] : [];
		});
}

export function repoName(path: string): string {
	return relative(repoRoot, path).split(sep).join("/");
}

export function listPrograms(): Program[] {
	return filesUnder(conformanceDir, ".py").map((path) => ({
		name: repoName(path),
		path,
		source: readFileSync(path, "utf8"),
		expectedPath: path.replace(/\.py$/, ".expected.json"),
	}));
}

/** The programs python3 runs (all but those under syntax/): the ones with a trace and code objects to check. */
export function listRunnablePrograms(): Program[] {
	return listPrograms().filter((program) => !program.path.startsWith(syntaxProgramsDir + sep));
}

/** The standard input python3 gave the program (its `#| stdin:` option), fresh for each run; none is an empty one. */
export function programInput(program: Program): Pick<RunOptions, "readStdin"> {
	const stdin = blockStdin(program.source);
	return stdin === null ? {} : { readStdin: textAsStdin(stdin) };
}

export function readExpected(program: Program): ExpectedRun | null {
	if (!existsSync(program.expectedPath)) return null;
	return JSON.parse(readFileSync(program.expectedPath, "utf8")) as ExpectedRun;
}

/** Program name -> one-line reason the simulator still differs from CPython there. */
export function readKnownGaps(): Record<string, string> {
	return JSON.parse(readFileSync(knownGapsPath, "utf8")) as Record<string, string>;
}

/** The same rule the update script applies to python3's stderr: last line after trailing whitespace, or null. */
export function lastLine(stderr: string): string | null {
	const lines = stderr.trimEnd().split("\n");
	const last = lines[lines.length - 1] ?? "";
	return last === "" ? null : last;
}

export function sha256(text: string): string {
	return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The update script's rule for stderr: addresses (which differ between runs, and are pymem's own ids) masked. */
export function comparableStderr(stderr: string): string {
	return stderr.replace(/0x[0-9a-f]{4,}/g, "0x…");
}

/** How a run of the program should end: python3's exit status, or a SyntaxError before it ran (under syntax/). */
export function expectedStatus(program: Program, expected: ExpectedRun): RunStatus {
	if (program.path.startsWith(syntaxProgramsDir + sep)) return "syntax-error";
	return expected.exitCode === 0 ? "finished" : "exception";
}
