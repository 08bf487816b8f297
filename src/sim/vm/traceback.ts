// The text CPython prints for an uncaught exception: the chain (__cause__/__context__), each traceback
// with its source lines, and `Type: message` last.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { str } from "./repr";
import { PyRaise } from "./errors";
import type { VM } from "./vm";

/** The program's file name and lines come from `vm.source`. */
export function formatException(vm: VM, exc: PyExceptionObject, seen = new Set<PyObject>()): string {
	seen.add(exc);
	let out = "";
	if (exc.cause instanceof PyExceptionObject && !seen.has(exc.cause)) {
		out += formatException(vm, exc.cause, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
	} else if (exc.context instanceof PyExceptionObject && !exc.suppressContext && !seen.has(exc.context)) {
		out += formatException(vm, exc.context, seen) + "\nDuring handling of the above exception, another exception occurred:\n\n";
	}
	const suggestion = exc.suggestion?.();
	return out + formatOneException(vm, exc, suggestion ? `. Did you mean: '${suggestion}'?` : "");
}

/**
 * One exception's traceback and message, without the exceptions chained to it or a suggestion: what the
 * default sys.unraisablehook prints for an error in __del__, a weakref callback or a gc callback.
 */
export function formatOneException(vm: VM, exc: PyExceptionObject, hint = ""): string {
	const { lines: source, filename } = vm.source;
	let out = "Traceback (most recent call last):\n";
	for (const entry of vm.tracebacks.get(exc) ?? []) {
		out += `  File "${filename}", line ${entry.line}, in ${entry.name}\n`;
		const text = source[entry.line - 1]?.trim();
		if (text) out += `    ${text}\n`;
	}
	const message = messageOf(vm, exc) + hint;
	const name = exc.cls.module === "builtins" || exc.cls.module === "__main__" ? exc.cls.qualname : `${exc.cls.module}.${exc.cls.qualname}`;
	return out + (message ? `${name}: ${message}` : name) + "\n";
}

/** str(exc), a class's own __str__ included; print_exception's placeholder when that raises. */
function messageOf(vm: VM, exc: PyExceptionObject): string {
	try {
		return str(vm, exc);
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		vm.decref(e.exc);
		return "<exception str() failed>";
	}
}
