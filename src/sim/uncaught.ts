// How a program that raised ends: what python3 prints for an uncaught exception (through sys.excepthook), the
// exit status it gives, and an uncaught SystemExit, which ends the program without a traceback.
import type { PyExceptionObject } from "./heap/instances";
import { PyInt } from "./heap/values";
import type { RunError, RunStatus } from "./trace/types";
import { EXCEPTION_BEING_RAISED } from "./vm/errors";
import { textOrNull } from "./vm/traceback";
import { callExcepthook, keepLastException } from "./vm/excepthook";
import { systemExitCode } from "./vm/special-attrs";
import { flushIo } from "./vm/std-files-flush";
import { fitsSsize } from "./vm/ssize";
import { str } from "./vm/str-of";
import type { VM } from "./vm/vm";

/** How a run ended, as its result reports it. */
export interface Outcome {
	status: RunStatus;
	exitCode: number;
	error: RunError | null;
}

const FETCHED_FOR_EXCEPTHOOK = "fetched by _PyErr_PrintEx for sys.excepthook";

/** After an uncaught exception: what python3 prints, its exit status, and the exception kept in sys.last_value. */
export function reportUncaught(vm: VM, exc: PyExceptionObject): Outcome {
	// pyrun_simple_file's flush_io comes first, before even SystemExit's code is printed.
	flushIo(vm);
	if (exc.cls.isSubclassOf(vm.exceptionClass("SystemExit"))) return exitWith(vm, exc, null);
	// An uncaught KeyboardInterrupt ends python3 as SIGINT would (run_eval_code_obj compares the exact type, so a
	// subclass ends it with status 1).
	const exitCode = exc.cls === vm.exceptionClass("KeyboardInterrupt") ? 130 : 1;
	// _PyErr_PrintEx holds the type and traceback it fetched with the exception until the hook has run.
	const traceback = exc.traceback;
	vm.heap.hold(exc.cls, FETCHED_FOR_EXCEPTHOOK);
	if (traceback) vm.heap.hold(traceback, FETCHED_FOR_EXCEPTHOOK);
	keepLastException(vm, exc);
	const { text, systemExit } = callExcepthook(vm, exc);
	const last = text?.trimEnd().split("\n").pop() ?? exc.cls.name;
	const error: RunError = { type: exc.cls.name, message: last, line: vm.tracebackOf(exc).at(-1)?.line ?? null };
	// In _PyErr_PrintEx's order: type, value, traceback.
	vm.heap.release(exc.cls, FETCHED_FOR_EXCEPTHOOK);
	vm.heap.release(exc, EXCEPTION_BEING_RAISED);
	if (traceback) vm.heap.release(traceback, FETCHED_FOR_EXCEPTHOOK);
	// A hook that raised SystemExit ends the program with its status; a status of 0 keeps the error it reported.
	return systemExit ? exitWith(vm, systemExit, error) : { status: "exception", exitCode, error };
}

/**
 * An uncaught SystemExit ends the program without a traceback (pythonrun.c's handle_system_exit): its code is
 * the exit status when it is None (0) or an int (PyLong_AsLong: -1, so 255, past a C long, as wide as a Py_ssize_t), and is otherwise
 * printed on stderr, status 1 (an error from its str() is cleared, leaving the newline).
 */
function exitWith(vm: VM, exc: PyExceptionObject, error: RunError | null): Outcome {
	const code = systemExitCode(exc) ?? vm.None;
	let exitCode = 1;
	if (code === vm.None) exitCode = 0;
	else if (code instanceof PyInt) exitCode = Number(BigInt.asUintN(8, fitsSsize(BigInt(code.value)) ? BigInt(code.value) : -1n));
	else vm.writeStderr(`${textOrNull(vm, () => str(vm, code)) ?? ""}\n`);
	if (exitCode !== 0) error = { type: "SystemExit", message: `SystemExit: exit status ${exitCode}`, line: vm.tracebackOf(exc).at(-1)?.line ?? null };
	vm.heap.release(exc, EXCEPTION_BEING_RAISED);
	return { status: exitCode === 0 ? "finished" : "exception", exitCode, error };
}

