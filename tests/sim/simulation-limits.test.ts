import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/sim/index";

// What keeps a host responsive and inside its memory besides the step limit: builtins' loops (which run inside
// one step) count their items against a work limit, and the objects alive at once are capped. CPython has no
// such limits; these programs would run for minutes there or exhaust the machine's memory.
describe("run limits", () => {
	it("stops a builtin looping through more items than the work limit allows, as a step limit", () => {
		const result = runProgram("print('start')\nprint(sum(range(10**9)))\n", { maxSteps: 1000 });
		expect(result.status).toBe("step-limit");
		expect(result.stdout).toBe("start\n");
		expect(result.error?.message).toBe("stopped after 2 steps: builtins went through more than 100,000 items (step limit)");
		expect(result.error?.line).toBe(2);
	});

	it("counts a str built by += only by what each line appends, as a block records it", () => {
		// 30,000 appends make 168,890 characters: counted whole at each line, they passed the work limit by line 4's
		// 10,000th turn. A recorded run measures each str it writes, a joined one from its two parts (the euro sign
		// makes the last one two bytes a character). python3 prints the same lines.
		const source = "import sys\ns = ''\nfor i in range(30000):\n    s += str(i) + ','\nprint(len(s), s[-6:], sys.getsizeof(s))\ns += '\\u20ac'\nprint(sys.getsizeof(s))\n";
		for (const record of [true, false]) {
			expect(runProgram(source, { record, maxSteps: 100_000 })).toMatchObject({ status: "finished", stdout: "168890 29999, 168939\n337856\n" });
		}
		// Prepended, the same: python3 prints 20000.
		const prepended = "t = ''\nfor ch in 'abcd' * 5000:\n    t = ch + t\nprint(len(t))\n";
		expect(runProgram(prepended, { maxSteps: 50_000 })).toMatchObject({ status: "finished", stdout: "20000\n" });
	});

	it("lets the same builtin finish when the steps allow it", () => {
		const result = runProgram("print(sum(range(10**5)))\n", { maxSteps: 2000 });
		expect(result).toMatchObject({ status: "finished", stdout: "4999950000\n" });
	});

	it("counts list repetitions against the work limit, so a loop of them cannot exhaust memory", () => {
		const result = runProgram("rows = []\nwhile True:\n    rows.append([0] * 100_000)\n", { maxSteps: 10_000 });
		expect(result.status).toBe("step-limit");
		expect(result.error?.message).toBe("stopped after 23 steps: builtins went through more than 1,000,000 items (step limit)");
	});

	it("allows two objects alive at once per allowed step, so a host's lower step limit keeps its heap smaller", () => {
		const result = runProgram("big = list(range(300_000))\n", { maxSteps: 100_000 });
		expect(result.status).toBe("memory-limit");
		expect(result.error?.message).toBe("stopped after 1 step: more than 200,000 objects alive at once (memory limit)");
		expect(result.error?.objectLimit).toBe(200_000);
		expect(runProgram("big = list(range(150_000))\nprint(len(big))\n", { maxSteps: 100_000 })).toMatchObject({ status: "finished", stdout: "150000\n" });
	});

	it("allows at least 100,000 objects alive at once however low the step limit", () => {
		// The work limit lets a builtin make a hundred objects per allowed step: 5,000 here, where two per step would be 200.
		const result = runProgram("big = list(range(5_000))\nprint(len(big))\n", { maxSteps: 100 });
		expect(result).toMatchObject({ status: "finished", stdout: "5000\n" });
	});

	it("stops a run holding more than two million objects at once", () => {
		const result = runProgram("keep = list(range(3 * 10**6))\n");
		expect(result.status).toBe("memory-limit");
		expect(result.error?.message).toBe("stopped after 1 step: more than 2,000,000 objects alive at once (memory limit)");
		expect(result.error?.objectLimit).toBe(2_000_000);
	});

	it("raises MemoryError for an int past the engine's reach (python3 would compute for ever), not a JavaScript error", () => {
		const result = runProgram("try:\n    round(1, -2**70)\nexcept MemoryError:\n    print('caught')\n");
		expect(result).toMatchObject({ status: "finished", stdout: "caught\n" });
	});

	it("raises MemoryError for a str past the engine's reach, which the program can catch", () => {
		const result = runProgram("s = 'a' * (6 * 10**7)\ntry:\n    s = s + s\nexcept MemoryError:\n    print('caught')\n");
		expect(result).toMatchObject({ status: "finished", stdout: "caught\n" });
	});

	it("raises MemoryError for a list or tuple past 10 million items however it is made, before the host runs out", () => {
		// Concatenation and tuple() of a sized iterable (its length is the size PyTuple_New is asked for) stop at the
		// same cap as `seq * n`, catchable.
		const makers = ["x = [0] * 6_000_000; x = x + x", "tuple('a' * 10**8)", "tuple(range(10**8))"];
		for (const maker of makers) {
			const result = runProgram(`try:\n    ${maker}\nexcept MemoryError:\n    print('caught')\n`, { maxSteps: 1_000_000 });
			expect(result, maker).toMatchObject({ status: "finished", stdout: "caught\n" });
		}
	});

	it("raises MemoryError for text escaped from a str, bytes or container too long for the host, and for a huge random.choices", () => {
		// repr() and bytes.hex() of 10**8 characters, a list of 10**9 picks and the repr of a container of many long strs
		// took the JavaScript heap down.
		const makers = ["repr('\\x00' * 10**8)", "repr(bytes(10**8))", "bytes(10**8).hex()", "import random; random.choices([1, 2], k=10**9)", "import collections; collections.deque([1]) * 2**62", "str(['x' * 10**6] * 1000)", "repr(dict.fromkeys(range(200), 'x' * 10**6))", "'%s' % (('x' * 10**7,) * 60,)"];
		for (const maker of makers) {
			const result = runProgram(`try:\n    ${maker}\nexcept MemoryError:\n    print('caught')\n`, { maxSteps: 1_000_000 });
			expect(result, maker).toMatchObject({ status: "finished", stdout: "caught\n" });
		}
	});

	it("counts the bits of huge ints as work, so that a loop keeping them all stops before the host's memory runs out", () => {
		const result = runProgram("l = []\nx = 1\nfor i in range(10**6):\n    x = x * 2 + 1\n    l.append(x)\n", { maxSteps: 10_000_000 });
		expect(result.status).toBe("step-limit");
		expect(result.error?.message).toMatch(/builtins went through more than 25,000,000 items \(step limit\)/);
	});

	it("counts the items of a structure that shares its parts at every level as work when it is hashed, compared or shown", () => {
		// 2**64 leaves: python3 never finishes these; pymem stops at the work limit.
		const build = (name: string, open: string, close: string) => `${name} = ${open}1${close === ")" ? "," : ""}${close}\nfor i in range(64):\n    ${name} = ${open}${name}, ${name}${close}\n`;
		const programs = [build("x", "(", ")") + "print(hash(x))\n", build("x", "[", "]") + build("y", "[", "]") + "print(x == y)\n", build("x", "[", "]") + "print(len(repr(x)))\n"];
		for (const source of programs) expect(runProgram(source, { maxSteps: 1_000_000 }).status, source).toBe("step-limit");
	});

	it("closes a chain of generators looping over each other, deeper than its nested runs go, without a JavaScript error", () => {
		// Each generator's close clears its frame, whose loop iterator is the next generator, closed in turn: past
		// 240 levels pymem reports the RecursionError of each close it cannot start, where python3 prints nothing.
		const source = "def chain(n):\n    if n:\n        for x in chain(n - 1):\n            yield x\n    else:\n        yield 'deepest'\ng = chain(600)\nprint(next(g))\ndel g\nprint('end')\n";
		const result = runProgram(source);
		expect(result).toMatchObject({ status: "finished", exitCode: 0, stdout: "deepest\nend\n" });
		expect(result.stderr).toContain("RecursionError: maximum recursion depth exceeded");
		expect(result.stderr).not.toContain("internal error");
	});

	it("stops a recorded run whose trace would grow past its budget at the next line, every step before it readable", () => {
		// Each print is a new string the trace keeps: 200,000 of them pass a 1 MB budget long before the step limit.
		const result = runProgram("for i in range(200_000):\n    print(i)\nprint('never')\n", { record: true, maxSteps: 1_000_000, maxTraceBytes: 1 << 20 });
		expect(result.status).toBe("trace-limit");
		expect(result.error?.message).toMatch(/^stopped after \d+ steps: the recorded trace would grow past 1 MB \(trace limit\)$/);
		expect(result.error?.traceLimit).toBe(1 << 20);
		expect(result.error?.line).toBeGreaterThan(0);
		const trace = result.trace!;
		// It stopped at the first line after the budget ran out, a little past it at most.
		expect(trace.byteSize()).toBeGreaterThan(1 << 20);
		expect(trace.byteSize()).toBeLessThan(1.1 * (1 << 20));
		expect(result.steps).toBeLessThan(50_000);
		const last = trace.state(trace.stepCount - 1);
		expect(last.stdout).toBe(result.stdout);
		expect(last.stdout.endsWith(`${Math.floor(result.steps / 2) - 1}\n`)).toBe(true);
		// A run that is not recorded has no such budget.
		expect(runProgram("for i in range(50_000):\n    print(i)\n", { maxSteps: 1_000_000, maxTraceBytes: 1 << 20 }).status).toBe("finished");
	});

	it("does not take a checkpoint that would carry the trace past its budget: the run stops instead", () => {
		// 400 lists of 1,000 items: a checkpoint copies every item, 8 bytes each, where the log wrote one or two.
		const source = "xs = []\nfor i in range(100_000):\n    xs.append([i] * 1000)\n";
		const result = runProgram(source, { record: true, maxSteps: 1_000_000, maxTraceBytes: 4 << 20 });
		expect(result.status).toBe("trace-limit");
		expect(result.trace!.byteSize()).toBeLessThanOrEqual(4 << 20);
	});
});
