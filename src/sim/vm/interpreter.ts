// The interpreter's main loop over the frame stack (frame-stack.ts): an explicit stack, so Python-to-Python
// calls need no host recursion; steps counted per executed line; exceptions unwound through block stacks and
// frames (their tracebacks and implicit chaining: exception-context.ts).
import type { PyObject } from "../heap/object";
import type { CollectorHooks } from "../heap/collector";
import { T, type PyClass } from "../heap/classes";
import { PyExceptionObject } from "../heap/instances";
import type { Frame } from "./frame";
import { backwardJumpNeedsStep, forwardJumpSkipsStep, landingNeedsStep, lineRaisedAt, loopExitNeedsStep } from "./line-events";
import { EXCEPTION_BEING_RAISED, holdRaising, PyRaise, StepLimitReached } from "./errors";
import { runFrame } from "./dispatch";
import { ExceptionContext } from "./exception-context";
import type { VM } from "./vm";
import type { OutputStream } from "../trace/types";
import { PyCodecError, PyKeyError, PyRuntimeError } from "../runtime/errors";
import { codecErrorArguments } from "./unicode-errors";
import { releaseFailedOperands } from "./failed-operands";
import { delegationEnded } from "./generators";

/** The interpreter core: the loop over frames and exceptions unwinding through them; VM (vm.ts) adds the conveniences natives use. */
export abstract class Interpreter extends ExceptionContext {
	readonly modules = new Map<string, PyObject>();
	stdout = "";
	stderr = "";
	/** Told each write as it happens, in the order of both streams (RunOptions.onOutput). */
	onOutput: ((stream: OutputStream, text: string) => void) | null = null;
	/** Told what each stream hands to the OS (RunOptions.onOsWrite). */
	onOsWrite: ((stream: OutputStream, text: string) => void) | null = null;
	/** The program's lines and file name, for tracebacks the interpreter prints itself ("Exception ignored"). */
	source: { lines: readonly string[]; filename: string } = { lines: [], filename: "main.py" };
	/** Told about each collector phase (the trace recorder). */
	gcObserver: CollectorHooks["phase"] | null = null;
	steps = 0;
	maxSteps = Number.POSITIVE_INFINITY;
	/**
	 * Items builtins may go through (a loop in `sum(range(n))`, `list(it)`, `[x] * n`...) in the whole run. Their
	 * loops run inside one step, so the step limit alone would not keep the host responsive.
	 */
	maxWork = Number.POSITIVE_INFINITY;
	private work = 0;
	/** The result a nested (native-initiated) call left behind. */
	nestedResult: PyObject | null = null;
	/** Whether the nested result came from a yield (the generator is suspended, not finished). */
	nestedYielded = false;
	/** Budget for the current slice; the loop yields when it reaches zero at a line start. */
	sliceBudget = Number.POSITIVE_INFINITY;
	sliceDeadline = Number.POSITIVE_INFINITY;
	/** Lines between two looks at the clock (a mask): cheap steps need few looks, recorded steps more. */
	clockCheckMask = 63;
	/** A backward jump landed inside a line: the run loop starts it as a new step. */
	lineAfterJump = false;
	/** A forward jump landed on the start of the line it was on: the run loop starts no step there. */
	private noStepAt = -1;
	/** The exception unwinding until a handler takes it: leaving a nested run and entering its caller's is not a new raise. */
	private propagating: PyExceptionObject | null = null;

	/**
	 * Run frames until the stack is back to `stopDepth` frames. Returns false when a slice ran out, which only
	 * the host's run may do: a nested run (a native calling Python code) must finish, even one that starts with
	 * no frame below it, as a __del__ at interpreter shutdown does.
	 */
	run(stopDepth: number, nested = stopDepth > 0): boolean {
		const frames = this.frames;
		const vm = this as unknown as VM;
		while (frames.length > stopDepth) {
			const frame = frames[frames.length - 1]!;
			try {
				// The frame runs until it calls Python code, returns or raises.
				if (!runFrame(vm, frame, nested)) return false;
			} catch (e) {
				const exc = this.asPythonException(e);
				const reraised = e instanceof PyRaise && e.reraised;
				const frame = this.frames[this.frames.length - 1];
				if (!reraised && frame && this.frames.length > stopDepth) releaseFailedOperands(this as unknown as VM, frame, exc);
				this.unwind(exc, stopDepth, true, reraised);
			}
		}
		return true;
	}

