// What a step's events need beyond the log (step-events.ts, StepNotes): where the step's first return fell among
// the objects it made and the output it wrote, and what it raised. None of it changes a state, so it is kept
// beside the log, by step, for the steps it concerns only.
import type { PyObject } from "../heap/object";
import type { FrameId, HeapObjectView, ObjectId } from "./types";

/** What the recorder noted of a step beside its records (TraceReader.events), for its events (diffEvents). */
export interface StepNotes {
	/**
	 * The first object id allocated after the step's first frame left the stack: objects from before it are
	 * the returning line's work, the rest its caller's. Without it, a step's new objects are taken as made
	 * before its return.
	 */
	firstAfterReturn?: ObjectId;
	/** How many of the step's writes to stdout came before that return, which splits what it printed the same way. */
	outputAtReturn?: number;
	/** How many of its writes to stderr did. */
	stderrAtReturn?: number;
	/** The texts the step wrote to each stream, write by write. */
	written?: { readonly stdout: readonly string[]; readonly stderr: readonly string[] };
	/** The exceptions the step raised (StepNotesRecorder). */
	raised?: readonly RaiseNote[];
	/** Objects made and freed within the step, with their types: in neither state, but the step made them. */
	passing?: ReadonlyMap<ObjectId, string>;
	/**
	 * For a temporary the step freed after it made other objects: the id the next object would have had then, so
	 * everything below it was made before that free (`list(map(f, [x]))` makes the iterator before its list goes).
	 * Without an entry, a temporary is taken as freed before anything made after it.
	 */
	madeBeforeFree?: ReadonlyMap<ObjectId, ObjectId>;
	/**
	 * The objects whose holders or count the step may have changed, alloced or freed (StepTouches), as each state
	 * shows them, in its order: the others are not compared. Without it, every object is.
	 */
	touched?: { readonly previous: readonly HeapObjectView[]; readonly current: readonly HeapObjectView[] };
}

/** An exception raised in a step: its object's id (0 when no handler or traceback ever needed the object) and type. */
export interface RaiseNote {
	object: ObjectId;
	type: string;
	line: number;
	/** The frame that raised it. */
	frame: FrameId;
	/** Raised by the caller after the step's first return (the object may be made later, when a handler takes it). */
	afterReturn: boolean;
	/** Re-raised: a bare `raise`, or the end of a `finally` or `with` block, or an `except` that matched nothing. */
	reraised: boolean;
}

/** Each entry of these maps costs about this much (a Map slot holding small integers or a short array). */
const ENTRY_BYTES = 16;

export class StepNotesRecorder {
	/**
	 * For each step in which a frame left the stack, the id of the first object made after the first such
	 * return: the log says what a step changed, not in what order, and this tells the returning line's work
	 * from its caller's.
	 */
	private readonly returnBoundaries = new Map<number, number>();
	/**
	 * For each step that printed before its first return, how many writes to stdout it had made by then: the
	 * returning line's output (a `__del__` whose last line prints) from what its caller printed after it.
	 */
	private readonly outputAtReturn = new Map<number, number>();
	/** The same for stderr: a function whose last line writes to it (`print(msg, file=sys.stderr)`). */
	private readonly stderrAtReturn = new Map<number, number>();
	/** For each step that raised: the exceptions raised in it. */
	private readonly raises = new Map<number, RaiseNote[]>();
	/** For each step that freed a temporary after making later objects: see StepNotes.madeBeforeFree. */
	private readonly madeBeforeFree = new Map<number, Map<ObjectId, ObjectId>>();
	private madeBeforeFreeCount = 0;
	/** This step's raises: an exception a builtin raised has its object (and id) only once a handler or the traceback needs it. */
	private raisedThisStep: { exc: PyObject; line: number; frame: FrameId; afterReturn: boolean; reraised: boolean }[] = [];
	private stdoutWritesThisStep = 0;
	private stderrWritesThisStep = 0;

	/** The step being recorded wrote to stdout (one Stdout record). */
	printed(): void {
		this.stdoutWritesThisStep++;
	}

	/** The step being recorded wrote to stderr (one Stderr record). */
	wroteStderr(): void {
		this.stderrWritesThisStep++;
	}

	/**
	 * `exc` starts to propagate from `line` of the frame `frame`. A re-raise of what the step already raised (a `with`
	 * block's cleanup after its `__exit__` raised) adds nothing to tell.
	 */
	raised(step: number, exc: PyObject, line: number, frame: FrameId, reraised: boolean): void {
		if (reraised && this.raisedThisStep.some((raise) => raise.exc === exc)) return;
		this.raisedThisStep.push({ exc, line, frame, afterReturn: this.returnBoundaries.has(step), reraised });
	}

	/** A frame left the stack in `step`; only the first return of a step is noted. */
	returned(step: number, nextObjectId: number): void {
		if (this.returnBoundaries.has(step)) return;
		this.returnBoundaries.set(step, nextObjectId);
		if (this.stdoutWritesThisStep > 0) this.outputAtReturn.set(step, this.stdoutWritesThisStep);
		if (this.stderrWritesThisStep > 0) this.stderrAtReturn.set(step, this.stderrWritesThisStep);
	}

	/** An object `step` made, `id`, is freed while `nextObjectId` is the next id: noted when objects came after it. */
	freedTemporary(step: number, id: ObjectId, nextObjectId: ObjectId): void {
		if (nextObjectId === id + 1) return;
		let frees = this.madeBeforeFree.get(step);
		if (!frees) this.madeBeforeFree.set(step, (frees = new Map<ObjectId, ObjectId>()));
		frees.set(id, nextObjectId);
		this.madeBeforeFreeCount++;
	}

	/** `step` is closed: its raises are noted with their objects' ids, which a handler may have made meanwhile. */
	stepClosed(step: number): void {
		this.stdoutWritesThisStep = 0;
		this.stderrWritesThisStep = 0;
		if (this.raisedThisStep.length === 0) return;
		this.raises.set(
			step,
			this.raisedThisStep.map(({ exc, line, frame, afterReturn, reraised }) => ({ object: exc.id, type: exc.cls.name, line, frame, afterReturn, reraised })),
		);
		this.raisedThisStep = [];
	}

	notesFor(step: number): Pick<StepNotes, "firstAfterReturn" | "outputAtReturn" | "stderrAtReturn" | "raised" | "madeBeforeFree"> {
		return {
			firstAfterReturn: this.returnBoundaries.get(step),
			outputAtReturn: this.outputAtReturn.get(step),
			stderrAtReturn: this.stderrAtReturn.get(step),
			raised: this.raises.get(step),
			madeBeforeFree: this.madeBeforeFree.get(step),
		};
	}

	get byteSize(): number {
		const entries = this.returnBoundaries.size + this.outputAtReturn.size + this.stderrAtReturn.size + this.raises.size;
		return (entries + this.madeBeforeFree.size + this.madeBeforeFreeCount) * ENTRY_BYTES;
	}
}
