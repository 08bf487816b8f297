// The exception state beside the frame stack: the traceback an exception gathers as it leaves frames, the
// implicit chaining of an exception raised while another is handled, and PEP 479's StopIteration from a generator.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyTraceback } from "../heap/tracebacks";
import type { Frame } from "./frame";
import { EXCEPTION_BEING_RAISED, type TracebackEntry } from "./errors";
import { FrameStack } from "./frame-stack";
import { PENDING_ERROR_TRACEBACK } from "./object-space";

/** The frame stack with what exceptions gather on their way through it; Interpreter (interpreter.ts) unwinds them. */
export abstract class ExceptionContext extends FrameStack {
	/** The entry each traceback object prints; an exception's are read along its __traceback__ chain. */
	readonly tracebackEntries = new WeakMap<PyObject, TracebackEntry>();

	/**
	 * _PyErr_SetObject's implicit chaining: an exception raised while another is handled gets it as __context__
	 * (replacing any), after the handled one's context chain is cut where it leads back to the new exception.
	 */
	chainImplicitContext(exc: PyExceptionObject): void {
		const handled = this.topmostHandledException();
		if (!(handled instanceof PyExceptionObject) || handled === exc || exc.context === handled) return;
		// A chain that already loops elsewhere is left alone (CPython stops with Floyd's cycle detection).
		const seen = new Set<PyObject>();
		for (let o: PyExceptionObject = handled; o.context instanceof PyExceptionObject && !seen.has(o); o = o.context) {
			seen.add(o);
			if (o.context !== exc) continue;
			o.context = null;
			this.heap.observer?.contentChanged(o);
			this.decref(exc);
			break;
		}
		const old = exc.context;
		exc.context = this.incref(handled);
		this.heap.observer?.contentChanged(exc);
		if (old) this.decref(old);
	}

	/**
	 * PEP 479, as gen_send_ex2 does it: a StopIteration leaving a generator's frame becomes
	 * RuntimeError("generator raised StopIteration") whose cause and context are the StopIteration.
	 */
	protected generatorRaisedStopIteration(stop: PyExceptionObject): PyExceptionObject {
		stop.normalize?.();
		this.heap.disown(stop, EXCEPTION_BEING_RAISED);
		const error = this.newException(this.exceptionClass("RuntimeError"), [this.str("generator raised StopIteration")]);
		this.chainImplicitContext(error);
		if (error.context) this.decref(error.context);
		error.context = this.incref(stop);
		error.cause = stop;
		error.suppressContext = true;
		this.heap.observer?.contentChanged(error);
		this.heap.adoptOnce(error, EXCEPTION_BEING_RAISED);
		return error;
	}

	/** What printing exc's __traceback__ shows, outermost frame first (tb_next order). */
	tracebackOf(exc: PyExceptionObject): TracebackEntry[] {
		const out: TracebackEntry[] = [];
		for (let tb = exc.traceback; tb instanceof PyTraceback; tb = tb.next) {
			const entry = this.tracebackEntries.get(tb);
			if (entry && !entry.library) out.push(entry);
		}
		return out;
	}

	/**
	 * _PyErr_WriteUnraisableMsg: an exception that reaches it without a traceback (one C code raised, such as
	 * gen_close's "generator ignored GeneratorExit") gets one for the frame running at the time, if any.
	 */
	tracebackForUnraisable(exc: PyExceptionObject): void {
		const frame = this.frames[this.frames.length - 1];
		if (!exc.traceback && frame) this.addTraceback(exc, frame, true);
	}

	/** PyTraceBack_Here: a traceback object for `frame` becomes the exception's __traceback__. */
	protected addTraceback(exc: PyExceptionObject, frame: Frame, newRaise: boolean): void {
		const last = exc.traceback ? this.tracebackEntries.get(exc.traceback) : undefined;
		if (!newRaise && last && last.frame === frame.id) return;
		const entry: TracebackEntry = { name: frame.code.name, line: frame.line, frame: frame.id, location: frame.code.locations[frame.pc - 1] ?? null };
		if (frame.code.filename !== undefined) entry.filename = frame.code.filename;
		// A library frame keeps its traceback object (and so its frame and locals) as in CPython; pymem prints
		// no line of it, having no file of the module to show.
		if (frame.code.library) entry.library = true;
		const frameObject = this.frameObjectOf(frame);
		// The new traceback takes over the exception's reference to the older one (its tb_next). As in
		// tb_create_raw, both are set once the traceback is allocated (which can start a collection).
		const traceback = this.heap.register(new PyTraceback(null, null, frame.line));
		traceback.next = exc.traceback;
		traceback.frameObject = this.incref(frameObject);
		this.tracebackEntries.set(traceback, entry);
		exc.traceback = traceback;
		if (exc.normalize) {
			// The thread state holds an unnormalized error's traceback (curexc_traceback).
			if (traceback.next) this.heap.disown(traceback.next, PENDING_ERROR_TRACEBACK);
			this.heap.adopt(traceback, PENDING_ERROR_TRACEBACK);
		} else this.heap.observer?.contentChanged(exc);
	}
}
