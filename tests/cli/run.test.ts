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

	it("ends an uncaught exception with CPython's last line and status 1", async () => {
		const r = await cli(["run", program("print('before')\n[][1]\n")]);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe("before\n");
		expect(r.stderr.trimEnd().split("\n").pop()).toBe("IndexError: list index out of range");
	});

	it("writes both streams in the order the program wrote them, as python3 -u shows them in one terminal", async () => {
		const source = 'class A:\n    def __del__(self):\n        print("del", self.name)\n        if self.name == "a":\n            raise KeyError("k")\na = A()\na.name = "a"\ndel a\nprint("after")\nb = A()\nb.name = "b"\n[][1]\n';
		const file = program(source);
		let both = "";
		const code = await runCli(["run", file], { stdout: (text) => (both += text), stderr: (text) => (both += text) });
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
