// The interpreter's frame stack: frames made, pushed, finished and cleared as 3.11's _PyFrame_Clear does, the
// frame objects made for them on request, and the exception state a generator's frame carries in and out.
import { warmUp } from "./warm-up";
import type { PyDict } from "../heap/containers";
import type { PyFunction } from "../heap/callables";
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyFrameObject } from "../heap/tracebacks";
import { CO_GENERATOR, type CodeObject } from "../compile/code";
import { Frame, type ResumeMode } from "./frame";
import { PyRaise } from "./errors";
import { ObjectSpace } from "./object-space";
import { FRAME_OBJECT_HOLDER } from "../trace/types";

/** A label per code object, built once: frames are cleared (and their holders named) at every return. */
function labelPerCode(make: (code: CodeObject) => string): (code: CodeObject) => string {
	const labels = new WeakMap<CodeObject, string>();
	return (code) => {
		let label = labels.get(code);
		if (label === undefined) labels.set(code, (label = make(code)));
		return label;
	};
}

/** "frame of f being cleared". */
const frameClearLabel = labelPerCode((code) => `frame of ${code.qualname} being cleared`);

/** Python frames run from builtins at once: about 280 fit in a 1 MB JavaScript stack (Node's and Chrome's). */
export const MAX_NESTED_RUNS = 240;

/**
 * Some builtins' levels take more of the host's stack than others (`list(map(f, ...))` calls through several host
 * frames), so from this many nested runs on, each new one first makes sure the stack still has room for more:
 * running out of it part way through an operation would leave the heap half changed.
 */
const PROBED_FROM = 16;
/** About 130 to 190 KB of the host's stack: some thirty levels of the costliest builtins. */
const PROBE_DEPTH = 2000;

function probe(n: number): number {
	return n <= 0 ? 0 : 1 + probe(n - 1);
}

function hostStackHasRoom(): boolean {
	try {
		probe(PROBE_DEPTH);
		return true;
	} catch (e) {
		if (e instanceof RangeError) return false;
		throw e;
	}
}

/** The internal holder of what a running frame holds as f_locals (a class body's namespace, a function's locals() dict). */
export const fLocalsLabel = labelPerCode((code) => (code.kind === "class" ? `f_locals of the ${code.qualname} class body` : `f_locals of ${code.qualname}()`));

export interface VmObserver {
	line(frame: Frame, line: number): void;
	call(frame: Frame): void;
	ret(frame: Frame): void;
	stdout(text: string): void;
	/**
	 * Text the interpreter wrote to the process's stderr (a traceback, "Exception ignored in ..."), once written:
	 * `text` when the program wrote it, and vm.stderr holds what else was written before it.
	 */
	stderr(text?: string): void;
	/**
	 * `exc` starts to propagate from `frame`, the running frame, at its line: raised there, or re-raised (a bare
	 * `raise`, a `finally` or `with` block's end, an `except` that matched nothing), not passing on out of a nested run.
	 */
	raised(exc: PyObject, frame: Frame | undefined, reraised: boolean): void;
}

/** The frames and their lifecycle; Interpreter (interpreter.ts) adds the loop that runs them. */
export abstract class FrameStack extends ObjectSpace {
	readonly frames: Frame[] = [];
	/** tstate->exc_info->exc_value: the exception the running frame (or its generator) is handling. */
	handledException: PyObject | null = null;
	/**
	 * The previous_item chain of tstate->exc_info: what each resumed generator's caller was handling, innermost
	 * last. A running generator has its own exception state (gi_exc_state), so an `except` it is suspended in
	 * is not its caller's, and the caller's shows through (sys.exc_info(), chaining) while it handles none.
	 */
	readonly callerExcStates: (PyObject | null)[] = [];
	recursionLimit = 1000;
	/** Frames of Python code a native stands in for (copy.py's), counted toward the recursion limit. */
	nativePythonFrames = 0;
	/**
	 * C functions running that count a level toward the recursion limit (c-recursion.ts: repr, str, comparisons,
	 * and _PyObject_MakeTpCall's level of a class or lru_cache call whose Python function runs as a frame of the loop).
	 */
	nativeLevels = 0;
	/** Python frames a builtin is running (runNested), each of which holds a stretch of the host's own stack. */
	nestedRuns = 0;
	observer: VmObserver | null = null;
	private nextFrameId = 0;

	/** What counts toward the recursion limit: frames, the Python frames natives stand in for, and the C levels of c-recursion.ts. */
	get recursionDepth(): number {
		return this.frames.length + this.nativePythonFrames + this.nativeLevels;
	}

	newFrame(code: CodeObject, func: PyFunction | null, globals: PyDict, namespace: PyDict | null): Frame {
		// A library function run natively has no bytecode: only callObject can call it (as __init__ or __call__ it cannot).
		if (func?.nativeBody) throw new PyRaise(this.newException(this.exceptionClass("TypeError"), [this.str(`pymem does not support calling ${func.qualname} that way yet`)]));
		return new Frame(this.nextFrameId++, code, func, globals, namespace);
	}
	/** `thrown`: the frame resumes by raising (gen.throw, close), which runs no RESUME and so does not warm its code up. */
	pushFrame(frame: Frame, mode: ResumeMode, thrown = false): void {
		// Recursion through builtins (a __repr__ calling repr(self)) nests the host's calls too: it stops before the
		// JavaScript stack runs out, which would leave the frame stack half unwound.
		const hostStackFull = mode === "native" && (this.nestedRuns >= MAX_NESTED_RUNS || (this.nestedRuns >= PROBED_FROM && !hostStackHasRoom()));
		if (this.recursionDepth >= this.recursionLimit || hostStackFull) {
			// As ceval's exit_unwind: the new frame is cleared (its arguments and function released) once
			// the error is set (_PyErr_Format: made at once only inside a handler). A generator's frame goes too:
			// gen_send_ex2 finds it failed, so the generator is exhausted, its exception state cleared.
			const error = this.recursionError();
			const gen = frame.generator;
			if (gen) {
				gen.running = false;
				const handled = gen.excState;
				gen.excState = null;
				if (handled) this.decref(handled);
				this.finishFrameDetached(frame);
			} else this.clearFrame(frame);
			throw new PyRaise(error);
		}
		if (!thrown) warmUp(frame.code);
		frame.resumeMode = mode;
		const gen = frame.generator;
		if (gen) {
			// gen_send_ex2: the generator's exception state goes on top of the thread's.
			this.callerExcStates.push(this.handledException);
			this.handledException = gen.excState;
			gen.excState = null;
		}
		this.frames.push(frame);
		this.observer?.call(frame);
	}

