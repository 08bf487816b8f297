// What an error nobody can catch (one a __del__, a weakref callback or a gc callback let out) becomes
// (errors.c's _PyErr_WriteUnraisableMsg): an UnraisableHookArgs handed to sys.unraisablehook. The default hook
// (write_unraisable_exc_file) writes it to sys.stderr as it is now, in the pieces CPython's
// PyFile_WriteString/WriteObject calls give a replacement's `write`; with sys.stderr None (or deleted) nothing
// is written. A hook that fails (the default one when writing fails) has its own error reported by the default
// writer as "Exception ignored in sys.unraisablehook", and an error of that second report is dropped.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyTextStream } from "../heap/text-streams";
import { PyBuiltinFunction, type NativeImpl } from "../heap/callables";
import { sysAttribute } from "../builtins/sys-attributes";
import { requireOneArgument } from "../builtins/arity";
import { nativeFunction } from "../builtins/types";
import { PyStr } from "../heap/values";
import { currentStderr, writeToFile } from "../builtins/text-streams";
import { flushPending } from "../builtins/text-stream-buffer";
import { EXCEPTION_BEING_RAISED, PyRaise, holdRaising } from "./errors";
import { clearRaised } from "./protocol";
import { repr } from "./repr";
import { countCaretSpanParse, countSourceLineRead } from "./source-line-reads";
import { str } from "./str-of";
import { writeTraceback, writeTypeName } from "./traceback";
import { makeUnraisableHookArgs, unraisableHookArgsFields } from "./unraisable-hook-args";
import type { VM } from "./vm";
import { callMethodByName } from "./attributes";

const STDERR_BEING_WRITTEN = "sys.stderr, held while the unraisable hook writes to it";
const FETCHED_FOR_HOOK = "fetched by _PyErr_WriteUnraisableMsg";
const HOOK_FAILED = "Exception ignored in sys.unraisablehook";
const HOOK_ARGUMENTS = "arguments for sys.unraisablehook";

/** Report `exc` (held as the exception being raised, which this releases) as raised in `object`. */
export function reportUnraisable(vm: VM, exc: PyExceptionObject, object: PyObject): void {
	const hook = sysAttribute(vm, "unraisablehook");
	// A missing or None hook: the default writer is called directly, and its failure is ignored.
	if (hook === null || hook === vm.None) {
		vm.heap.countUnbuiltAllocation();
		vm.heap.countUnbuiltFree();
		writeIgnoringFailure(vm, exc, null, object);
		vm.heap.release(exc, EXCEPTION_BEING_RAISED);
		return;
	}
	if (hook === undefined || (hook instanceof PyBuiltinFunction && hook.impl === defaultUnraisableHook)) {
		// The default hook, called with an UnraisableHookArgs (a GC-allocated struct sequence) freed when it returns.
		vm.heap.countUnbuiltAllocation();
		const error = writeOrError(vm, exc, null, object);
		vm.heap.countUnbuiltFree();
		// The error label drops the first exception before the hook's own error is written.
		vm.heap.release(exc, EXCEPTION_BEING_RAISED);
		if (error) reportHookFailure(vm, error, hook ?? defaultHookObject());
		return;
	}
	// _PyErr_Fetch's type and traceback are held beside the exception until the report is done.
	const tb = exc.traceback;
	vm.heap.hold(exc.cls, FETCHED_FOR_HOOK);
	if (tb) vm.heap.hold(tb, FETCHED_FOR_HOOK);
	const args = makeUnraisableHookArgs(vm, exc, vm.None, object);
	vm.heap.adopt(args, HOOK_ARGUMENTS);
	let error: PyExceptionObject | null = null;
	try {
		vm.decref(vm.callObject(hook, [args]));
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		error = vm.exceptionOf(e);
	}
	vm.heap.release(args, HOOK_ARGUMENTS);
	vm.heap.release(exc.cls, FETCHED_FOR_HOOK);
	vm.heap.release(exc, EXCEPTION_BEING_RAISED);
	if (tb) vm.heap.release(tb, FETCHED_FOR_HOOK);
	if (error) reportHookFailure(vm, error, hook);
}

function reportHookFailure(vm: VM, error: PyExceptionObject, hook: PyObject): void {
	writeIgnoringFailure(vm, error, HOOK_FAILED, hook);
	vm.heap.release(error, EXCEPTION_BEING_RAISED);
}

/** The default hook as an object, for the report of its own failure while sys is not made. */
let defaultHook: PyBuiltinFunction | null = null;
function defaultHookObject(): PyBuiltinFunction {
	return (defaultHook ??= nativeFunction("unraisablehook", defaultUnraisableHook));
}

/**
 * sys.unraisablehook's default (sys_unraisablehook: _PyErr_WriteUnraisableDefaultHook), which a program may call
 * itself with the arguments its own hook was given: a failure to write raises.
 */
export const defaultUnraisableHook: NativeImpl = (vm, args, kw) => {
	requireOneArgument(vm, "sys.unraisablehook", args.length, kw);
	const fields = unraisableHookArgsFields(args[0]!);
	if (!fields) return vm.raise("TypeError", "sys.unraisablehook argument type must be UnraisableHookArgs");
	const { excValue, errMsg, object } = fields;
	if (errMsg !== vm.None && !(errMsg instanceof PyStr)) return vm.raise("TypeError", "err_msg must be None or str");
	if (!(excValue instanceof PyExceptionObject)) return vm.raise("TypeError", "pymem does not support sys.unraisablehook with an exc_value that is no exception yet");
	const error = writeOrError(vm, excValue, errMsg instanceof PyStr ? errMsg.value : null, object);
	if (error) throw new PyRaise(error);
	return vm.incref(vm.None);
};

/** The default writer; the error that stopped it, if one did. */
function writeOrError(vm: VM, exc: PyExceptionObject, message: string | null, object: PyObject): PyExceptionObject | null {
	const file = currentStderr(vm);
	if (!file || file === vm.None) return null;
	let error: PyExceptionObject | null = null;
	vm.heap.whileHeld(file, STDERR_BEING_WRITTEN, () => {
		try {
			writeReport(vm, file, exc, message, object);
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			error = vm.exceptionOf(e);
			// Held as an error in flight, whether a native made it at once (the AttributeError of a missing
			// flush()) or it was normalized just now.
			holdRaising(vm.heap, error);
		}
	});
	return error;
}

function writeIgnoringFailure(vm: VM, exc: PyExceptionObject, message: string | null, object: PyObject): void {
	const error = writeOrError(vm, exc, message, object);
	if (error) vm.heap.release(error, EXCEPTION_BEING_RAISED);
}

/** write_unraisable_exc_file: each piece a separate write; a failed repr or str is replaced, a failed write ends it. */
function writeReport(vm: VM, file: PyObject, exc: PyExceptionObject, message: string | null, object: PyObject): void {
	const write = (piece: string) => writeToFile(vm, file, piece);
	if (object !== vm.None) {
		if (message === null) write("Exception ignored in: ");
		else {
			write(message);
			write(": ");
		}
		writeOrReplace(vm, file, () => repr(vm, object), "<object repr() failed>");
		write("\n");
	} else if (message !== null) {
		write(message);
		write(":\n");
	}
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
	writeTypeName(exc, write, false);
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
	else vm.decref(callMethodByName(vm, file, "flush"));
}
