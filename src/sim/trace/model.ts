// The reader's model of one step: plain maps rebuilt by replaying log records from a checkpoint.
import { FLAG_WEAK_TARGET, Rec } from "./log";
import { truncate } from "../arrays";
import type { LogReader } from "./log";
import { DONE_PHASE, gcCauseFields, gcMarksAfter, MERGE_PHASE, type GcMarks } from "./gc-records";
import type { FrameView, HeapObjectView, ObjectId, ReferenceHolder } from "./types";
import { SlotList } from "./slot-list";

/** A collection whose merge phase the log has not shown (never, in a whole trace). */
const NO_CAUSE: readonly number[] = [0];

export interface ObjectState {
	type: number;
	refcount: number;
	size: number;
	flags: number;
	preview: number;
	/** A live weak reference's referent (no slot: a weak reference holds no reference), or 0. */
	weakTarget: number;
	/** [label, target] pairs. */
	slots: SlotList;
	/**
	 * How many objects appeared in the log before this one: its place in the model's order of objects, the same in
	 * every model of the trace (the recorder numbers each object's first record, and so does applyRecord). A state
	 * derived from another (state-builder.ts) keeps its objects in that order.
	 */
	seq: number;
	/** What the reader last built to show this state (state-builder.ts), until a record changes the object. */
	shown?: ShownObject | undefined;
	/**
	 * What it showed before records changed it, and how many first and last slots they all kept: the next view
	 * takes those from it, so a list that grows by one item makes one slot's view, and a state derived from the step
	 * before compares the two views' slots by identity.
	 */
	stale?: StaleView | undefined;
}

/**
 * An object's view with the holders its slots make, kept on its state: a step changes a few objects, and a heap
 * of 100,000 rebuilt every view at every step (a third of a second each). Views are read-only to their readers.
 */
export interface ShownObject {
	view: HeapObjectView;
	/** The holder each of view.slots makes of its target, in order. */
	holders: readonly ReferenceHolder[];
}

/** A reader's object state, every field set in one order: the views read them over a heap of many objects. */
function objectState(type: number, refcount: number, size: number, flags: number, preview: number, weakTarget: number, slots: SlotList, seq: number, shown: ShownObject | undefined, stale: StaleView | undefined): ObjectState {
	return { type, refcount, size, flags, preview, weakTarget, slots, seq, shown, stale };
}

export interface StaleView {
	readonly shown: ShownObject;
	kept: number;
	keptAfter: number;
}

/** Records changed `o`, keeping its first `kept` and last `keptAfter` slots (label and target) as they were. */
function outdate(o: ObjectState, kept: number, keptAfter: number): void {
	if (o.shown) o.stale = { shown: o.shown, kept, keptAfter };
	else if (o.stale) {
		o.stale.kept = Math.min(o.stale.kept, kept);
		o.stale.keptAfter = Math.min(o.stale.keptAfter, keptAfter);
	}
	o.shown = undefined;
}

export interface FrameState {
	name: number;
	line: number;
	func: number;
	/** A class statement's body, which runs as a function but is no call of the class. */
	classBody: boolean;
	/** A generator's (or coroutine's) frame, which leaves the stack at each yield and comes back. */
	generator: boolean;
	/** [name, target] pairs; target 0 = unbound. */
	locals: number[];
	stack: number[];
	/** What the reader last built to show this frame (frame-holders.ts), until a record changes the frame. */
	shown?: ShownFrame | undefined;
}

/** A frame's view with the holders it makes, kept on its state as an object's view is. Read-only to its readers. */
export interface ShownFrame {
	readonly view: FrameView;
	/** The objects the frame refers to (its names, its stack's entries, its running function), in the order shown. */
	readonly targets: readonly ObjectId[];
	/** The holder the frame makes of each of `targets`. */
	readonly holders: readonly ReferenceHolder[];
}

export interface Model {
	objects: Map<number, ObjectState>;
	frames: Map<number, FrameState>;
	frameOrder: number[];
	/** How many of the trace's writes to each stream (OutputWrites) were made by the end of the step. */
	stdoutWrites: number;
	stderrWrites: number;
	/** [object, label] pairs of interpreter-held references. */
	internal: number[];
	gc: number[];
	/** `cause` as the merge phase's record stored it (collector-writer.ts), kept by the phases after it. */
	collecting: Collecting | null;
	/** The running collection's marks on its objects, from its last phase's record. */
	gcMarks: GcMarks | null;
	line: number;
	nextLine: number;
	/** The frame that runs nextLine, or -1 (a step no line event ended). */
	frame: number;
	/** The seq the next object added gets. */
	nextSeq: number;
}