	/** _Py_CheckRecursiveCall's error, set as a C function sets one (raisedByC): a frame would go past the limit. */
	recursionError(): PyExceptionObject {
		return this.raisedByC(this.exceptionClass("RecursionError"), [this.str("maximum recursion depth exceeded")]);
	}

	/** _PyErr_GetTopmostException: the innermost exception being handled, looking past generators that handle none. */
	topmostHandledException(): PyObject | null {
		if (this.handledException) return this.handledException;
		for (let i = this.callerExcStates.length - 1; i >= 0; i--) {
			const e = this.callerExcStates[i];
			if (e) return e;
		}
		return null;
	}

	/** _PyFrame_GetFrameObject: made on first request; the running frame holds a reference to it. */
	frameObjectOf(frame: Frame): PyFrameObject {
		if (frame.frameObject) return frame.frameObject;
		const frameObject = this.heap.register(new PyFrameObject(frame));
		this.heap.adopt(frameObject, FRAME_OBJECT_HOLDER);
		frame.frameObject = frameObject;
		return frameObject;
	}

	/** Pop a frame; unless it is a generator suspending at a yield, clear it (3.11's _PyFrame_Clear). */
	finishFrame(frame: Frame, suspended = false): void {
		this.frames.pop();
		this.observer?.ret(frame);
		const gen = frame.generator;
		if (gen) {
			// The generator keeps what it handles for its next resumption; a finished one clears it.
			const own = this.handledException;
			this.handledException = this.callerExcStates.pop() ?? null;
			if (suspended) gen.excState = own;
			else if (own) this.decref(own);
		}
		if (suspended) return;
		if (gen) {
			gen.frame = null;
			gen.running = false;
			frame.generator = null;
			this.heap.observer?.contentChanged(gen);
		}
		this.clearFrame(frame);
	}

	/** Release a generator frame off the frame stack (closing an unstarted generator, or one that failed to resume). */
	finishFrameDetached(frame: Frame): void {
		const gen = frame.generator;
		frame.generator = null;
		if (gen) {
			// The generator no longer holds what its frame holds (a trace reads its references again).
			gen.frame = null;
			this.heap.observer?.contentChanged(gen);
		}
		this.clearFrame(frame);
	}

	/**
	 * _PyFrame_Clear: a frame object held elsewhere takes the frame over (locals and all, linked to its
	 * caller's frame object unless it is a generator's); otherwise locals in slot order, then the value stack,
	 * then the function. The frame is already off the frame stack, so what it still holds while a __del__ runs
	 * shows as held by the frame being cleared.
	 */
	clearFrame(frame: Frame): void {
		const frameObject = frame.frameObject;
		const fLocals = frame.fLocals;
		if (frameObject) {
			frame.frameObject = null;
			// A frame object made while a library module is imported is shared (never freed), so its count says
			// nothing of who holds it: CPython frees it with its traceback, and the importer's frame never gets a
			// frame object through its f_back.
			if (frameObject.refcnt > 1 && !frameObject.shared) {
				// The frame object takes the references over, f_locals included.
				if (fLocals) this.heap.disown(fLocals, fLocalsLabel(frame.code));
				this.takeOwnership(frameObject);
				this.heap.release(frameObject, FRAME_OBJECT_HOLDER);
				return;
			}
			this.heap.release(frameObject, FRAME_OBJECT_HOLDER);
		}
		const refs: PyObject[] = [];
		for (let i = 0; i < frame.locals.length; i++) {
			const v = frame.locals[i];
			if (v) refs.push(v);
			frame.locals[i] = null;
		}
		const stack = frame.stack;
		for (let i = 0; i < stack.length; i++) if (stack[i] !== this.NULL) refs.push(stack[i]!);
		while (stack.length) stack.pop();
		// _PyFrame_Clear: the locals and stack, then f_locals, then the function.
		if (fLocals) {
			this.heap.disown(fLocals, fLocalsLabel(frame.code));
			refs.push(fLocals);
		}
		frame.localsDict = null;
		if (frame.func) refs.push(frame.func);
		// The label names the frame in a trace only; an untraced run skips the per-code lookup at every return.
		this.heap.releaseAll(null, this.heap.recordsHolders ? frameClearLabel(frame.code) : "", refs);
	}

	private takeOwnership(frameObject: PyFrameObject): void {
		frameObject.owner = true;
		// gen_send_ex2 unlinks a generator's frame from its caller's (frame->previous = NULL) before clearing it,
		// so a finished generator's frame object has no f_back (nor keeps the caller's locals alive).
		const caller = frameObject.frame.code.flags & CO_GENERATOR ? undefined : this.frames[this.frames.length - 1];
		if (caller) frameObject.back = this.incref(this.frameObjectOf(caller));
		this.heap.track(frameObject);
		this.heap.observer?.contentChanged(frameObject);
	}
}
