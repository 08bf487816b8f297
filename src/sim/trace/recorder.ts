// Records a run into the compact log (log.ts): at the end of each step it writes only what changed in
// that step — objects whose count or contents changed, frees, the frames that ran, stdout — and every
// collector phase becomes a step of its own. TraceReader rebuilds any step's state from the log.
import type { PyObject } from "../heap/object";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";
import type { CollectionStart, GcCause, GcPhase } from "./types";
import { StepNotesRecorder } from "./step-notes";
import { VarintLog, StringTable, Rec } from "./log";
import { TraceReader } from "./reader";
import { CHECKPOINT_ENTRY_BYTES, RecordedModel } from "./recorded-model";
import type { OutputWrites } from "./output-writes";
import { FrameWriter } from "./frame-writer";
import { InternalHolderWriter } from "./internal-writer";
import { ObjectWriter, type SharedValue } from "./object-writer";
import { CollectorWriter } from "./collector-writer";
import { StepChanges, COUNT_CHANGED, CONTENT_CHANGED, FLAGS_CHANGED, CHANGE_BITS, COUNT_SHIFT, FREED } from "./step-changes";
import { MARK_ALLOC, MARK_FREE, MARK_GC } from "./step-marks";

/** A CollectionStart as V8 keeps it: an object header and three fields. */
const COLLECTION_START_BYTES = 48;

export class Recorder {
	readonly log = new VarintLog();
	readonly strings = new StringTable();
	/** Log offset where each step's records start, and each step's executed line. */
	stepStarts: number[] = [0];
	readonly stepMarks: number[] = [];
	readonly stepLines: number[] = [];
	readonly collections: CollectionStart[] = [];
	/** What the step events need beyond the log: where a step's first return fell, and what it raised. */
	readonly notes = new StepNotesRecorder();
	/** The first id the program's own objects get: what has a lower one was made at start-up. */
	readonly firstProgramObject: number;
	/** How much of the VM's stderr is in the log: what a library module's body wrote unobserved goes in with the next write. */
	private stderrLength = 0;
	/** The step the interpreter's shutdown starts at, once the program has ended. */
	exitStep: number | null = null;
	/** What the step being recorded changed. */
	private readonly changes: StepChanges;
	/**
	 * How deep the frame stack is as the last Frames record left it: the frames below it have not changed since
	 * (Infinity: none has). The VM pushes and pops frames only at the top, and tells each, so the record compares
	 * only the frames above it: a recursion 40,000 deep compared them all at every call and return.
	 */
	private framesSameBelow = 0;
	/** The log's content so far, from which checkpoints are copied. */
	readonly model: RecordedModel;
	private readonly objects: ObjectWriter;
	private readonly frames: FrameWriter;
	private readonly internal: InternalHolderWriter;
	private readonly collector: CollectorWriter;
	private currentLine = 0;
	private currentFrame = 0;
	/** The id of the first object made in the step being recorded: one freed with a higher id is a temporary. */
	private stepFirstObject: number;
	private marks = 0;
	private finished = false;
	private reader: TraceReader | null = null;
	/** How large the recording may grow (byteSize). Past it the run stops at its next line, like at its step limit. */
	maxBytes = Number.POSITIVE_INFINITY;
	/** Whether the recording grew past maxBytes. */
	overBudget = false;