	/**
	 * A line starts at `frame`'s next instruction (or a backward jump landed inside one): a new step. False when
	 * the slice's time is up, which only the host's run may act on.
	 */
	beginLine(frame: Frame, nested: boolean): boolean {
		if (this.noStepAt >= 0) {
			const skip = this.noStepAt === frame.pc && !this.lineAfterJump;
			this.noStepAt = -1;
			if (skip) return true;
		}
		// With no deadline (a run to the end) there is no clock to look at: Date.now() costs a call into the runtime.
		if (!nested && (this.sliceBudget <= 0 || (this.steps & this.clockCheckMask) === 0 && this.sliceDeadline !== Number.POSITIVE_INFINITY && Date.now() > this.sliceDeadline)) return false;
		this.lineAfterJump = false;
		this.startLine(frame, frame.code.lines[frame.pc]!);
		return true;
	}

	/**
	 * A Python exception for anything a native threw, perhaps not yet normalized (see raisedByC); JS errors that
	 * are not Python's propagate.
	 */
	asPythonException(e: unknown): PyExceptionObject {
		if (e instanceof PyRaise) return e.raised;
		if (e instanceof PyKeyError && e.key !== null) {
			const key = this.str(e.key);
			const exc = this.keyErrorRaised(key);
			this.decref(key);
			return exc;
		}
		if (e instanceof PyCodecError) return this.newException(this.exceptionClass(e.pyType), codecErrorArguments(this, e));
		if (e instanceof PyRuntimeError) return this.raisedByC(this.exceptionClass(e.pyType), e.pyMessage ? [this.str(e.pyMessage)] : []);
		if (e instanceof RangeError && /call stack/i.test(e.message)) {
			return this.newException(this.exceptionClass("RecursionError"), [this.str("maximum recursion depth exceeded")]);
		}
		// A string, array or int past what the engine can hold: CPython would run out of memory too.
		if (e instanceof RangeError && /Invalid (string|array) length|Maximum BigInt size exceeded/.test(e.message)) return this.newException(this.exceptionClass("MemoryError"), []);
		throw e;
	}

	/** Run a frame to completion from native code; returns its result (or a generator's yielded value). */
	/** `resumesPastResume`: a generator resumed after its `yield from` (_gen_throw's), which runs no RESUME to warm up. */
	runNested(frame: Frame, throwing: PyExceptionObject | null = null, resumesPastResume = false): PyObject {
		const depth = this.frames.length;
		this.pushFrame(frame, "native", throwing !== null || resumesPastResume);
		// Counted from here: unwinding a thrown exception clears frames, whose generators' finalizers close them in
		// nested runs of their own (a chain of generators looping over each other), so the limit on nested runs
		// must see this one already.
		this.nestedRuns++;
		try {
			if (throwing) {
				// gen_send_ex2's _PyErr_ChainStackItem: a thrown exception is chained only to what the generator itself
				// handles (gen.close() chained its GeneratorExit to the caller's before).
				if (frame.generator && this.handledException) {
					throwing.normalize?.();
					this.chainImplicitContext(throwing);
				}
				this.unwind(throwing, depth, false);
			}
			this.run(depth, true);
		} finally {
			this.nestedRuns--;
		}
		const result = this.nestedResult!;
		this.nestedResult = null;
		return result;
	}

	/** Builtins are about to go through `items` more items. */
	chargeWork(items: number): void {
		this.work += items;
		if (this.work > this.maxWork) throw new StepLimitReached(this.maxWork);
	}

	/** A step: one executed line. */
	startLine(frame: Frame, line: number): void {
		// Exec'd text ("<string>") runs inside the step that called it; its frame still knows its line for tracebacks.
		if (frame.code.filename !== undefined) {
			frame.line = line;
			return;
		}
		if (this.steps >= this.maxSteps) throw new StepLimitReached();
		this.steps++;
		this.sliceBudget--;
		frame.line = line;
		this.observer?.line(frame, line);
	}

	/** The jumps' steps (line-events.ts); each is called with the frame's pc past the jumping instruction. */
	jumpBack(frame: Frame, target: number): void {
		frame.pc = target;
		if (backwardJumpNeedsStep(frame.code, target)) this.lineAfterJump = true;
	}

	/** FOR_ITER's jump past an exhausted loop. */
	leaveLoop(frame: Frame, exit: number): void {
		if (loopExitNeedsStep(frame.code, frame.pc - 1, exit)) this.lineAfterJump = true;
		this.jumpForward(frame, exit);
	}

