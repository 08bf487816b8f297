// dataclasses runs as Python compiled at import, and its generated methods as exec'd "<string>" code: none of
// that code is a step of the program, its library frames stay out of tracebacks, and a trace of a program
// using it still explains every count (the conformance suite checks the outputs themselves).
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

const lastLine = (source: string) => runProgram(source).stderr.trimEnd().split("\n").at(-1);

describe("dataclasses module", () => {
	it("runs the decorator, the generated __init__ and __post_init__ within the program's own steps", () => {
		const source = "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    def __post_init__(self):\n        self.y = 1\np = P(1)\n";
		const result = runProgram(source, { record: true });
		expect(result.status).toBe("finished");
		const trace = result.trace!;
		const lines = Array.from({ length: trace.stepCount }, (_, step) => trace.lineOf(step));
		// Only the program's lines are steps: no line of dataclasses' source or of the "<string>" __init__.
		expect(new Set(lines.filter((line) => line > 0))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
	});

	it("leaves its own frames out of a traceback, as pymem's native modules do", () => {
		const result = runProgram("import dataclasses\ndataclasses.fields(3)\n");
		expect(result.stderr).toBe(
			'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    dataclasses.fields(3)\nTypeError: must be called with a dataclass type or instance\n',
		);
	});

	it("shows the generated method's frame as CPython does, without a source line", () => {
		const source = "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\nP(1).x = 2\n";
		expect(runProgram(source).stderr).toContain('  File "<string>", line 4, in __setattr__\ndataclasses.FrozenInstanceError');
	});

	it("stops with a clear message at Field[...]", () => {
		expect(lastLine("import dataclasses\ndataclasses.Field[int]\n")).toBe("TypeError: pymem does not support dataclasses.Field[...] yet");
	});
});
