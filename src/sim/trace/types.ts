// The contract between the simulator and everything that reads it (UI, CLI, tests).
// The VM writes a trace; readers only ever see these plain types. Nothing here refers to VM internals.

/** A heap object's stable identity for the whole run, shown as `list#3`. Never reused. */
export type ObjectId = number;
/** A frame's stable identity for the whole run. The module frame is 0. */
export type FrameId = number;

export type PythonProfile = "3.11";

/** One unit of an object's reference count: who holds the reference. */
export type ReferenceHolder =
	/** A name bound in a frame (globals live in the module frame). */
	| { kind: "name"; frame: FrameId; name: string }
	/** A reference held by another object: list/tuple item "[1]", dict key "key 'a'", dict value "['a']",
	 * attribute ".x", "cell contents", "closure[0]", "__defaults__[0]", "__self__" ... */
	| { kind: "slot"; owner: ObjectId; label: string }
	/** A value sitting on a frame's evaluation stack. */
	| { kind: "stack"; frame: FrameId; depth: number }
	/** A reference the interpreter holds that has no place on screen, named for the reader
	 * ("argument of sys.getrefcount", "gc.garbage", "the running generator"). */
	| { kind: "internal"; label: string };

/** The internal holder standing for the parser's AST arena, which keeps every parsed constant while the module runs. */
export const AST_ARENA_HOLDER = "the module's syntax tree (AST arena)";
/** The internal holder for a code object's constants: "co_consts of <module>", "co_consts of f". */
export const CODE_CONSTANTS_HOLDER = "co_consts of ";

/**
 * The internal holder for what print() (any write to sys.stdout or sys.stderr) gave a text stream and the
 * stream keeps until its buffer is flushed (textio.c's pending_bytes).
 */
export const STREAM_BUFFER_HOLDER = "text waiting in the stream's write buffer";

/** The name of the module's frame, the first on the stack (CPython's code name for module-level code). */
export const MODULE_FRAME = "<module>";

/**
 * The internal holder of a running frame's reference to its function (`running frame of f`, TraceReader.view):
 * the prefix, followed by the frame's name.
 */
export const RUNNING_FRAME_HOLDER = "running frame of ";

/** The internal holder of a frame object: the interpreter frame it belongs to, while that runs. */
export const FRAME_OBJECT_HOLDER = "its running frame";

/**
 * The internal holder of a weakref's callback once its referent is dying: the interpreter takes the callback
 * from the weakref (its `__callback__` slot) and holds it until the call returns (PyObject_ClearWeakRefs).
 */
export const WEAKREF_CALLBACK_HOLDER = "callback of a cleared weak reference";

/** The slot by which an instance (or a class, of its metaclass) holds its class: subtype_dealloc lets it go last. */
export const CLASS_SLOT = "__class__";

/** A reference only the code holds: the AST arena's or a code object's co_consts. */
export function isCodeConstantHolder(holder: ReferenceHolder): boolean {
	return holder.kind === "internal" && (holder.label === AST_ARENA_HOLDER || holder.label.startsWith(CODE_CONSTANTS_HOLDER));
}

/** An outgoing reference of an object, in display order. */
export interface SlotView {
	label: string;
	target: ObjectId;
}

/** The phases of gcmodule.c's collect(), in the order they run. */
export type GcPhase =
	| "start"
	| "merge"
	| "update-refs"
	| "subtract-refs"
	| "move-unreachable"
	| "untrack-tuples"
	| "move-survivors"
	| "legacy-finalizers"
	| "handle-weakrefs"
	| "finalize"
	| "check-resurrection"
	| "clear"
	| "done";

