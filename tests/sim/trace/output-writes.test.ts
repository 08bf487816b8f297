// The trace's writes to stdout and stderr, and a state's output: both streams as one, in the order written.
import { describe, expect, it } from "vitest";
import { interleavedOutput, OutputWrites } from "../../../src/sim/trace/output-writes";
import { runProgram } from "../../../src/sim/index";

const texts = ["a\n", "b\n", "warning\n", "c\n", "error\n"];
const text = (id: number) => texts[id]!;

describe("interleavedOutput", () => {
	it("puts each stderr write after the stdout writes made before it, joining a stream's consecutive writes", () => {
		const writes = { stdout: [0, 1, 3], stderr: [2, 4], stderrAfter: [2, 3] };
		expect(interleavedOutput(writes, 3, 2, text, "a\nb\nc\n")).toEqual([
			{ stream: "stdout", text: "a\nb\n" },
			{ stream: "stderr", text: "warning\n" },
			{ stream: "stdout", text: "c\n" },
			{ stream: "stderr", text: "error\n" },
		]);
		expect(interleavedOutput({ stdout: [0], stderr: [2, 4], stderrAfter: [0, 0] }, 1, 2, text, "a\n")).toEqual([
			{ stream: "stderr", text: "warning\nerror\n" },
			{ stream: "stdout", text: "a\n" },
		]);
		expect(interleavedOutput({ stdout: [], stderr: [], stderrAfter: [] }, 0, 0, text, "")).toEqual([]);
		// A model that has seen fewer writes shows only those.
		expect(interleavedOutput(writes, 2, 1, text, "a\nb\n")).toEqual([
			{ stream: "stdout", text: "a\nb\n" },
			{ stream: "stderr", text: "warning\n" },
		]);
	});

	it("gives each stream's text after any number of writes, forward, back and across the texts it keeps", () => {
		const writes = new OutputWrites();
		const lines = Array.from({ length: 3000 }, (_, i) => `${i}\n`);
		lines.forEach((_, i) => writes.write("stdout", i));
		writes.write("stderr", 0);
		const texts = writes.texts((id) => lines[id]!);
		const expected = (n: number) => lines.slice(0, n).join("");
		for (const n of [0, 5, 1023, 1024, 1025, 2900, 3000, 2048, 2047, 7, 3000, 0]) expect(texts.stdoutAfter(n), `${n} writes`).toBe(expected(n));
		expect(texts.stderrAfter(1)).toBe("0\n");
		expect(texts.stderrAfter(0)).toBe("");
	});

	it("holds what each stream holds at every step of a run that writes to both", () => {
		const source = "import sys\nprint('one')\nsys.stderr.write('two\\n')\nclass A:\n    def __del__(self):\n        raise KeyError('k')\na = A()\ndel a\nprint('three', end='')\n[][1]\n";
		const run = runProgram(source, { record: true });
		const trace = run.trace!;
		for (let step = 0; step < trace.stepCount; step++) {
			const state = trace.state(step);
			const of = (stream: string) => state.output.filter((piece) => piece.stream === stream).map((piece) => piece.text).join("");
			expect([of("stdout"), of("stderr")], `step ${step}`).toEqual([state.stdout, state.stderr]);
		}
		// Consecutive writes to stderr (the program's own, then the report of the ignored exception) are one piece.
		const pieces = trace.state(trace.stepCount - 1).output.map((piece) => {
			const lines = piece.text.trimEnd().split("\n");
			return [piece.stream, lines[0], lines[lines.length - 1]];
		});
		expect(pieces).toEqual([
			["stdout", "one", "one"],
			["stderr", "two", "KeyError: 'k'"],
			["stdout", "three", "three"],
			["stderr", "Traceback (most recent call last):", "IndexError: list index out of range"],
		]);
	});
});