	constructor(
		private readonly vm: VM,
		checkpointEvery?: number,
		checkpointLogBytesPerByte?: number,
	) {
		this.firstProgramObject = vm.heap.nextObjectId;
		this.stepFirstObject = vm.heap.nextObjectId;
		this.model = new RecordedModel(checkpointEvery, checkpointLogBytesPerByte);
		this.objects = new ObjectWriter(this.log, this.strings, this.model);
		this.frames = new FrameWriter(vm, this.log, this.strings, this.model, this.objects.showValue);
		this.internal = new InternalHolderWriter(vm, this.log, this.strings, this.model);
		this.collector = new CollectorWriter(vm, this.log, this.model);
		const changes = (this.changes = new StepChanges(vm.mainGlobals, (o) => this.queueSpecialContents(o)));
		// A recorded step can cost much more than a plain one (a changed list of n items writes n slots),
		// so a slice looks at the clock every line to keep to its time budget.
		vm.clockCheckMask = 0;
		vm.heap.recordInternalHolders();
		vm.heap.observer = {
			alloc: (o) => {
				if (o.internalOf) {
					this.internal.hide(o);
					return;
				}
				this.internal.reveal(o);
				if (o.shared) this.objects.showShared(o);
				changes.queue(o, CONTENT_CHANGED);
				this.marks |= MARK_ALLOC;
			},
			refChanged: changes.countChanged,
			contentChanged: changes.contentChanged,
			itemsAppended: changes.itemsAppended,
			itemReplaced: changes.itemReplaced,
			itemInserted: changes.itemInserted,
			itemRemoved: changes.itemRemoved,
			entryRemoved: changes.entryRemoved,
			free: (o) => this.free(o),
		};
		vm.observer = {
			line: (frame, line) => {
				changes.queueFrame(frame);
				this.endStep(line, frame);
				this.currentLine = line;
				this.currentFrame = frame.id;
			},
			call: (frame) => {
				changes.queueFrame(frame);
				// The caller's stack just gave up the callee and its arguments.
				const caller = vm.frames[vm.frames.length - 2];
				if (caller) changes.queueFrame(caller);
				this.framesSameBelow = Math.min(this.framesSameBelow, vm.frames.length - 1);
			},
			ret: (frame) => {
				if (vm.frames.length === 0 && frame.namespace === vm.mainGlobals) return this.moduleReturned(frame);
				this.noteReturn();
				this.framesSameBelow = Math.min(this.framesSameBelow, vm.frames.length);
				this.frames.forget(frame);
				const caller = vm.frames[vm.frames.length - 1];
				if (caller) changes.queueFrame(caller);
			},
			stdout: (text) => {
				if (!text) return;
				this.writeText(Rec.Stdout, text);
				this.notes.printed();
			},
			stderr: (text) => this.writeStderr(text),
			raised: (exc, frame, reraised) => this.notes.raised(this.stepStarts.length - 1, exc, frame?.line ?? 0, frame?.id ?? 0, reraised),
		};
		vm.gcObserver = (generation, phase, objects, cause, collected) => this.gcPhase(generation, phase, objects, cause, collected);
		for (const [o, name] of [[vm.gcGarbage, "gc.garbage"], [vm.gcCallbacks, "gc.callbacks"]] as const) {
			this.objects.showShared(o, name);
			changes.queue(o, CONTENT_CHANGED);
		}
	}

	/** A change to a class's hidden part, the module's globals or a shared object also touches what shows them. */
	private queueSpecialContents(o: PyObject): void {
		const vm = this.vm;
		// A class shows what its hidden tp_dict holds as its own slots (once the class is allocated, and
		// until it is freed: its dealloc clears the parts after the trace saw it go).
		if (o.internalOf) {
			this.internal.partChanged();
			const owner = o.internalOf;
			if (owner.id !== 0 && owner.refcnt > 0) this.changes.queue(owner, CONTENT_CHANGED);
			return;
		}
		// The module frame shows the module's globals, which any frame can change (STORE_GLOBAL).
		if (o === vm.mainGlobals) this.frames.globalsChanged();
		if (o === vm.mainGlobals && vm.frames[0]?.namespace === o) this.changes.queueFrame(vm.frames[0]);
		// Imported modules' dicts are not shown, so what they hold shows as module attributes.
		else if (o.shared && o !== vm.builtins) this.internal.modulesChanged();
		if (this.objects.isShown(o)) this.changes.queue(o, CONTENT_CHANGED);
	}

	private writeText(kind: Rec.Stdout | Rec.Stderr, text: string): void {
		const id = this.strings.id(text);
		this.log.record(kind);
		this.log.push(id);
		this.model.output.write(kind === Rec.Stdout ? "stdout" : "stderr", id);
	}

	/**
	 * stderr goes in the step that wrote it: a traceback before the shutdown that follows, a `__del__`'s report where
	 * it was ignored. `text` is what the program just wrote, when nothing went to stderr unobserved before it: a slice
	 * of the whole stderr, a rope in JavaScript, would copy it at every write.
	 */
	private writeStderr(text?: string): void {
		const stderr = this.vm.stderr;
		if (this.finished || stderr.length === this.stderrLength) return;
		const unobserved = text === undefined || this.stderrLength + text.length !== stderr.length;
		this.writeText(Rec.Stderr, unobserved ? stderr.slice(this.stderrLength) : text);
		this.stderrLength = stderr.length;
		this.notes.wroteStderr();
	}

