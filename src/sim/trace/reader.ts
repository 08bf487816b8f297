// Trace (types.ts) over a recorder's log: state(step) replays records from the nearest checkpoint;
// events(step) are derived from the difference between a step and the one before it.
import { RUNNING_FRAME_HOLDER, type Trace, type StepState, type TraceEvent, type HeapObjectView, type FrameView, type GcView, type ReferenceHolder, type StepMark, type ObjectId, type CollectionStart } from "./types";
import { FLAG_TRACKED, FLAG_FINALIZED, FLAG_SHARED, GEN_SHIFT, Rec } from "./log";
import { type Collecting, type Model, type ObjectState, type ShownObject, cloneModel, applyRecord } from "./model";
import type { Recorder } from "./recorder";
import { MARK_BITS, MARK_GC } from "./step-marks";
import { decodeGcCause, GC_PHASES } from "./gc-records";
import { previewText } from "./preview";
import { CHECKPOINT_ENTRY_BYTES } from "./recorded-model";
import { diffEvents } from "./step-events";
import { StepTouches } from "./step-touches";

/** A CollectionStart as V8 keeps it: an object header and three fields. */
const COLLECTION_START_BYTES = 48;
/** See TraceReader.recent. */
const RECENT_MODELS = 3;
/** See TraceReader.recentStates. */
const RECENT_STATES = 4;


export class TraceReader implements Trace {
	readonly profile = "3.11" as const;

	/**
	 * The models last rebuilt, the most recent last (views copy what they show from them, so they can move on).
	 * Two, because the block reads two places at once as it steps: the shown step and the event log's newest row.
	 * With one, each read moved it past the other's next step, which then replayed from a checkpoint.
	 */
	private recent: { step: number; model: Model }[] = [];
	/**
	 * The states last built, the newest last: events(step) reads the state before it and its own, which a walk
	 * forward (the block stepping on, a test of every step) has just read. States are read-only to their callers.
	 */
	private recentStates: { step: number; state: StepState }[] = [];

	constructor(private readonly rec: Recorder) {}

	private get checkpoints(): Model[] {
		return this.rec.model.checkpoints;
	}

	get stepCount(): number {
		return this.rec.stepStarts.length - 1;
	}

	get exitStep(): number | null {
		const exit = this.rec.exitStep;
		return exit !== null && exit < this.stepCount ? exit : null;
	}

	/** The records the steps wrote, each one change: an object's new state or count, a free, a frame, the collector's state... */
	get eventCount(): number {
		return this.rec.log.records;
	}

	/** The model after `step` (replayed from the checkpoint before it). */
	private modelAt(step: number): Model {
		const cp = this.rec.model.checkpointBefore(step + 1);
		let from = this.rec.model.checkpointSteps[cp]!;
		let model: Model;
		// Stepping forward (the UI's next step, events(step) after state(step - 1), a reader walking the whole
		// trace) replays only the steps since the model last rebuilt, when that is nearer than the checkpoint.
		let nearest = -1;
		this.recent.forEach((recent, index) => {
			if (recent.step <= step && recent.step >= from && (nearest < 0 || recent.step > this.recent[nearest]!.step)) nearest = index;
		});
		if (nearest >= 0) {
			model = this.recent[nearest]!.model;
			from = this.recent[nearest]!.step + 1;
		} else model = cloneModel(this.checkpoints[cp]!);
		const r = this.rec.log.reader(this.rec.stepStarts[from]!);
		for (let s = from; s <= step; s++) {
			while (!applyRecord(model, r.next(), r, this.rec.indexLabels)) {
				/* records of step s */
			}
		}
		this.remember(step, model);
		return model;
	}

	/** Keeps `model` as the one at `step`, most recent (it may have been kept for an earlier step, now replayed past). */
	private remember(step: number, model: Model): void {
		this.recent = this.recent.filter((recent) => recent.model !== model);
		this.recent.push({ step, model });
		if (this.recent.length > RECENT_MODELS) this.recent.shift();
	}

	state(step: number): StepState {
		if (step < 0 || step >= this.stepCount) throw new RangeError(`step ${step} is outside 0..${this.stepCount - 1}`);
		const kept = this.recentStates.find((recent) => recent.step === step);
		if (kept) return kept.state;
		const state = this.view(this.modelAt(step), step);
		this.recentStates.push({ step, state });
		if (this.recentStates.length > RECENT_STATES) this.recentStates.shift();
		return state;
	}

