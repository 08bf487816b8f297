// A hand-written Trace for component tests and the bench, built before the simulator existed. It follows
// the contract in src/sim/trace/types.ts: every non-shared object's refcount is its number of holders.
// The program it pretends to run is FAKE_SOURCE; the numbers are plausible, not CPython's.
import type {
	FrameId,
	FrameView,
	GcCause,
	GcPhase,
	GcView,
	HeapObjectView,
	ObjectId,
	ReferenceHolder,
	StepMark,
	StepState,
	Trace,
	TraceEvent,
} from "../../../src/sim/trace/types";

export const FAKE_SOURCE = [
	"x = [1, 2]", // 1
	"y = x", // 2
	"class C:", // 3
	"    pass", // 4
	"c = C()", // 5
	"c.items = x", // 6
	"x.append(x)", // 7
	"del x, y", // 8
	"del c", // 9
	"import gc", // 10
	"gc.collect()", // 11
	"def f(n):", // 12
	"    return [n]", // 13
	"r = f(2)", // 14
	"print(r)", // 15
	"[][0]", // 16
].join("\n");

type Holder = ReferenceHolder;

interface LiveObject {
	view: Omit<HeapObjectView, "refcount" | "slots" | "gcRefs" | "gcState">;
	slots: { label: string; target: ObjectId }[];
	gcRefs?: number;
	gcState?: HeapObjectView["gcState"];
}

const SHARED_BASE = 1000;

/** Mutable interpreter state plus a recorder that snapshots it into steps. */
export class TraceBuilder {
	private readonly objects = new Map<ObjectId, LiveObject>();
	private readonly holders = new Map<ObjectId, Holder[]>();
	private frames: FrameView[] = [{ id: 0, name: "<module>", line: 0, locals: [], stack: [] }];
	private readonly steps: { state: StepState; events: TraceEvent[] }[] = [];
	private pending: TraceEvent[] = [];
	private stdout = "";
	private stderr = "";
	gc: GcView = { enabled: true, counts: [0, 0, 0], thresholds: [700, 10, 10], collecting: null };

	alloc(id: ObjectId, type: string, preview: string, extra: Partial<LiveObject["view"]> = {}): void {
		const tracked = extra.tracked ?? ["list", "dict", "type", "function", "C", "module"].includes(type);
		this.objects.set(id, {
			view: {
				id,
				type,
				label: `${type}#${id}`,
				preview,
				shared: false,
				size: 56,
				tracked,
				generation: tracked ? 0 : null,
				finalized: false,
				inline: false,
				...extra,
			},
			slots: [],
		});
		this.holders.set(id, []);
		if (tracked) this.gc.counts[0] += 1;
		this.pending.push({ kind: "alloc", object: id, type });
	}

	shared(id: ObjectId, type: string, preview: string): void {
		this.objects.set(id, {
			view: { id, type, label: `${type}#${id}`, preview, shared: true, size: 28, tracked: false, generation: null, finalized: false, inline: true },
			slots: [],
		});
		this.holders.set(id, []);
	}

	setPreview(id: ObjectId, preview: string): void {
		const object = this.objects.get(id);
		if (object) object.view.preview = preview;
	}

	ref(target: ObjectId, holder: Holder, cause = "binding"): void {
		const list = this.holders.get(target);
		if (!list) throw new Error(`no object ${target}`);
		list.push(holder);
		if (holder.kind === "slot") this.objects.get(holder.owner)?.slots.push({ label: holder.label, target });
		if (holder.kind === "name") this.bindName(holder.frame, holder.name, target);
		if (holder.kind === "stack") this.frame(holder.frame).stack.push(target);
		this.pending.push({ kind: "incref", object: target, refcount: this.refcount(target), holder, cause });
	}

	unref(target: ObjectId, holder: Holder, cause = "unbinding"): void {
		const list = this.holders.get(target);
		const index = list?.findIndex((entry) => JSON.stringify(entry) === JSON.stringify(holder)) ?? -1;
		if (!list || index < 0) throw new Error(`${JSON.stringify(holder)} does not hold ${target}`);
		list.splice(index, 1);
		if (holder.kind === "slot") {
			const owner = this.objects.get(holder.owner);
			if (owner) owner.slots = owner.slots.filter((slot) => slot.label !== holder.label);
		}
		if (holder.kind === "name") {
			const frame = this.frame(holder.frame);
			frame.locals = frame.locals.filter((local) => local.name !== holder.name);
		}
		if (holder.kind === "stack") this.frame(holder.frame).stack.pop();
		this.pending.push({ kind: "decref", object: target, refcount: this.refcount(target), holder, cause });
	}

