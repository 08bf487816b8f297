import type { Model } from "./model";
import type { OutputPiece } from "./types";

/**
 * The model's stdout and stderr writes as one sequence in the order they were made, each stream's run joined.
 * `stdout` is all of stdout joined already: most programs write nothing to stderr, and then it is the output.
 */
export function interleavedOutput(m: Pick<Model, "stdout" | "stderr" | "stderrAfter">, text: (id: number) => string, stdout: string): OutputPiece[] {
	if (m.stderr.length === 0) return stdout === "" ? [] : [{ stream: "stdout", text: stdout }];
	const pieces: OutputPiece[] = [];
	const add = (stream: OutputPiece["stream"], written: string) => {
		const last = pieces[pieces.length - 1];
		if (last?.stream === stream) last.text += written;
		else if (written !== "") pieces.push({ stream, text: written });
	};
	let stdoutWrites = 0;
	for (let i = 0; i < m.stderr.length; i++) {
		for (; stdoutWrites < m.stderrAfter[i]!; stdoutWrites++) add("stdout", text(m.stdout[stdoutWrites]!));
		add("stderr", text(m.stderr[i]!));
	}
	for (; stdoutWrites < m.stdout.length; stdoutWrites++) add("stdout", text(m.stdout[stdoutWrites]!));
	return pieces;
}
