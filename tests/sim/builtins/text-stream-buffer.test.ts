// What sys.stdout and sys.stderr hand to the OS, and when (RunOptions.onOsWrite), against the write() calls
// python3 makes with its output on a pipe.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const WRITES = `import sys
print("before")
print("e1", file=sys.stderr)
print("y" * 5000)
print("z" * 3000)
sys.stderr.write("no newline, ")
print("w" * 10000)
print("e2", file=sys.stderr)
print("é" * 3000)
print("flushed", flush=True)
print("end")
`;

describe("the streams' writes to the OS", () => {
	it("come when python3's do: stdout when 8192 bytes wait, on flush and at exit, stderr at each newline", () => {
		const writes: [number, number][] = [];
		const result = runProgram(WRITES, { onOsWrite: (stream, text) => writes.push([stream === "stdout" ? 1 : 2, Buffer.byteLength(text)]) });
		expect(result.status).toBe("finished");
		// `strace -e trace=write python3 prog.py 2>&1 | cat` (3.11.7): each write's file descriptor and byte count.
		expect(writes).toEqual([
			[2, 3],
			[1, 8009],
			[1, 10000],
			[2, 15],
			[1, 6010],
			[1, 4],
		]);
	});

	it("come before SystemExit's message, which python3 prints after flush_io (stderr, then stdout)", () => {
		const writes: [string, string][] = [];
		const source = 'import sys\nprint("out1")\nsys.stderr.write("no newline")\nprint("out2")\nraise SystemExit("bye message")\n';
		runProgram(source, { onOsWrite: (stream, text) => writes.push([stream, text]) });
		// strace of python3 3.11.7 with both streams on a pipe.
		expect(writes).toEqual([
			["stderr", "no newline"],
			["stdout", "out1\nout2\n"],
			["stderr", "bye message\n"],
		]);
	});

	it("hand over each stream's whole text once, in order", () => {
		const handed = { stdout: "", stderr: "" };
		const result = runProgram(WRITES, { onOsWrite: (stream, text) => (handed[stream] += text) });
		expect(handed).toEqual({ stdout: result.stdout, stderr: result.stderr });
	});

	it("leave to the host what a __del__ prints after the flush at exit (python3 writes it as the stream goes)", () => {
		const source = 'import sys\nclass A:\n    def __del__(self):\n        print("del")\n        raise KeyError("k")\nprint("out")\nsys.stderr.write("partial")\na = A()\n[][1]\n';
		const handed = { stdout: "", stderr: "" };
		const result = runProgram(source, { onOsWrite: (stream, text) => (handed[stream] += text) });
		// The partial line, the traceback and the report of what __del__ raised each went out once, in order.
		expect(handed.stderr).toBe(result.stderr);
		expect(handed.stderr.startsWith("partialTraceback")).toBe(true);
		expect([handed.stdout, result.stdout.slice(handed.stdout.length)]).toEqual(["out\n", "del\n"]);
	});
});