/** What started a collection (gcmodule.c's callers of gc_collect_main). */
export type GcCause =
	/** gc.collect(generation) (gc_collect_impl). */
	| { kind: "collect" }
	/**
	 * An allocation took generation 0's count past its threshold (_PyObject_GC_Link), and
	 * gc_collect_generations chose the oldest generation whose count was over its own threshold, skipping
	 * generation 2 while fewer than a quarter of the long-lived objects are pending. The counts and
	 * thresholds are those the choice read (the collection resets the counts).
	 */
	| {
			kind: "threshold";
			counts: [number, number, number];
			thresholds: [number, number, number];
			longLivedPending: number;
			longLivedTotal: number;
			/** Of longLivedTotal, the objects python3's start-up made that pymem does not build (see Collector). */
			longLivedStartup: number;
	  }
	/** Py_FinalizeEx's collection while every module is intact (only when automatic collection is enabled). */
	| { kind: "exit" }
	/** finalize_modules' last collection, after __main__ is gone (runs even when gc is disabled). */
	| { kind: "final" };

export interface HeapObjectView {
	id: ObjectId;
	/** Python type name: "list", "C", "function", "cell", "frame"... */
	type: string;
	/**
	 * `type#id`, how narration names the object; a shared object shown because it holds the program's objects
	 * is named as the program reaches it (`gc.callbacks`), since what holds it (a module's dict) is not shown.
	 */
	label: string;
	/** A short repr, cut to fit a card. */
	preview: string;
	/** Small ints, None, True/False, interned strings...: counts are interpreter-wide, not shown as exact. */
	shared: boolean;
	/** ob_refcnt: sys.getrefcount(x) minus its own argument reference. */
	refcount: number;
	/** sys.getsizeof. */
	size: number;
	/** Tracked by the cyclic collector. */
	tracked: boolean;
	/** GC generation when tracked, else null. */
	generation: 0 | 1 | 2 | null;
	/** Has had __del__ called (PEP 442). */
	finalized: boolean;
	/**
	 * A shared value (small int, None, interned str, a module, a builtin...) that is in the state only
	 * because a name, a stack entry or a slot refers to it: shown in place, by its preview. It has no
	 * slots and no alloc event.
	 */
	inline: boolean;
	slots: SlotView[];
	/** A live weak reference's referent: it holds no reference to it (no slot, no count), but points at it. */
	weakTarget?: ObjectId;
	/** gc_refs while a collection is between update-refs and clear, else undefined. */
	gcRefs?: number;
	/** Where the running collection has put the object (see GcObjectState). */
	gcState?: GcObjectState;
}

/**
 * An object's place in a running collection, by phase: `merged` into the generation collected (its gc_refs not
 * yet computed); after move_unreachable `reachable` or `unreachable`, which it stays through the finalizers
 * unless one makes it `resurrected`; `cleared` while tp_clear breaks its references.
 */
export type GcObjectState = "merged" | "reachable" | "unreachable" | "resurrected" | "cleared";

export interface FrameView {
	id: FrameId;
	/** "<module>", a function's qualname, "<listcomp>"... */
	name: string;
	/** The line this frame is executing (the caller's call line for frames below the top). */
	line: number;
	/** Names in slot order; target null for an unbound local. */
	locals: { name: string; target: ObjectId | null }[];
	/** The evaluation stack, bottom first. */
	stack: ObjectId[];
	/** Set for a class statement's body: CPython runs it as a function, but it is no call of the class. */
	classBody?: true;
	/** Set for a generator's or coroutine's frame: a yield takes it off the stack, and the generator keeps it. */
	generator?: true;
}

export interface GcView {
	enabled: boolean;
	counts: [number, number, number];
	thresholds: [number, number, number];
	/**
	 * Set while a collection runs. At a phase's own step, `phase` has just ended; with `underWay`, the step is
	 * Python code the collector runs inside `phase` (a weakref callback, a __del__), which has not ended yet.
	 * The done phase's step gives `collected`, what gc.collect() returns: the objects found unreachable.
	 */
	collecting: { generation: 0 | 1 | 2; phase: GcPhase; cause: GcCause; underWay: boolean; collected: number } | null;
}

/** Everything on screen at one step. */
export interface StepState {
	step: number;
	/** The line just executed (0 before the first). */
	line: number;
	/** The line about to run, or null at the end. */
	nextLine: number | null;
	/** Innermost last. */
	frames: FrameView[];
	/** Live objects, in allocation order. */
	objects: HeapObjectView[];
	/** For each live object, the holders its refcount is made of: holders(id).length === refcount. */
	holders: ReadonlyMap<ObjectId, readonly ReferenceHolder[]>;
	stdout: string;
	stderr: string;
	/** Both streams as one, in the order they were written (a terminal's view): consecutive writes to a stream joined. */
	output: readonly OutputPiece[];
	gc: GcView;
}

