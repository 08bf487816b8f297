// What _PyErr_PrintEx does with the exception that ends the program, once flush_io has run: it keeps the
// exception in sys.last_type, sys.last_value and sys.last_traceback (so it, its traceback and the frames that
// holds live until finalize_modules clears them at shutdown), then calls sys.excepthook(type, value,
// traceback). The default hook prints it (PyErr_Display); when a program's own hook raises, both are printed.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyBuiltinFunction, PyModule } from "../heap/callables";
import { holdLastException } from "./sys-last-exception";
import { sysAttribute } from "../builtins/sys-attributes";
import { defaultExcepthook } from "../builtins/sys-module";
import { currentStderr, writeToFile } from "../builtins/text-streams";
import { EXCEPTION_BEING_RAISED, PyRaise } from "./errors";
import { clearRaised } from "./protocol";
import { displayException } from "./uncaught-report";
import type { VM } from "./vm";

export function keepLastException(vm: VM, exc: PyExceptionObject): void {
	const values = [exc.cls, exc, exc.traceback ?? vm.None] as const;
	const sys = vm.modules.get("sys");
	if (!(sys instanceof PyModule)) return holdLastException(vm, values);
	vm.dictSetStr(sys.dict, "last_type", values[0]);
	vm.dictSetStr(sys.dict, "last_value", values[1]);
	vm.dictSetStr(sys.dict, "last_traceback", values[2]);
}

export interface HookOutcome {
	/** The report the default hook printed, or null when it printed nothing or another hook ran. */
	text: string | null;
	/** A SystemExit the program's hook raised: handle_system_exit makes it the exit status. */
	systemExit: PyExceptionObject | null;
}

/** sys.excepthook(type(exc), exc, exc.__traceback__), as _PyErr_PrintEx calls it. */
export function callExcepthook(vm: VM, exc: PyExceptionObject): HookOutcome {
	const hook = sysAttribute(vm, "excepthook");
	if (hook === null) {
		writeToSysStderr(vm, "sys.excepthook is missing\n");
		displayException(vm, exc);
		return { text: null, systemExit: null };
	}
	if (hook === undefined || isDefaultExcepthook(hook)) return { text: displayException(vm, exc), systemExit: null };
	try {
		vm.decref(vm.callObject(hook, [exc.cls, exc, exc.traceback ?? vm.None]));
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		const error = vm.exceptionOf(e);
		if (error.cls.isSubclassOf(vm.exceptionClass("SystemExit"))) return { text: null, systemExit: error };
		writeToSysStderr(vm, "Error in sys.excepthook:\n");
		displayException(vm, error);
		writeToSysStderr(vm, "\nOriginal exception was:\n");
		displayException(vm, exc);
		vm.heap.release(error, EXCEPTION_BEING_RAISED);
	}
	return { text: null, systemExit: null };
}

/** The hook a program put in sys.excepthook, or null while it is the default one (or sys is not made). */
export function programExcepthook(vm: VM): PyObject | null {
	const hook = sysAttribute(vm, "excepthook");
	return hook && !isDefaultExcepthook(hook) ? hook : null;
}

function isDefaultExcepthook(hook: PyObject): boolean {
	return hook instanceof PyBuiltinFunction && hook.impl === defaultExcepthook;
}

/** PySys_WriteStderr: to sys.stderr's write, or, when there is none or it fails, to the process's stderr. */
function writeToSysStderr(vm: VM, text: string): void {
	const file = currentStderr(vm);
	if (file !== null && file !== vm.None) {
		try {
			writeToFile(vm, file, text);
			return;
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			clearRaised(vm, e);
		}
	}
	vm.writeStderr(text);
}
