// Reading standard input: input(), and sys.stdin's reading methods as python3 has them when its stdin is a pipe or a
// file (never a terminal: no readline editing). The text comes from the host (RunOptions.readStdin); a host that
// gives none, as a note's block, is an empty input, where input() raises EOFError as `python3 FILE.py < /dev/null` does.
import type { PyObject } from "../heap/object";
import { PyTextStream } from "../heap/text-streams";
import { PyBytes, PyStr } from "../heap/values";
import { T } from "../heap/classes";
import { defineMethods, globalShared } from "./types";
import { checkFastcall } from "./arity";
import { sysAttribute } from "./sys-attributes";
import { currentStderr, currentStdout, refuseOperation, writeToFile } from "./text-streams";
import { flushPending } from "./text-stream-buffer";
import { clearRaised } from "../vm/protocol";
import { PyRaise } from "../vm/errors";
import { ssize } from "../vm/ssize";
import { pyLen } from "../runtime/codepoints";
import type { NativeImpl } from "../heap/callables";
import type { VM } from "../vm/vm";
import { callMethodByName } from "../vm/attributes";

export const STDIN = globalShared(new PyTextStream("<stdin>"));

function requireReadable(vm: VM, self: PyObject | null): void {
	if (!(self as PyTextStream).readable) refuseOperation(vm, "not readable");
	requireOpen(vm, self, ".");
}

/** CHECK_CLOSED: the text layer's message ends with a period, the buffer's (fileno(), isatty()...) does not. */
function requireOpen(vm: VM, self: PyObject | null, period: "." | ""): void {
	if ((self as PyTextStream).readable && vm.standardInput.closed) vm.raise("ValueError", `I/O operation on closed file${period}`);
}

/** An optional size argument: -1 (all) when absent, and for read() and readlines() when None too. */
function sizeArgument(vm: VM, arg: PyObject | undefined, noneMeansAll: boolean): number {
	if (arg === undefined || (noneMeansAll && arg === vm.None)) return -1;
	return ssize(vm, arg);
}

const READING_METHODS: Record<string, NativeImpl> = {
	readline: (vm, args, kw, self) => {
		checkFastcall(vm, "TextIOWrapper.readline", args, kw, 0, 1);
		requireReadable(vm, self);
		return vm.str(vm.standardInput.readLine(sizeArgument(vm, args[0], false)));
	},
	read: (vm, args, kw, self) => {
		checkFastcall(vm, "TextIOWrapper.read", args, kw, 0, 1);
		requireReadable(vm, self);
		return vm.str(vm.standardInput.read(sizeArgument(vm, args[0], true)));
	},
	// _io__IOBase_readlines_impl: lines until their lengths reach the hint (all of them for a hint of 0 or less).
	readlines: (vm, args, kw, self) => {
		checkFastcall(vm, "_IOBase.readlines", args, kw, 0, 1);
		requireReadable(vm, self);
		const hint = sizeArgument(vm, args[0], true);
		const lines: PyObject[] = [];
		let length = 0;
		for (;;) {
			const line = vm.standardInput.readLine(-1);
			if (!line) break;
			lines.push(vm.str(line));
			length += pyLen(line);
			if (hint > 0 && length >= hint) break;
		}
		return vm.list(lines);
	},
	readable: (vm, _args, _kw, self) => (requireOpen(vm, self, ""), vm.bool((self as PyTextStream).readable)),
	writable: (vm, _args, _kw, self) => (requireOpen(vm, self, ""), vm.bool(!(self as PyTextStream).readable)),
	seekable: (vm, _args, _kw, self) => (requireOpen(vm, self, ""), vm.bool(false)),
	isatty: (vm, _args, _kw, self) => (requireOpen(vm, self, ""), vm.bool(false)),
	fileno: (vm, _args, _kw, self) => (requireOpen(vm, self, ""), vm.int((self as PyTextStream).fileno)),
	// Closing sys.stdin is the program's to do (reading afterwards raises); closing the streams pymem writes is not modelled.
	close: (vm, _args, _kw, self) => {
		if (!(self as PyTextStream).readable) return vm.raise("TypeError", `pymem does not support closing sys.${(self as PyTextStream).outputStream} yet`);
		vm.standardInput.closed = true;
		return vm.incref(vm.None);
	},
	// iobase_enter and iobase_exit: the stream itself, closed when the with block ends.
	__enter__: (vm, _args, _kw, self) => (requireOpen(vm, self, "."), vm.incref(self!)),
	__exit__: (vm, _args, _kw, self) => vm.callMethod(self!, "close", []),
};

