import { describe, expect, it } from "vitest";
import type { PyObject } from "../../../src/sim/heap/object";
import { PyBool, PyFloat, PyInt, PyStr } from "../../../src/sim/heap/values";
import { StringTable } from "../../../src/sim/trace/log";
import { previewCode, previewOf, previewText } from "../../../src/sim/trace/preview";
import { runProgram } from "../../../src/sim/index";

describe("preview codes", () => {
	it("keep an int's value inline and anything else in the string table, reading back the same text", () => {
		const strings = new StringTable();
		const objects: PyObject[] = [0, 1, -1, 255, -256, 2 ** 47, -(2 ** 47), 2 ** 48, 2 ** 60].map((v) => new PyInt(v));
		objects.push(new PyInt(10n ** 30n), new PyBool(true), new PyFloat(2.5), new PyStr("text"));
		for (const o of objects) expect(previewText(previewCode(o, strings), strings.strings)).toBe(previewOf(o));
		// Only what is not a small int went to the table: 2**48, 2**60, 10**30, True, 2.5 and 'text'.
		expect(strings.strings).toHaveLength(6);
	});

	it("show an int past 100,000 bits by its magnitude, which python3's Decimal gives to the same four places", () => {
		// python3: format(Decimal(n), ".4e") for each, after sys.set_int_max_str_digits(0). Writing out the digits of
		// 2**8000000 - 1 took a second per record.
		const cases: [bigint, string][] = [
			[2n ** 8_000_000n - 1n, "≈9.2323e+2408239"],
			[-(7n ** 200_000n), "≈-4.0551e+169019"],
			[3n ** 70_000n, "≈3.0749e+33398"],
			[2n ** 100_001n, "≈1.9980e+30103"],
		];
		for (const [value, preview] of cases) expect(previewOf(new PyInt(value))).toBe(preview);
		// At 100,000 bits and below, the digits (cut to the preview's length).
		expect(previewOf(new PyInt(2n ** 100_000n - 1n))).toBe("999002093014384507944032764330033590980…");
	});

	it("show a counting loop's ints in the trace as their values, with no string apiece", () => {
		const trace = runProgram("x = 0\nfor i in range(1000):\n    x = x + i\n", { record: true }).trace!;
		// The last step that still has the module's frame: the loop has finished, shutdown not begun.
		let step = trace.stepCount - 1;
		while (trace.state(step).frames.length === 0) step--;
		const state = trace.state(step);
		const x = state.frames[0]!.locals.find((local) => local.name === "x");
		expect(state.objects.find((o) => o.id === x?.target)?.preview).toBe("499500");
	});

	it("name what a weak reference points at, and say it is dead once its referent is gone, freed or collected", () => {
		// The view's weakTarget (the diagram's dashed arrow) follows its preview.
		const source = "import gc, weakref\nclass A:\n    pass\na = A()\nr = weakref.ref(a)\np = weakref.proxy(a)\ndel a\nb = A()\nb.me = b\ns = weakref.ref(b)\ndel b\ngc.collect()\n";
		const trace = runProgram(source, { record: true }).trace!;
		const previewsAt = (line: number): Record<string, string | number | undefined> => {
			// The last step on the line that the module's frame still runs: shutdown keeps the last line it ran.
			let step = trace.stepCount - 1;
			while (trace.state(step).line !== line || trace.state(step).frames.length === 0) step--;
			const state = trace.state(step);
			const seen: Record<string, string | number | undefined> = {};
			for (const name of ["r", "p", "s"]) {
				const target = state.frames[0]?.locals.find((local) => local.name === name)?.target;
				const o = state.objects.find((object) => object.id === target);
				if (!o) continue;
				seen[name] = o.preview;
				seen[`${name} points at`] = o.weakTarget;
			}
			return seen;
		};
		const alive = previewsAt(6);
		expect(alive.r).toMatch(/^<weakref to A#\d+>$/);
		expect(alive.p).toMatch(/^<weakproxy to A#\d+>$/);
		expect(alive["r points at"]).toBe(alive["p points at"]);
		expect(alive.r).toBe(`<weakref to A#${String(alive["r points at"])}>`);
		expect(previewsAt(7)).toEqual({ r: "<weakref; dead>", p: "<weakproxy; dead>", "r points at": undefined, "p points at": undefined });
		expect(previewsAt(11).s).toMatch(/^<weakref to A#\d+>$/);
		// The collector clears it in its weakref phase, before the cycle is freed.
		expect(previewsAt(12)).toMatchObject({ s: "<weakref; dead>" });
	});

	it("show a deque's first items and maxlen, and name a defaultdict", () => {
		const source = "from collections import deque, defaultdict\nd = deque(range(6), maxlen=8)\ndd = defaultdict(list)\ndd['k'].append(1)\nx = 0\n";
		const trace = runProgram(source, { record: true }).trace!;
		let step = trace.stepCount - 1;
		while (trace.state(step).frames.length === 0) step--;
		const state = trace.state(step);
		const named = (name: string) => state.objects.find((o) => o.id === state.frames[0]!.locals.find((local) => local.name === name)?.target);
		expect(named("d")?.preview).toBe("deque([0, 1, 2, 3, …], maxlen=8)");
		expect(named("d")?.type).toBe("collections.deque");
		expect(named("dd")?.preview).toBe("defaultdict({'k': list#" + named("dd")!.slots.find((s) => s.label === "value")!.target + "})");
		expect(named("dd")?.slots.map((s) => s.label)).toEqual(["default_factory", "key", "value"]);
	});

	it("name the functions weakref's containers make, as their repr does", () => {
		const source = "import weakref\nclass A:\n    def m(self): pass\na = A()\nc = weakref.WeakValueDictionary()\nm = weakref.WeakMethod(a.m)\nx = 0\n";
		const trace = runProgram(source, { record: true }).trace!;
		let step = trace.stepCount - 1;
		while (trace.state(step).frames.length === 0) step--;
		const functions = trace.state(step).objects.filter((o) => o.type === "function").map((o) => o.preview);
		expect(functions).toEqual(expect.arrayContaining(["<function A.m>", "<function WeakValueDictionary.__init__.<locals>.remove>", "<function WeakMethod.__new__.<locals>._cb>"]));
	});
});
