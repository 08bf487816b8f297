import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	return runProgram(source).stderr.trimEnd().split("\n").at(-1);
}

// An attribute CPython 3.11 has but pymem does not model must not read as CPython's AttributeError: the program
// would take an `except AttributeError` or `hasattr` branch python3 never takes.
describe("attributes CPython has and pymem lacks", () => {
	it.each([
		["print((5).__reduce__())\n", "int.__reduce__"],
		["print(float.fromhex('0x1p0'))\n", "float.fromhex"],
		["print((1.5).hex())\n", "float.hex"],
		["import sys\nprint(sys.hash_info)\n", "sys.hash_info"],
		["class A:\n    pass\nprint(A.__flags__)\n", "type.__flags__"],
		["print(True.__reduce__())\n", "bool.__reduce__"],
		["class A:\n    pass\nprint(A().__reduce__())\n", "object.__reduce__"],
	])("%s stops naming %s", (source, name) => {
		expect(lastLine(source)).toBe(`TypeError: pymem does not support ${name} yet`);
	});

	it("hasattr and getattr with a default stop too", () => {
		expect(lastLine("print(hasattr(5, '__reduce__'))\n")).toBe("TypeError: pymem does not support int.__reduce__ yet");
		expect(lastLine("import sys\nprint(getattr(sys, 'flags', None))\n")).toBe("TypeError: pymem does not support sys.flags yet");
	});

	it("a class's __getattr__ is not asked for a name CPython's type has", () => {
		const source = "class A:\n    def __getattr__(self, name):\n        print('asked', name)\n        return 1\nA().__reduce__\n";
		const result = runProgram(source);
		expect(result.stdout).toBe("");
		expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("TypeError: pymem does not support object.__reduce__ yet");
	});

	it("names CPython lacks keep CPython's AttributeError", () => {
		expect(lastLine("(5).nothing\n")).toBe("AttributeError: 'int' object has no attribute 'nothing'");
		expect(runProgram("print(hasattr(5, 'nothing'), getattr([], 'x', 'dflt'))\n").stdout).toBe("False dflt\n");
		expect(lastLine("import math\nmath.nothing\n")).toBe("AttributeError: module 'math' has no attribute 'nothing'");
	});

	it("__main__'s globals pymem does not make stop when read, in the module and in functions", () => {
		expect(lastLine("print(__doc__)\n")).toBe("TypeError: pymem does not support the module global __doc__ yet");
		expect(lastLine("def f():\n    return __file__\nf()\n")).toBe("TypeError: pymem does not support the module global __file__ yet");
		expect(runProgram('"""Doc."""\nprint(__doc__, __name__)\n').stdout).toBe("Doc. __main__\n");
		expect(lastLine("print(__nothing__)\n")).toBe("NameError: name '__nothing__' is not defined");
	});
});