/**
 * The collection under way. `phase` is the last one recorded; `stepsSincePhase` counts the steps ended since
 * (capped at 2): 1 is the phase's own step, 2 a later step, whose Python code (a weakref callback, a __del__)
 * runs inside the phase after it. The done phase is shown at its own step only, with `collected`, the number
 * of objects the collection found unreachable (0 before it).
 */
export interface Collecting {
	readonly generation: number;
	readonly phase: number;
	readonly cause: readonly number[];
	readonly stepsSincePhase: 0 | 1 | 2;
	readonly collected: number;
}

/** What a step's end leaves of the collection: none after its done step. New objects, as checkpoints share them. */
export function collectingAfterStep(c: Collecting | null): Collecting | null {
	if (!c || (c.phase === DONE_PHASE && c.stepsSincePhase > 0)) return null;
	return c.stepsSincePhase === 2 ? c : { ...c, stepsSincePhase: c.stepsSincePhase === 0 ? 1 : 2 };
}

export function emptyModel(): Model {
	return {
		objects: new Map(),
		frames: new Map(),
		frameOrder: [],
		stdoutWrites: 0,
		stderrWrites: 0,
		internal: [],
		gc: [1, 0, 0, 0, 700, 10, 10],
		collecting: null,
		gcMarks: null,
		line: 0,
		nextLine: 0,
		frame: 0,
		nextSeq: 0,
	};
}

export function cloneModel(m: Model): Model {
	const objects = new Map<number, ObjectState>();
	for (const [id, o] of m.objects) objects.set(id, objectState(o.type, o.refcount, o.size, o.flags, o.preview, o.weakTarget, o.slots.copy(), o.seq, o.shown, o.stale));
	const frames = new Map<number, FrameState>();
	for (const [id, f] of m.frames) frames.set(id, { ...f, locals: f.locals.slice(), stack: f.stack.slice() });
	return {
		...m,
		objects,
		frames,
		frameOrder: m.frameOrder.slice(),
		internal: m.internal.slice(),
		gc: m.gc.slice(),
	};
}


/** A step's end marker gives the frame that runs its next line that line (a frame record may have left it out). */
export function moveToLine(f: FrameState | undefined, line: number): void {
	if (!f || f.line === line) return;
	f.line = line;
	f.shown = undefined;
}

/** A FrameUpdate record's change, made in place (checkpoints are copies, so none is shared). */
export function updateFrame(f: FrameState, line: number, changed: readonly number[], kept: number, pushed: readonly number[]): void {
	updateFrameFrom(f, line, changed, changed.length, kept, pushed, pushed.length);
}

/** updateFrame from the first `changedLength` and `pushedLength` numbers of arrays the recorder reuses. */
export function updateFrameFrom(f: FrameState, line: number, changed: readonly number[], changedLength: number, kept: number, pushed: readonly number[], pushedLength: number): void {
	f.line = line;
	f.shown = undefined;
	for (let i = 0; i < changedLength; i += 2) f.locals[changed[i]! * 2 + 1] = changed[i + 1]!;
	const stack = f.stack;
	for (let i = 0; i < pushedLength; i++) stack[kept + i] = pushed[i]!;
	truncate(stack, kept + pushedLength);
}

/** A FrameNames record: the frame's [name, target] pairs past the first `kept` become `pairs`. */
export function replaceFrameNames(f: FrameState, kept: number, pairs: readonly number[]): void {
	f.shown = undefined;
	truncate(f.locals, kept * 2);
	for (let i = 0; i < pairs.length; i++) f.locals.push(pairs[i]!);
}

/**
 * Apply one record (its kind already read). Returns true at a step's end. `indexLabels` are the string ids of the
 * labels `[0]`, `[1]`... by position (ObjectWriter.indexLabels), for an Object record whose kept last slots are
 * renumbered.
 */
