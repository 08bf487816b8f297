// What the log says so far, kept by the recorder as it writes each record. A checkpoint (where a reader's
// replay starts) is then a copy of it, taken every 1,024 steps, instead of a second pass that
// decodes the whole log after the run. Each method mirrors one record kind of applyRecord (model.ts), and
// tests check that both give the same checkpoints.
import type { PyObject } from "../heap/object";
import { truncate } from "../arrays";
import { type Model, type ObjectState, type FrameState, collectingAfterStep, emptyModel, moveToLine, updateFrameFrom } from "./model";

/** A checkpoint every this many steps bounds the replay behind a reader's state(step). */
const CHECKPOINT_EVERY = 1024;

interface WrittenObject {
	object: PyObject;
	state: ObjectState;
}

export class RecordedModel {
	/** Checkpoint k is the model after k * checkpointEvery steps. */
	readonly checkpoints: Model[] = [emptyModel()];
	private readonly objects = new Map<number, WrittenObject>();
	private readonly frames = new Map<number, FrameState>();
	private readonly frameOrder: number[] = [];
	private readonly stdout: number[] = [];
	private readonly stderr: number[] = [];
	private internal: number[] = [];
	private readonly gc: number[] = emptyModel().gc;
	private collecting: Model["collecting"] = null;
	private gcRefs: Map<number, number> | null = null;
	private line = 0;
	private nextLine = 0;
	private frame = 0;
	private steps = 0;

	constructor(readonly checkpointEvery = CHECKPOINT_EVERY) {}

	/**
	 * What was last written for an object still alive, or undefined. The object writer changes it in place
	 * for the object's next record, as the replay's new state would read (checkpoints are copies).
	 */
	stateOf(id: number): ObjectState | undefined {
		return this.objects.get(id)?.state;
	}

	object(object: PyObject, state: ObjectState): void {
		// Map.set keeps an existing key in place, as the replay's does: views list objects in that order.
		this.objects.set(object.id, { object, state });
	}

	free(id: number): void {
		this.objects.delete(id);
	}

	frameState(id: number, state: FrameState): void {
		this.frames.set(id, state);
	}

	/** A FrameUpdate record, from the first `changedLength` and `pushedLength` numbers of the writer's arrays. */
	frameUpdated(id: number, line: number, changed: readonly number[], changedLength: number, kept: number, pushed: readonly number[], pushedLength: number): void {
		updateFrameFrom(this.frames.get(id)!, line, changed, changedLength, kept, pushed, pushedLength);
	}

	/** `order` is the recorder's own array, changed in place later: the model keeps a copy. */
	frameOrderChanged(order: readonly number[], kept: number): void {
		const mine = this.frameOrder;
		for (let i = kept; i < mine.length; i++) {
			const id = mine[i]!;
			if (!order.includes(id, kept)) this.frames.delete(id);
		}
		truncate(mine, kept);
		for (let i = kept; i < order.length; i++) mine.push(order[i]!);
	}

	write(stream: "stdout" | "stderr", text: number): void {
		this[stream].push(text);
	}

	/** `cause` is the merge phase's (null in the later phases, which keep it). */
	gcPhase(generation: number, phase: number, refs: Map<number, number>, cause: readonly number[] | null, collected: number): void {
		this.collecting = { generation, phase, cause: cause ?? this.collecting?.cause ?? [0], stepsSincePhase: 0, collected };
		this.gcRefs = refs;
	}

	/** Copied: `values` is the recorder's own array, changed in place at the next change. */
	gcState(values: readonly number[]): void {
		for (let i = 0; i < values.length; i++) this.gc[i] = values[i]!;
	}

	internalHolders(entries: number[]): void {
		this.internal = entries;
	}

	/** A step ended (`frame` runs `nextLine`, see Rec.Step); every checkpointEvery steps the model is copied into a checkpoint. */
	stepEnded(line: number, nextLine: number, frame: number): void {
		this.line = line;
		this.nextLine = nextLine;
		this.frame = frame;
		if (frame >= 0) moveToLine(this.frames.get(frame), nextLine);
		this.collecting = collectingAfterStep(this.collecting);
		if (!this.collecting) this.gcRefs = null;
		this.steps++;
		if (this.steps % this.checkpointEvery === 0) this.checkpoints.push(this.snapshot());
	}

	private snapshot(): Model {
		const objects = new Map<number, ObjectState>();
		// Refcounts are read from the objects: every change of the step just ended has been written.
		for (const [id, { object, state }] of this.objects) {
			objects.set(id, { ...state, refcount: object.shared ? 0 : object.refcnt, slots: state.slots.slice() });
		}
		const frames = new Map<number, FrameState>();
		for (const [id, f] of this.frames) frames.set(id, { ...f, locals: f.locals.slice(), stack: f.stack.slice() });
		return {
			objects,
			frames,
			frameOrder: this.frameOrder.slice(),
			stdout: this.stdout.slice(),
			stderr: this.stderr.slice(),
			internal: this.internal.slice(),
			gc: this.gc.slice(),
			collecting: this.collecting ? { ...this.collecting } : null,
			gcRefs: this.gcRefs ? new Map(this.gcRefs) : null,
			line: this.line,
			nextLine: this.nextLine,
			frame: this.frame,
		};
	}
}
