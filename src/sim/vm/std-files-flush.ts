// The flushes python3 makes of sys.stdout and sys.stderr as the program left them: flush_io before an uncaught
// exception is printed, PyErr_Display's once it is, and Py_FinalizeEx's flush_std_files after the atexit
// functions. pymem's own streams hand what they hold to the OS (their memory is not modelled flushed: no program
// can see it); a replacement's `flush` is called.
import type { PyObject } from "../heap/object";
import { PyTextStream } from "../heap/text-streams";
import { currentStderr, currentStdout } from "../builtins/text-streams";
import { sendWaitingText } from "../builtins/text-stream-buffer";
import { lookupAttr } from "./attributes";
import { PyRaise } from "./errors";
import { clearRaised } from "./protocol";
import { reportUnraisable } from "./unraisable-report";
import type { VM } from "./vm";
import { callMethodByName } from "./attributes";

/** flush_io: sys.stderr.flush(), then sys.stdout.flush(), each error dropped. */
export function flushIo(vm: VM): void {
	for (const file of [currentStderr(vm), currentStdout(vm)]) {
		if (file instanceof PyTextStream) sendWaitingText(vm, file);
		else if (file) flushDroppingError(vm, file);
	}
}

/** file.flush() after PyErr_Display has written to it; an error is dropped. */
export function flushAfterDisplay(vm: VM, file: PyObject): void {
	if (file instanceof PyTextStream) sendWaitingText(vm, file);
	else flushDroppingError(vm, file);
}

/**
 * flush_std_files: sys.stdout, then sys.stderr, unless None or closed; a failed stdout flush is reported as
 * unraisable, a failed stderr flush dropped. False when either failed (Py_FinalizeEx then returns -1, and the
 * exit status becomes 120).
 */
export function flushStdFiles(vm: VM): boolean {
	let flushed = true;
	const stdout = currentStdout(vm);
	if (stdout instanceof PyTextStream) sendWaitingText(vm, stdout);
	else if (stdout && stdout !== vm.None && !isClosed(vm, stdout)) {
		const error = failedFlush(vm, stdout);
		if (error) {
			flushed = false;
			reportUnraisable(vm, vm.exceptionOf(error), stdout);
		}
	}
	const stderr = currentStderr(vm);
	if (stderr instanceof PyTextStream) sendWaitingText(vm, stderr);
	else if (stderr && stderr !== vm.None && !isClosed(vm, stderr)) {
		const error = failedFlush(vm, stderr);
		if (error) {
			flushed = false;
			clearRaised(vm, error);
		}
	}
	return flushed;
}

/** file_is_closed: the `closed` attribute's truth; a missing or failing one counts as open. */
function isClosed(vm: VM, file: PyObject): boolean {
	try {
		const closed = lookupAttr(vm, file, "closed");
		if (!closed) return false;
		try {
			return vm.truthy(closed);
		} finally {
			vm.decref(closed);
		}
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
		return false;
	}
}

function flushDroppingError(vm: VM, file: PyObject): void {
	const error = failedFlush(vm, file);
	if (error) clearRaised(vm, error);
}

/** file.flush(): the error it raised, if any. */
function failedFlush(vm: VM, file: PyObject): PyRaise | null {
	try {
		vm.decref(callMethodByName(vm, file, "flush"));
		return null;
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		return e;
	}
}