	/** Frees `id`; the references it held must have been dropped first. */
	free(id: ObjectId, reason: string): void {
		this.objects.delete(id);
		this.holders.delete(id);
		this.pending.push({ kind: "free", object: id, reason });
	}

	event(event: TraceEvent): void {
		if (event.kind === "stdout") this.stdout += event.text;
		this.pending.push(event);
	}

	pushFrame(id: FrameId, name: string, line: number): void {
		this.frames.push({ id, name, line, locals: [], stack: [] });
		this.pending.push({ kind: "call", frame: id, name, line });
	}

	popFrame(): void {
		const frame = this.frames.pop();
		if (frame) this.pending.push({ kind: "return", frame: frame.id, name: frame.name });
	}

	setGc(id: ObjectId, gcRefs: number | undefined, gcState?: HeapObjectView["gcState"]): void {
		const object = this.objects.get(id);
		if (!object) return;
		object.gcRefs = gcRefs;
		object.gcState = gcState;
	}

	fail(stderr: string): void {
		this.stderr += stderr;
	}

	/** Closes a step that executed `line` in the innermost frame. */
	step(line: number, nextLine: number | null, lineEvent = true): void {
		const top = this.frames[this.frames.length - 1];
		if (top && line > 0) top.line = line;
		const events = lineEvent && line > 0 ? [{ kind: "line", line, frame: top?.id ?? 0 } as TraceEvent, ...this.pending] : this.pending;
		this.pending = [];
		const objects: HeapObjectView[] = [...this.objects.values()].map((object) => {
			const view: HeapObjectView = {
				...object.view,
				refcount: this.refcount(object.view.id),
				slots: object.slots.map((slot) => ({ ...slot })),
			};
			if (object.gcRefs !== undefined) view.gcRefs = object.gcRefs;
			if (object.gcState !== undefined) view.gcState = object.gcState;
			return view;
		});
		const holders = new Map<ObjectId, readonly Holder[]>();
		for (const [id, list] of this.holders) holders.set(id, list.map((holder) => ({ ...holder })));
		this.steps.push({
			events,
			state: {
				step: this.steps.length,
				line,
				nextLine,
				frames: this.frames.map((frame) => ({ ...frame, locals: frame.locals.map((local) => ({ ...local })), stack: [...frame.stack] })),
				objects,
				holders,
				stdout: this.stdout,
				stderr: this.stderr,
				// The fake's stderr is only a traceback at its end, after all it printed.
				output: (["stdout", "stderr"] as const).filter((stream) => this[stream] !== "").map((stream) => ({ stream, text: this[stream] })),
				gc: { ...this.gc, counts: [...this.gc.counts], thresholds: [...this.gc.thresholds], collecting: this.gc.collecting && { ...this.gc.collecting } },
			},
		});
		if (this.gc.collecting?.phase === "done") this.gc.collecting = null;
	}

	/** As the reader tells it: the done phase is shown at its own step only, with the collection's result. */
	gcPhase(generation: 0 | 1 | 2, phase: GcPhase, gcRefs: [ObjectId, number][], cause: GcCause = { kind: "collect" }, collected = 0): void {
		this.gc.collecting = { generation, phase, cause, underWay: false, collected };
		this.pending.push(phase === "done" ? { kind: "gc-done", generation, collected, cause } : { kind: "gc-phase", generation, phase, cause, gcRefs });
	}

