// Trace (types.ts) over a recorder's log: state(step) is derived from the state of the step before when the reader
// has it (state-builder.ts), or from the state of the step after and that step's walk (a step back), and otherwise
// built whole from a model replayed from the nearest checkpoint;
// events(step) are derived from the difference between a step and the one before it.
import type { Trace, StepState, TraceEvent, StepMark, ObjectId, CollectionStart } from "./types";
import { FLAG_SHARED, Rec } from "./log";
import { type Model, cloneModel, applyRecord } from "./model";
import type { Recorder } from "./recorder";
import { MARK_BITS, MARK_GC } from "./step-marks";
import { diffEvents } from "./step-events";
import type { WriteCounts } from "./output-writes";
import { StepTouches } from "./step-touches";
import { type BuiltState, StateBuilder, type StepWalk } from "./state-builder";
import { touchedViews } from "./holder-lists";

/** See TraceReader.recent. */
const RECENT_MODELS = 3;
/** See TraceReader.built. */
const RECENT_STATES = 4;
/** See TraceReader.walks: more than the steps of the block's event log, which a step back reads again. */
const RECENT_WALKS = 64;


/** A step's walk: what objectsShownAndGone and events read of its records, and, with touches, what derive() needs. */
interface Walked {
	appearing: Set<ObjectId>;
	leaving: Set<ObjectId>;
	passing: Map<ObjectId, string>;
	model: Model;
	/** How many writes to stdout and stderr the model had seen before the step. */
	writesBefore: WriteCounts;
	walk?: StepWalk;
}

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
	private built: BuiltState[] = [];
	/** The last step walked with its touches (walkStep), from which its state can be derived. */
	private lastWalk: { step: number; model: Model; walk: StepWalk } | null = null;
	/** The walks of the steps last walked with their touches, by step: a step back derives its state by one. */
	private readonly walks = new Map<number, StepWalk>();
	private readonly builder: StateBuilder;

	constructor(private readonly rec: Recorder) {
		this.builder = new StateBuilder(rec);
	}

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
		const kept = this.built.find((built) => built.step === step);
		if (kept) return kept.state;
		const built = this.derivedState(step) ?? this.stateBackFrom(step) ?? this.builder.build(this.modelAt(step), step);
		this.built.push(built);
		if (this.built.length > RECENT_STATES) this.built.shift();
		return built.state;
	}

	/**
	 * The state of `step` derived from the one before it, when the reader has that state and its model still at
	 * that step, or has just walked that model through `step` (events()). Otherwise null: it is built whole.
	 */
	private derivedState(step: number): BuiltState | null {
		const before = this.built.find((built) => built.step === step - 1);
		if (!before) return null;
		const model = this.recent.find((recent) => this.builder.builtFrom(before, recent.model))?.model;
		if (!model) return null;
		const at = (s: number) => this.recent.some((recent) => recent.model === model && recent.step === s);
		const walked = this.lastWalk;
		if (walked?.step === step && walked.model === model && at(step)) return this.builder.derive(before, model, step, walked.walk);
		if (!at(step - 1)) return null;
		const { walk } = this.walkStep(step, new StepTouches(), model);
		return this.builder.derive(before, model, step, walk!);
	}

	/**
	 * The state of `step` derived from that of the step after it, when the reader has that state and the walk of the
	 * step after: a step back. Its model is replayed from a checkpoint still, as a whole build's is, but only the
	 * objects the step after touched are shown anew: a step back over 100,000 objects takes 60 to 110 ms in node,
	 * most of it that replay, where built whole it took 170 to 320.
	 */
	private stateBackFrom(step: number): BuiltState | null {
		const after = this.built.find((built) => built.step === step + 1);
		const walk = this.walks.get(step + 1);
		if (!after || !walk) return null;
		return this.builder.derive(after, this.modelAt(step), step, walk);
	}

	events(step: number): TraceEvent[] {
		const previous = step > 0 ? this.state(step - 1) : null;
		// The walk leaves the model at `step`, so the state read next replays nothing more.
		const { passing, walk, model, writesBefore } = this.walkStep(step, new StepTouches());
		const current = this.state(step);
		const touched = touchedViews(walk!, model, previous, current);
		const strings = this.rec.strings.strings;
		const written = this.rec.output.between(writesBefore, model, (id) => strings[id] ?? "");
		return diffEvents(previous, current, { ...this.rec.notes.notesFor(step), passing, touched, written });
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
	private walkStep(step: number, touches: StepTouches | null, from?: Model): Walked {
		if (step < 0 || step >= this.stepCount) throw new RangeError(`step ${step} is outside 0..${this.stepCount - 1}`);
		const model = from ?? (step > 0 ? this.modelAt(step - 1) : cloneModel(this.checkpoints[0]!));
		const firstNewSeq = model.nextSeq;
		const writesBefore: WriteCounts = { stdoutWrites: model.stdoutWrites, stderrWrites: model.stderrWrites };
		const removed = new Map<ObjectId, number>();
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
					if (o.seq < firstNewSeq) removed.set(id, o.seq);
					if (!appearing.delete(id)) leaving.add(id);
					// One made at start-up that the step showed and freed (__main__'s globals at exit) is not a temporary.
					else if ((o.flags & FLAG_SHARED) === 0 && id >= this.rec.firstProgramObject) passing.set(id, strings[o.type] ?? "object");
				}
			}
			touches?.note(model, kind, r);
			if (applyRecord(model, kind, r, this.rec.indexLabels)) break;
		}
		this.remember(step, model);
		if (!touches) return { appearing, leaving, passing, model, writesBefore };
		const touched = touches.finish(model);
		const added = new Map<ObjectId, number>();
		for (const id of touched) {
			const seq = model.objects.get(id)?.seq;
			if (seq !== undefined && seq >= firstNewSeq) added.set(id, seq);
		}
		const walk = { touched, removed, added };
		this.lastWalk = { step, model, walk };
		this.walks.set(step, walk);
		if (this.walks.size > RECENT_WALKS) this.walks.delete(this.walks.keys().next().value!);
		return { appearing, leaving, passing, model, writesBefore, walk };
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
		return this.rec.byteSize();
	}
}
