// contextlib beyond what CPython's output can check: the parts pymem refuses, and tracebacks through the module's
// frames, which pymem keeps (as objects holding their frames) but does not print. CPython's own behaviour is in
// tests/conformance/contextlib.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function stderrOf(source: string): string {
	const result = runProgram(source);
	expect(result.status).toBe("exception");
	return result.stderr;
}

const lastLine = (source: string) => stderrOf(source).trimEnd().split("\n").at(-1);

describe("contextlib outside the subset", () => {
	it.each([
		["contextlib.asynccontextmanager(f)", "contextlib.asynccontextmanager"],
		["contextlib.AsyncExitStack()", "contextlib.AsyncExitStack"],
		["contextlib.aclosing(f)", "contextlib.aclosing"],
		["contextlib.chdir('/tmp')", "contextlib.chdir"],
	])("%s", (statement, name) => {
		expect(lastLine(`import contextlib\ndef f():\n    yield\n${statement}\n`)).toBe(`TypeError: pymem does not support ${name} yet`);
	});

	it("stops at a from-import of a name CPython's contextlib has and pymem's does not", () => {
		expect(lastLine("from contextlib import os\n")).toBe("TypeError: pymem does not support contextlib.os yet");
	});

	it("cannot redirect stdout into io.StringIO, which pymem does not have", () => {
		expect(lastLine("from contextlib import redirect_stdout\nimport io\n")).toMatch(/^ModuleNotFoundError: No module named 'io' in pymem/);
	});
});

describe("tracebacks through contextlib", () => {
	it("lists the program's frames around the module's own, as CPython does without the contextlib.py lines", () => {
		const source = "from contextlib import contextmanager\n@contextmanager\ndef cm():\n    if False:\n        yield\nwith cm():\n    pass\n";
		expect(stderrOf(source)).toBe('Traceback (most recent call last):\n  File "main.py", line 6, in <module>\n    with cm():\nRuntimeError: generator didn\'t yield\n');
	});

	it("prints a cleanup error thrown back through __exit__ as CPython does, without its contextlib.py frame", () => {
		const source = 'from contextlib import contextmanager\n@contextmanager\ndef cm():\n    try:\n        yield 1\n    finally:\n        raise KeyError("cleanup")\nwith cm() as x:\n    raise ValueError("boom")\n';
		// python3's stderr, less the two lines of `File ".../contextlib.py", line 158, in __exit__`.
		const expected = [
			"Traceback (most recent call last):",
			'  File "main.py", line 5, in cm',
			"    yield 1",
			'  File "main.py", line 9, in <module>',
			'    raise ValueError("boom")',
			"ValueError: boom",
			"",
			"During handling of the above exception, another exception occurred:",
			"",
			"Traceback (most recent call last):",
			'  File "main.py", line 8, in <module>',
			"    with cm() as x:",
			'  File "main.py", line 7, in cm',
			'    raise KeyError("cleanup")',
			"KeyError: 'cleanup'",
			"",
		].join("\n");
		expect(stderrOf(source)).toBe(expected);
	});

	it("keeps the module's frame in the traceback object chain", () => {
		const source = [
			"from contextlib import ExitStack",
			"try:",
			"    ExitStack().enter_context(1)",
			"except TypeError as e:",
			"    tb = e.__traceback__",
			"    names = []",
			"    while tb is not None:",
			"        names.append(tb.tb_frame.f_code.co_name)",
			"        tb = tb.tb_next",
			"    print(names)",
		].join("\n");
		const result = runProgram(source + "\n");
		expect(result.stdout).toBe("['<module>', 'enter_context']\n");
	});
});