	private view(m: Model, step: number): StepState {
		const str = (i: number) => this.rec.strings.strings[i] ?? "";
		const holders = new Map<number, ReferenceHolder[]>();
		const hold = (target: number, h: ReferenceHolder) => {
			const list = holders.get(target);
			if (list) list.push(h);
			else holders.set(target, [h]);
		};
		const objects: HeapObjectView[] = [];
		for (const [id, o] of m.objects) {
			const gcRefs = m.gcRefs?.get(id);
			// A collection's gc_refs change without a record of the object: such a view is built for its step only.
			const shown = gcRefs === undefined ? (o.shown ??= this.show(id, o)) : this.show(id, o);
			if (gcRefs !== undefined) shown.view.gcRefs = gcRefs;
			const { view, holders: slotHolders } = shown;
			for (let i = 0; i < slotHolders.length; i++) hold(view.slots[i]!.target, slotHolders[i]!);
			objects.push(view);
		}
		const frames: FrameView[] = m.frameOrder.map((id) => {
			const f = m.frames.get(id)!;
			const name = str(f.name);
			const locals = [];
			for (let i = 0; i < f.locals.length; i += 2) {
				const local = str(f.locals[i]!);
				const target = f.locals[i + 1]!;
				locals.push({ name: local, target: target || null });
				if (target) hold(target, { kind: "name", frame: id, name: local });
			}
			f.stack.forEach((target, depth) => hold(target, { kind: "stack", frame: id, depth }));
			if (f.func) hold(f.func, { kind: "internal", label: RUNNING_FRAME_HOLDER + name });
			const view: FrameView = { id, name, line: f.line, locals, stack: f.stack.slice() };
			if (f.classBody) view.classBody = true;
			if (f.generator) view.generator = true;
			return view;
		});
		for (let i = 0; i < m.internal.length; i += 2) hold(m.internal[i]!, { kind: "internal", label: str(m.internal[i + 1]!) });
		// Shared values appear while something shown refers to them.
		for (const id of holders.keys()) {
			const value = m.objects.has(id) ? undefined : this.rec.sharedValues.get(id);
			if (value) objects.push(sharedValueView(id, str(value.type), previewText(value.preview, this.rec.strings.strings), value.size));
		}
		const [enabled, c0, c1, c2, t0, t1, t2] = m.gc;
		return {
			step,
			line: m.line,
			nextLine: m.nextLine < 0 ? null : m.nextLine,
			frames,
			objects,
			holders,
			stdout: m.stdout.map(str).join(""),
			stderr: m.stderr.map(str).join(""),
			gc: {
				enabled: enabled === 1,
				counts: [c0!, c1!, c2!],
				thresholds: [t0!, t1!, t2!],
				collecting: m.collecting ? collectingView(m.collecting) : null,
			},
		};
	}

	private show(id: number, o: ObjectState): ShownObject {
		const str = (i: number) => this.rec.strings.strings[i] ?? "";
		const slots = [];
		const holders: ReferenceHolder[] = [];
		for (let i = 0; i < o.slots.length; i += 2) {
			const label = str(o.slots.at(i));
			slots.push({ label, target: o.slots.at(i + 1) });
			holders.push({ kind: "slot", owner: id, label });
		}
		const type = str(o.type);
		const tracked = (o.flags & FLAG_TRACKED) !== 0;
		const view: HeapObjectView = {
			id,
			type,
			label: this.rec.sharedNames.get(id) ?? `${type}#${id}`,
			preview: previewText(o.preview, this.rec.strings.strings),
			shared: (o.flags & FLAG_SHARED) !== 0,
			refcount: o.refcount,
			size: o.size,
			tracked,
			generation: tracked ? ((o.flags >> GEN_SHIFT) & 3) as 0 | 1 | 2 : null,
			finalized: (o.flags & FLAG_FINALIZED) !== 0,
			inline: false,
			slots,
		};
		return { view, holders };
	}

	events(step: number): TraceEvent[] {
		const previous = step > 0 ? this.state(step - 1) : null;
		// The walk leaves the model at `step`, so the state read next replays nothing more.
		const { passing, touched } = this.walkStep(step, new StepTouches());
		const current = this.state(step);
		return diffEvents(previous, current, { firstAfterReturn: this.rec.returnBoundaries.get(step), outputAtReturn: this.rec.outputAtReturn.get(step), passing, touched });
	}

