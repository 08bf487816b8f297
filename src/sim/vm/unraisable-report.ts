// The default sys.unraisablehook (errors.c's write_unraisable_exc_file): what an error nobody can catch (one a
// __del__ or a weakref callback let out) prints, written to sys.stderr as it is now, in the pieces CPython's
// PyFile_WriteString/WriteObject calls give a replacement's `write`. With sys.stderr None (or deleted) nothing
// is written. When writing fails, _PyErr_WriteUnraisableMsg reports that error the same way as "Exception
// ignored in sys.unraisablehook", and an error of that second report is dropped.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyTextStream } from "../heap/text-streams";
import { currentStderr, writeToFile } from "../builtins/text-streams";
import { flushPending } from "../builtins/text-stream-buffer";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import { clearRaised } from "./protocol";
import { countCaretSpanParse, countSourceLineRead } from "./source-line-reads";
import { str } from "./str-of";
import { writeTraceback, writeTypeName } from "./traceback";
import type { VM } from "./vm";

const STDERR_BEING_WRITTEN = "sys.stderr, held while the unraisable hook writes to it";
const HOOK_REPR = "<built-in function unraisablehook>";

/** Report `exc` (held as the exception being raised, which this releases) as raised in what `where` describes. */
export function reportUnraisable(vm: VM, exc: PyExceptionObject, where: () => string): void {
	// The hook is called with an UnraisableHookArgs (a GC-allocated struct sequence), freed when it returns.
	vm.heap.countUnbuiltAllocation();
	const file = currentStderr(vm);
	let hookError: PyExceptionObject | null = null;
	if (file && file !== vm.None) {
		vm.heap.whileHeld(file, STDERR_BEING_WRITTEN, () => {
			try {
				writeReport(vm, file, exc, null, where);
			} catch (e) {
				if (!(e instanceof PyRaise)) throw e;
				hookError = vm.exceptionOf(e);
			}
		});
	}
	vm.heap.countUnbuiltFree();
	// The error label drops the first exception before the hook's own error is written.
	vm.heap.release(exc, EXCEPTION_BEING_RAISED);
	if (hookError) reportHookError(vm, hookError);
}

function reportHookError(vm: VM, error: PyExceptionObject): void {
	const file = currentStderr(vm);
	if (file && file !== vm.None) {
		vm.heap.whileHeld(file, STDERR_BEING_WRITTEN, () => {
			try {
				writeReport(vm, file, error, "Exception ignored in sys.unraisablehook", () => HOOK_REPR);
			} catch (e) {
				if (!(e instanceof PyRaise)) throw e;
				vm.heap.release(vm.exceptionOf(e), EXCEPTION_BEING_RAISED);
			}
		});
	}
	vm.heap.release(error, EXCEPTION_BEING_RAISED);
}

/** write_unraisable_exc_file: each piece a separate write; a failed repr or str is replaced, a failed write ends it. */
function writeReport(vm: VM, file: PyObject, exc: PyExceptionObject, message: string | null, where: () => string): void {
	const write = (piece: string) => writeToFile(vm, file, piece);
	if (message === null) write("Exception ignored in: ");
	else {
		write(message);
		write(": ");
	}
	writeOrReplace(vm, file, where, "<object repr() failed>");
	write("\n");
	const { lines } = vm.source;
	// Writing the traceback may fail: write_unraisable_exc_file goes on with the exception's line.
	try {
		writeTraceback(vm, exc, {
			write,
			readsSourceLine: (entry) => countSourceLineRead(vm, lines, entry.line),
			parsesCaretSpan: () => countCaretSpanParse(vm),
		});
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
	}
	writeTypeName(exc, write);
	write(": ");
	writeOrReplace(vm, file, () => str(vm, exc), "<exception str() failed>");
	write("\n");
	flushFile(vm, file);
}

/** PyFile_WriteObject of a repr or str: when making it or writing it fails, the placeholder is written instead. */
function writeOrReplace(vm: VM, file: PyObject, text: () => string, placeholder: string): void {
	try {
		writeToFile(vm, file, text());
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
		writeToFile(vm, file, placeholder);
	}
}

/** file.flush(), which a replacement must have. */
function flushFile(vm: VM, file: PyObject): void {
	if (file instanceof PyTextStream) flushPending(vm, file);
	else vm.decref(vm.callMethod(file, "flush", []));
}
