import { describe, expect, it } from "vitest";
import { STREAM_BUFFER_HOLDER, WEAKREF_CALLBACK_HOLDER, type GcCause, type TraceEvent } from "../../../src/sim/trace/types";
import { lookupFor } from "../../../src/sim/trace/names";
import { narrate, splitCode, type NarrationContext } from "../../../src/ui/block/narrate";
import { makeFakeTrace } from "./fake-trace";
import { runProgram } from "../../../src/sim/index";

const objectLabel = (object: number) => ({ 1: "list#1", 2: "C#2", 3: "weakref#3" })[object] ?? `object#${object}`;
const names = {
	frameName: (frame: number) => (frame === 0 ? "<module>" : "f"),
	objectLabel,
	ownerName: objectLabel,
	inlineValue: () => null,
	weakTarget: () => undefined,
};
/** The narration's sentences, without the aside a step's temporaries may add under them. */
const tell = (events: readonly TraceEvent[], narrationContext: NarrationContext): string[] => narrate(events, narrationContext).sentences;
const lines = ["x = [1, 2]", "y = x", "c.items = x", "del y", "r = f(x)"];
const context = { names, codeOf: (line: number) => lines[line - 1] ?? "" };

/** The narration of the first step of `source`'s run with an event that `matches`, quoting the program's own lines. */
function toldInRun(source: string, matches: (event: TraceEvent) => boolean): string[] {
	const lines = source.split("\n");
	const trace = runProgram(source, { record: true }).trace!;
	const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.events(index).some(matches))!;
	const events = trace.events(step);
	return tell(events, { names: lookupFor([trace.state(step), trace.state(step - 1)], events), codeOf: (line) => lines[line - 1]?.trim() ?? "" });
}

