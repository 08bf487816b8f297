// string and time beyond what CPython's output can check: the names pymem refuses, and the simulated clocks,
// whose readings python3 cannot reproduce. CPython's own behaviour is in tests/conformance/modules.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

function lastLine(source: string): string | undefined {
	const result = runProgram(source);
	expect(result.status).toBe("exception");
	return result.stderr.trimEnd().split("\n").at(-1);
}

function stdoutOf(source: string): string {
	const result = runProgram(source);
	expect(result.status).toBe("finished");
	return result.stdout;
}

describe("names outside the subset stop with pymem's message", () => {
	it.each([
		["import string\nstring.Template('$x')\n", "string.Template"],
		["from string import Formatter\n", "string.Formatter"],
		["import time\ntime.gmtime()\n", "time.gmtime"],
		["import time\ntime.strftime('%Y')\n", "time.strftime"],
		["from time import localtime\n", "time.localtime"],
	])("%s", (source, name) => {
		expect(lastLine(source)).toBe(`TypeError: pymem does not support ${name} yet`);
	});

	it("raises CPython's AttributeError for a name neither has", () => {
		expect(lastLine("import time\ntime.nothing\n")).toBe("AttributeError: module 'time' has no attribute 'nothing'");
	});
});

describe("simulated clocks", () => {
	it("read the same in every run, each reading a tick after the last", () => {
		const source = "import time\nprint(time.time(), time.time_ns(), time.perf_counter_ns(), time.process_time_ns())\n";
		expect(stdoutOf(source)).toBe(stdoutOf(source));
		expect(stdoutOf("import time\na = time.monotonic_ns()\nb = time.monotonic_ns()\nprint(b - a)\n")).toBe("1000\n");
	});

	it("move on by a sleep's length, except process time, and return at once", () => {
		const source =
			"import time\nw, m, p = time.time_ns(), time.monotonic_ns(), time.process_time_ns()\ntime.sleep(2.5)\n" +
			"print(time.time_ns() - w, time.monotonic_ns() - m, time.process_time_ns() - p)\n";
		expect(stdoutOf(source)).toBe("2500003000 2500003000 3000\n");
	});
});
