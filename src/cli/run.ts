/** `pymem run FILE.py`: print what python3 would print (stdout, a traceback on stderr and exit 1), in the order it prints it. */
import type { CliIo } from "./cli";
import type { OutputStream } from "../sim/trace/types";
import { exitStatus, limitMessage, readProgramOptions, scriptPath } from "./program-options";
import { runProgram } from "../sim/index";

export const RUN_USAGE = `Usage: pymem run FILE.py [--python 3.11] [--max-steps N]

  --python 3.11   the CPython version to simulate (3.11 is the only profile)
  --max-steps N   stop after N executed lines (default 10000000)
`;

export async function runCommand(args: string[], io: CliIo): Promise<number> {
	const options = readProgramOptions("run", args, RUN_USAGE, [], io);
	if (typeof options === "number") return options;
	// Each stream is written when python3's would reach the OS: with both on one pipe, stderr's lines come out ahead
	// of stdout's buffered ones as python3's do. Unbuffered, each write goes as the program makes it.
	const written = { stdout: 0, stderr: 0 };
	const write = (stream: OutputStream, text: string) => {
		io[stream](text);
		written[stream] += text.length;
	};
	const timing = io.unbuffered ? { onOutput: write } : { onOsWrite: write };
	const result = runProgram(options.source, { maxSteps: options.maxSteps, record: false, filename: scriptPath(options.file), readStdin: io.readStdin, ...timing });
	// The rest: what the buffers held when the run ended (python3 flushes stdout, then stderr, at exit; and at a
	// limit nothing is lost), or a SyntaxError or an unsupported construct found before anything ran.
	if (result.stdout.length > written.stdout) io.stdout(result.stdout.slice(written.stdout));
	if (result.stderr.length > written.stderr) io.stderr(result.stderr.slice(written.stderr));
	const stopped = limitMessage("run", result);
	if (stopped) io.stderr(stopped);
	return exitStatus(result);
}
