// What the program wrote to stdout and stderr, each write once, in the order written. The recorder appends to it
// and every model of the trace (the recorder's, each checkpoint, each replay) holds only how many writes of each
// stream it has seen: a copy of the writes in every checkpoint made a program that prints at every step cost
// steps times writes, and ran the host out of memory.
import type { OutputPiece } from "./types";

/** How many writes of each stream a model has seen. */
export interface WriteCounts {
	stdoutWrites: number;
	stderrWrites: number;
}

/** How often a stream's text so far is kept as it is reached: a step back joins at most this many writes. */
const KEEP_TEXT_EVERY = 1024;

export class OutputWrites {
	/** The string ids of each stream's writes. */
	readonly stdout: number[] = [];
	readonly stderr: number[] = [];
	/** For each stderr write, how many stdout writes came before it: where it goes when both are shown as one. */
	readonly stderrAfter: number[] = [];

	write(stream: "stdout" | "stderr", text: number): void {
		if (stream === "stderr") this.stderrAfter.push(this.stdout.length);
		this[stream].push(text);
	}

	/** The texts of each stream's writes between two models' counts (a step's writes, for its events). */
	between(before: WriteCounts, after: WriteCounts, text: (id: number) => string): { stdout: string[]; stderr: string[] } {
		return {
			stdout: this.stdout.slice(before.stdoutWrites, after.stdoutWrites).map(text),
			stderr: this.stderr.slice(before.stderrWrites, after.stderrWrites).map(text),
		};
	}

	/** What a model that has seen `stdoutWrites` and `stderrWrites` writes shows of the streams. */
	texts(text: (id: number) => string): OutputTexts {
		return new OutputTexts(this, text);
	}
}

/** The streams' text after a number of writes; a walk forward joins only the writes each step added. */
export class OutputTexts {
	private readonly stdout: StreamText;
	private readonly stderr: StreamText;

	constructor(
		private readonly writes: OutputWrites,
		private readonly text: (id: number) => string,
	) {
		this.stdout = new StreamText(writes.stdout, text);
		this.stderr = new StreamText(writes.stderr, text);
	}

	stdoutAfter(writes: number): string {
		return this.stdout.after(writes);
	}

	stderrAfter(writes: number): string {
		return this.stderr.after(writes);
	}

	/** Both streams as one, in the order written, each stream's run joined; `stdout` is what stdoutAfter gave. */
	interleaved(stdoutWrites: number, stderrWrites: number, stdout: string): OutputPiece[] {
		return interleavedOutput(this.writes, stdoutWrites, stderrWrites, this.text, stdout);
	}
}

/**
 * The writes as one sequence in the order they were made, each stream's run joined. `stdout` is all of stdout
 * joined already: most programs write nothing to stderr, and then it is the output.
 */
export function interleavedOutput(
	writes: Pick<OutputWrites, "stdout" | "stderr" | "stderrAfter">,
	stdoutWrites: number,
	stderrWrites: number,
	text: (id: number) => string,
	stdout: string,
): OutputPiece[] {
	if (stderrWrites === 0) return stdout === "" ? [] : [{ stream: "stdout", text: stdout }];
	const pieces: OutputPiece[] = [];
	const add = (stream: OutputPiece["stream"], written: string) => {
		const last = pieces[pieces.length - 1];
		if (last?.stream === stream) last.text += written;
		else if (written !== "") pieces.push({ stream, text: written });
	};
	let shown = 0;
	for (let i = 0; i < stderrWrites; i++) {
		for (; shown < writes.stderrAfter[i]!; shown++) add("stdout", text(writes.stdout[shown]!));
		add("stderr", text(writes.stderr[i]!));
	}
	for (; shown < stdoutWrites; shown++) add("stdout", text(writes.stdout[shown]!));
	return pieces;
}

/** One stream's text after its first n writes: the last asked for, and one every KEEP_TEXT_EVERY writes. */
class StreamText {
	/** kept[k]: the text of the first k * KEEP_TEXT_EVERY writes, once reached. */
	private readonly kept: string[] = [""];
	private lastWrites = 0;
	private lastText = "";

	constructor(
		private readonly ids: readonly number[],
		private readonly text: (id: number) => string,
	) {}

	after(writes: number): string {
		let from = this.lastWrites;
		let text = this.lastText;
		if (writes < from) {
			const k = Math.floor(writes / KEEP_TEXT_EVERY);
			from = k * KEEP_TEXT_EVERY;
			text = this.kept[k]!;
		}
		for (let i = from; i < writes; i++) {
			text += this.text(this.ids[i]!);
			if ((i + 1) % KEEP_TEXT_EVERY === 0 && this.kept.length === (i + 1) / KEEP_TEXT_EVERY) this.kept.push(text);
		}
		this.lastWrites = writes;
		this.lastText = text;
		return text;
	}
}