describe("narrate", () => {
	it("tells a new name with the count moving, quoting the line", () => {
		const events: TraceEvent[] = [
			{ kind: "line", line: 2, frame: 0 },
			{ kind: "incref", object: 1, refcount: 3, holder: { kind: "name", frame: 0, name: "y" }, cause: "STORE_NAME" },
		];
		expect(tell(events, context)).toEqual(["`y = x` makes a new name for list#1: refcount 2 -> 3"]);
	});

	it("tells the collector's clear phase first in its step, then the drops and frees it made, with no line's code", () => {
		const source = "import gc\nclass P:\n    pass\na = P()\nb = P()\na.other = b\nb.other = a\ndel a, b\ngc.collect()\n";
		const told = toldInRun(source, (event) => event.kind === "gc-phase" && event.phase === "clear");
		expect(told[0]).toBe("The collector (generation 2) clears the references of the unreachable objects so their counts fall to 0");
		expect(told[1]).toMatch(/^Drops the reference to P#\d+ from P#\d+\.other: refcount 1 -> 0$/);
		expect(told.filter((sentence) => /^P#\d+ is freed: collected by the cyclic collector$/.test(sentence))).toHaveLength(2);
		expect(told.some((sentence) => sentence.includes("gc.collect()"))).toBe(false);
	});

	it("names a called frame's parameter even when the caller's line has a name spelled the same", () => {
		// A __del__ (frame 1) called while another one's line `print(x)` ran: its `x` is the call's binding, not the line's.
		const events: TraceEvent[] = [
			{ kind: "line", line: 1, frame: 1 },
			{ kind: "call", frame: 1, name: "f", line: 1 },
			{ kind: "incref", object: 1, refcount: 4, holder: { kind: "name", frame: 1, name: "x" }, cause: "argument" },
		];
		expect(tell(events, context)).toEqual(["`x = [1, 2]` calls f, which gets a new frame", "Makes a new name for list#1 (x in f): refcount 3 -> 4"]);
	});

	it("names the holder when the code does not show it, and tells stack traffic only where a later count needs it", () => {
		const events: TraceEvent[] = [
			{ kind: "line", line: 5, frame: 0 },
			{ kind: "incref", object: 1, refcount: 3, holder: { kind: "stack", frame: 0, depth: 0 }, cause: "LOAD_NAME" },
			{ kind: "incref", object: 2, refcount: 2, holder: { kind: "stack", frame: 0, depth: 1 }, cause: "LOAD_NAME" },
			{ kind: "call", frame: 1, name: "f", line: 5 },
			{ kind: "incref", object: 1, refcount: 4, holder: { kind: "name", frame: 1, name: "a" }, cause: "argument" },
		];
		// Without the push, the argument's count would read 3 -> 4 after nothing that made it 3; C#2's push is left out.
		expect(tell(events, context)).toEqual([
			"`r = f(x)` pushes list#1 onto the value stack of <module>: refcount 2 -> 3",
			"Calls f, which gets a new frame",
			"Makes a new name for list#1 (a in f): refcount 3 -> 4",
		]);
	});

	it("does not quote the line for what a return drops (the frame's end drops it, not the code), and keeps names' case", () => {
		const events: TraceEvent[] = [
			{ kind: "line", line: 3, frame: 1 },
			{ kind: "return", frame: 1, name: "f" },
			{ kind: "decref", object: 1, refcount: 1, holder: { kind: "name", frame: 1, name: "a" }, cause: "frame cleared" },
		];
		// The names are the program's: make_ring returns, list#1 is freed (F and List#1 are no names of it).
		expect(tell([{ kind: "free", object: 1, reason: "its refcount fell to 0" }], context)).toEqual(["list#1 is freed: its refcount fell to 0"]);
		expect(tell(events, context)).toEqual(["f returns and its frame is dropped", "Drops the reference to list#1 from a in f: refcount 2 -> 1"]);
	});

	it("says that a new weak reference points at its referent without a reference, adding nothing to its count", () => {
		const told = toldInRun("import weakref\nclass A:\n    pass\na = A()\nr = weakref.ref(a)\n", (event) => event.kind === "alloc" && event.type === "weakref.ReferenceType");
		expect(told).toContainEqual(expect.stringMatching(/^`r = weakref\.ref\(a\)` creates weakref\.ReferenceType#\d+$/));
		expect(told).toContainEqual(expect.stringMatching(/^weakref\.ReferenceType#\d+ points at A#(\d+) without holding a reference to it: it adds nothing to A#\1's count$/));
	});

	it("tells a return step in the order it ran: the line's own work, the return and what it drops, then the caller's", () => {
		const told = toldInRun("def make(n):\n    items = [n, n + 1]\n    return (items, [n])\n\nr = make(3)\n", (event) => event.kind === "return" && event.name === "make");
		const at = (pattern: RegExp) => told.findIndex((sentence) => pattern.test(sentence));
		expect(told[0]).toMatch(/^`return \(items, \[n\]\)` creates list#\d+$/);
		const returns = at(/^make returns and its frame is dropped$/);
		expect(at(/^Creates tuple#\d+$/)).toBeLessThan(returns);
		expect(at(/^Adds a reference to list#\d+ from tuple#\d+\[1\]: refcount 0 -> 1$/)).toBeLessThan(returns);
		expect(at(/^Drops the reference to list#\d+ from items in make: refcount 2 -> 1$/)).toBeGreaterThan(returns);
		expect(at(/^Makes a new name for tuple#\d+ \(r in <module>\): refcount 0 -> 1$/)).toBe(told.length - 1);
	});

	describe("references that change hands: taken over from a call, waiting in a release that runs a __del__", () => {
		const classA = "class A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print(self.n)\n\n";
		/** The sentences of the `nth` step shown at the line `code` that calls or ends a frame. */
		function toldAt(source: string, code: string, nth = 1): string[] {
			const lines = source.split("\n");
			const trace = runProgram(source, { record: true }).trace!;
			const line = lines.indexOf(code) + 1;
			const step = Array.from({ length: trace.stepCount }, (_, index) => index).filter((index) => index > 0 && trace.state(index).line === line && trace.events(index).some((event) => event.kind === "call" || event.kind === "return"))[nth - 1]!;
			const events = trace.events(step);
			return tell(events, { names: lookupFor([trace.state(step), trace.state(step - 1)], events), codeOf: (at) => lines[at - 1]?.trim() ?? "" });
		}

		it("tells a class call's new object going into a name as a reference taken over, its count unchanged", () => {
			// The step that ends __init__ and stores its object in `p` (its line is __init__'s last).
			const told = toldAt(`${classA}p = A(1)\n`, "        self.n = n");
			expect(told).toContainEqual(expect.stringMatching(/^Makes a new name for A#\d+ \(p in <module>\), its reference taken over from new object \(type call\): refcount stays 1$/));
			expect(told.some((sentence) => sentence.includes("new object (type call): refcount 2 -> 1"))).toBe(false);
		});

		it("tells a class call's object going onto the value stack while storing it runs the old value's __del__", () => {
			// STORE_NAME's dict insert drops the old A before the popped value's reference goes: both hold the new one.
			const told = toldAt(`${classA}a = A(1)\na = A(2)\n`, "        self.n = n", 2);
			const onStack = told.findIndex((sentence) => /^Pushes A#\d+ onto the value stack of <module>, its reference taken over from new object \(type call\): refcount stays 1$/.test(sentence));
			expect(onStack).toBeGreaterThan(0);
			expect(told.slice(onStack + 1)).toContainEqual(expect.stringMatching(/^Makes a new name for A#\d+ \(a in <module>\): refcount 1 -> 2$/));
			expect(told.some((sentence) => sentence.includes("from new object (type call): refcount 2 -> 1"))).toBe(false);
		});

		it("tells a freed list's items still held by its dealloc while the last one's __del__ runs, not counts that never moved", () => {
			const told = toldAt(`${classA}lst = [A(1), A(2)]\ndel lst\n`, "del lst");
			const freed = told.findIndex((sentence) => /^list#\d+ is freed: refcount reached 0$/.test(sentence));
			// list_dealloc lets its items go from the last: A(2)'s __del__ runs while A(1) is still in the list.
			expect(told[freed - 1]).toMatch(/^Drops the reference to A#\d+ from list#\d+\[1\]: refcount 1 -> 0$/);
			expect(told[freed + 1]).toMatch(
				/^The dealloc of list#(\d+) lets go of its references one at a time: A#\d+ \(from list#\1\[0\]\) waits its turn, still held by it \(refcount stays 1\)$/,
			);
			expect(told.filter((sentence) => /list#\d+\[0\]|references of freed/.test(sentence))).toHaveLength(1);
			expect(told.some((sentence) => sentence.startsWith("Calls A.__del__ on A#"))).toBe(true);
		});

		it("tells the items list.clear() removed waiting their turn after the one whose __del__ runs", () => {
			const told = toldAt(`${classA}lst = [A(1), A(2)]\nlst.clear()\n`, "lst.clear()");
			expect(told.slice(0, 2)).toEqual([
				expect.stringMatching(/^`lst\.clear\(\)` drops the reference to A#\d+ from list#\d+\[1\]: refcount 1 -> 0$/),
				expect.stringMatching(/^The removal from list#(\d+) lets go of the items removed one at a time: A#\d+ \(from list#\1\[0\]\) waits its turn, still held by it \(refcount stays 1\)$/),
			]);
		});

		it("tells a returning frame's locals and function still held while an earlier local's __del__ runs", () => {
			const told = toldAt(`${classA}def f():\n    a = A(3)\n    b = A(4)\n    return 0\n\nf()\n`, "    return 0");
			expect(told.slice(0, 3)).toEqual([
				"f returns and its frame is dropped",
				expect.stringMatching(/^Drops the reference to A#\d+ from a in f: refcount 1 -> 0$/),
				expect.stringMatching(
					/^The frame of f lets go of its references one at a time: function#\d+ \(from running frame of f\) and A#\d+ \(from b in f\) wait their turn, still held by it \(their counts stay\)$/,
				),
			]);
		});
	});

	it("tells a class built after its body returns, and each count in the order the sentences go", () => {
		const source = "class Point:\n    def __init__(self, x):\n        self.x = [x]\n\np = Point(1)\n";
		const lines = source.split("\n");
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		for (let step = 1; step < (trace.exitStep ?? trace.stepCount); step++) {
			const events = trace.events(step);
			const counts = new Map<number, number>();
			for (const event of events) {
				if (event.kind !== "incref" && event.kind !== "decref") continue;
				const before = counts.get(event.object);
				if (before !== undefined) expect(event.refcount, `step ${step}, object ${event.object}`).toBe(before + (event.kind === "incref" ? 1 : -1));
				counts.set(event.object, event.refcount);
			}
			told.push(...tell(events, { names: lookupFor([trace.state(step), trace.state(step - 1)], events), codeOf: (line) => lines[line - 1]?.trim() ?? "" }));
		}
		const bodyEnds = told.findIndex((sentence) => sentence.startsWith("The body of class Point ends"));
		expect(bodyEnds).toBeGreaterThan(0);
		expect(told.findIndex((sentence) => /^(`class Point:` c|C)reates type#\d+$/.test(sentence))).toBeGreaterThan(bodyEnds);
		// __init__'s line makes the list before the frame goes, and the caller names the object after.
		const initReturns = told.indexOf("Point.__init__ returns and its frame is dropped");
		expect(told.findIndex((sentence) => /^`self\.x = \[x\]` creates list#\d+$/.test(sentence))).toBe(initReturns - 2);
		expect(told.findIndex((sentence) => /^Makes a new name for Point#\d+ \(p in <module>\)/.test(sentence))).toBeGreaterThan(initReturns);
	});

	it("quotes the calling line for a call, not the called function's first line", () => {
		const source = "def inspect(item):\n    print(len(item))\n\nparcel = [1]\ninspect(parcel)\n";
		const lines = source.split("\n");
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		for (let step = 1; step < trace.stepCount; step++) {
			const events = trace.events(step);
			const names = lookupFor([trace.state(step), trace.state(step - 1)], events);
			told.push(...tell(events, { names, codeOf: (line) => lines[line - 1]?.trim() ?? "" }));
		}
		expect(told).toContain("`inspect(parcel)` calls inspect, which gets a new frame");
		// The parameter's name is not in the calling line, so the sentence says whose name it is.
		expect(told.some((sentence) => /^Makes a new name for list#\d+ \(item in inspect\): refcount 1 -> 2$/.test(sentence))).toBe(true);
		expect(told.filter((sentence) => sentence.includes("`print(len(item))` calls"))).toEqual([]);
	});

	it("tells a generator's frame leaving the stack at a yield as kept, not dropped, and coming back as the same frame", () => {
		const source = "def count():\n    n = 1\n    yield n\n    yield n + 1\n\nticker = count()\nprint(next(ticker))\nprint(next(ticker))\n";
		const lines = source.split("\n");
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		for (let step = 1; step < trace.stepCount; step++) {
			const events = trace.events(step);
			const names = lookupFor([trace.state(step), trace.state(step - 1)], events);
			told.push(...tell(events, { names, codeOf: (line) => lines[line - 1]?.trim() ?? "" }));
		}
		expect(told.filter((sentence) => sentence === "`print(next(ticker))` runs generator count: the frame it keeps goes on the call stack")).toHaveLength(2);
		expect(told.filter((sentence) => sentence === "count leaves the call stack; a generator keeps its frame while it waits at a yield")).toHaveLength(2);
		expect(told.filter((sentence) => sentence.includes("count returns and its frame is dropped"))).toEqual([]);
	});

	it("tells a class statement's body as the body running, not as a call of the class", () => {
		const classLines = { names, codeOf: (line: number) => (line === 1 ? "class Parcel:" : "weight = 2") };
		const start: TraceEvent[] = [{ kind: "call", frame: 1, name: "Parcel", line: 1, classBody: true }];
		expect(tell(start, classLines)).toEqual(["`class Parcel:` runs the body of class Parcel in a new frame"]);
		const end: TraceEvent[] = [
			{ kind: "line", line: 1, frame: 0 },
			{ kind: "return", frame: 1, name: "Parcel", classBody: true },
			{ kind: "alloc", object: 2, type: "type" },
		];
		expect(tell(end, classLines)).toEqual([
			"The body of class Parcel ends and its frame is dropped: the class object is built from the namespace it filled",
			"`class Parcel:` creates C#2",
		]);
		// The step of the body's last line: that line builds nothing.
		const lastLine: TraceEvent[] = [{ kind: "line", line: 2, frame: 0 }, ...end.slice(1)];
		expect(tell(lastLine, classLines)).toEqual([
			"The body of class Parcel ends and its frame is dropped: the class object is built from the namespace it filled",
			"Creates C#2",
		]);
	});

	it("tells the module's frame as the program's start and end, not as a call of its first line", () => {
		const start: TraceEvent[] = [
			{ kind: "call", frame: 0, name: "<module>", line: 1 },
			{ kind: "line", line: 1, frame: 0 },
			{ kind: "alloc", object: 1, type: "list" },
		];
		expect(tell(start, context)).toEqual([
			"The program starts: its module-level code gets a frame, <module>",
			"`x = [1, 2]` creates list#1",
		]);
		expect(tell([{ kind: "return", frame: 0, name: "<module>" }], context)).toEqual([
			"The program ends and its module frame, <module>, is dropped",
		]);
	});

	it("tells slots, drops, frees, finalizers, callbacks, output and exceptions", () => {
		const events: TraceEvent[] = [
			{ kind: "line", line: 3, frame: 0 },
			{ kind: "incref", object: 1, refcount: 2, holder: { kind: "slot", owner: 2, label: ".items" }, cause: "STORE_ATTR" },
			{ kind: "decref", object: 1, refcount: 1, holder: { kind: "name", frame: 0, name: "y" }, cause: "DELETE_NAME" },
			{ kind: "finalize", object: 2 },
			{ kind: "weakref-callback", weakref: 3, referent: 2 },
			{ kind: "free", object: 2, reason: "its refcount fell to 0" },
			{ kind: "stdout", text: "done\n" },
			{ kind: "exception", object: 4, type: "IndexError", preview: "IndexError('list index out of range')", line: 3 },
		];
		expect(tell(events, context)).toEqual([
			"`c.items = x` adds a reference to list#1 from C#2.items: refcount 1 -> 2",
			"Drops the reference to list#1 from y in <module>: refcount 2 -> 1",
			"__del__ of C#2 runs",
			"The callback of weakref#3 runs, because C#2 is dying",
			"C#2 is freed: its refcount fell to 0",
			'Prints "done"',
			"Raises IndexError('list index out of range')",
		]);
	});

	it("names what move_unreachable left at gc_refs 0, and says so when nothing is", () => {
		const found = (gcRefs: [number, number][]): TraceEvent => ({ kind: "gc-phase", generation: 2, phase: "move-unreachable", cause: { kind: "collect" }, gcRefs });
		expect(tell([found([[1, 0], [2, 1], [3, 0]])], context)).toEqual([
			"The collector (generation 2) sets aside objects whose gc_refs reached 0 as tentatively unreachable",
			"Tentatively unreachable: list#1, weakref#3",
		]);
		expect(tell([found([[2, 1]])], context)).toEqual([
			"The collector (generation 2) sets aside objects whose gc_refs reached 0 as tentatively unreachable",
			"None is unreachable: every object in the collection is reached from outside it",
		]);
	});

	it("names what a finalizer made reachable again at the resurrection check, and adds nothing when none was", () => {
		const check = (resurrected: number[]): TraceEvent => ({ kind: "gc-phase", generation: 2, phase: "check-resurrection", cause: { kind: "collect" }, gcRefs: [], resurrected });
		expect(tell([check([2])], context)).toEqual([
			"The collector (generation 2) checks whether a finalizer made any object reachable again",
			"A finalizer made C#2 reachable again: it survives the collection",
		]);
		expect(tell([check([])], context)).toEqual(["The collector (generation 2) checks whether a finalizer made any object reachable again"]);
	});

	it("says where survivors go: on to the next generation, or generation 2's own", () => {
		const survivors = (generation: 0 | 2): TraceEvent => ({ kind: "gc-phase", generation, phase: "move-survivors", cause: { kind: "collect" }, gcRefs: [] });
		expect(tell([survivors(0), survivors(2)], context)).toEqual([
			"The collector (generation 0) moves the reachable objects, the survivors, on to the next older generation",
			"The collector (generation 2) keeps the reachable objects, the survivors, in generation 2",
		]);
	});

	it("tells the collector's phases and its result", () => {
		const events: TraceEvent[] = [
			{ kind: "gc-phase", generation: 2, phase: "subtract-refs", cause: { kind: "collect" }, gcRefs: [[1, 0]] },
			{ kind: "gc-done", generation: 2, collected: 2, cause: { kind: "collect" } },
			{ kind: "gc-done", generation: 0, collected: 1, cause: { kind: "threshold", counts: [701, 0, 0], thresholds: [700, 10, 10], longLivedPending: 0, longLivedTotal: 0, longLivedStartup: 0 } },
			{ kind: "gc-done", generation: 2, collected: 0, cause: { kind: "final" } },
		];
		expect(tell(events, context)).toEqual([
			"The collector (generation 2) subtracts the references objects in the collection hold to each other",
			"The collection of generation 2 is done: it found 2 unreachable objects, the number gc.collect() returns",
			"The automatic collection of generation 0 is done: it found 1 unreachable object",
			"The final collection is done: it found 0 unreachable objects",
		]);
	});

	it("tells a phase that runs Python code starting in the step that calls it, and ending in its own step", () => {
		const phase: TraceEvent = { kind: "gc-phase", generation: 2, phase: "finalize", cause: { kind: "collect" }, gcRefs: [] };
		const starts: TraceEvent[] = [
			{ kind: "line", line: 5, frame: 0 },
			{ ...phase, stage: "starts" },
			{ kind: "call", frame: 1, name: "A.__del__", line: 2 },
		];
		// The step is the collector's: no line of the program calls the `__del__`.
		expect(tell(starts, context)).toEqual(["The collector (generation 2) calls __del__ on unreachable objects not yet finalized", "Calls A.__del__, which gets a new frame"]);
		expect(tell([{ kind: "line", line: 5, frame: 0 }, { ...phase, stage: "ends" }], context)).toEqual([
			"The collector (generation 2) ends the phase in which it calls __del__ on unreachable objects not yet finalized",
		]);
	});

	it("tells the collections after the program's end as the interpreter's, at exit, not the last line's", () => {
		const atExit = { ...context, atExit: true };
		const phase: TraceEvent[] = [
			{ kind: "line", line: 4, frame: 0 },
			{ kind: "gc-phase", generation: 2, phase: "update-refs", cause: { kind: "exit" }, gcRefs: [] },
		];
		expect(tell(phase, atExit)).toEqual(["At interpreter exit, the collector (generation 2) copies each object's refcount into gc_refs"]);
		expect(tell([{ kind: "line", line: 4, frame: 0 }], atExit)).toEqual(["The interpreter is shutting down; no reference count shown here changes in this step"]);
	});

	it("says what started a collection at its first phase", () => {
		const merge = (generation: 0 | 1 | 2, cause: GcCause): TraceEvent[] => [
			{ kind: "line", line: 1, frame: 0 },
			{ kind: "gc-phase", generation, phase: "merge", cause, gcRefs: [] },
		];
		expect(tell(merge(2, { kind: "collect" }), { ...context, codeOf: () => "" })[0]).toBe("`gc.collect()` starts a collection of generation 2 and every younger one");
		expect(tell(merge(2, { kind: "collect" }), context)).toEqual([
			"`x = [1, 2]` calls gc.collect(), which starts a collection of generation 2 and every younger one",
			"The collector (generation 2) merges the younger generations into the one it collects",
		]);
		const automatic = (counts: [number, number, number], pending = 0, total = 0, startup = 0): GcCause => ({
			kind: "threshold",
			counts,
			thresholds: [700, 10, 10],
			longLivedPending: pending,
			longLivedTotal: total,
			longLivedStartup: startup,
		});
		expect(tell(merge(0, automatic([701, 3, 0])), context)).toEqual([
			"`x = [1, 2]` allocates an object the collector tracks, which takes generation 0's count over its threshold (701 > 700): " +
				"an automatic collection starts, and it collects generation 0 only, as no older generation's count is over its threshold",
			"The collector (generation 0) takes the objects of generation 0",
		]);
		expect(tell(merge(1, automatic([701, 11, 4])), context)[0]).toContain(
			"it collects generations 1 and 0, as generation 1's count is over its threshold (11 > 10)",
		);
		// gcmodule.c's long-lived rule: generation 2 is over its threshold, yet waits.
		expect(tell(merge(1, automatic([701, 11, 11], 30, 400)), context)[0]).toContain(
			"generation 2's count is over its threshold too (11 > 10), but a full collection waits until the objects that survived since the last one (30) " +
				"are at least 100, a quarter of the 400 long-lived ones",
		);
		// C's integer division: a quarter of 403 is 100, said so.
		expect(tell(merge(1, automatic([701, 11, 11], 30, 403)), context)[0]).toContain("are at least 100, a quarter of the 403 long-lived ones rounded down");
		// python3's start-up objects survive every full collection, so they are most of the long-lived ones.
		expect(tell(merge(1, automatic([701, 11, 11], 2000, 11123, 11115)), context)[0]).toContain(
			"are at least 2,780, a quarter of the 11,123 long-lived ones rounded down (11,115 of them made by python3's start-up)",
		);
		expect(tell(merge(2, automatic([701, 11, 11], 120, 400)), context)[0]).toContain(
			"it collects generation 2 and every younger one: generation 2's count is over its threshold (11 > 10) and 120 objects survived",
		);
		const atExit = { ...context, atExit: true };
		expect(tell(merge(2, { kind: "exit" }), atExit)).toEqual([
			"At interpreter exit, the interpreter collects every generation once while all modules are still there for finalizers to use",
			"The collector (generation 2) merges the younger generations into the one it collects",
		]);
		expect(tell(merge(2, { kind: "final" }), atExit)[0]).toBe(
			"At interpreter exit, with __main__ released, the final collection reclaims what only its globals kept alive",
		);
	});

	it("says a line changed no count shown when it did not (a shared value's count is not shown)", () => {
		// Before: "runs without touching any reference count", where `x = 1` took a reference to a shared int.
		expect(tell([{ kind: "line", line: 1, frame: 0 }], context)).toEqual(["`x = [1, 2]` changes no reference count shown here"]);
	});

	it("tells the temporaries a line made and freed as its story when they are all it did, else as an aside under it", () => {
		// Before: `n = len([1, 2, 3])` was said to change no reference count; its list came and went unseen.
		const source = "n = len([1, 2, 3])\ns = str(12345) + '!'\nprint(len([4]))\nt = len([5]) + 1000\n";
		const trace = runProgram(source, { record: true }).trace!;
		const told = (line: number) => {
			const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.lineOf(index) === line && trace.events(index).some((event) => event.kind === "alloc"))!;
			const events = trace.events(step);
			const codeOf = (at: number) => source.split("\n")[at - 1] ?? "";
			return narrate(events, { names: lookupFor([trace.state(step)], events), codeOf });
		};
		// `n = len(...)` binds a shared int: the list is all the step shows.
		const alone = told(1);
		expect(alone.sentences).toEqual([expect.stringMatching(/^`n = len\(\[1, 2, 3\]\)` creates list#\d+, a temporary: nothing keeps it, so it is freed again before the step ends$/)]);
		expect(alone.aside).toBeNull();
		// str(12345) and its argument tuple of the type call are temporaries; the concatenation's result is kept.
		// Before: "Creates 2 temporaries and frees them again..." was the story's third sentence, below the box's fold.
		const named = told(2);
		expect(named.sentences).toEqual([expect.stringMatching(/^`s = str\(12345\) \+ '!'` creates str#\d+$/), expect.stringMatching(/^Makes a new name for str#\d+: refcount 0 -> 1$/)]);
		expect(named.aside).toMatch(/^Also 2 temporaries made and freed in this step: tuple#\d+, str#\d+$/);
		// One temporary beside a new name.
		const one = told(4);
		expect(one.sentences).toEqual([expect.stringMatching(/^`t = len\(\[5\]\) \+ 1000` creates int#\d+$/), expect.stringMatching(/^Makes a new name for int#\d+: refcount 0 -> 1$/)]);
		expect(one.aside).toMatch(/^Also made and freed in this step: list#\d+$/);
		// The list, and the tuple of print's arguments.
		const printed = told(3);
		expect(printed.sentences).toEqual(['`print(len([4]))` prints "1"']);
		expect(printed.aside).toMatch(/^Also 2 temporaries made and freed in this step: list#\d+, tuple#\d+$/);
	});

	it("tells shutdown's clearing of sys as what frees an uncaught exception kept in sys.last_value, and a replaced sys.stdout", () => {
		// Before: the step began "Drops the reference to function#... from function of frame#..." with no cause.
		const source = "import sys\nclass Out:\n    def write(self, s): return len(s)\nsys.stdout = Out()\ndef work():\n    raise KeyError('k')\nwork()\n";
		const trace = runProgram(source, { record: true }).trace!;
		const steps = Array.from({ length: trace.stepCount }, (_, index) => index);
		const freesOf = (step: number) => trace.events(step).flatMap((event) => (event.kind === "free" ? [event] : []));
		const clearing = steps.find((step) => freesOf(step).some((event) => event.releasedBySys?.includes("sys.last_value")))!;
		expect(clearing).toBeDefined();
		const events = trace.events(clearing);
		const names = lookupFor([trace.state(clearing - 1), trace.state(clearing)], events);
		const told = narrate(events, { names, codeOf: () => "", atExit: true }).sentences;
		expect(told[0]).toBe(
			"At interpreter exit, finalize_modules sets sys.last_value and sys's other special names to None and puts sys.stdout and sys.stderr back, letting go of what only they held",
		);
		expect(told).toContainEqual(expect.stringMatching(/^KeyError#\d+ is freed: refcount reached 0: sys\.last_value no longer holds it$/));
		expect(told).toContainEqual(expect.stringMatching(/^Out#\d+ is freed: refcount reached 0: sys\.stdout no longer holds it$/));
	});

	it("names a frame that returned in the step by its function, as the block looks names up", () => {
		// The block reads the previous state only when a step frees something: the returned frame is in neither.
		const source = "def make():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\ntick = make()\ntick()\n";
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		for (let step = 1; step < trace.stepCount; step++) {
			const events = trace.events(step);
			told.push(...tell(events, { names: lookupFor([trace.state(step)], events), codeOf: () => "" }));
		}
		expect(told.filter((sentence) => /frame \d/.test(sentence))).toEqual([]);
		expect(told).toContain("Drops the reference to cell#" + /cell#(\d+)/.exec(told.join(" "))![1] + " from count in make.<locals>.inc: refcount 2 -> 1");
	});

	it("tells what a print shows before the stream's buffer keeping its text", () => {
		const buffer = { kind: "internal", label: STREAM_BUFFER_HOLDER } as const;
		const events: TraceEvent[] = [
			{ kind: "line", line: 1, frame: 0 },
			{ kind: "alloc", object: 1, type: "list" },
			{ kind: "incref", object: 7, refcount: 3, holder: buffer, cause: "write" },
			{ kind: "stdout", text: "hello\n" },
		];
		expect(tell(events, context)).toEqual([
			"`x = [1, 2]` creates list#1",
			'Prints "hello"',
			"Adds a reference to object#7 from text waiting in the stream's write buffer: refcount 2 -> 3",
		]);
		// A str whose count changes again before the output is told in the order it changed.
		const again: TraceEvent[] = [
			{ kind: "line", line: 1, frame: 0 },
			{ kind: "incref", object: 7, refcount: 3, holder: buffer, cause: "write" },
			{ kind: "decref", object: 7, refcount: 2, holder: { kind: "slot", owner: 1, label: "[0]" }, cause: "clear" },
			{ kind: "stdout", text: "hello\n" },
		];
		expect(tell(again, context)[0]).toBe("`x = [1, 2]` adds a reference to object#7 from text waiting in the stream's write buffer: refcount 2 -> 3");
	});

	it("tells a raise by the exception's preview, or its type when it never became an object, and the frames it leaves", () => {
		const events: TraceEvent[] = [
			{ kind: "line", line: 5, frame: 1 },
			{ kind: "exception", object: 4, type: "ValueError", preview: "ValueError(-1)", line: 5 },
			{ kind: "return", frame: 1, name: "f" },
		];
		expect(tell(events, context)).toEqual(["`r = f(x)` raises ValueError(-1)", "The exception leaves f, and its frame is dropped"]);
		expect(tell([{ kind: "line", line: 1, frame: 0 }, { kind: "exception", object: 0, type: "IndexError", preview: null, line: 1 }], context)).toEqual(["`x = [1, 2]` raises IndexError"]);
		const reraise: TraceEvent[] = [
			{ kind: "line", line: 4, frame: 1 },
			{ kind: "exception", object: 4, type: "KeyError", preview: "KeyError('k')", line: 4, reraised: true },
			{ kind: "return", frame: 1, name: "f" },
		];
		// A re-raise is told by the statement that re-raised: its line, which need not be the step's.
		const reraisedAt = (statement: string) => ({ ...context, codeOf: (line: number) => (line === 4 ? statement : (lines[line - 1] ?? "")) });
		expect(tell(reraise, reraisedAt("raise"))).toEqual(["`raise` re-raises KeyError('k')", "The exception leaves f, and its frame is dropped"]);
		expect(tell(reraise, reraisedAt("except IndexError:"))[0]).toBe("`except IndexError:` lets KeyError('k') go on: no except clause of its try matches it");
		expect(tell(reraise, reraisedAt("with Guard():"))[0]).toBe("`with Guard():` lets KeyError('k') go on: __exit__ did not suppress it");
		// Any other line is the last of a finally block, whose end re-raises.
		expect(tell(reraise, context)[0]).toBe("`del y` finishes the finally block, and KeyError('k') goes on");
		const afterOutput: TraceEvent[] = [{ kind: "line", line: 4, frame: 1 }, { kind: "stdout", text: "cleanup\n" }, reraise[1]!];
		expect(tell(afterOutput, context)).toEqual(['`del y` prints "cleanup"', "The finally block is over, and KeyError('k') goes on"]);
		// Told ahead of what its line made (the box shows a step's first sentences), not ahead of a return or output.
		const made: TraceEvent[] = [
			{ kind: "line", line: 5, frame: 0 },
			{ kind: "stdout", text: "checking\n" },
			{ kind: "alloc", object: 1, type: "list" },
			{ kind: "incref", object: 1, refcount: 1, holder: { kind: "stack", frame: 0, depth: 0 }, cause: "BUILD_LIST" },
			{ kind: "exception", object: 0, type: "IndexError", preview: null, line: 5 },
			{ kind: "return", frame: 1, name: "f" },
			{ kind: "alloc", object: 4, type: "KeyError" },
			{ kind: "exception", object: 4, type: "KeyError", preview: "KeyError('k')", line: 5 },
		];
		expect(tell(made, context)).toEqual([
			'`r = f(x)` prints "checking"',
			"Raises IndexError",
			"Creates list#1",
			"The exception leaves f, and its frame is dropped",
			"Raises KeyError('k')",
			"Creates object#4",
		]);
	});

	it("tells what went to stderr: a one-line text quoted, a traceback by its last line", () => {
		const traceback = 'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n    raise ValueError("boom")\nValueError: boom\n';
		expect(tell([{ kind: "line", line: 5, frame: 0 }, { kind: "stderr", text: traceback }], context)).toEqual(['`r = f(x)` writes a traceback to stderr, ending "ValueError: boom"']);
		expect(tell([{ kind: "line", line: 1, frame: 0 }, { kind: "stderr", text: "gc: collectable <list 0x7f0000001000>\n" }], context)).toEqual([
			'`x = [1, 2]` writes "gc: collectable <list 0x7f0000001000>" to stderr',
		]);
		const ignored = "Exception ignored in: <function A.__del__ at 0x7f0000005220>\n" + traceback.replace("ValueError: boom", "KeyError: 'k'");
		expect(tell([{ kind: "line", line: 1, frame: 0 }, { kind: "stderr", text: ignored }], context)).toEqual([
			`\`x = [1, 2]\` reports the exception as ignored on stderr ("Exception ignored in: <function A.__del__ at 0x7f0000005220>"), ending "KeyError: 'k'"`,
		]);
		expect(tell([{ kind: "line", line: 1, frame: 0 }, { kind: "stderr", text: "one\ntwo\n" }], context)).toEqual(['`x = [1, 2]` writes 2 lines to stderr, ending "two"']);
	});

	it("leaves a generator's function to the sentence that moves its frame, with no count falling and rising", () => {
		const source = "def count():\n    yield 1\n    yield 2\nticks = count()\nprint(next(ticks))\nprint(next(ticks))\n";
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		for (let step = 1; step < trace.exitStep!; step++) {
			const events = trace.events(step);
			told.push(...tell(events, { names: lookupFor([trace.state(step), trace.state(step - 1)], events), codeOf: () => "" }));
		}
		expect(told).toContain("Runs generator count: the frame it keeps goes on the call stack");
		expect(told).toContain("count leaves the call stack; a generator keeps its frame while it waits at a yield");
		// Before: "Drops the reference to function#… from function of generator#…: refcount 2 -> 1" at every next(),
		// then "Adds a reference … from running frame of count: 1 -> 2", and the reverse at every yield.
		// The generator taking its reference when it is made is a real one, told as such.
		expect(told.filter((sentence) => /function of generator|running frame of count/.test(sentence))).toEqual([
			expect.stringMatching(/^Adds a reference to function#\d+ from function of generator#\d+: refcount 1 -> 2$/),
		]);
	});

	it("tells the exit's hand-overs of __main__'s globals as such, and no code line for what the exit does", () => {
		const source = [
			"class Ticket:",
			"    def __del__(self):",
			"        self.last_words = ['freed']",
			"        print(self.last_words)",
			"kept = Ticket()",
			"box = []",
			"print('end')",
		].join("\n");
		const trace = runProgram(source, { record: true }).trace!;
		const told: string[] = [];
		// As the block narrates: at exit once the module's frame is gone, with the code of the line shown.
		for (let step = trace.exitStep!; step < trace.stepCount; step++) {
			const state = trace.state(step);
			const events = trace.events(step);
			const atExit = !state.frames.some((frame) => frame.name === "<module>");
			told.push(...tell(events, {
				names: lookupFor([state, trace.state(step - 1)], events),
				codeOf: (line) => source.split("\n")[line - 1]!.trim(),
				atExit,
				finalizerRunning: atExit && state.frames.length > 0,
			}));
		}
		const label = (type: string) => new RegExp(`${type}#(\\d+)`).exec(told.join(" "))![0];
		// Before: "Drops the reference to box's list from box in <module>: refcount 1 -> 0", then "0 -> 1" from a global.
		expect(told).toContain("`Ticket`, `kept` and `box` stay in __main__'s globals, which outlast the module's frame: their objects keep their counts");
		// Counts reach 0 only for what is freed: the final collection's clearing takes each of those to 0 first.
		const freed = told.flatMap((sentence) => /^(\S+) is freed/.exec(sentence)?.[1] ?? []);
		const livesOn = (sentence: string) => !freed.some((object) => sentence.includes(`reference to ${object} from`));
		expect(told.filter((sentence) => / -> 0\b/.test(sentence) && !/freed|collect/.test(sentence) && livesOn(sentence))).toEqual([]);
		// Before: "`print('end')` creates dict#…", a dict as old as the program.
		expect(told.filter((sentence) => sentence.includes("creates dict"))).toEqual([]);
		expect(told).toContain(
			`__main__'s globals now show as ${label("dict")}, an ordinary dict: its entries \`Ticket\`, \`kept\` and \`box\` hold what the globals ` +
				`held (their counts stay), and __globals__ of ${label("function")} keeps it alive (refcount 1)`,
		);
		// The finalizer that the exit calls runs its own line, but the program's last line no longer runs.
		expect(told.filter((sentence) => sentence.includes("print('end')"))).toEqual([]);
		// Before: "Calls Ticket.__del__, which gets a new frame", on no object the reader could tell.
		expect(told).toContain(`Calls Ticket.__del__ on ${label("Ticket")}, which gets a new frame`);
		expect(told).toContainEqual(expect.stringMatching(/^`self\.last_words = \['freed'\]` creates list#\d+$/));
	});

	it("tells the drop that ran a __del__ or a weakref callback first, then the call it caused", () => {
		const source = [
			"import weakref",
			"class Ticket:",
			"    def __del__(self):",
			"        print('bye')",
			"class Box:",
			"    pass",
			"def gone(ref):",
			"    print('gone')",
			"t = Ticket()",
			"t = None",
			"box = Box()",
			"watch = weakref.ref(box, gone)",
			"box = None",
		].join("\n");
		const trace = runProgram(source, { record: true }).trace!;
		const lines = source.split("\n");
		const toldAt = (line: number) => {
			const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.lineOf(index) === line)!;
			const events = trace.events(step);
			return tell(events, { names: lookupFor([trace.state(step), trace.state(step - 1)], events), codeOf: (at) => lines[at - 1]?.trim() ?? "" });
		};
		// Before: "`t = None` calls Ticket.__del__ on Ticket#…, which gets a new frame", then the drop that ran it.
		const finalized = toldAt(10);
		expect(finalized[0]).toMatch(/^`t = None` drops the reference to Ticket#\d+ from t in <module>: refcount 1 -> 0$/);
		const ticket = /Ticket#\d+/.exec(finalized[0]!)![0];
		expect(finalized.indexOf(`Calls Ticket.__del__ on ${ticket}, which gets a new frame`)).toBeGreaterThan(0);
		// Before: "`box = None` calls gone, which gets a new frame", then the drop that fired it.
		const fired = toldAt(13);
		expect(fired[0]).toMatch(/^`box = None` drops the reference to Box#\d+ from box in <module>: refcount 1 -> 0$/);
		const call = fired.findIndex((sentence) => /^Calls gone, the callback of weakref\.ReferenceType#\d+, which gets a new frame$/.test(sentence));
		expect(fired.findIndex((sentence) => sentence.includes(WEAKREF_CALLBACK_HOLDER))).toBeGreaterThan(0);
		expect(fired.findIndex((sentence) => sentence.includes(WEAKREF_CALLBACK_HOLDER))).toBeLessThan(call);
	});

	it("has a sentence for every step of the fake trace", () => {
		const trace = makeFakeTrace();
		for (let step = 1; step < trace.stepCount; step++) {
			const state = trace.state(step);
			const sentences = tell(trace.events(step), { names: lookupFor([state, trace.state(step - 1)], trace.events(step)), codeOf: () => "code" });
			expect(sentences.length, `step ${step}`).toBeGreaterThan(0);
			for (const sentence of sentences) expect(sentence).not.toMatch(/object#|undefined|NaN/);
		}
	});
});

describe("splitCode", () => {
	it("splits backticked code from text", () => {
		expect(splitCode("`y = x` makes a name")).toEqual([
			{ text: "y = x", code: true },
			{ text: " makes a name", code: false },
		]);
	});
});
