// typing beyond what CPython's output can check: the names pymem does not simulate stop with its message, and
// the trace shows the references typing's caches keep. CPython's own behaviour is in tests/conformance/typing.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	const result = runProgram(source);
	expect(result.status).toBe("exception");
	return result.stderr.trimEnd().split("\n").at(-1);
}

describe("typing outside the subset", () => {
	it.each([
		["class P(typing.Protocol):\n    pass", "TypeError: pymem does not support typing.Protocol yet"],
		["T = typing.TypeVar('T')\nclass P(typing.NamedTuple, typing.Generic[T]):\n    x: T", "TypeError: pymem does not support assigning __bases__ other than the class has yet"],
		["typing.NewType('UserId', int)", "TypeError: pymem does not support typing.NewType yet"],
		["typing.Annotated[int, 'meta']", "TypeError: pymem does not support typing.Annotated yet"],
		["print(typing.Protocol)", "TypeError: pymem does not support typing.Protocol yet"],
		["typing.List[typing.Protocol]", "TypeError: pymem does not support typing.Protocol yet"],
		["typing.List['list[int]']", "TypeError: pymem does not support the forward reference 'list[int]' yet (only a name or a dotted name)"],
		["typing.Optional['x y']", "TypeError: pymem does not support the forward reference 'x y' yet (only a name or a dotted name)"],
		["typing.ForwardRef('A', module='m')", "TypeError: pymem does not support ForwardRef with a module yet"],
		["typing.Iterable.__origin__", "TypeError: pymem does not support collections.abc.Iterable (typing.Iterable.__origin__) yet"],
		["isinstance([], typing.Iterable)", "TypeError: pymem does not support collections.abc.Iterable (typing.Iterable.__origin__) yet"],
		["class C(typing.Sequence[int]):\n    pass", "TypeError: pymem does not support subclassing typing.Sequence (collections.abc.Sequence) yet"],
		["class C(typing.Any):\n    pass", "TypeError: pymem does not support subclassing typing.Any yet"],
		["typing.Any | int", "TypeError: pymem does not support | with typing.Any yet"],
		["typing.get_type_hints(len, {})", "TypeError: pymem does not support typing.get_type_hints with globalns or localns yet"],
		["typing.get_origin(typing.Iterable[int])", "TypeError: pymem does not support collections.abc.Iterable (typing.Iterable.__origin__) yet"],
		["from typing import get_overloads\nget_overloads(len)", "TypeError: pymem does not support typing.get_overloads yet"],
	])("%s", (statement, message) => {
		expect(lastLine(`import typing\n${statement}\n`)).toBe(message);
	});

	it("keeps a user class used in a subscription alive through the cache", () => {
		const result = runProgram("import gc, typing\nclass C:\n    pass\ntyping.List[C]\ndel C\nprint(gc.collect())\n");
		expect(result.stdout).toBe("0\n");
	});
});

describe("what pymem does not simulate of typing's objects", () => {
	it.each([
		["typing.List[int].__dict__", "TypeError: pymem does not support the __dict__ of typing's objects yet"],
		["vars(typing.TypeVar('T'))", "TypeError: pymem does not support the __dict__ of typing's objects yet"],
		["dir(typing.List)", "TypeError: pymem does not support dir() of typing's objects yet"],
		["typing.TypeVar('T').x = 1", "TypeError: pymem does not support setting attributes of typing's objects yet"],
		["import gc\ngc.get_referents(typing.List[int])", "TypeError: pymem does not support gc.get_referents of typing's objects yet"],
		["[*typing.List[int]]", "TypeError: pymem does not support iterating (typing.Unpack) of typing's objects yet"],
	])("%s", (statement, message) => {
		expect(lastLine(`import typing\n${statement}\n`)).toBe(message);
	});
});
