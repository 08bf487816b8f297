// Records a run into the compact log (log.ts): at the end of each step it writes only what changed in
// that step — objects whose count or contents changed, frees, the frames that ran, stdout — and every
// collector phase becomes a step of its own. TraceReader rebuilds any step's state from the log.
import type { PyObject } from "../heap/object";
import type { Frame } from "../vm/frame";
import type { VM } from "../vm/vm";
import type { GcCause, GcPhase } from "./types";
import { VarintLog, StringTable, Rec } from "./log";
import { TraceReader } from "./reader";
import { RecordedModel } from "./recorded-model";
import { FrameWriter } from "./frame-writer";
import { InternalHolderWriter } from "./internal-writer";
import { ObjectWriter, type SharedValue } from "./object-writer";
import { CollectorWriter } from "./collector-writer";

/**
 * PyObject.traceDirty: what the current step changed in these bits, and above them the count last written,
 * so a step that takes a reference and drops it again writes nothing (kept there, not in a field of its
 * own, so that untraced runs make no bigger objects).
 */
const COUNT_CHANGED = 1;
const CONTENT_CHANGED = 2;
/** A collector phase looked at it: its flags (tracked, generation, finalized) may have changed, nothing else. */
const FLAGS_CHANGED = 4;
const CHANGE_BITS = 7;
const COUNT_SHIFT = 3;

/** Notices of changes kept before they are sorted out inside a long step. */
const MAX_NOTICES = 4096;
/** PyObject.traceStep of a freed object. */
const FREED = -2;

export const MARK_ALLOC = 1;
export const MARK_FREE = 2;
export const MARK_GC = 4;

export class Recorder {
	readonly log = new VarintLog();
	readonly strings = new StringTable();
	/** Log offset where each step's records start, and each step's executed line. */
	stepStarts: number[] = [0];
	readonly stepMarks: number[] = [];
	readonly stepLines: number[] = [];
	/**
	 * Objects and frames the current step changed, each queued once (its traceStep says it is queued in
	 * this step, its traceDirty bits say what changed). Arrays with marks, not Sets: this runs at every step.
	 */
	private readonly dirtyObjects: PyObject[] = [];
	private readonly dirtyFrames: Frame[] = [];
	/** How many of each array's entries this step queued: arrays reused without shortening them (which can drop their storage). */
	private dirtyObjectCount = 0;
	private dirtyFrameCount = 0;
	/**
	 * Objects whose count changed in this step, as the heap told it, repeats and shared ones included: sorted
	 * out at the step's end. Every incref and decref tells, and inlines what it calls into each of its callers,
	 * so the telling is one store (the checks there made the optimizing compiles of the interpreter slow).
	 */
	private readonly counted: PyObject[] = [];
	private countedCount = 0;
	/** Objects whose contents changed in this step, as told: noted with one store for the same reason. */
	private readonly changedContents: PyObject[] = [];
	private changedContentCount = 0;
	private step = 0;
	private framesChanged = true;
	/** The log's content so far, from which checkpoints are copied. */
	readonly model: RecordedModel;
	private readonly objects: ObjectWriter;
	private readonly frames: FrameWriter;
	private readonly internal: InternalHolderWriter;
	private readonly collector: CollectorWriter;
	private currentLine = 0;
	private currentFrame = 0;
	private marks = 0;
	private finished = false;
	private reader: TraceReader | null = null;

