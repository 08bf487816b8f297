// Python exceptions as they cross the simulator's own code: a native that fails throws PyRaise carrying a
// Python exception object; the interpreter catches it and unwinds Python frames.
import type { PyExceptionObject } from "../heap/instances";
import type { Located } from "../parse/ast";
import type { HeldReferences } from "../heap/held-references";
import { PyRuntimeError } from "../runtime/errors";

/** The interpreter's hold on an exception on its way up, from where it is raised to a handler or out of a run. */
export const EXCEPTION_BEING_RAISED = "exception being raised";

/** The interpreter holds `exc` on its way up; an error not normalized yet is no object of the heap, so nothing holds it. */
export function holdRaising(heap: HeldReferences, exc: PyExceptionObject): void {
	if (!exc.normalize) heap.adoptOnce(exc, EXCEPTION_BEING_RAISED);
}

/** While `error` (what a native caught) is on its way up, a trace shows the interpreter holding its exception. */
export function markRaising(heap: HeldReferences, error: unknown): void {
	if (error instanceof PyRaise) holdRaising(heap, error.raised);
}

/** Whether a native threw a Python error (not a stopped run or a fault of pymem's own). */
export function isPythonError(e: unknown): boolean {
	return e instanceof PyRaise || e instanceof PyRuntimeError;
}

export class PyRaise extends Error {
	/** reraised: RERAISE or a bare `raise`, which go to exception_unwind without a traceback entry for the frame. */
	constructor(
		/** The exception as raised: perhaps not yet normalized (no object of the heap yet), which only the interpreter's unwinding keeps so. */
		readonly raised: PyExceptionObject,
		readonly reraised = false,
	) {
		super("python exception");
	}

	/** The exception object; native code that looks at a raised error normalizes it first, as C code does. */
	get exc(): PyExceptionObject {
		this.raised.normalize?.();
		return this.raised;
	}
}

/**
 * The run hit its step limit; unwinds every frame without running handlers. `work` is set when builtins went
 * through more items than the limit allows them (their loops run inside one step).
 */
export class StepLimitReached extends Error {
	constructor(readonly work: number | null = null) {
		super("step limit");
	}
}

/** What one traceback object shows when printed. Kept beside the PyTraceback (interpreter.ts tracebackOf). */
export interface TracebackEntry {
	name: string;
	line: number;
	/** The interpreter frame (its id): an exception re-raised in the same frame adds no entry. */
	frame: number;
	/** The node of the instruction that was running (co_positions' columns), for the carets under the line. */
	location: Located | null;
	/** co_filename when it is not the program's (exec'd text: "<string>"), which has no lines to show. */
	filename?: string;
	/** A frame of a library module's Python (contextlib's): its traceback object exists, but is not printed. */
	library?: true;
}

/** Builtin exception classes: [name, base]. Order matters: bases come first. */
export const EXCEPTION_HIERARCHY: [string, string | null][] = [
	["BaseException", null],
	["Exception", "BaseException"],
	["GeneratorExit", "BaseException"],
	["KeyboardInterrupt", "BaseException"],
	["SystemExit", "BaseException"],
	["ArithmeticError", "Exception"],
	["ZeroDivisionError", "ArithmeticError"],
	["OverflowError", "ArithmeticError"],
	["AssertionError", "Exception"],
	["AttributeError", "Exception"],
	["LookupError", "Exception"],
	["IndexError", "LookupError"],
	["KeyError", "LookupError"],
	["NameError", "Exception"],
	["UnboundLocalError", "NameError"],
	["RuntimeError", "Exception"],
	["RecursionError", "RuntimeError"],
	["NotImplementedError", "RuntimeError"],
	["StopIteration", "Exception"],
	["TypeError", "Exception"],
	["ValueError", "Exception"],
	["UnicodeError", "ValueError"],
	["UnicodeDecodeError", "UnicodeError"],
	["UnicodeEncodeError", "UnicodeError"],
	["UnicodeTranslateError", "UnicodeError"],
	["MemoryError", "Exception"],
	["ImportError", "Exception"],
	["ModuleNotFoundError", "ImportError"],
	["OSError", "Exception"],
	["ReferenceError", "Exception"],
	["Warning", "Exception"],
	["UserWarning", "Warning"],
	["DeprecationWarning", "Warning"],
	["RuntimeWarning", "Warning"],
	["SyntaxError", "Exception"],
	["IndentationError", "SyntaxError"],
	["TabError", "IndentationError"],
	["SystemError", "Exception"],
	["EOFError", "Exception"],
	["FloatingPointError", "ArithmeticError"],
	["BufferError", "Exception"],
	["StopAsyncIteration", "Exception"],
	["BlockingIOError", "OSError"],
	["ChildProcessError", "OSError"],
	["ConnectionError", "OSError"],
	["BrokenPipeError", "ConnectionError"],
	["ConnectionAbortedError", "ConnectionError"],
	["ConnectionRefusedError", "ConnectionError"],
	["ConnectionResetError", "ConnectionError"],
	["FileExistsError", "OSError"],
	["FileNotFoundError", "OSError"],
	["InterruptedError", "OSError"],
	["IsADirectoryError", "OSError"],
	["NotADirectoryError", "OSError"],
	["PermissionError", "OSError"],
	["ProcessLookupError", "OSError"],
	["TimeoutError", "OSError"],
	["PendingDeprecationWarning", "Warning"],
	["SyntaxWarning", "Warning"],
	["FutureWarning", "Warning"],
	["ImportWarning", "Warning"],
	["UnicodeWarning", "Warning"],
	["BytesWarning", "Warning"],
	["ResourceWarning", "Warning"],
	["EncodingWarning", "Warning"],
];

/** Other names builtins gives a class of EXCEPTION_HIERARCHY. */
export const EXCEPTION_ALIASES: [string, string][] = [
	["EnvironmentError", "OSError"],
	["IOError", "OSError"],
];