	/**
	 * Read from the step's own records as the model replays them: an Object record of an object the model
	 * lacks shows it, a Free record of one it had removes it. A walk over a long trace then costs its length,
	 * where building two states per step (events()) costs its length times the objects alive.
	 */
	objectsShownAndGone(step: number): { shown: ObjectId[]; gone: ObjectId[] } {
		const { appearing, leaving, model } = this.walkStep(step, null);
		const shown: ObjectId[] = [];
		for (const id of appearing) if ((model.objects.get(id)!.flags & FLAG_SHARED) === 0) shown.push(id);
		return { shown, gone: [...leaving] };
	}

	/**
	 * Replay one step's records onto the model before it. An object can leave and come back within a step (a
	 * free, then a record of the object that took its place in view), or come and go: `appearing` and
	 * `leaving` keep only where each ends up; `passing` keeps the program's objects that came and went, with
	 * their types (a temporary, such as the list in `len([1, 2])`, made and freed by one line).
	 */
	private walkStep(step: number, touches: StepTouches | null): { appearing: Set<ObjectId>; leaving: Set<ObjectId>; passing: Map<ObjectId, string>; touched: ReadonlySet<ObjectId> | undefined; model: Model } {
		if (step < 0 || step >= this.stepCount) throw new RangeError(`step ${step} is outside 0..${this.stepCount - 1}`);
		const model = step > 0 ? this.modelAt(step - 1) : cloneModel(this.checkpoints[0]!);
		const appearing = new Set<ObjectId>();
		const leaving = new Set<ObjectId>();
		const passing = new Map<ObjectId, string>();
		const strings = this.rec.strings.strings;
		const r = this.rec.log.reader(this.rec.stepStarts[step]!);
		for (;;) {
			const kind = r.next() as Rec;
			if (kind === Rec.Object || kind === Rec.Free) {
				const id = r.peek();
				const o = model.objects.get(id);
				if (kind === Rec.Object && !o) {
					if (!leaving.delete(id)) appearing.add(id);
				} else if (kind === Rec.Free && o) {
					if (!appearing.delete(id)) leaving.add(id);
					// One made at start-up that the step showed and freed (__main__'s globals at exit) is not a temporary.
					else if ((o.flags & FLAG_SHARED) === 0 && id >= this.rec.firstProgramObject) passing.set(id, strings[o.type] ?? "object");
				}
			}
			touches?.note(model, kind, r);
			if (applyRecord(model, kind, r, this.rec.indexLabels)) break;
		}
		this.remember(step, model);
		return { appearing, leaving, passing, touched: touches?.finish(model), model };
	}

	isCollectorPhase(step: number): boolean {
		return ((this.rec.stepMarks[step] ?? 0) & MARK_GC) !== 0;
	}

	lineOf(step: number): number {
		return this.rec.stepLines[step] ?? 0;
	}

	stepsMarked(mark: StepMark): number[] {
		const bit = MARK_BITS[mark];
		const stepMarks = this.rec.stepMarks;
		const steps: number[] = [];
		for (let step = 0; step < stepMarks.length; step++) if (stepMarks[step]! & bit) steps.push(step);
		return steps;
	}

	collections(): readonly CollectionStart[] {
		return this.rec.collections;
	}

	byteSize(): number {
		const rec = this.rec;
		const entries = this.checkpoints.reduce((n, m) => n + m.objects.size + m.frames.size, 0);
		// The per-step arrays hold small integers: 8 bytes an element in V8 on 64-bit.
		const perStep = (rec.stepStarts.length + rec.stepMarks.length + rec.stepLines.length) * 8;
		const indexes = (rec.returnBoundaries.size + rec.outputAtReturn.size) * 16 + rec.collections.length * COLLECTION_START_BYTES;
		return rec.log.byteSize + rec.strings.byteSize + perStep + indexes + (entries + rec.sharedValues.size) * CHECKPOINT_ENTRY_BYTES;
	}
}

function sharedValueView(id: ObjectId, type: string, preview: string, size: number): HeapObjectView {
	return { id, type, label: `${type}#${id}`, preview, shared: true, refcount: 0, size, tracked: false, generation: null, finalized: false, inline: true, slots: [] };
}

/** A step after a phase's own runs Python code inside the next phase (see Collecting). */
function collectingView(c: Collecting): NonNullable<GcView["collecting"]> {
	const underWay = c.stepsSincePhase === 2;
	const phase = GC_PHASES[underWay ? c.phase + 1 : c.phase]!;
	return { generation: c.generation as 0 | 1 | 2, phase, cause: decodeGcCause(c.cause), underWay, collected: c.collected };
}
