/** Options shared by `pymem run` and `pymem trace`: the file, --python and --max-steps. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CliIo } from "./cli";
import { decodeSourceFile } from "./source-file";
import type { RunResult } from "../sim/index";

export const DEFAULT_MAX_STEPS = 10_000_000;

export interface ProgramOptions {
	file: string;
	source: string;
	maxSteps: number;
	flags: Set<string>;
}

/** Parse the arguments; returns an exit status after printing the problem when they are wrong. */
export function readProgramOptions(command: string, args: string[], usage: string, allowedFlags: string[], io: CliIo): ProgramOptions | number {
	let file: string | undefined;
	let maxSteps = DEFAULT_MAX_STEPS;
	const flags = new Set<string>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === "-h" || arg === "--help") {
			io.stdout(usage);
			return 0;
		} else if (arg === "--python") {
			const version = args[++i];
			if (version !== "3.11") {
				io.stderr(`pymem ${command}: --python ${version ?? ""} is not available; the only profile is 3.11\n`);
				return 2;
			}
		} else if (arg === "--max-steps") {
			const n = Number(args[++i]);
			if (!Number.isInteger(n) || n <= 0) {
				io.stderr(`pymem ${command}: --max-steps needs a positive whole number\n`);
				return 2;
			}
			maxSteps = n;
		} else if (allowedFlags.includes(arg)) flags.add(arg);
		else if (arg.startsWith("-")) {
			io.stderr(`pymem ${command}: unknown option '${arg}'\n\n${usage}`);
			return 2;
		} else if (file === undefined) file = arg;
		else {
			io.stderr(`pymem ${command}: one program at a time ('${arg}' is extra)\n`);
			return 2;
		}
	}
	if (file === undefined) {
		io.stderr(`pymem ${command}: which program? \n\n${usage}`);
		return 2;
	}
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		io.stderr(`pymem ${command}: cannot read '${file}': no such file\n`);
		return 2;
	}
	const decoded = decodeSourceFile(bytes, scriptPath(file));
	if ("refused" in decoded) {
		io.stderr(decoded.refused);
		return 1;
	}
	return { file, source: decoded.source, maxSteps, flags };
}

/** How python3 names a script it runs (`__main__.__file__`, traceback lines): its absolute path since 3.9. */
export function scriptPath(file: string): string {
	return path.resolve(file);
}

/**
 * Why a run stopped at one of pymem's limits, with the line it had reached (as the block's status says it), or
 * null when the program ended by itself.
 */
export function limitMessage(command: string, result: RunResult): string | null {
	if (result.status !== "step-limit" && result.status !== "memory-limit" && result.status !== "trace-limit") return null;
	const error = result.error;
	const where = error?.line == null ? "" : `, on line ${error.line}`;
	return `pymem ${command}: ${error?.message ?? result.status}${where}\n`;
}

/** The exit status python3 would give (a SystemExit's code, 1 for an uncaught exception), or 1 at a limit. */
export function exitStatus(result: RunResult): number {
	return result.status === "finished" || result.status === "exception" ? result.exitCode : 1;
}
