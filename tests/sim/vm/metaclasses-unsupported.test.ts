import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

// A metaclass's special methods that CPython calls through its classes' type slots and pymem does not
// dispatch (comparisons, hashing, operators, attribute hooks, format...): defining one stops at that line.
describe("metaclass features outside the subset", () => {
	it.each([
		["class Meta(type):\n    def __eq__(cls, other):\n        return True\n", "__eq__", 1],
		["class Meta(type):\n    def __getattribute__(cls, name):\n        return 1\n", "__getattribute__", 1],
		["class Meta(type):\n    def __or__(cls, other):\n        return 1\n", "__or__", 1],
		["class Meta(type):\n    def __hash__(cls):\n        return 1\n", "__hash__", 1],
		["class Meta(type):\n    pass\nclass Sub(Meta):\n    def __setitem__(cls, k, v):\n        pass\n", "__setitem__", 3],
		["class Meta(type):\n    pass\nMeta.__format__ = lambda cls, spec: ''\n", "__format__", 3],
	])("%s", (source, name, line) => {
		const result = runProgram(source);
		expect(result.status).toBe("exception");
		expect(result.stderr.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^TypeError: pymem does not support the special method ${name} in a metaclass \\(\\w+\\) yet$`));
		expect(result.error?.line).toBe(line);
	});

	it("a __prepare__ returning a mapping other than a dict (or a dict subclass) stops at the class statement", () => {
		const source =
			"class D:\n    def __getitem__(self, k):\n        raise KeyError(k)\n    def __setitem__(self, k, v):\n        pass\n" +
			"class Meta(type):\n    @classmethod\n    def __prepare__(mcls, name, bases):\n        return D()\nclass C(metaclass=Meta):\n    pass\n";
		const result = runProgram(source);
		expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("TypeError: pymem does not support a __prepare__ that returns a D yet (only a dict or a dict subclass)");
		expect(result.error?.line).toBe(10);
	});

	it("class keywords with typing.Generic stop with a clear message", () => {
		const source = "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass B(Generic[T], flag=1):\n    pass\n";
		const result = runProgram(source);
		expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("TypeError: pymem does not support class keywords with typing.Generic yet");
	});

	it("`**` in a class statement's keywords is passed on, as a call's would be", () => {
		const result = runProgram("kw = {'metaclass': type}\nclass C(**kw):\n    pass\nprint(type(C).__name__)\n");
		expect(result).toMatchObject({ status: "finished", stdout: "type\n" });
	});
});