/** iobase_iter: the stream itself, once it is checked open. */
export function streamIterator(vm: VM, stream: PyTextStream): PyObject {
	requireOpen(vm, stream, ".");
	return vm.incref(stream);
}

/** textiowrapper_iternext: the next line, or null at the end of the input (a StopIteration without its object). */
export function nextLine(vm: VM, stream: PyTextStream): PyObject | null {
	// textiowrapper_iternext reads through readline's checks.
	requireReadable(vm, stream);
	const line = vm.standardInput.readLine(-1);
	return line ? vm.str(line) : null;
}

export function installStandardInputMethods(): void {
	defineMethods(T.TextIOWrapper, READING_METHODS);
}

/** sys.stdin as the program left it (sys's own when not imported); null once `del sys.stdin` removed it. */
function currentStdin(vm: VM): PyObject | null {
	const file = sysAttribute(vm, "stdin");
	return file === undefined ? STDIN : file;
}

/** sys.stdin, sys.stdout or sys.stderr for input(): RuntimeError when the program removed it or set it to None. */
function standardFile(vm: VM, name: "stdin" | "stdout" | "stderr"): PyObject {
	const file = name === "stdout" ? currentStdout(vm) : name === "stderr" ? currentStderr(vm) : currentStdin(vm);
	if (!file || file === vm.None) return vm.raise("RuntimeError", `input(): lost sys.${name}`);
	return file;
}

/** _PyFile_Flush with its error cleared: a flush input() makes whatever happens. */
function flushDroppingError(vm: VM, file: PyObject): void {
	if (file instanceof PyTextStream) return flushPending(vm, file);
	try {
		vm.decref(callMethodByName(vm, file, "flush"));
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
	}
}

/**
 * builtin_input_impl with a stdin that is no terminal: stderr flushed, the prompt written to stdout (as print
 * writes an object, through str()) and stdout flushed, then PyFile_GetLine: stdin's readline(), its "\n" cut off,
 * EOFError at the end of the input.
 */
export const input: NativeImpl = (vm, args, kw) => {
	checkFastcall(vm, "input", args, kw, 0, 1);
	const stdin = standardFile(vm, "stdin");
	const stdout = standardFile(vm, "stdout");
	const stderr = standardFile(vm, "stderr");
	flushDroppingError(vm, stderr);
	// Whether stdin is a terminal is asked of its fileno(); a stdin without one counts as none.
	if (!(stdin instanceof PyTextStream)) {
		try {
			vm.decref(callMethodByName(vm, stdin, "fileno"));
		} catch (e) {
			if (!(e instanceof PyRaise)) throw e;
			clearRaised(vm, e);
		}
	}
	const prompt = args[0];
	if (prompt !== undefined) writeToFile(vm, stdout, prompt);
	flushDroppingError(vm, stdout);
	if (stdin instanceof PyTextStream) requireOpen(vm, stdin, ".");
	const line = stdin instanceof PyTextStream ? vm.standardInput.readLine(-1) : null;
	if (line !== null) {
		if (!line) return vm.raise("EOFError", "EOF when reading a line");
		return vm.str(line.endsWith("\n") ? line.slice(0, -1) : line);
	}
	return lineWithoutNewline(vm, callMethodByName(vm, stdin, "readline"));
};

/** PyFile_GetLine's checks of what a replaced stdin's readline() returned. */
function lineWithoutNewline(vm: VM, result: PyObject): PyObject {
	if (!(result instanceof PyStr || result instanceof PyBytes)) {
		vm.decref(result);
		return vm.raise("TypeError", "object.readline() returned non-string");
	}
	const length = result instanceof PyStr ? result.value.length : result.value.length;
	if (length === 0) {
		vm.decref(result);
		return vm.raise("EOFError", "EOF when reading a line");
	}
	const endsWithNewline = result instanceof PyStr ? result.value.endsWith("\n") : result.value[length - 1] === 0x0a;
	if (!endsWithNewline) return result;
	const cut = result instanceof PyStr ? vm.str(result.value.slice(0, -1)) : vm.bytes(result.value.slice(0, -1));
	vm.decref(result);
	return cut;
}

