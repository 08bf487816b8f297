import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

/**
 * The lines of the steps a program takes, without the module's call (step 0) and the shutdown steps at
 * the end (the two programs below never repeat their last line): the "line" events python3 3.11 reports under sys.settrace (the expected
 * sequences come from running each source that way).
 */
function lineEvents(source: string): number[] {
	const trace = runProgram(source, { record: true }).trace!;
	const lines: number[] = [];
	for (let step = 1; step < trace.stepCount; step++) lines.push(trace.lineOf(step));
	// Shutdown steps stay on the line last executed.
	while (lines.length > 1 && lines[lines.length - 1] === lines[lines.length - 2]) lines.pop();
	return lines;
}

describe("line steps", () => {
	it("take a multi-line method call's step on the method's line, where update_start_location_to_match_attr puts it", () => {
		const source = ["class A:", "    def bbb(self, x, y): return x + y", "a = A()", "y = (a.", "   bbb(1,", "     2))", "z = (a.", "   bbb)", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 1, 2, 3, 4, 5, 6, 5, 2, 4, 7, 8, 7]);
	});

	it("take one step at a loop's head per turn, as the artificial jump back is no line event of its own", () => {
		const source = ["total = 0", "for i in range(3):", "    total += i", "n = 2", "while n:", "    n -= 1", "    if n:", "        continue", "    total += 1", "print(total)", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 2, 3, 2, 3, 2, 3, 2, 4, 5, 6, 7, 8, 5, 6, 7, 9, 5, 10]);
	});

	it("take a step where an exception lands on a handler's line, even when the code before it shares that line", () => {
		// The finally body is compiled twice (normal and exceptional path): the handler follows a copy of its
		// own line, and close() lands there from the yield.
		const source = ["def gen():", "    try:", "        yield 1", "    finally:", "        x = 1", "g = gen()", "next(g)", "g.close()", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 6, 7, 2, 3, 8, 5]);
	});

	it("take a step on each decorator's line where it is called, and start a decorated class body there", () => {
		const source = ["def d(f):", "    return f", "@d", "def g():", "    pass", "@d", "class C:", "    x = 1", "print(g.__code__.co_firstlineno)", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 3, 4, 3, 2, 4, 6, 7, 6, 8, 6, 2, 7, 9]);
		expect(runProgram(source).stdout).toBe("3\n");
	});

	it("take no step for a return after a finally body, and run a with block's __exit__ on the with statement's line", () => {
		const source = ["class C:", "    def __enter__(self):", "        return self", "    def __exit__(self, *a):", "        return False", "def f():", "    try:", "        return 1000", "    finally:", "        x = 1", "def g():", "    with C():", "        return 2000", "f()", "g()", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 1, 2, 4, 6, 11, 14, 7, 8, 10, 15, 12, 3, 13, 12, 5]);
	});

	it("take a step on each line of a condition that spans lines, jumps included (and, or, is None, a conditional test)", () => {
		const source = ["a = None", "b = 2", "if (a is None", "        and b):", "    c = 1", "if (a is not", "        None):", "    c = 2", "while (b", "       and a is None):", "    b = (b -", "         1)", "if b if a else (a", "        is None):", "    c = 3", "assert (b == 0", "        or a), \"no\"", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 2, 3, 4, 3, 5, 6, 7, 6, 9, 10, 11, 12, 11, 9, 10, 11, 12, 11, 9, 13, 14, 13, 15, 16]);
	});

	it("take no step back on an except line when an error raised in its handler leaves (the cleanup that re-raises has no line)", () => {
		const source = ["def get(d, k):", "    try:", "        return d[k]", "    except KeyError:", "        raise AttributeError(k)", "def named(d):", "    try:", "        return d[0]", "    except KeyError as e:", "        raise ValueError(e)", "try:", "    get({}, \"x\")", "except AttributeError:", "    pass", "try:", "    named({})", "except ValueError:", "    pass", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 6, 11, 12, 2, 3, 4, 5, 13, 14, 15, 16, 7, 8, 9, 10, 17, 18]);
	});

	it("take a step on a finally body's first line when a jump from the try body reaches it after the break's copy of it", () => {
		const source = ["for i in range(2):", "    try:", "        if i == 1:", "            break", "    finally:", "        print(i)", "", "def f():", "    x: int = 1", "# a comment", "y: int = 2", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 2, 3, 6, 1, 2, 3, 4, 6, 8, 11]);
		// A module's SETUP_ANNOTATIONS is at its first statement: no step on the comment above it.
		expect(lineEvents(["# a comment", "", "x: int = 1", "print(x)", ""].join("\n"))).toEqual([3, 4]);
	});

	it("take a step on a with line again when an inner item's __exit__ lets the error through to the outer item's", () => {
		const source = ["class CM:", "    def __enter__(self): return self", "    def __exit__(self, *a):", "        return False", "try:", "    with CM(), CM():", "        raise ValueError", "except ValueError:", "    pass", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 1, 2, 3, 5, 6, 2, 2, 7, 6, 4, 6, 4, 8, 9]);
	});

	it("take no second step on an except line whose clause does not match, nor on a match case that fails", () => {
		const source = ["def g():", "    try:", "        yield 1", "    except ValueError:", "        pass", "it = g()", "next(it)", "try:", "    it.throw(KeyError(\"k\"))", "except KeyError:", "    pass", "for v in (1, [2]):", "    match v:", "        case [x]:", "            y = x", "        case _:", "            y = v", "z = [n for n in (1, 2)", "     if n > 1]", ""].join("\n");
		expect(lineEvents(source)).toEqual([1, 6, 7, 2, 3, 8, 9, 4, 10, 11, 12, 13, 14, 16, 17, 12, 13, 14, 15, 12, 18, 18, 19, 18, 19, 18, 19, 18, 19]);
	});
});
