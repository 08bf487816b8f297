// The text streams' writing methods, print()'s writing, and sys.stdout/sys.stderr as the sys module holds them.
import type { PyObject } from "../heap/object";
import { PyTextStream } from "../heap/text-streams";
import { PyStr } from "../heap/values";
import { T, PyClass, c3Mro } from "../heap/classes";
import { defineMethods, exceptionClasses, globalShared } from "./types";
import { PyRaise } from "../vm/errors";
import { getAttr } from "../vm/attributes";
import { str, strObject } from "../vm/str-of";
import { hasInstanceAttributes } from "../heap/subclass-instances";
import { bufferWrite, flushPending } from "./text-stream-buffer";
import type { VM } from "../vm/vm";
import { requireOneArgument, passedTypeName } from "./arity";
import { sysAttribute } from "./sys-attributes";
import { isBmpOnly, pyLen } from "../runtime/codepoints";
import { encodeText } from "../runtime/codecs";

/** Whether `text` holds a surrogate that is not half of a pair (a regex would need a lookbehind, which old iOS lacks). */
function hasLoneSurrogate(text: string): boolean {
	if (isBmpOnly(text)) return false;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0xd800 || unit > 0xdfff) continue;
		if (unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
		else return true;
	}
	return false;
}

export const STDOUT = globalShared(new PyTextStream("<stdout>"));
export const STDERR = globalShared(new PyTextStream("<stderr>"));

/**
 * A piece written to one of pymem's streams: the run records it at once, in the program's order, and its
 * buffer decides when the OS gets it.
 */
function writeStream(vm: VM, stream: PyTextStream, text: string, str: PyObject | null): void {
	// The stream encodes what it is given as UTF-8 with surrogateescape (python3 under the C locale): a lone
	// surrogate it cannot escape fails the write with UnicodeEncodeError before anything of it is written.
	if (hasLoneSurrogate(text)) encodeText(text, "utf-8", "surrogateescape");
	vm.recordOutput(stream.outputStream, text);
	bufferWrite(vm, stream, text, str);
}

export function installTextStreamMethods(): void {
	defineMethods(T.TextIOWrapper, {
		// textiowrapper_write: a str only; the result is its length in code points.
		write: (vm, args, kw, self) => {
			const s = args[0];
			requireOneArgument(vm, "TextIOWrapper.write", args.length, kw);
			if (!(s instanceof PyStr)) return vm.raise("TypeError", `write() argument must be str, not ${passedTypeName(vm, s!)}`);
			if ((self as PyTextStream).readable) refuseOperation(vm, "not writable");
			writeStream(vm, self as PyTextStream, s.value, s);
			return vm.int(pyLen(s.value));
		},
		flush: (vm, _args, _kw, self) => {
			flushPending(vm, self as PyTextStream);
			return vm.incref(vm.None);
		},
	});
}

let unsupportedOperation: PyClass | null = null;

/** io.UnsupportedOperation: what a stream raises for an operation its mode refuses (an OSError and a ValueError). */
function unsupportedOperationClass(): PyClass {
	if (unsupportedOperation) return unsupportedOperation;
	const bases = [exceptionClasses.get("OSError")!, exceptionClasses.get("ValueError")!];
	const cls = globalShared(new PyClass("UnsupportedOperation", bases, true, "UnsupportedOperation", "io"));
	const linearized = c3Mro(cls, bases);
	if (!("mro" in linearized)) throw new Error("io.UnsupportedOperation has no MRO");
	cls.mro = linearized.mro;
	cls.base = bases[0]!;
	return (unsupportedOperation = cls);
}

/** _unsupported(): the stream's mode does not allow `what` ("not readable", "not writable"). */
export function refuseOperation(vm: VM, what: string): never {
	throw new PyRaise(vm.raisedByC(unsupportedOperationClass(), [vm.str(what)]));
}

/** Where print() writes without a file: sys.stdout as the program left it (sys's own when not imported); null once `del sys.stdout` removed it. */
export function currentStdout(vm: VM): PyObject | null {
	const file = sysAttribute(vm, "stdout");
	return file === undefined ? STDOUT : file;
}

/** sys.stderr as the program left it (sys's own when not imported); null once `del sys.stderr` removed it. */
export function currentStderr(vm: VM): PyObject | null {
	const file = sysAttribute(vm, "stderr");
	return file === undefined ? STDERR : file;
}

/**
 * PyFile_WriteObject/PyFile_WriteString: one piece of print()'s output (an object is made a str once the
 * file's `write` is found). A text stream is written directly (its write is native); any other file gets its
 * `write` attribute called with the piece.
 */
export function writeToFile(vm: VM, file: PyObject, text: string | PyObject): void {
	if (file instanceof PyTextStream) {
		// PyObject_GetAttr(file, "write") makes a bound builtin method CPython frees after the call: it counts as an
		// allocation, so a piece of print()'s output can start an automatic collection.
		vm.heap.countUnbuiltAllocation();
		try {
			writeToTextStream(vm, file, text);
		} finally {
			vm.heap.countUnbuiltFree();
		}
		return;
	}
	const writer = getAttr(vm, file, "write");
	vm.heap.adopt(writer, WRITE_METHOD);
	try {
		const piece = typeof text === "string" ? vm.str(text) : text instanceof PyStr ? vm.incref(text) : vm.str(str(vm, text));
		vm.heap.adopt(piece, PIECE);
		try {
			vm.decref(vm.callObject(writer, [piece]));
		} finally {
			vm.heap.release(piece, PIECE);
		}
	} finally {
		vm.heap.release(writer, WRITE_METHOD);
	}
}

function writeToTextStream(vm: VM, file: PyTextStream, text: string | PyObject): void {
	// PyObject_Str's result is what the buffer may keep: the str itself, or what a class's __str__ returned.
	if (typeof text !== "string" && (text instanceof PyStr || hasInstanceAttributes(text))) {
		// Held while it is written: the buffer's allocations can start a collection whose callbacks run Python code.
		const piece = strObject(vm, text);
		vm.heap.adopt(piece, PIECE);
		try {
			writeStream(vm, file, vm.strValue(piece), piece);
		} finally {
			vm.heap.release(piece, PIECE);
		}
		return;
	}
	const written = typeof text === "string" ? text : str(vm, text);
	writeStream(vm, file, written, null);
}

const WRITE_METHOD = "the file's write method, which print() calls";
const PIECE = "text print() is writing";
