// An executing code object: fast locals (3.11's localsplus), the value stack and the block stack.
import type { CodeObject } from "../compile/code";
import type { PyObject, Reference } from "../heap/object";
import type { PyDict } from "../heap/containers";
import type { PyFunction } from "../heap/callables";
import type { PyGenerator } from "../heap/iterators";
import type { PyFrameObject } from "../heap/tracebacks";
import type { PyExceptionObject } from "../heap/instances";

export interface Block {
	handler: number;
	/** Stack depth to restore before jumping to the handler. */
	depth: number;
}

/**
 * What happens to this frame's result. "value": the caller pushes it (an ordinary CALL). "native": a
 * native started the call and collects the result itself. "for-iter": a generator resumed by FOR_ITER.
 * "yield-from": a generator resumed by the `yield from` of the generator below it, which yields on what it
 * yields and goes on with what it returns. "continuation": a call CALL made of something other than a function
 * (a class's __init__, init-frames.ts; an lru_cache wrapper's function, lru-calls.ts), which the frame's
 * continuation finishes.
 */
export type ResumeMode = "value" | "native" | "for-iter" | "yield-from" | "continuation";

/**
 * For "continuation": what the call that runs a Python function as a frame of the loop does once the frame
 * returns (`finish`, given the result) or an exception leaves it (`abandon`).
 */
export interface FrameContinuation {
	/** `yielded`: a generator's frame resumed by next() yielded `value` (it stays suspended) rather than returned it. */
	finish(value: PyObject, yielded: boolean): void;
	abandon(exc?: PyExceptionObject): void;
	/**
	 * An exception left the frame that the C function clears and goes on from (getattr's default, hasattr): it
	 * releases what it holds, clears `exc` and finishes the instruction, and says true; the loop then goes on with
	 * the caller. False (nothing done): the exception goes on, through `abandon`.
	 */
	absorb?(exc: PyExceptionObject): boolean;
}

/** One all-null array per slot count, copied for each new frame. */
const emptyLocalsTemplates: (PyObject | null)[][] = [];

/**
 * `n` null slots: a copy of a packed template is exactly `n` long (pushing grows the array to 17 slots, a
 * cost at every Python call), and stays packed (Array.prototype.fill would leave it holey).
 */
function emptyLocals(n: number): (PyObject | null)[] {
	let template = emptyLocalsTemplates[n];
	if (template === undefined) {
		template = [];
		for (let i = 0; i < n; i++) template.push(null);
		emptyLocalsTemplates[n] = template;
	}
	return template.slice();
}

export class Frame {
	readonly locals: (PyObject | null)[];
	readonly stack: PyObject[] = [];
	readonly blocks: Block[] = [];
	pc = 0;
	/** The step in which the trace recorder last queued this frame (see recorder.ts). */
	traceStep = -1;
	line: number;
	/**
	 * The line the exception last landing in one of this frame's handlers was raised at (the lasti a handler
	 * pushes): a with's exit that lets it through re-raises from there, so landing on the next handler compares
	 * with that line, not with the with statement's.
	 */
	raiseLine = 0;
	resumeMode: ResumeMode = "value";
	/** For "continuation": the call this frame finishes. */
	continuation: FrameContinuation | null = null;
	/** For "for-iter": where the caller's loop ends. */
	loopExit = 0;
	/**
	 * While a generator this frame's `yield from` resumed runs: the value SEND popped to send it, which SEND holds
	 * until that generator yields, returns or raises.
	 */
	sentToDelegate: PyObject | null = null;
	/** Set when the frame belongs to a generator. */
	generator: PyGenerator | null = null;
	/** Keyword names set by KW_NAMES for the next CALL. */
	kwnames: string[] | null = null;
	/** The frame object, once something asked for one (a traceback); this frame holds one reference to it. */
	frameObject: PyFrameObject | null = null;
	/** A function frame's f_locals: the dict locals() fills and hands out, made on the first call. */
	localsDict: PyDict | null = null;

	/** What the frame holds as f_locals: a class body's namespace, or the dict locals() made in a function. */
	get fLocals(): PyDict | null {
		return this.code.kind === "class" ? this.namespace : this.localsDict;
	}

	constructor(
		readonly id: number,
		readonly code: CodeObject,
		readonly func: PyFunction | null,
		readonly globals: PyDict,
		/** Module and class bodies: the namespace dict STORE_NAME writes to. */
		readonly namespace: PyDict | null,
	) {
		this.locals = emptyLocals(code.nlocalsplus);
		this.line = code.firstlineno;
	}

	get name(): string {
		return this.code.qualname;
	}

	/**
	 * Strong references held by the frame, for the collector and the trace, in _PyFrame_Traverse's order: the
	 * function, then the locals and the stack. An owning frame object puts f_back and f_locals before them; the
	 * code object is interpreter-wide here, so the collector has no use for it.
	 */
	references(): Reference[] {
		const refs: Reference[] = this.func ? [{ label: "function", target: this.func }] : [];
		this.locals.forEach((v, i) => {
			if (v) refs.push({ label: this.slotName(i), target: v });
		});
		this.stack.forEach((v, i) => refs.push({ label: `stack[${i}]`, target: v }));
		return refs;
	}

	slotName(i: number): string {
		return this.code.localsplusNames[i] ?? `slot${i}`;
	}
}