	jumpForward(frame: Frame, target: number): void {
		if (forwardJumpSkipsStep(frame.code, frame.pc - 1, target)) this.noStepAt = target;
		frame.pc = target;
	}

	/** Find a handler for `exc`, popping frames that have none. Rethrows past `stopDepth` (a native caller). */
	protected unwind(exc: PyExceptionObject, stopDepth: number, chain = true, reraised = false): void {
		// An exception a native raised is chained where it enters the interpreter: a re-raised one already has
		// its traceback, and `raise` chained its own.
		// RERAISE never chains, even an exception without a traceback (the group an except* statement raises).
		if (exc.normalize && this.topmostHandledException()) exc.normalize();
		if (chain && !reraised && !exc.traceback && !exc.normalize) this.chainImplicitContext(exc);
		// ceval's `error:` label adds the raising frame's entry even when the exception already has one for it
		// (`raise e` in its own handler); RERAISE skips it. Frames the exception then leaves add theirs once.
		let newRaise = !reraised;
		const reraisingFrame = this.frames[this.frames.length - 1];
		if (exc !== this.propagating) this.observer?.raised(exc, reraisingFrame, reraised);
		this.propagating = exc;
		// While it propagates, the exception is held by the interpreter (the trace shows it so).
		holdRaising(this.heap, exc);
		for (;;) {
			const frame = this.frames[this.frames.length - 1];
			if (!frame || this.frames.length <= stopDepth) throw new PyRaise(exc);
			// RERAISE goes to exception_unwind, which adds no entry for its own frame (a group an except* statement
			// made has none of it); the frames it then leaves add theirs in their callers' `error:` label.
			if (!reraised || frame !== reraisingFrame) this.addTraceback(exc, frame, newRaise);
			newRaise = false;
			const block = frame.blocks.pop();
			if (block) {
				// exception_unwind pops the stack down to the handler's level, then normalizes the error it pushes.
				if (exc.normalize) {
					while (frame.stack.length > block.depth) this.decref(frame.stack.pop()!);
					exc.normalize();
				}
				this.heap.disown(exc, EXCEPTION_BEING_RAISED);
				while (frame.stack.length > block.depth) this.decref(frame.stack.pop()!);
				exc.visibleTraceback = exc.traceback;
				frame.stack.push(exc);
				const raisedAt = lineRaisedAt(frame.code, frame.pc - 1, reraised && frame === reraisingFrame, frame.line, frame.raiseLine);
				frame.raiseLine = raisedAt;
				frame.pc = block.handler;
				if (landingNeedsStep(frame.code, block.handler, raisedAt)) this.lineAfterJump = true;
				this.propagating = null;
				return;
			}
			const mode = frame.resumeMode;
			const generator = frame.generator;
			// exception_unwind with no handler left: the value stack goes, top first, before the frame is cleared (a
			// frame object the traceback keeps takes over the locals only).
			while (frame.stack.length) this.decref(frame.stack.pop()!);
			this.finishFrame(frame);
			// gen_send_ex2 turns a StopIteration leaving a generator's frame into a RuntimeError before its caller sees it.
			if (generator && exc.cls.isSubclassOf(this.exceptionClass("StopIteration"))) exc = this.generatorRaisedStopIteration(exc);
			if (mode === "continuation") {
				if (frame.continuation!.absorb?.(exc)) {
					this.propagating = null;
					return;
				}
				frame.continuation!.abandon(exc);
			}
			if (mode === "yield-from") delegationEnded(this as unknown as VM, this.frames[this.frames.length - 1]!);
			if (mode === "native" || this.frames.length <= stopDepth) throw new PyRaise(exc);
		}
	}

	/** Text a stream is given, in the order the program writes to both: the run's result, the trace, onOutput. */
	recordOutput(stream: OutputStream, text: string): void {
		if (stream === "stdout") {
			this.stdout += text;
			this.observer?.stdout(text);
		} else {
			this.stderr += text;
			this.observer?.stderr(text);
		}
		this.onOutput?.(stream, text);
	}

	/** Bytes a stream writes to the OS, once its buffer lets them go (text-stream-buffer.ts). */
	handToOs(stream: OutputStream, text: string): void {
		if (text) this.onOsWrite?.(stream, text);
	}

	isInstance(o: PyObject, cls: PyClass): boolean {
		return o.cls.isSubclassOf(cls);
	}
	get typeType(): PyClass {
		return T.type;
	}
}

export { PyRaise };
