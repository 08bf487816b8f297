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

export async function runCliCaptured(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
	return { code, stdout, stderr };
}
