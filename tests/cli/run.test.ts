// `pymem run`: python3's stdout, a traceback whose last line is CPython's, exit statuses, bad input.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { programFile as program, runCliCaptured as cli } from "./run-cli";
import { runCli } from "../../src/cli/cli";

describe("pymem run", () => {
	it("prints what python3 prints", async () => {
		const r = await cli(["run", program("import sys\nx = []\nprint(sys.getrefcount(x), [i * i for i in range(4)])\n")]);
		expect(r).toEqual({ code: 0, stdout: "2 [0, 1, 4, 9]\n", stderr: "" });
	});

	it("reads the process's standard input as the program asks, each prompt written out before its line is read", async () => {
		const lines = ["Ann\n", "4", null];
		const promptsSeen: string[] = [];
		const r = await cli(["run", program('print("hi")\nname = input("Name? ")\nn = int(input("N? "))\nprint(name * n)\ninput()\n')], (stdoutSoFar) => {
			promptsSeen.push(stdoutSoFar);
			return lines.shift() ?? null;
		});
		// `printf 'Ann\n4' | python3 prog.py | cat`: python3 flushes stdout in input(), so a pipe has each prompt first.
		// "4" ends no line, so the second input() reads on to the end of the input.
		expect(promptsSeen).toEqual(["hi\nName? ", "hi\nName? N? ", "hi\nName? N? "]);
		expect(r.stdout).toBe("hi\nName? N? AnnAnnAnnAnn\n");
		expect(r.code).toBe(1);
		expect(r.stderr.trimEnd().split("\n").pop()).toBe("EOFError: EOF when reading a line");
	});

	it("ends an uncaught exception with CPython's last line and status 1", async () => {
		const r = await cli(["run", program("print('before')\n[][1]\n")]);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe("before\n");
		expect(r.stderr.trimEnd().split("\n").pop()).toBe("IndexError: list index out of range");
	});

	it("unbuffered (a terminal, PYTHONUNBUFFERED), writes both streams in the order the program wrote them, as python3 -u does", async () => {
		const source = 'class A:\n    def __del__(self):\n        print("del", self.name)\n        if self.name == "a":\n            raise KeyError("k")\na = A()\na.name = "a"\ndel a\nprint("after")\nb = A()\nb.name = "b"\n[][1]\n';
		const file = program(source);
		let both = "";
		const code = await runCli(["run", file], { stdout: (text) => (both += text), stderr: (text) => (both += text), unbuffered: true });
		expect(code).toBe(1);
		// From `python3 -u prog.py 2>&1` (3.11.7), the function's address masked.
		expect(both.replace(/0x[0-9a-f]+/, "0x…")).toBe(
			[
				"del a",
				"Exception ignored in: <function A.__del__ at 0x…>",
				"Traceback (most recent call last):",
				`  File "${file}", line 5, in __del__`,
				'    raise KeyError("k")',
				"KeyError: 'k'",
				"after",
				"Traceback (most recent call last):",
				`  File "${file}", line 12, in <module>`,
				"    [][1]",
				"    ~~^^^",
				"IndexError: list index out of range",
				"del b",
				"",
			].join("\n"),
		);
	});

	it("to a pipe, writes each stream when python3's would reach the OS, so one pipe interleaves them as python3's", async () => {
		const file = program(INTERLEAVED);
		const both = await bothStreams(["run", file]);
		expect(both.code).toBe(1);
		// `python3 prog.py 2>&1 | cat` (3.11.7, PYTHONUNBUFFERED unset), addresses masked and long runs counted.
		expect(comparable(both.text, file)).toBe(
			[
				"err1",
				"out1",
				"out2",
				"err2",
				"out3",
				"y×9000err3",
				"Exception ignored in: <function Noisy.__del__ at 0x…>",
				"Traceback (most recent call last):",
				'  File "prog.py", line 7, in __del__',
				"    raise KeyError(self.name)",
				"KeyError: 'a'",
				"",
				"del a",
				"out4",
				"Traceback (most recent call last):",
				'  File "prog.py", line 20, in <module>',
				"    [][1]",
				"    ~~^^^",
				"IndexError: list index out of range",
				"Exception ignored in: <function Noisy.__del__ at 0x…>",
				"Traceback (most recent call last):",
				'  File "prog.py", line 7, in __del__',
				"KeyError: 'b'",
				"del b",
				"",
			].join("\n"),
		);
	});

	it("writes what the buffers hold before the message of a limit that stops the program", async () => {
		const both = await bothStreams(["run", program('import sys\nprint("out1")\nprint("err1", file=sys.stderr)\nprint("out2")\nwhile True:\n    pass\n'), "--max-steps", "100"]);
		expect(both).toEqual({ code: 1, text: "err1\nout1\nout2\npymem run: stopped after 100 steps (step limit), on line 6\n" });
	});

	it("names the script by its absolute path in tracebacks, as python3 does", async () => {
		const file = program("[][1]\n");
		const relativeName = path.relative(process.cwd(), file);
		const r = await cli(["run", relativeName]);
		expect(r.stderr).toContain(`  File "${path.resolve(file)}", line 1, in <module>`);
	});

	it("stops at the step limit", async () => {
		const r = await cli(["run", program("while True:\n    pass\n"), "--max-steps", "100"]);
		expect(r.code).toBe(1);
		expect(r.stderr).toBe("pymem run: stopped after 100 steps (step limit), on line 2\n");
	});

	it("names a missing file and rejects other profiles", async () => {
		expect((await cli(["run", "/no/such/file.py"])).stderr).toContain("cannot read '/no/such/file.py'");
		expect((await cli(["run", program("pass\n"), "--python", "3.12"])).code).toBe(2);
	});

	it("reports a syntax error with CPython's last line", async () => {
		const r = await cli(["run", program("x = (\n")]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/SyntaxError: /);
	});
});

/** Prints, a flush, more than stdout's 8192-byte buffer, and "Exception ignored" reports around an uncaught exception. */
const INTERLEAVED = `import sys
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise KeyError(self.name)
print("out1")
print("err1", file=sys.stderr)
print("out2", flush=True)
print("err2", file=sys.stderr)
print("out3")
sys.stdout.flush()
print("y" * 9000)
print("err3", file=sys.stderr)
a = Noisy("a")
del a
print("out4")
b = Noisy("b")
[][1]
`;

/** A run of the CLI with both streams on one pipe, as `2>&1 | cat` gives them. */
async function bothStreams(args: string[]): Promise<{ code: number; text: string }> {
	let text = "";
	const code = await runCli(args, { stdout: (piece) => (text += piece), stderr: (piece) => (text += piece) });
	return { code, text };
}

/** The script named by its base name, addresses masked, and a run of 100 or more of a character as `c×n`. */
function comparable(text: string, file: string): string {
	return text
		.split(file)
		.join(path.basename(file))
		.replace(/0x[0-9a-f]+/g, "0x…")
		.replace(/(.)\1{99,}/g, (run, c: string) => `${c}×${run.length}`);
}
