/** The `pymem` command line: dispatches to one module per sub-command. */
import { graphCommand } from "./graph";
import { runCommand } from "./run";
import { traceCommand } from "./trace";
import { processStdinChunks } from "./stdin";

export const USAGE = `Usage: pymem <command> [options]

Commands:
  run FILE.py       run a Python program and print what python3 would print
  trace FILE.py     print the memory event timeline of a program
  graph VAULT_DIR   build the concept graph of a vault of notes

Options:
  -h, --help        show this help
`;

export interface CliIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/**
	 * Whether python3 would write the program's output as it makes it: PYTHONUNBUFFERED is set (-u), or stdout is a
	 * terminal, which python3 line-buffers (the same order for whole lines). Otherwise, as to a pipe or a file,
	 * `pymem run` writes what the simulated streams hand to the OS when their buffers flush.
	 */
	unbuffered?: boolean;
	/** The program's standard input, a chunk at a time (RunOptions.readStdin); none is an empty input. */
	readStdin?: () => string | null;
}

const processIo: CliIo = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	unbuffered: process.stdout.isTTY === true || Boolean(process.env.PYTHONUNBUFFERED),
	readStdin: processStdinChunks(),
};

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
	run: runCommand,
	trace: traceCommand,
	graph: graphCommand,
};

export async function runCli(args: string[], io: CliIo = processIo): Promise<number> {
	const [name, ...rest] = args;
	if (name === undefined || name === "-h" || name === "--help" || name === "help") {
		io.stdout(USAGE);
		return name === undefined ? 2 : 0;
	}
	const command = commands[name];
	if (!command) {
		io.stderr(`pymem: unknown command '${name}'\n\n${USAGE}`);
		return 2;
	}
	return command(rest, io);
}
