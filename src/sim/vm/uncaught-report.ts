// What python3 does with an exception that ends the program (pyrun_simple_file, then PyErr_Print's default
// sys.excepthook, PyErr_Display): flush_io first, then the report written to sys.stderr as it is now, piece by
// piece when the program replaced it, then file.flush(). With sys.stderr None nothing is printed; with it
// deleted, or when a write fails, _PyObject_Dump's lines and "lost sys.stderr" go to the process's own stderr.
import type { PyExceptionObject } from "../heap/instances";
import { addressOf } from "../heap/addresses";
import { currentStderr, STDERR, writeToFile } from "../builtins/text-streams";
import { flushAfterDisplay, flushIo } from "./std-files-flush";
import { PyRaise } from "./errors";
import { clearRaised } from "./protocol";
import { repr } from "./repr";
import { formatException, printException } from "./traceback";
import type { VM } from "./vm";

const STDERR_BEING_WRITTEN = "sys.stderr, held while PyErr_Display writes to it";

/**
 * Print `exc` as an uncaught exception; returns the text of the report (the run's error line is its last), or
 * null when nothing of it was written (no str() or repr() is called for it then, as in python3).
 */
export function displayUncaught(vm: VM, exc: PyExceptionObject): string | null {
	flushIo(vm);
	const file = currentStderr(vm);
	if (file === null) {
		dumpLostStderr(vm, exc);
		return null;
	}
	if (file === vm.None) return null;
	if (file === STDERR) {
		const text = formatException(vm, exc);
		vm.writeStderr(text);
		return text;
	}
	let text = "";
	vm.heap.whileHeld(file, STDERR_BEING_WRITTEN, () => {
		try {
			printException(vm, exc, {
				write: (piece) => {
					text += piece;
					writeToFile(vm, file, piece);
				},
			});
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			clearRaised(vm, e);
			dumpLostStderr(vm, exc);
		}
		flushAfterDisplay(vm, file);
	});
	return text;
}

/**
 * _PyObject_Dump(value), then "lost sys.stderr", written with fprintf to the C stderr. The refcount counts
 * sys.last_value, which _PyErr_PrintEx sets before the hook runs and pymem does not keep.
 */
function dumpLostStderr(vm: VM, exc: PyExceptionObject): void {
	vm.writeStderr(`object address  : 0x${addressOf(exc).toString(16)}\n`);
	vm.writeStderr(`object refcount : ${exc.refcnt + 1}\n`);
	vm.writeStderr(`object type     : 0x${addressOf(exc.cls).toString(16)}\n`);
	vm.writeStderr(`object type name: ${exc.cls.name}\n`);
	vm.writeStderr("object repr     : ");
	// PyObject_Print writes nothing when repr() fails, and the error is dropped.
	try {
		vm.writeStderr(repr(vm, exc));
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
	}
	vm.writeStderr("\nlost sys.stderr\n");
}