export function applyRecord(m: Model, kind: number, r: LogReader, indexLabels: readonly number[]): boolean {
	switch (kind as Rec) {
		case Rec.Step:
			m.line = r.next();
			m.nextLine = r.next();
			m.frame = r.next();
			if (m.frame >= 0) moveToLine(m.frames.get(m.frame), m.nextLine);
			m.collecting = collectingAfterStep(m.collecting);
			if (!m.collecting) m.gcMarks = null;
			return true;
		case Rec.Object: {
			const id = r.next();
			const type = r.next();
			const refcount = r.next();
			const size = r.next();
			const recordFlags = r.next();
			const flags = recordFlags & ~FLAG_WEAK_TARGET;
			const preview = r.next();
			const weakTarget = recordFlags & FLAG_WEAK_TARGET ? r.next() : 0;
			const kept = r.next();
			const added = r.next();
			// Negative when the kept last slots are labelled by position and moved (SlotList.renumber).
			const keptLast = r.next();
			const keptAfter = Math.abs(keptLast);
			const previous = m.objects.get(id);
			if (!previous) {
				const numbers: number[] = [];
				for (let i = 0; i < added * 2; i++) numbers.push(r.next());
				m.objects.set(id, objectState(type, refcount, size, flags, preview, weakTarget, new SlotList(numbers), m.nextSeq++, undefined, undefined));
				return false;
			}
			// Renumbered last slots keep their targets under new labels.
			outdate(previous, kept, keptLast < 0 ? 0 : keptAfter);
			// In place, as FrameUpdate is (checkpoints are copies): a list that grows by one item a step would
			// otherwise copy all its slots at every step of the replay.
			const slots = previous.slots;
			const end = slots.length - keptAfter * 2;
			if (end - kept * 2 === added * 2) for (let i = kept * 2; i < end; i++) slots.set(i, r.next());
			else {
				const replacing: number[] = [];
				for (let i = 0; i < added * 2; i++) replacing.push(r.next());
				slots.replace(kept * 2, end, replacing, 0, replacing.length);
			}
			if (keptLast < 0) slots.renumber(slots.length - keptAfter * 2, indexLabels);
			previous.type = type;
			previous.refcount = refcount;
			previous.size = size;
			previous.flags = flags;
			previous.preview = preview;
			previous.weakTarget = weakTarget;
			return false;
		}
		case Rec.Refcount: {
			const id = r.next();
			const refcount = r.next();
			const o = m.objects.get(id);
			if (o) {
				o.refcount = refcount;
				outdate(o, o.slots.length / 2, 0);
			}
			return false;
		}
		case Rec.Free:
			m.objects.delete(r.next());
			return false;
		case Rec.Frame: {
			const id = r.next();
			const name = r.next();
			const line = r.next();
			const func = r.next();
			const flags = r.next();
			const classBody = (flags & 1) !== 0;
			const generator = (flags & 2) !== 0;
			const nLocals = r.next();
			const locals: number[] = [];
			for (let i = 0; i < nLocals * 2; i++) locals.push(r.next());
			const nStack = r.next();
			const stack: number[] = [];
			for (let i = 0; i < nStack; i++) stack.push(r.next());
			m.frames.set(id, { name, line, func, classBody, generator, locals, stack });
			return false;
		}
		case Rec.FrameUpdate: {
			const f = m.frames.get(r.next())!;
			const line = r.next();
			const changed: number[] = [];
			for (let n = r.next() * 2; n > 0; n--) changed.push(r.next());
			const kept = r.next();
			const pushed: number[] = [];
			for (let n = r.next(); n > 0; n--) pushed.push(r.next());
			updateFrame(f, line, changed, kept, pushed);
			return false;
		}
		case Rec.FrameNames: {
			const f = m.frames.get(r.next())!;
			const kept = r.next();
			const pairs: number[] = [];
			for (let n = r.next() * 2; n > 0; n--) pairs.push(r.next());
			replaceFrameNames(f, kept, pairs);
			return false;
		}
		case Rec.Frames: {
			const kept = r.next();
			const n = r.next();
			// Only the frames above `kept` change, in place (the model owns its order): a deep recursion replays
			// this at every step.
			const order = m.frameOrder;
			const left = order.splice(kept);
			for (let i = 0; i < n; i++) order.push(r.next());
			for (const id of left) if (!order.includes(id, kept)) m.frames.delete(id);
			return false;
		}
		// The text is in the trace's OutputWrites, in the order of these records.
		case Rec.Stdout:
			r.next();
			m.stdoutWrites++;
			return false;
		case Rec.Stderr:
			r.next();
			m.stderrWrites++;
			return false;
		case Rec.GcPhase: {
			const generation = r.next();
			const phase = r.next();
			let cause = m.collecting?.cause ?? NO_CAUSE;
			if (phase === MERGE_PHASE) {
				const kind = r.next();
				cause = [kind];
				for (let n = gcCauseFields(kind); n > 0; n--) (cause as number[]).push(r.next());
			}
			const n = r.next();
			const refs = new Map<number, number>();
			for (let i = 0; i < n; i++) refs.set(r.next(), r.next());
			const collected = phase === DONE_PHASE ? r.next() : 0;
			m.collecting = { generation, phase, cause, stepsSincePhase: 0, collected };
			m.gcMarks = gcMarksAfter(phase, refs, m.gcMarks);
			return false;
		}
		case Rec.GcState:
			for (let i = 0; i < 7; i++) m.gc[i] = r.next();
			return false;
		case Rec.Internal: {
			const n = r.next();
			m.internal = [];
			for (let i = 0; i < n * 2; i++) m.internal.push(r.next());
			return false;
		}
	}
	throw new Error(`corrupt trace record ${kind}`);
}