	constructor(
		private readonly vm: VM,
		checkpointEvery?: number,
	) {
		this.model = new RecordedModel(checkpointEvery);
		this.objects = new ObjectWriter(this.log, this.strings, this.model);
		this.frames = new FrameWriter(vm, this.log, this.strings, this.model, this.objects.showValue);
		this.internal = new InternalHolderWriter(vm, this.log, this.strings, this.model);
		this.collector = new CollectorWriter(vm, this.log, this.model);
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
				this.queue(o, CONTENT_CHANGED);
				this.marks |= MARK_ALLOC;
			},
			refChanged: (o) => {
				this.counted[this.countedCount++] = o;
				// A step can take and drop references millions of times (a builtin's loop runs inside one step).
				if (this.countedCount === MAX_NOTICES) this.queueCounted();
			},
			contentChanged: (o) => {
				this.changedContents[this.changedContentCount++] = o;
				if (this.changedContentCount === MAX_NOTICES) this.queueChangedContents();
			},
			free: (o) => this.free(o),
		};
		vm.observer = {
			line: (frame, line) => {
				this.queueFrame(frame);
				this.endStep(line, frame);
				this.currentLine = line;
				this.currentFrame = frame.id;
			},
			call: (frame) => {
				this.queueFrame(frame);
				// The caller's stack just gave up the callee and its arguments.
				const caller = vm.frames[vm.frames.length - 2];
				if (caller) this.queueFrame(caller);
				this.framesChanged = true;
			},
			ret: (frame) => {
				if (vm.frames.length === 0 && frame.namespace === vm.mainGlobals) return this.moduleReturned(frame);
				this.framesChanged = true;
				this.frames.forget(frame);
				const caller = vm.frames[vm.frames.length - 1];
				if (caller) this.queueFrame(caller);
			},
			stdout: (text) => {
				if (text) this.writeText(Rec.Stdout, text);
			},
		};
		vm.gcObserver = (generation, phase, objects, cause, collected) => this.gcPhase(generation, phase, objects, cause, collected);
		for (const o of [vm.gcGarbage, vm.gcCallbacks]) {
			this.objects.showShared(o);
			this.queue(o, CONTENT_CHANGED);
		}
	}

	private queue(o: PyObject, change: number): void {
		if (o.traceStep !== this.step) {
			// An object made at startup (heap.asStartup) is new to the trace when the program first touches it: a full record.
			if (o.traceStep === -1) change |= CONTENT_CHANGED;
			o.traceStep = this.step;
			o.traceDirty &= ~CHANGE_BITS;
			this.dirtyObjects[this.dirtyObjectCount++] = o;
		}
		o.traceDirty |= change;
	}

	/** The heap's notices so far, queued: before anything is written or freed, everything noticed is queued as if at once. */
	private queueNotices(): void {
		if (this.changedContentCount !== 0) this.queueChangedContents();
		if (this.countedCount !== 0) this.queueCounted();
	}

	/** Queue the objects whose contents changed, and note what else their changes touch. */
	private queueChangedContents(): void {
		const mainGlobals = this.vm.mainGlobals;
		const changed = this.changedContents;
		for (let i = 0; i < this.changedContentCount; i++) {
			const o = changed[i]!;
			// The rare kinds are handled apart: this runs at nearly every step, and a short loop is optimized sooner.
			if (o.internalOf || o.shared || o === mainGlobals) this.queueSpecialContents(o);
			else this.queue(o, CONTENT_CHANGED);
		}
		this.changedContentCount = 0;
	}

	/** A change to a class's hidden part, the module's globals or a shared object also touches what shows them. */
	private queueSpecialContents(o: PyObject): void {
		const vm = this.vm;
		// A class shows what its hidden tp_dict holds as its own slots (once the class is allocated, and
		// until it is freed: its dealloc clears the parts after the trace saw it go).
		if (o.internalOf) {
			this.internal.partChanged();
			const owner = o.internalOf;
			if (owner.id !== 0 && owner.refcnt > 0) this.queue(owner, CONTENT_CHANGED);
			return;
		}
		// The module frame shows the module's globals, which any frame can change (STORE_GLOBAL).
		if (o === vm.mainGlobals) this.frames.globalsChanged();
		if (o === vm.mainGlobals && vm.frames[0]?.namespace === o) this.queueFrame(vm.frames[0]);
		// Imported modules' dicts are not shown, so what they hold shows as module attributes.
		else if (o.shared && o !== vm.builtins) this.internal.modulesChanged();
		if (this.objects.isShown(o)) this.queue(o, CONTENT_CHANGED);
	}

	/** Queue the objects whose count changed; a freed one has nothing more to write. */
	private queueCounted(): void {
		const counted = this.counted;
		for (let i = 0; i < this.countedCount; i++) {
			const o = counted[i]!;
			if (!o.shared && !o.internalOf && o.traceStep !== FREED) this.queue(o, COUNT_CHANGED);
		}
		this.countedCount = 0;
	}

	private queueFrame(frame: Frame): void {
		if (frame.traceStep === this.step) return;
		frame.traceStep = this.step;
		this.dirtyFrames[this.dirtyFrameCount++] = frame;
	}

	private writeText(kind: Rec.Stdout | Rec.Stderr, text: string): void {
		const id = this.strings.id(text);
		this.log.record(kind);
		this.log.push(id);
		this.model.write(kind === Rec.Stdout ? "stdout" : "stderr", id);
	}

	private free(o: PyObject): void {
		// What was noticed before the object went is queued first: an object never written is written before its Free.
		this.queueNotices();
		if (this.internal.reveal(o)) return;
		const queued = o.traceStep === this.step;
		if (queued && o.traceDirty & CONTENT_CHANGED && !this.objects.isWritten(o)) this.objects.write(o);
		// It stays in dirtyObjects with nothing to write.
		o.traceDirty = 0;
		o.traceStep = FREED;
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
		this.queueNotices();
		// Indexed loops: for-of allocates an iterator and its results until the JIT optimizes this.
		const objects = this.dirtyObjects;
		const nObjects = this.dirtyObjectCount;
		for (let i = 0; i < nObjects; i++) {
			const o = objects[i]!;
			const dirty = o.traceDirty;
			if (dirty & CONTENT_CHANGED) this.objects.write(o);
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
		this.dirtyObjectCount = 0;
		if (this.framesChanged) {
			this.frames.writeOrder(vm.frames);
			this.framesChanged = false;
		}
		const frames = this.dirtyFrames;
		for (let i = 0; i < this.dirtyFrameCount; i++) if (isRunning(vm, frames[i]!)) this.frames.write(frames[i]!);
		this.dirtyFrameCount = 0;
		this.internal.write();
		this.collector.writeState();
	}

	private closeStep(nextLine: number, lineFrame: number): void {
		const log = this.log;
		log.push(Rec.Step);
		log.push(this.currentLine);
		log.push(nextLine);
		log.push(lineFrame);
		this.model.stepEnded(this.currentLine, nextLine, lineFrame);
		this.stepMarks.push(this.marks);
		this.stepLines.push(this.currentLine);
		this.marks = 0;
		this.stepStarts.push(this.log.length);
		this.step++;
	}

	private gcPhase(generation: 0 | 1 | 2, phase: GcPhase, allObjects: PyObject[], cause: GcCause, collected: number): void {
		// Hidden parts of classes stay out of sight, and what the phase freed (tp_clear's garbage) is gone: a record
		// of it would bring it back with no references.
		this.queueNotices();
		const objects = allObjects.filter((o) => !o.internalOf && o.refcnt > 0);
		// A phase changes what the objects hold only through the heap, which tells (tp_clear, a __del__, weakrefs
		// cleared): written from their last record, the rest cost a comparison of flags and count each.
		for (const o of objects) this.queue(o, FLAGS_CHANGED);
		// A collection starts in the middle of a line: the running frame has changed since the line began.
		const running = this.vm.frames[this.vm.frames.length - 1];
		if (running) this.queueFrame(running);
		this.collector.writePhase(generation, phase, objects, cause, collected);
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
		this.queueNotices();
		const frames = this.dirtyFrames;
		const queued = frames.indexOf(frame);
		if (queued >= 0 && queued < this.dirtyFrameCount) {
			frames.copyWithin(queued, queued + 1, this.dirtyFrameCount);
			this.dirtyFrameCount--;
		}
		frame.traceStep = -1;
		this.frames.writeOrder([frame]);
		this.frames.write(frame);
		this.framesChanged = false;
		this.endStep(-1);
		this.framesChanged = true;
		this.internal.programClosed = true;
	}

	/** The program ended (perhaps by an exception): interpreter shutdown gets steps of its own. */
	programEnded(): void {
		if (!this.finished && !this.internal.programClosed) this.endStep(-1);
		this.internal.programClosed = true;
	}

	/** The run ended: close the last step (no next line), unless it would be empty. */
	finish(): void {
		if (this.finished) return;
		const vm = this.vm;
		if (vm.stderr) this.writeText(Rec.Stderr, vm.stderr);
		this.writeChanges();
		// Shutdown's final collection closes its own steps; after a run that got that far, a step with nothing
		// written in it would only show the collection's done step again.
		const wroteNothing = this.log.length === this.stepStarts[this.stepStarts.length - 1] && this.marks === 0;
		if (!wroteNothing || this.step === 0) this.closeStep(-1, -1);
		this.finished = true;
	}

	/** Shared values something shown referred to, by id (HeapObjectView.inline). */
	get sharedValues(): ReadonlyMap<number, SharedValue> {
		return this.objects.sharedValues;
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

