// `pymem trace`: the human timeline, --summary and --json.
import { describe, expect, it } from "vitest";
import { programFile as program, runCliCaptured as cli } from "./run-cli";

describe("pymem trace", () => {
	it("narrates a new name as a refcount change", async () => {
		const r = await cli(["trace", program("x = [1]\ny = x\n")]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/line 2 {2}y = x {2}list#\d+ refcount 1 -> 2 \(new name y\)/);
	});

	it("names a class's methods as the block does, by the class's qualname, and other slots by their owner's label", async () => {
		const r = await cli(["trace", program("class Node:\n    def __init__(self):\n        self.items = [1]\nn = Node()\n")]);
		expect(r.code).toBe(0);
		// Before: "(type#442 .__init__)".
		expect(r.stdout).toMatch(/function#\d+ refcount 0 -> 1 \(Node\.__init__\)/);
		expect(r.stdout).not.toMatch(/type#\d+ \./);
		expect(r.stdout).toMatch(/list#\d+ refcount 0 -> 1 \(Node#\d+ \.items\)/);
	});

	it("heads shutdown's steps 'exit', and a finalizer's steps the line it ran", async () => {
		const r = await cli(["trace", program('class A:\n    def __del__(self):\n        print("bye")\na = A()\nprint("end")\n')]);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^exit {2}return from <module>$/m);
		expect(r.stdout).toMatch(/^line 3 {2}print\("bye"\) {2}tuple#\d+ allocated$/m);
		// Before: the steps at exit were headed by the program's last line, 'line 5  print("end")', which ran no more.
		expect(r.stdout.split("\n").filter((row) => row.startsWith("line 5")).length).toBe(1);
	});

	it("summarises steps, recorded changes and bytes", async () => {
		const r = await cli(["trace", "--summary", program("for i in range(10):\n    pass\n")]);
		expect(r.stdout).toMatch(/steps: \d+\nrecorded changes: \d+\ntrace bytes: \d+/);
	});

	it("heads a collector phase's work with the phase's name", async () => {
		const r = await cli(["trace", program("import gc\nclass Node:\n    pass\na = Node(); b = Node()\na.other = b; b.other = a\ndel a, b\nprint(gc.collect())\n")]);
		const rows = r.stdout.split("\n");
		const clear = rows.findIndex((row) => row.endsWith("gc generation 2: clear"));
		const firstFree = rows.findIndex((row) => / Node#\d+ freed$/.test(row));
		expect(clear).toBeGreaterThan(0);
		expect(firstFree).toBeGreaterThan(clear);
	});

	it("refuses --json with --summary", async () => {
		const r = await cli(["trace", "--summary", "--json", program("x = 1\n")]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toMatch(/^pymem trace: --json and --summary are alternatives/);
	});

	it("exits with the program's status, as pymem run and python3 do", async () => {
		const file = program("import sys\nprint('bye')\nsys.exit(3)\n");
		expect((await cli(["trace", file])).code).toBe(3);
		expect((await cli(["run", file])).code).toBe(3);
	});

	it("records up to the step limit and names the line it stopped on", async () => {
		const r = await cli(["trace", program("n = 0\nwhile True:\n    n += 1\n"), "--summary", "--max-steps", "50"]);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/^steps: \d+/);
		expect(r.stderr).toMatch(/^pymem trace: stopped after 50 steps \(step limit\), on line [23]\n$/);
	});

	it("prints JSON", async () => {
		const r = await cli(["trace", "--json", program("x = 1\n")]);
		const parsed = JSON.parse(r.stdout) as { profile: string; steps: unknown[] };
		expect(parsed.profile).toBe("3.11");
		expect(parsed.steps.length).toBeGreaterThan(1);
	});
});
