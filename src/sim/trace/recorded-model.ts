// What the log says so far, kept by the recorder as it writes each record. A checkpoint (where a reader's
// replay starts) is then a copy of it, instead of a second pass that decodes the whole log after the run. Each
// method mirrors one record kind of applyRecord (model.ts), and tests check that both give the same checkpoints.
import type { PyObject } from "../heap/object";
import { truncate } from "../arrays";
import { type Model, type ObjectState, type FrameState, collectingAfterStep, emptyModel, moveToLine, replaceFrameNames, updateFrameFrom } from "./model";
import { gcMarksAfter, type GcMarks } from "./gc-records";
import { OutputWrites } from "./output-writes";

/** A checkpoint at most every this many steps bounds the replay behind a reader's state(step). */
const CHECKPOINT_EVERY = 1024;
/**
 * Roughly what one object or frame costs in a checkpoint, in bytes, besides its slots' numbers (SLOT_NUMBER_BYTES
 * each): the reader's byteSize counts the same. A checkpoint also waits until the log has grown by what the last
 * one cost (or what the objects and frames alive cost, if more): a copy of a large state every 1,024 steps made
 * the checkpoints grow with steps times live objects (a linked list of 100,000 nodes ran the host out of memory,
 * and so did 10,000 lists of 1,000 items each), where now they stay within a few times the log's own size, and
 * a replay from one costs about what copying it does.
 */
export const CHECKPOINT_ENTRY_BYTES = 96;
/** A slot's label or target, a frame's local or stack entry in a checkpoint: a small integer in an array. */
const SLOT_NUMBER_BYTES = 8;

interface WrittenObject {
	object: PyObject;
	state: ObjectState;
}

export class RecordedModel {
	/** The checkpoints, and how many steps were done when each was taken (the first is the empty model). */
	readonly checkpoints: Model[] = [emptyModel()];
	readonly checkpointSteps: number[] = [0];
	/** The log's size when the last checkpoint was taken. */
	private checkpointLogBytes = 0;
	/** What the last checkpoint cost, and all of them (see CHECKPOINT_ENTRY_BYTES). */
	private lastCheckpointBytes = 0;
	checkpointBytes = 0;
	private readonly objects = new Map<number, WrittenObject>();
	private readonly frames = new Map<number, FrameState>();
	private readonly frameOrder: number[] = [];
	/** Every write to stdout and stderr; the models count them. */
	readonly output = new OutputWrites();
	private internal: number[] = [];
	private readonly gc: number[] = emptyModel().gc;
	private collecting: Model["collecting"] = null;
	private gcMarks: GcMarks | null = null;
	private line = 0;
	private nextLine = 0;
	private frame = 0;
	private steps = 0;
	private nextSeq = 0;

	/**
	 * @param checkpointEvery the fewest steps between two checkpoints
	 * @param logBytesPerByte how much the log must grow since the last checkpoint, per byte a checkpoint costs
	 */
	constructor(
		readonly checkpointEvery = CHECKPOINT_EVERY,
		private readonly logBytesPerByte = 1,
	) {}

	/**
	 * What was last written for an object still alive, or undefined. The object writer changes it in place
	 * for the object's next record, as the replay's new state would read (checkpoints are copies).
	 */
	stateOf(id: number): ObjectState | undefined {
		return this.objects.get(id)?.state;
	}

	/** An object's first record: its state is numbered (seq) in the order objects first appear, as a replay numbers them. */
	object(object: PyObject, state: ObjectState): void {
		state.seq = this.nextSeq++;
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

	/** A FrameNames record. */
	frameNames(id: number, kept: number, pairs: readonly number[]): void {
		replaceFrameNames(this.frames.get(id)!, kept, pairs);
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

	/** `cause` is the merge phase's (null in the later phases, which keep it). */
	gcPhase(generation: number, phase: number, refs: Map<number, number>, cause: readonly number[] | null, collected: number): void {
		this.collecting = { generation, phase, cause: cause ?? this.collecting?.cause ?? [0], stepsSincePhase: 0, collected };
		this.gcMarks = gcMarksAfter(phase, refs, this.gcMarks);
	}

	/** Copied: `values` is the recorder's own array, changed in place at the next change. */
	gcState(values: readonly number[]): void {
		for (let i = 0; i < values.length; i++) this.gc[i] = values[i]!;
	}

	internalHolders(entries: number[]): void {
		this.internal = entries;
	}

	/**
	 * A step ended (`frame` runs `nextLine`, see Rec.Step), with the log `logBytes` long. The model is copied into
	 * a checkpoint once checkpointEvery steps and enough of the log for the copy's size have passed since the last.
	 * False when a checkpoint was due but would cost more than `roomBytes`: it is not taken.
	 */
	stepEnded(line: number, nextLine: number, frame: number, logBytes: number, roomBytes = Number.POSITIVE_INFINITY): boolean {
		this.line = line;
		this.nextLine = nextLine;
		this.frame = frame;
		if (frame >= 0) moveToLine(this.frames.get(frame), nextLine);
		this.collecting = collectingAfterStep(this.collecting);
		if (!this.collecting) this.gcMarks = null;
		this.steps++;
		if (this.steps - this.checkpointSteps[this.checkpointSteps.length - 1]! < this.checkpointEvery) return true;
		const copyBytes = Math.max((this.objects.size + this.frames.size) * CHECKPOINT_ENTRY_BYTES, this.lastCheckpointBytes);
		if (logBytes - this.checkpointLogBytes < copyBytes * this.logBytesPerByte) return true;
		const bytes = this.copyBytes();
		if (bytes > roomBytes) return false;
		this.checkpoints.push(this.snapshot());
		this.checkpointSteps.push(this.steps);
		this.checkpointLogBytes = logBytes;
		this.lastCheckpointBytes = bytes;
		this.checkpointBytes += bytes;
		return true;
	}

	/** What a checkpoint of the model would cost in memory, roughly: its objects and frames, and the numbers they hold. */
	private copyBytes(): number {
		let numbers = this.frameOrder.length + this.internal.length;
		for (const { state } of this.objects.values()) numbers += state.slots.length;
		for (const f of this.frames.values()) numbers += f.locals.length + f.stack.length;
		return (this.objects.size + this.frames.size) * CHECKPOINT_ENTRY_BYTES + numbers * SLOT_NUMBER_BYTES;
	}

	/** The last checkpoint taken when at most `stepsDone` steps were done. */
	checkpointBefore(stepsDone: number): number {
		const steps = this.checkpointSteps;
		let low = 0;
		let high = steps.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (steps[middle]! <= stepsDone) low = middle;
			else high = middle - 1;
		}
		return low;
	}

	private snapshot(): Model {
		const objects = new Map<number, ObjectState>();
		// Refcounts are read from the objects: every change of the step just ended has been written.
		for (const [id, { object, state }] of this.objects) {
			objects.set(id, { ...state, refcount: object.shared ? 0 : object.refcnt, slots: state.slots.copy() });
		}
		const frames = new Map<number, FrameState>();
		for (const [id, f] of this.frames) frames.set(id, { ...f, locals: f.locals.slice(), stack: f.stack.slice() });
		return {
			objects,
			frames,
			frameOrder: this.frameOrder.slice(),
			stdoutWrites: this.output.stdout.length,
			stderrWrites: this.output.stderr.length,
			internal: this.internal.slice(),
			gc: this.gc.slice(),
			collecting: this.collecting ? { ...this.collecting } : null,
			gcMarks: this.gcMarks,
			line: this.line,
			nextLine: this.nextLine,
			frame: this.frame,
			nextSeq: this.nextSeq,
		};
	}
}
