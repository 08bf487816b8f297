// ctypes beyond what CPython's output can check: what pymem refuses (reading memory it does not model, writing
// through a view, the rest of ctypes) and how the trace shows a view. CPython's own behaviour is in
// tests/conformance/ctypes.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	const result = runProgram(source);
	expect(result.status).toBe("exception");
	return result.stderr.trimEnd().split("\n").at(-1);
}

describe("ctypes outside the subset", () => {
	it.each([
		["ctypes.c_long.from_address(id(a) + 8)", "TypeError: pymem does not support ctypes.c_long.from_address of an address id() did not give yet (it reads only an object's reference count, at the address id() returned for it)"],
		["ctypes.c_int.from_address(12345)", "TypeError: pymem does not support ctypes.c_int.from_address of an address id() did not give yet (it reads only an object's reference count, at the address id() returned for it)"],
		["ctypes.cast(id(a) + 16, ctypes.py_object)", "TypeError: pymem does not support ctypes.cast of an address id() did not give yet (it reads only an object's reference count, at the address id() returned for it)"],
		["ctypes.cast([], ctypes.py_object)", "TypeError: pymem does not support ctypes.cast of a 'list' object yet (only of an address from id())"],
		["ctypes.cast(id(a), int)", "TypeError: pymem does not support ctypes.cast to anything but ctypes.py_object yet"],
		["ctypes.py_object.from_address(id(a))", "TypeError: pymem does not support ctypes.py_object.from_address yet (use ctypes.cast(address, ctypes.py_object))"],
		["v = ctypes.c_long.from_address(id(a))\nv.value = 5", "TypeError: pymem does not support writing through ctypes.c_long.from_address(...).value yet (it would change another object's memory)"],
		["ctypes.CDLL('libc.so.6')", "TypeError: pymem does not support ctypes.CDLL yet"],
		["ctypes.POINTER(ctypes.c_long)", "TypeError: pymem does not support ctypes.POINTER yet"],
		["ctypes.pythonapi.Py_IncRef(a)", "TypeError: pymem does not support ctypes.pythonapi yet"],
		["class Count(ctypes.c_long):\n    pass", "TypeError: pymem does not support subclassing 'c_long' yet"],
	])("%s", (statement, message) => {
		expect(lastLine(`import ctypes\na = []\n${statement}\n`)).toBe(message);
	});

	it("refuses to read a freed object through cast, where CPython would read freed memory", () => {
		const source = "import ctypes\na = []\naddr = id(a)\ndel a\nctypes.cast(addr, ctypes.py_object).value\n";
		expect(lastLine(source)).toBe("TypeError: pymem does not support reading a freed object's address through ctypes.cast(...).value yet (CPython would read freed memory)");
	});

	it("names ctypes among the modules pymem has", () => {
		expect(lastLine("import os\n")).toBe("ModuleNotFoundError: No module named 'os' in pymem (it has sys, gc, weakref, math, random, copy, itertools, collections, collections.abc, ctypes, functools, typing, dataclasses, contextlib, heapq, bisect, operator, array, abc, types, string, time and enum)");
	});
});

describe("ctypes views", () => {
	it("hold no reference to the object they read, and the trace shows the address they read", () => {
		const trace = runProgram("import ctypes\na = []\nv = ctypes.c_long.from_address(id(a))\nn = v.value\n", { record: true }).trace!;
		let step = trace.stepCount - 1;
		while (trace.state(step).frames.length === 0) step--;
		const state = trace.state(step);
		const local = (name: string) => state.frames[0]!.locals.find((l) => l.name === name)?.target;
		const view = state.objects.find((o) => o.id === local("v"))!;
		expect(view.type).toBe("c_long");
		expect(view.preview).toMatch(/^c_long at 0x[0-9a-f]+$/);
		expect(state.objects.find((o) => o.id === local("a"))?.refcount).toBe(1);
		expect(state.objects.find((o) => o.id === local("n"))?.preview).toBe("1");
	});

	it("read the object that took a freed object's address, and 0 while nothing has", () => {
		const source = "import ctypes\na = []\naddr = id(a)\nv = ctypes.c_long.from_address(addr)\ndel a\nprint(v.value)\nb = []\nc = b\nprint(id(b) == addr, v.value)\n";
		expect(runProgram(source).stdout).toBe("0\nTrue 2\n");
	});
});