/** The process's stream a write goes to. */
export type OutputStream = "stdout" | "stderr";

export interface OutputPiece {
	stream: OutputStream;
	text: string;
}

export type TraceEvent =
	| { kind: "line"; line: number; frame: FrameId }
	| { kind: "call"; frame: FrameId; name: string; line: number; classBody?: true; generator?: true }
	| { kind: "return"; frame: FrameId; name: string; classBody?: true; generator?: true }
	| { kind: "alloc"; object: ObjectId; type: string }
	| { kind: "incref"; object: ObjectId; refcount: number; holder: ReferenceHolder; cause: string }
	/**
	 * `handedOver`: the reference passed to the object's incref told just before (the value stack carried it
	 * between them, as a call's result goes into a name): CPython's count never moved.
	 */
	| { kind: "decref"; object: ObjectId; refcount: number; holder: ReferenceHolder; cause: string; handedOver?: true }
	/** `releasedBySys`: the sys attributes that were its only holders (sys.last_value, a replaced sys.stdout). */
	| { kind: "free"; object: ObjectId; reason: string; releasedBySys?: readonly string[] }
	| { kind: "finalize"; object: ObjectId }
	| { kind: "weakref-callback"; weakref: ObjectId; referent: ObjectId }
	/**
	 * A collection's phase, told at its own step, where it ends. A phase that runs Python code (a `__del__`, a
	 * weakref callback) in steps of their own is also told where it `starts`, the step that first runs that code,
	 * and its own step is then marked as where it `ends`.
	 */
	| {
			kind: "gc-phase";
			generation: 0 | 1 | 2;
			phase: GcPhase;
			cause: GcCause;
			gcRefs: [ObjectId, number][];
			stage?: "starts" | "ends";
			/** check-resurrection: the objects a finalizer made reachable again, which survive the collection. */
			resurrected?: ObjectId[];
	  }
	| { kind: "gc-done"; generation: 0 | 1 | 2; collected: number; cause: GcCause }
	| { kind: "stdout"; text: string }
	/** What the interpreter wrote to stderr: a traceback, a warning, an "Exception ignored in" report. */
	| { kind: "stderr"; text: string }
	/**
	 * An exception raised, or `reraised` (a bare `raise`, the end of a `finally` or `with` block, an `except` that
	 * matched nothing), not one passing on out of a callee or a builtin, with its preview when the state before
	 * or after the step shows it; `object` is 0 when the exception never became an object (a builtin's error that
	 * no handler or traceback needed).
	 */
	| { kind: "exception"; object: ObjectId; type: string; preview: string | null; line: number; reraised?: true };

/** An event that moves a count: a reference taken or let go. */
export type CountEvent = TraceEvent & { kind: "incref" | "decref" };

/** Where a collection began, without rebuilding that step's state. */
export interface CollectionStart {
	step: number;
	generation: 0 | 1 | 2;
	cause: GcCause["kind"];
}

/** What a step is about, for the timeline's marks. */
export type StepMark = "alloc" | "free" | "gc";

export interface Trace {
	readonly profile: PythonProfile;
	readonly stepCount: number;
	readonly eventCount: number;
	/**
	 * The first step of the interpreter's shutdown (the module's frame gone; finalizers and the collections at
	 * exit), or null when the run stopped before it (a step limit, a host's cancel) or shutdown made no step.
	 */
	readonly exitStep: number | null;
	/** State after step `step` (0 <= step < stepCount). */
	state(step: number): StepState;
	/** The events recorded during `step`, in order. */
	events(step: number): TraceEvent[];
	/**
	 * The program's objects (not shared values) the state of `step` shows and the state before it did not, in
	 * the order the state lists them, and those it no longer shows: what a walk over many steps needs, without
	 * building states. An object shown as a shared value until the program made it its own (the module's
	 * globals at shutdown) counts as shown then.
	 */
	objectsShownAndGone(step: number): { shown: ObjectId[]; gone: ObjectId[] };
	/** Whether the step is one of a collection's phases (each of which is a step of its own), without rebuilding its state. */
	isCollectorPhase(step: number): boolean;
	/** The line a step executed, without rebuilding its state. */
	lineOf(step: number): number;
	/** The steps that have `mark`, in order, for the timeline. */
	stepsMarked(mark: StepMark): number[];
	/** Every collection of the run, in order: the step of its first phase (merge), its generation and what started it. */
	collections(): readonly CollectionStart[];
	/** Bytes the trace holds, for the bench and `pymem trace --summary`. */
	byteSize(): number;
}