	private free(o: PyObject): void {
		// What was noticed before the object went is queued first: an object never written is written before its Free.
		this.changes.queueNotices();
		if (this.internal.reveal(o)) return;
		const queued = o.traceStep === this.changes.step;
		if (queued && o.traceDirty & CONTENT_CHANGED && !this.objects.isWritten(o)) this.objects.write(o);
		// It stays queued with nothing to write.
		o.traceDirty = 0;
		o.traceStep = FREED;
		if (o.id >= this.stepFirstObject) this.notes.freedTemporary(this.stepStarts.length - 1, o.id, this.vm.heap.nextObjectId);
		this.model.free(o.id);
		this.log.record(Rec.Free);
		this.log.push(o.id);
		this.marks |= MARK_FREE;
	}

	/**
	 * Write everything the step changed, then the step's end marker. A step ended by a line event names the
	 * frame that runs `nextLine`: its record then need not tell the line (see FrameWriter.lineFrame).
	 */
	private endStep(nextLine: number, lineFrame: Frame | null = null): void {
		this.frames.lineFrame = lineFrame;
		this.writeChanges();
		this.frames.lineFrame = null;
		this.closeStep(nextLine, lineFrame ? lineFrame.id : -1);
	}

	/** Write what changed since the last step ended: objects, counts, frames, hidden holders, the collector. */
	private writeChanges(): void {
		const vm = this.vm;
		this.changes.queueNotices();
		// Indexed loops: for-of allocates an iterator and its results until the JIT optimizes this.
		const changes = this.changes;
		const objects = changes.objects;
		const nObjects = changes.objectCount;
		for (let i = 0; i < nObjects; i++) {
			const o = objects[i]!;
			const dirty = o.traceDirty;
			if (dirty & CONTENT_CHANGED) this.objects.write(o, changes.unchangedItems(o), changes.replacedItem(o), changes.itemTakenOrLetGo(o));
			else if (!(dirty & FLAGS_CHANGED && this.objects.writeFlags(o))) continue;
			o.traceDirty = ((o.shared ? 0 : o.refcnt) << COUNT_SHIFT) | (dirty & CHANGE_BITS);
		}
		const log = this.log;
		for (let i = 0; i < nObjects; i++) {
			const o = objects[i]!;
			const dirty = o.traceDirty;
			const count = o.refcnt;
			// Written whole above (with its count), or a count that went back to the one last written.
			if (!(dirty & COUNT_CHANGED) || dirty & CONTENT_CHANGED || count === dirty >>> COUNT_SHIFT) continue;
			o.traceDirty = (count << COUNT_SHIFT) | COUNT_CHANGED;
			log.record(Rec.Refcount);
			log.push(o.id);
			log.push(count);
		}
		changes.objectCount = 0;
		changes.clearHints();
		if (this.framesSameBelow !== Number.POSITIVE_INFINITY) {
			this.frames.writeOrder(vm.frames, this.framesSameBelow);
			this.framesSameBelow = Number.POSITIVE_INFINITY;
		}
		const frames = changes.frames;
		for (let i = 0; i < changes.frameCount; i++) if (isRunning(vm, frames[i]!)) this.frames.write(frames[i]!);
		changes.frameCount = 0;
		this.internal.write();
		this.collector.writeState();
	}

	private closeStep(nextLine: number, lineFrame: number): void {
		const log = this.log;
		log.push(Rec.Step);
		log.push(this.currentLine);
		log.push(nextLine);
		log.push(lineFrame);
		const room = this.maxBytes - this.byteSize();
		const checkpointFit = this.model.stepEnded(this.currentLine, nextLine, lineFrame, log.length, room);
		this.stepMarks.push(this.marks);
		this.stepLines.push(this.currentLine);
		this.marks = 0;
		this.notes.stepClosed(this.stepStarts.length - 1);
		this.stepFirstObject = this.vm.heap.nextObjectId;
		this.stepStarts.push(this.log.length);
		this.changes.step++;
		if ((room < 0 || !checkpointFit) && !this.overBudget) {
			// The run stops where a step limit would stop it, at its next line (ProgramRun tells which limit it was).
			this.overBudget = true;
			this.vm.maxSteps = this.vm.steps;
		}
	}