	build(): Trace {
		const steps = this.steps;
		return {
			profile: "3.11",
			stepCount: steps.length,
			eventCount: steps.reduce((sum, step) => sum + step.events.length, 0),
			// As the recorder's: the first step after step 0 whose state has no module frame.
			exitStep: exitStepOf(steps.map((step) => step.state)),
			state: (step) => stepAt(steps, step).state,
			events: (step) => stepAt(steps, step).events,
			objectsShownAndGone: (step) => objectsShownAndGone(step > 0 ? stepAt(steps, step - 1).state : null, stepAt(steps, step).state),
			isCollectorPhase: (step) => stepAt(steps, step).events.some((event) => event.kind === "gc-phase" || event.kind === "gc-done"),
			lineOf: (step) => stepAt(steps, step).state.line,
			stepsMarked: (mark) => stepsMarked(steps.map((step) => step.events), mark),
			collections: () =>
				steps.flatMap((step, index) =>
					step.events.flatMap((event) =>
						event.kind === "gc-phase" && event.phase === "merge" ? [{ step: index, generation: event.generation, cause: event.cause.kind }] : [],
					),
				),
			byteSize: () => JSON.stringify(steps.map((step) => step.events)).length,
		};
	}

	private refcount(id: ObjectId): number {
		const count = this.holders.get(id)?.length ?? 0;
		return this.objects.get(id)?.view.shared ? SHARED_BASE + count : count;
	}

	private frame(id: FrameId): FrameView {
		const frame = this.frames.find((candidate) => candidate.id === id);
		if (!frame) throw new Error(`no frame ${id}`);
		return frame;
	}

	private bindName(frameId: FrameId, name: string, target: ObjectId): void {
		const frame = this.frame(frameId);
		const local = frame.locals.find((entry) => entry.name === name);
		if (local) local.target = target;
		else frame.locals.push({ name, target });
	}
}

function exitStepOf(states: readonly StepState[]): number | null {
	const exit = states.findIndex((state, step) => step > 0 && !state.frames.some((frame) => frame.name === "<module>"));
	return exit < 0 ? null : exit;
}

function stepAt<T>(steps: T[], step: number): T {
	const found = steps[step];
	if (found === undefined) throw new RangeError(`step ${step} is outside 0..${steps.length - 1}`);
	return found;
}

function stepsMarked(events: TraceEvent[][], mark: StepMark): number[] {
	const marks = (event: TraceEvent): boolean =>
		mark === "gc" ? event.kind === "gc-phase" || event.kind === "gc-done" : event.kind === mark;
	return events.flatMap((list, step) => (list.some(marks) ? [step] : []));
}

const name = (name: string, frame: FrameId = 0): Holder => ({ kind: "name", frame, name });
const slot = (owner: ObjectId, label: string): Holder => ({ kind: "slot", owner, label });
const stack = (frame: FrameId, depth: number): Holder => ({ kind: "stack", frame, depth });