export type RunStatus =
	/** The program ran to its end. */
	| "finished"
	/** An uncaught Python exception ended it (stderr holds the traceback). */
	| "exception"
	/** It hit the step limit (lines, or the items builtins may go through). */
	| "step-limit"
	/** It held more objects at once than the host allows. */
	| "memory-limit"
	/** Its recorded trace grew past what the host keeps (RunOptions.maxTraceBytes). */
	| "trace-limit"
	/** SyntaxError or IndentationError before anything ran (or the RecursionError of a tree too deep to compile). */
	| "syntax-error"
	/** A construct outside the supported subset, found before anything ran. */
	| "unsupported"
	/** The host stopped it. */
	| "cancelled";

export interface RunError {
	/** "SyntaxError", "IndexError", "Unsupported", "StepLimit"... */
	type: string;
	/** One line a person can read, naming the line: "pymem does not support async functions yet (line 3)". */
	message: string;
	line: number | null;
	/** When the memory limit stopped the run: how many live objects the host allowed (see ProgramRun). */
	objectLimit?: number;
	/** When the trace limit stopped the run: how many bytes the recording could take. */
	traceLimit?: number;
}

export interface RunResult {
	status: RunStatus;
	/** Python's exit status: 0, 1 after an uncaught exception, or what an uncaught SystemExit set. */
	exitCode: number;
	stdout: string;
	stderr: string;
	error: RunError | null;
	steps: number;
	/** Present when the run recorded a trace. */
	trace: Trace | null;
}

export interface RunOptions {
	profile?: PythonProfile;
	/** Executed lines before the run stops with "stopped after N steps (step limit)". */
	maxSteps?: number;
	/** Record the trace (the UI and `trace`), or not (`pymem run`, faster). */
	record?: boolean;
	/** How large the recorded trace may grow (Trace.byteSize) before the run stops (default 256 MB). */
	maxTraceBytes?: number;
	/** The file name tracebacks show (default "main.py"). Added compatibly for the CLI. */
	filename?: string;
	/**
	 * Told each write to stdout and stderr as the program makes it, so a host can show both in the order python3
	 * unbuffered (-u) would (a traceback, then what a `__del__` prints at exit). RunResult still holds each stream whole.
	 */
	onOutput?: (stream: OutputStream, text: string) => void;
	/**
	 * Told what each stream hands to the OS, when it does, as python3's would writing to a pipe or a file: sys.stdout
	 * when its buffer flushes (8192 bytes waiting, flush(), before an uncaught exception's report, at exit), sys.stderr
	 * at each newline. What a buffer still holds when the run ends is not told: it is the rest of RunResult's stream.
	 */
	onOsWrite?: (stream: OutputStream, text: string) => void;
	/**
	 * The program's standard input, a chunk at a time, null at its end: asked only as the program reads (input(),
	 * sys.stdin), so a host reading a terminal gives a line per call. Without it the input is empty.
	 */
	readStdin?: () => string | null;
}

/** A run that a host advances in slices so its UI stays responsive and it can stop at any time. */
export interface Simulation {
	/** Run until `maxSteps` more steps or `maxMs` milliseconds pass. Returns true when the run has ended. */
	runSlice(maxSteps: number, maxMs: number): boolean;
	/** Steps executed so far. */
	readonly steps: number;
	cancel(): void;
	/** The outcome; only meaningful once runSlice returned true or after cancel(). */
	result(): RunResult;
}