	private gcPhase(generation: 0 | 1 | 2, phase: GcPhase, allObjects: PyObject[], cause: GcCause, collected: number): void {
		// Hidden parts of classes stay out of sight, and what the phase freed (tp_clear's garbage) is gone: a record
		// of it would bring it back with no references.
		this.changes.queueNotices();
		const objects = allObjects.filter((o) => !o.internalOf && o.refcnt > 0);
		// A phase changes what the objects hold only through the heap, which tells (tp_clear, a __del__, weakrefs
		// cleared): written from their last record, the rest cost a comparison of flags and count each.
		for (const o of objects) this.changes.queue(o, FLAGS_CHANGED);
		// A collection starts in the middle of a line: the running frame has changed since the line began.
		const running = this.vm.frames[this.vm.frames.length - 1];
		if (running) this.changes.queueFrame(running);
		this.collector.writePhase(generation, phase, objects, cause, collected);
		if (phase === "merge") this.collections.push({ step: this.stepMarks.length, generation, cause: cause.kind });
		this.marks |= MARK_GC;
		this.endStep(this.currentLine);
		// A __del__ or weakref callback that ran in this phase has returned: the later phases' steps are at the
		// line that started the collection, not at the callee's last line.
		if (running && running.id !== this.currentFrame) {
			this.currentLine = running.line;
			this.currentFrame = running.id;
		}
	}

	/** The module's last line finished: close its step with the module's names still shown. */
	private moduleReturned(frame: Frame): void {
		this.changes.queueNotices();
		this.changes.unqueueFrame(frame);
		this.frames.writeOrder([frame], 0);
		this.frames.write(frame);
		this.framesSameBelow = Number.POSITIVE_INFINITY;
		this.endStep(-1);
		// The module's frame leaves the stack in the step that starts now, as its state shows.
		this.noteReturn();
		this.framesSameBelow = 0;
		this.internal.programClosed = true;
	}

	private noteReturn(): void {
		this.notes.returned(this.stepStarts.length - 1, this.vm.heap.nextObjectId);
	}

	/** The program ended (perhaps by an exception): interpreter shutdown gets steps of its own. */
	programEnded(): void {
		if (!this.finished && !this.internal.programClosed) this.endStep(-1);
		this.internal.programClosed = true;
		this.exitStep ??= this.stepStarts.length - 1;
	}

	/** The run ended: close the last step (no next line), unless it would be empty. */
	finish(): void {
		if (this.finished) return;
		const vm = this.vm;
		this.writeStderr();
		// A run stopped mid-line (the step limit, a time budget) leaves frames whose value stacks moved since
		// their last line began: the last state shows them as they were left.
		for (const frame of vm.frames) this.changes.queueFrame(frame);
		this.writeChanges();
		// Shutdown's final collection closes its own steps; after a run that got that far, a step with nothing
		// written in it would only show the collection's done step again.
		const wroteNothing = this.log.length === this.stepStarts[this.stepStarts.length - 1] && this.marks === 0;
		if (!wroteNothing || this.changes.step === 0) this.closeStep(-1, -1);
		this.finished = true;
	}

	/** Every write to stdout and stderr, which the models count. */
	get output(): OutputWrites {
		return this.model.output;
	}

	/** The string ids of the labels `[0]`, `[1]`... by position, for the replay of a renumbered Object record. */
	get indexLabels(): readonly number[] {
		return this.objects.indexLabels;
	}

	/** Shared values something shown referred to, by id (HeapObjectView.inline). */
	get sharedValues(): ReadonlyMap<number, SharedValue> {
		return this.objects.sharedValues;
	}

	/** The module attribute each shown shared object is known by (gc.garbage, gc.callbacks), by id. */
	get sharedNames(): ReadonlyMap<number, string> {
		return this.objects.sharedNames;
	}

	/** Roughly what the recording holds in memory, in bytes (Trace.byteSize). */
	byteSize(): number {
		// The per-step arrays and the output's hold small integers: 8 bytes an element in V8 on 64-bit.
		const perStep = (this.stepStarts.length + this.stepMarks.length + this.stepLines.length) * 8;
		const { output } = this.model;
		const writes = (output.stdout.length + output.stderr.length + output.stderrAfter.length) * 8;
		const indexes = this.notes.byteSize + this.collections.length * COLLECTION_START_BYTES + this.sharedValues.size * CHECKPOINT_ENTRY_BYTES;
		return this.log.byteSize + this.strings.byteSize + perStep + writes + indexes + this.model.checkpointBytes;
	}

	trace(): TraceReader {
		this.reader ??= new TraceReader(this);
		return this.reader;
	}
}

/** Whether `frame` is on the frame stack; the frames a step touches are nearly always at its top. */
function isRunning(vm: VM, frame: Frame): boolean {
	for (let i = vm.frames.length - 1; i >= 0; i--) if (vm.frames[i] === frame) return true;
	return false;
}