/** FAKE_SOURCE step by step: names, a list, an instance, a cycle, a collection, a call, stdout, an exception. */
export function makeFakeTrace(): Trace {
	const b = new TraceBuilder();
	b.step(0, 1, false);
	// x = [1, 2]
	b.shared(1, "int", "1");
	b.shared(2, "int", "2");
	b.alloc(3, "list", "[1, 2]", { size: 72 });
	b.ref(1, slot(3, "[0]"));
	b.ref(2, slot(3, "[1]"));
	b.ref(3, name("x"));
	b.step(1, 2);
	b.ref(3, name("y"));
	b.step(2, 3);
	b.alloc(4, "type", "<class 'C'>", { size: 1688 });
	b.ref(4, name("C"));
	b.step(3, 5);
	b.alloc(5, "C", "<C object>", { size: 48 });
	b.ref(5, name("c"));
	b.step(5, 6);
	b.ref(3, slot(5, ".items"));
	b.step(6, 7);
	b.ref(3, slot(3, "[2]"));
	b.setPreview(3, "[1, 2, [...]]");
	b.step(7, 8);
	b.unref(3, name("x"));
	b.unref(3, name("y"));
	b.step(8, 9);
	b.unref(5, name("c"));
	b.unref(3, slot(5, ".items"));
	b.free(5, "its refcount fell to 0 when c was deleted");
	b.step(9, 10);
	b.alloc(6, "module", "<module 'gc'>", { size: 72 });
	b.ref(6, { kind: "internal", label: "sys.modules['gc']" });
	b.ref(6, name("gc"));
	b.step(10, 11);
	// gc.collect(): one step per phase, the list's self-reference makes it unreachable.
	b.gcPhase(2, "start", []);
	b.step(11, 11);
	b.gcPhase(2, "merge", []);
	b.gc.counts = [0, 0, 0];
	b.step(11, 11, false);
	b.setGc(3, 1);
	b.setGc(4, 1);
	b.setGc(6, 2);
	b.gcPhase(2, "update-refs", [[3, 1], [4, 1], [6, 2]]);
	b.step(11, 11, false);
	b.setGc(3, 0);
	b.setGc(6, 1);
	b.gcPhase(2, "subtract-refs", [[3, 0], [4, 1], [6, 1]]);
	b.step(11, 11, false);
	b.setGc(3, 0, "unreachable");
	b.setGc(4, 1, "reachable");
	b.setGc(6, 1, "reachable");
	b.gcPhase(2, "move-unreachable", [[3, 0], [4, 1], [6, 1]]);
	b.step(11, 11, false);
	b.gcPhase(2, "clear", [[3, 0]]);
	b.setGc(3, undefined, "cleared");
	b.unref(1, slot(3, "[0]"));
	b.unref(2, slot(3, "[1]"));
	b.unref(3, slot(3, "[2]"));
	b.free(3, "collected by the cyclic collector: only its own [2] held it");
	b.step(11, 11, false);
	for (const id of [4, 6]) b.setGc(id, undefined, undefined);
	b.gcPhase(2, "done", [], { kind: "collect" }, 1);
	b.step(11, 12, false);
	// def f(n): return [n]
	b.alloc(7, "function", "<function f>", { size: 152 });
	b.ref(7, name("f"));
	b.step(12, 14);
	b.ref(7, stack(0, 0));
	b.ref(2, stack(0, 1));
	b.pushFrame(1, "f", 14);
	b.unref(2, stack(0, 1));
	b.ref(2, name("n", 1));
	b.step(14, 13);
	b.alloc(8, "list", "[2]", { size: 64 });
	b.ref(2, slot(8, "[0]"));
	b.ref(8, stack(1, 0));
	b.step(13, 14);
	b.unref(8, stack(1, 0));
	b.unref(2, name("n", 1));
	b.popFrame();
	b.unref(7, stack(0, 0));
	b.ref(8, name("r"));
	b.step(14, 15);
	b.event({ kind: "stdout", text: "[2]\n" });
	b.step(15, 16);
	b.alloc(9, "list", "[]", { size: 56 });
	b.ref(9, stack(0, 0));
	// A builtin's error that no handler needed never became an object: no preview, no id.
	b.event({ kind: "exception", object: 0, type: "IndexError", preview: null, line: 16 });
	b.unref(9, stack(0, 0));
	b.free(9, "the failed subscript dropped the only reference");
	b.fail('Traceback (most recent call last):\n  File "<pymem>", line 16, in <module>\nIndexError: list index out of range\n');
	b.step(16, null);
	return b.build();
}

/** `count` live lists in one list, then steps that each rebind one name: the bench's 200-object heap. */
export function makeWideTrace(count: number, extraSteps = 60): Trace {
	const b = new TraceBuilder();
	b.step(0, 1, false);
	b.alloc(1, "list", "[...]", { size: 8 * count + 56 });
	b.ref(1, name("items"));
	for (let index = 0; index < count; index++) {
		const id = 2 + index;
		b.alloc(id, "list", `[${index}]`, { size: 64 });
		b.ref(id, slot(1, `[${index}]`));
	}
	b.step(1, 2);
	for (let step = 0; step < extraSteps; step++) {
		const target = 2 + ((step * 7) % count);
		if (step > 0) b.unref(2 + (((step - 1) * 7) % count), name("item"));
		b.ref(target, name("item"));
		b.step(2, 2);
	}
	return b.build();
}

/** Trace.objectsShownAndGone from the two states (the reader reads it from its log instead). */
function objectsShownAndGone(previous: StepState | null, current: StepState): { shown: ObjectId[]; gone: ObjectId[] } {
	const before = new Set(previous?.objects.filter((entry) => !entry.shared).map((entry) => entry.id));
	const after = new Set(current.objects.filter((entry) => !entry.shared).map((entry) => entry.id));
	return {
		shown: current.objects.filter((entry) => !entry.shared && !before.has(entry.id)).map((entry) => entry.id),
		gone: [...before].filter((id) => !after.has(id)),
	};
}
