// enum beyond what CPython's output can check: the paths where CPython prints a DeprecationWarning (pymem cannot
// print warnings, so they stop with pymem's message) and the module's names pymem lacks. CPython's own
// behaviour is in tests/conformance/enum.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	const result = runProgram(source);
	expect(result.status).toBe("exception");
	return result.stderr.trimEnd().split("\n").at(-1);
}

const COLOR = "from enum import Enum, auto\nclass Color(Enum):\n    RED = 1\n";

describe("enum outside the subset stops with pymem's message", () => {
	it("`in` with an object that is not a member (CPython warns, then raises TypeError)", () => {
		expect(lastLine(`${COLOR}print(1 in Color)\n`)).toBe("TypeError: pymem does not support the DeprecationWarning of 'in' with an object that is not an Enum member yet");
	});

	it("auto() after a value it cannot add 1 to", () => {
		expect(lastLine("from enum import Enum, auto\nclass E(Enum):\n    A = 'x'\n    B = auto()\n")).toBe(
			"TypeError: pymem does not support auto() after values that do not sort or add 1 (its DeprecationWarning) yet",
		);
	});

	it("a class defined inside an enum's body", () => {
		expect(lastLine("from enum import Enum\nclass E(Enum):\n    A = 1\n    class Inner:\n        pass\n")).toBe(
			"TypeError: pymem does not support a class defined inside an Enum (its DeprecationWarning) yet",
		);
	});

	it.each(["verify", "global_enum", "EnumCheck", "pickle_by_enum_name"])("enum.%s", (name) => {
		expect(lastLine(`import enum\nenum.${name}\n`)).toBe(`TypeError: pymem does not support enum.${name} yet`);
	});
});

describe("the module's code is library code", () => {
	it("an error raised inside it prints only the program's lines", () => {
		const result = runProgram(`${COLOR}Color(7)\n`);
		expect(result.stderr).toBe('Traceback (most recent call last):\n  File "main.py", line 4, in <module>\n    Color(7)\nValueError: 7 is not a valid Color\n');
	});
});
