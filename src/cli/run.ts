/** `pymem run FILE.py`: print what python3 would print (stdout, then a traceback on stderr and exit 1). */
import type { CliIo } from "./cli";
import { limitMessage, readProgramOptions, scriptPath } from "./program-options";
import { runProgram } from "../sim/index";

export const RUN_USAGE = `Usage: pymem run FILE.py [--python 3.11] [--max-steps N]

  --python 3.11   the CPython version to simulate (3.11 is the only profile)
  --max-steps N   stop after N executed lines (default 10000000)
`;

export async function runCommand(args: string[], io: CliIo): Promise<number> {
	const options = readProgramOptions("run", args, RUN_USAGE, [], io);
	if (typeof options === "number") return options;
	const result = runProgram(options.source, { maxSteps: options.maxSteps, record: false, filename: scriptPath(options.file) });
	io.stdout(result.stdout);
	if (result.stderr) io.stderr(result.stderr);
	const stopped = limitMessage("run", result);
	if (stopped) io.stderr(stopped);
	return result.status === "finished" || result.status === "exception" ? result.exitCode : 1;
}
