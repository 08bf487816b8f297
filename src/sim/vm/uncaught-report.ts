// PyErr_Display: how python3 prints an exception that ends the program (sys.excepthook's default, see
// excepthook.ts), to sys.stderr as it is now, piece by piece when the program replaced it, then file.flush().
// With sys.stderr None nothing is printed; with it deleted, or when a write fails, _PyObject_Dump's lines and
// "lost sys.stderr" go to the process's own stderr.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { addressOf } from "../heap/addresses";
import { currentStderr, STDERR, writeToFile } from "../builtins/text-streams";
import { flushAfterDisplay } from "./std-files-flush";
import { PyRaise } from "./errors";
import { clearRaised } from "./protocol";
import { repr } from "./repr";
import { formatException, printException } from "./traceback";
import type { VM } from "./vm";

const STDERR_BEING_WRITTEN = "sys.stderr, held while PyErr_Display writes to it";

/**
 * Print `value` as PyErr_Display does; returns the text of the report (the run's error line is its last), or
 * null when nothing of it was written (no str() or repr() is called for it then, as in python3). A value that
 * is not an exception (a program calling sys.excepthook itself) gets print_exception's one-line complaint.
 */
export function displayException(vm: VM, value: PyObject): string | null {
	const file = currentStderr(vm);
	if (file === null) {
		dumpLostStderr(vm, value);
		return null;
	}
	if (file === vm.None) return null;
	if (file === STDERR && value instanceof PyExceptionObject) {
		const text = formatException(vm, value);
		vm.writeStderr(text);
		return text;
	}
	let text = "";
	vm.heap.whileHeld(file, STDERR_BEING_WRITTEN, () => {
		const write = (piece: string) => {
			text += piece;
			writeToFile(vm, file, piece);
		};
		try {
			if (value instanceof PyExceptionObject) printException(vm, value, { write });
			else write(`TypeError: print_exception(): Exception expected for value, ${value.typeName} found\n`);
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			clearRaised(vm, e);
			dumpLostStderr(vm, value);
		}
		flushAfterDisplay(vm, file);
	});
	return text;
}

/** _PyObject_Dump(value), then "lost sys.stderr", written with fprintf to the C stderr. */
function dumpLostStderr(vm: VM, value: PyObject): void {
	vm.writeStderr(`object address  : 0x${addressOf(value).toString(16)}\n`);
	vm.writeStderr(`object refcount : ${value.refcnt}\n`);
	vm.writeStderr(`object type     : 0x${addressOf(value.cls).toString(16)}\n`);
	vm.writeStderr(`object type name: ${value.cls.name}\n`);
	vm.writeStderr("object repr     : ");
	// PyObject_Print writes nothing when repr() fails, and the error is dropped.
	try {
		vm.writeStderr(repr(vm, value));
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
	}
	vm.writeStderr("\nlost sys.stderr\n");
}
