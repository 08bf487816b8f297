// What the CLI tests share: a program written to a file of its own, and a run of the CLI that keeps what it
// printed and the status it returned.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/cli";

/** Writes `source` to prog.py in a new temporary folder and returns its path. */
export function programFile(source: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), "pymem-cli-"));
	const file = path.join(dir, "prog.py");
	writeFileSync(file, source);
	return file;
}

/** A run of the CLI; `readStdin` is the program's standard input (none: an empty one). */
export async function runCliCaptured(args: string[], readStdin?: (stdoutSoFar: string) => string | null): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
	const code = await runCli(args, readStdin ? { ...io, readStdin: () => readStdin(stdout) } : io);
	return { code, stdout, stderr };
}
