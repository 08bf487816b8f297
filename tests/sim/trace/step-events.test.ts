// The order of a step's events, which the trace rebuilds from the difference between two states.
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";
import { WEAKREF_CALLBACK_HOLDER, type Trace } from "../../../src/sim/trace/types";

const TICKETS = `class Ticket:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
first = Ticket(1)
second = Ticket(2)
second = Ticket(3)
`;

/** The first step of `trace` with a call (or return) of the frame named `name`. */
function stepWith(trace: Trace, kind: "call" | "return", name: string): number {
	return Array.from({ length: trace.stepCount }, (_, index) => index).find((index) =>
		trace.events(index).some((event) => event.kind === kind && event.name === name),
	)!;
}

/** A step's events in order: count changes by their cause (ids left out), the rest by their kind. */
function toldIn(trace: Trace, step: number): string[] {
	return trace.events(step).map((event) => (event.kind === "incref" || event.kind === "decref" ? event.cause.replace(/#\d+/, "") : event.kind));
}

describe("step events", () => {
	it("tells each reference of a dict that holds one object as several entries' values", () => {
		// python3 prints 4, 3, 5 and 2: the count (less getrefcount's argument) goes 3, 2, 4 and 1.
		const source = "import sys\nv = []\nd = {1: v, 2: v}\nprint(sys.getrefcount(v))\ndel d[1]\nprint(sys.getrefcount(v))\nd[3] = v\nd[4] = v\nprint(sys.getrefcount(v))\nd.clear()\nprint(sys.getrefcount(v))\n";
		const run = runProgram(source, { record: true });
		expect(run.stdout).toBe("4\n3\n5\n2\n");
		const trace = run.trace!;
		const steps = Array.from({ length: trace.stepCount }, (_, step) => step);
		const printing = steps.find((step) => trace.lineOf(step) === 4)!;
		const v = trace.state(printing).frames[0]!.locals.find((local) => local.name === "v")!.target!;
		const counts = (line: number) =>
			steps
				.filter((step) => trace.lineOf(step) === line)
				.flatMap((step) => trace.events(step).flatMap((event) => ((event.kind === "incref" || event.kind === "decref") && event.object === v ? [`${event.kind} ${event.refcount}`] : [])));
		expect(counts(3)).toEqual(["incref 2", "incref 3"]);
		expect(counts(5)).toEqual(["decref 2"]);
		expect([...counts(7), ...counts(8)]).toEqual(["incref 3", "incref 4"]);
		expect(counts(10)).toEqual(["decref 3", "decref 2", "decref 1"]);
	});

	it("marks a reference handed from a class call to a name as handed over, and no other drop", () => {
		// type_call's reference to the new object goes to the value stack, then STORE_NAME: CPython's count stays 1.
		const trace = runProgram(TICKETS, { record: true }).trace!;
		const step = stepWith(trace, "return", "Ticket.__init__");
		const events = trace.events(step);
		const taken = events.findIndex((event) => event.kind === "incref" && event.holder.kind === "name" && event.holder.name === "first");
		const handed = events.filter((event) => event.kind === "decref" && event.handedOver);
		expect(handed).toEqual([expect.objectContaining({ object: (events[taken] as { object: number }).object, refcount: 1, cause: "new object (type call)" })]);
		expect(events[taken + 1]).toBe(handed[0]);
		expect(events.filter((event) => event.kind === "decref" && !event.handedOver).length).toBeGreaterThan(0);
	});

	it("tells the temporaries of a step made in the order they were made, each freed after the allocs before it", () => {
		// list(range(3)) makes the range, then the list, then the iterator that fills it (list_extend), which goes first.
		const trace = runProgram("print(len(list(range(3))))\n", { record: true }).trace!;
		const lives = trace.events(1).flatMap((event) => (event.kind === "alloc" ? [`alloc ${event.type}`] : event.kind === "free" ? [`free #${event.object}`] : []));
		const ids = trace.events(1).flatMap((event) => (event.kind === "alloc" ? [event.object] : []));
		expect(lives.slice(0, 4)).toEqual(["alloc range", "alloc list", "alloc range_iterator", `free #${ids[2]}`]);
		expect(ids).toEqual(ids.slice().sort((a, b) => a - b));
	});

	it("tells a store into a name after the work that made its value, and before the name drops its old value", () => {
		const trace = runProgram("class A:\n    pass\nbig = list(range(300))\nx = [A()]\nx = [x]\nkeep = x\nb = A()\nx = [b]\n", { record: true }).trace!;
		const causesAt = (line: number) => {
			const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.events(index)[0]?.kind === "line" && trace.state(index).line === line)!;
			return toldIn(trace, step).filter((told) => told !== "alloc" && told !== "free" && told !== "line");
		};
		// The list is filled, then named: the 43 ints past the shared small ones (257 to 299), each in its slot first.
		const filled = causesAt(3);
		expect(filled.at(-1)).toBe("new name big");
		expect(filled.filter((told) => /^list \[\d+\]$/.test(told))).toHaveLength(43);
		// The class gets its __mro__ (and descriptors) before the class statement stores it.
		const classStep = stepWith(trace, "return", "A");
		const built = toldIn(trace, classStep);
		expect(built.indexOf("__mro__ of A")).toBeGreaterThanOrEqual(0);
		expect(built.indexOf("__mro__ of A")).toBeLessThan(built.indexOf("new name A"));
		expect(causesAt(4)).toEqual(["A __class__", "list [0]", "new name x"]);
		// STORE_NAME stores the new list, then lets the old one go.
		expect(causesAt(5)).toEqual(["list [0]", "new name x", "name x released"]);
		// The same when the old value lives on and was gathered before the new one's items (a lower id).
		expect(causesAt(8)).toEqual(["list [0]", "new name x", "name x released"]);
	});

	it("tells an item reaching 0 in its list's dealloc before its finalizer holds it", () => {
		const source = "class A:\n    def __del__(self):\n        print('bye')\nx = [A()]\nx = [A()]\n";
		const trace = runProgram(source, { record: true }).trace!;
		const step = stepWith(trace, "call", "A.__del__");
		const events = trace.events(step);
		const finalizing = events.find((event) => event.kind === "incref" && event.cause === "object being finalized");
		const dying = finalizing?.kind === "incref" ? finalizing.object : undefined;
		const told = events.flatMap((event) => ((event.kind === "incref" || event.kind === "decref") && event.object === dying ? [[event.cause.replace(/#\d+/, ""), event.refcount]] : []));
		expect(told).toEqual([
			["list [0]", 0],
			["object being finalized", 1],
			["new name self", 2],
		]);
		// The old list's death (the store's release of it) lets the item go, before its free.
		const kinds = events.map((event) => (event.kind === "incref" || event.kind === "decref" ? `${event.kind} ${event.cause.replace(/#\d+/, "")}` : event.kind));
		expect(kinds.indexOf("decref name x released")).toBeLessThan(kinds.indexOf("decref list [0]"));
		expect(kinds.indexOf("decref list [0]")).toBeLessThan(kinds.indexOf("incref object being finalized"));
	});

	it("tells an object's count reaching 0 before its finalizer holds it, after the store that replaced it", () => {
		const trace = runProgram(TICKETS, { record: true }).trace!;
		// The step that rebinds `second` ends in Ticket(2)'s __del__.
		const step = stepWith(trace, "call", "Ticket.__del__");
		const events = trace.events(step);
		const counts = events.filter((event) => event.kind === "incref" || event.kind === "decref");
		const dying = counts.find((event) => event.kind === "incref" && event.holder.kind === "internal" && event.holder.label === "object being finalized")!.object;
		const told = counts.filter((event) => event.object === dying).map((event) => [event.cause, event.refcount]);
		expect(told).toEqual([
			["name second released", 0],
			["object being finalized", 1],
			["new name self", 2],
		]);
		// Ticket(3) took the name first: STORE_NAME stores the new value, then lets the old one go.
		const stored = counts.findIndex((event) => event.kind === "incref" && event.cause === "new name second");
		const released = counts.findIndex((event) => event.kind === "decref" && event.cause === "name second released");
		expect(stored).toBeGreaterThanOrEqual(0);
		expect(stored).toBeLessThan(released);
		// Only then is __del__ looked up and held for its call.
		const finalizing = counts.findIndex((event) => event.cause === "object being finalized");
		const delTaken = counts.findIndex((event) => event.kind === "incref" && event.cause === "__del__ being called");
		expect(finalizing).toBeLessThan(delTaken);
	});

	it("tells the drop that ran a __del__ before the call of it, and the call before its frame's names", () => {
		const trace = runProgram(TICKETS, { record: true }).trace!;
		const told = toldIn(trace, stepWith(trace, "call", "Ticket.__del__"));
		// Before: the call came first, as if the line called __del__.
		expect(told.indexOf("name second released")).toBeLessThan(told.indexOf("call"));
		expect(told.indexOf("__del__ being called")).toBeLessThan(told.indexOf("call"));
		expect(told.indexOf("call")).toBeLessThan(told.indexOf("new name self"));
	});

	it("tells the drop that fired a weakref callback before the callback's hand-over and its call", () => {
		const source = "import weakref\nclass Box:\n    pass\ndef gone(ref):\n    print('gone')\nb = Box()\nr = weakref.ref(b, gone)\nb = None\n";
		const trace = runProgram(source, { record: true }).trace!;
		const told = toldIn(trace, stepWith(trace, "call", "gone"));
		expect(told).toEqual([
			"line",
			"name b released",
			WEAKREF_CALLBACK_HOLDER,
			"weakref.ReferenceType __callback__",
			"call",
			"running frame of gone",
			"new name ref",
		]);
	});

	it("tells a weakref callback's frame end, then its release, before the dealloc it interrupted goes on", () => {
		const source = "import weakref\nclass Box:\n    def __init__(self):\n        self.items = [1]\ndef gone(ref):\n    print('gone')\nb = Box()\nr = weakref.ref(b, gone)\nb = None\n";
		const trace = runProgram(source, { record: true }).trace!;
		const told = toldIn(trace, stepWith(trace, "return", "gone"));
		// PyObject_ClearWeakRefs drops the callback once it returns; only then does subtype_dealloc clear the box: its
		// list goes (and is freed), then its class, then the box itself.
		expect(told).toEqual(["line", "alloc", "free", "stdout", "return", "name ref released", "running frame of gone", WEAKREF_CALLBACK_HOLDER, "Box .items", "free", "Box __class__", "free"]);
	});

	it("tells a finalizer's output, its return and the release of __del__ before the dealloc it was part of goes on", () => {
		const trace = runProgram(TICKETS, { record: true }).trace!;
		const told = toldIn(trace, stepWith(trace, "return", "Ticket.__del__"));
		// print's *args tuple comes and goes before it; Ticket(3), whose store started it all, leaves the value
		// stack once the dealloc is over.
		expect(told).toEqual([
			"line",
			"alloc",
			"free",
			"stdout",
			"return",
			"name self released",
			"running frame of Ticket.__del__",
			"__del__ being called",
			"object being finalized",
			"Ticket __class__",
			"free",
			"value stack",
		]);
	});

	it("tells what a step printed in its caller after the return, and what it printed before it first", () => {
		const source = `def g():
    print("in g"); return 2
x = g() + len([print("after")])
`;
		const trace = runProgram(source, { record: true }).trace!;
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.events(index).some((event) => event.kind === "return" && event.name === "g"))!;
		const told = trace.events(step).flatMap((event) => (event.kind === "stdout" ? [event.text] : event.kind === "return" ? ["return"] : []));
		expect(told).toEqual(["in g\n", "return", "after\n"]);
	});

	it("tells each exception where it is raised or re-raised: once as it leaves frames and builtins", () => {
		const source = `class Item:
    def __init__(self, n):
        if n < 0:
            raise ValueError(n)
def check(n):
    return Item(n)
try:
    check(-1)
except ValueError as e:
    caught = e
try:
    try:
        {}["k"]
    except KeyError:
        raise
except KeyError:
    pass
try:
    raise caught
except ValueError:
    pass
`;
		const trace = runProgram(source, { record: true }).trace!;
		const raised = Array.from({ length: trace.stepCount }, (_, step) =>
			trace.events(step).flatMap((event) => (event.kind === "exception" ? [[trace.state(step).line, event.line, event.reraised ? "re-raise" : "raise", event.preview]] : [])),
		).flat();
		expect(raised).toEqual([
			[4, 4, "raise", "ValueError(-1)"],
			[13, 13, "raise", "KeyError('k')"],
			[15, 15, "re-raise", "KeyError('k')"],
			[19, 19, "raise", "ValueError(-1)"],
		]);
		// Raised in __init__, told before its frame ends, and the frames it leaves innermost first.
		const step = stepWith(trace, "return", "Item.__init__");
		const told = trace.events(step).flatMap((event) => (event.kind === "exception" ? [event.type] : event.kind === "return" ? [event.name] : []));
		expect(told).toEqual(["ValueError", "Item.__init__", "check"]);
	});

	it("tells a re-raise once in a step: a with block's cleanup re-raising what its __exit__ raised adds none", () => {
		const source = `class Guard:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("exit")
def work():
    try:
        return 1 / 0
    finally:
        print("cleaning up")
try:
    with Guard():
        raise TypeError("body")
except KeyError:
    pass
try:
    work()
except ZeroDivisionError:
    pass
`;
		const trace = runProgram(source, { record: true }).trace!;
		const told = Array.from({ length: trace.stepCount }, (_, step) =>
			trace.events(step).flatMap((event) =>
				event.kind === "exception" ? [`${trace.state(step).line}: ${event.reraised ? "re-raise" : "raise"} ${event.type}`] : event.kind === "stdout" ? [`${trace.state(step).line}: print`] : event.kind === "return" ? [`return ${event.name}`] : [],
			),
		).flat();
		expect(told).toEqual([
			"return Guard",
			"return Guard.__enter__",
			"13: raise TypeError",
			"5: raise KeyError",
			"return Guard.__exit__",
			"8: raise ZeroDivisionError",
			// The finally block prints, then the exception goes on out of work.
			"10: print",
			"10: re-raise ZeroDivisionError",
			"return work",
			"return <module>",
		]);
	});

	it("tells a re-raise between two returns when the caller that re-raised is left by it in the same step", () => {
		// `__exit__` returns False, and only then does the with block of h re-raise: the exception leaves h after.
		const source = `class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
def h():
    with Quiet():
        raise KeyError("k")
try:
    h()
except KeyError:
    pass
`;
		const trace = runProgram(source, { record: true }).trace!;
		const events = trace.events(stepWith(trace, "return", "Quiet.__exit__"));
		const told = events.flatMap((event) => (event.kind === "exception" ? [`${event.reraised ? "re-raise" : "raise"} at ${event.line}`] : event.kind === "return" ? [`return ${event.name}`] : []));
		expect(told).toEqual(["return Quiet.__exit__", "re-raise at 7", "return h"]);
	});

	it("tells stderr the same way: a returning line's own write before the return, the caller's after it", () => {
		const source = `import sys
def warn(message):
    print(message, file=sys.stderr); return 2
x = warn("in warn") + len([print("after", file=sys.stderr)])
raise ValueError("boom")
`;
		const trace = runProgram(source, { record: true }).trace!;
		const written = (step: number) => trace.events(step).flatMap((event) => (event.kind === "stderr" ? [event.text.trimEnd().split("\n").pop()] : event.kind === "return" ? ["return"] : []));
		expect(written(stepWith(trace, "return", "warn"))).toEqual(["in warn", "return", "after"]);
		// The traceback is printed once the module's frame is gone.
		expect(written(trace.exitStep!)).toEqual(["return", "ValueError: boom"]);
	});

	it("tells a __del__'s or weakref callback's error reported before the interpreter lets go of the call and the dying object", () => {
		// python3 writes each "Exception ignored in" report (PyErr_WriteUnraisable) as soon as the frame is gone:
		// slot_tp_finalize and PyObject_ClearWeakRefs drop the call only after it, and the dealloc goes on after that.
		const source = `import weakref
class A:
    def __del__(self):
        raise ValueError("in del")
def callback(ref):
    raise KeyError("in callback")
a = A()
a.items = [1]
r = weakref.ref(a, callback)
del a
`;
		const run = runProgram(source, { record: true });
		// python3 3.11.7's stderr, addresses and the file's name aside.
		const masked = run.stderr.replace(/0x[0-9a-f]+/g, "0x…").replace(/File "[^"]*"/g, "File …");
		expect(masked).toBe(`Exception ignored in: <function A.__del__ at 0x…>
Traceback (most recent call last):
  File …, line 4, in __del__
    raise ValueError("in del")
ValueError: in del
Exception ignored in: <function callback at 0x…>
Traceback (most recent call last):
  File …, line 6, in callback
    raise KeyError("in callback")
KeyError: 'in callback'
`);
		const trace = run.trace!;
		const story = (name: string) => toldIn(trace, stepWith(trace, "return", name)).filter((told) => told !== "alloc" && told !== "free");
		// The caller's frame object is made as the raising frame is cleared (its traceback keeps that frame's object).
		// Only then does subtype_dealloc clear the weakref, whose callback is called in the same step.
		expect(story("A.__del__")).toEqual([
			"line",
			"exception",
			"return",
			"name self released",
			"running frame of A.__del__",
			"its running frame",
			"stderr",
			"__del__ being called",
			"object being finalized",
			"callback of a cleared weak reference",
			"weakref.ReferenceType __callback__",
			"call",
			"running frame of callback",
			"new name ref",
		]);
		expect(story("callback")).toEqual(["line", "exception", "return", "name ref released", "running frame of callback", "stderr", "callback of a cleared weak reference", "A .items", "A __class__"]);
	});

	it("tells a class taking its namespace's values before the namespace and the body's function go, then the class's name", () => {
		const source = "class C:\n    v = [1]\n    def m(self):\n        return 1\nx = C.v\n";
		const trace = runProgram(source, { record: true }).trace!;
		const events = trace.events(stepWith(trace, "return", "C"));
		const list = events.find((event) => event.kind === "incref" && event.cause === "C.v")!;
		const ofList = events.filter((event) => (event.kind === "incref" || event.kind === "decref") && event.object === (list.kind === "incref" ? list.object : -1));
		// Before: "1 -> 0 (dict value)" as the body returned, then "0 -> 1 (C.v)" once the class was made.
		expect(ofList.map((event) => [event.kind === "incref" || event.kind === "decref" ? event.cause.replace(/#\d+/, "") : "", "refcount" in event ? event.refcount : null])).toEqual([
			["C.v", 2],
			["dict value", 1],
		]);
		const told = toldIn(trace, stepWith(trace, "return", "C"));
		const kinds = events.map((event) => event.kind);
		const classMade = events.findIndex((event) => event.kind === "alloc" && event.type === "type");
		expect(classMade).toBeGreaterThan(kinds.indexOf("return"));
		expect(kinds.indexOf("free")).toBeGreaterThan(classMade);
		expect(kinds.lastIndexOf("free")).toBeLessThan(told.indexOf("new name C"));
	});

	it("tells the module's names kept as __main__'s globals without a count of 0", () => {
		const trace = runProgram("x = [1]\ny = x\nprint(len(y))\n", { record: true }).trace!;
		const events = trace.events(stepWith(trace, "return", "<module>"));
		const counts = events.flatMap((event) => (event.kind === "incref" || event.kind === "decref" ? [[event.cause, event.refcount]] : []));
		expect(counts).toEqual([
			["global x of __main__", 3],
			["name x released", 2],
			["global y of __main__", 3],
			["name y released", 2],
		]);
	});

	it("tells a frame object's taking over of its frame's locals after the return, so after what the last line printed", () => {
		// python3 prints 3: the frame object holds `local` only once the frame is cleared.
		const source = "import sys\nobj = []\ndef look():\n    fr = sys._getframe()\n    local = obj\n    print(sys.getrefcount(obj))\nlook()\n";
		const run = runProgram(source, { record: true });
		expect(run.stdout).toBe("3\n");
		const trace = run.trace!;
		const told = toldIn(trace, stepWith(trace, "return", "look"));
		expect(told.indexOf("stdout")).toBeLessThan(told.indexOf("return"));
		expect(told.indexOf("return")).toBeLessThan(told.indexOf("frame local"));
		expect(told.indexOf("frame local")).toBeLessThan(told.indexOf("name local released"));
	});

	it("tells a temporary freed after later objects were made as freed after them", () => {
		// The list [data] is made first, and freed only once list() has run its iterator to the end.
		const trace = runProgram("import sys\ndata = []\nr = list(map(sys.getrefcount, [data]))\n", { record: true }).trace!;
		const step = Array.from({ length: trace.stepCount }, (_, index) => index).find((index) => trace.lineOf(index) === 3)!;
		const events = trace.events(step);
		const madeAt = (type: string) => events.findIndex((event) => event.kind === "alloc" && event.type === type);
		const firstFree = events.findIndex((event) => event.kind === "free");
		expect(madeAt("list_iterator")).toBeGreaterThan(0);
		expect(madeAt("map")).toBeGreaterThan(madeAt("list_iterator"));
		expect(firstFree).toBeGreaterThan(madeAt("map"));
	});
});
