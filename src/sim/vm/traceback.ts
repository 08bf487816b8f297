// The text CPython prints for an uncaught exception: the chain (__cause__/__context__), each traceback
// with its source lines, and `Type: message` last.
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { repr } from "./repr";
import { str } from "./str-of";
import { lookupAttr } from "./attributes";
import { PyList, PyTuple } from "../heap/containers";
import { PyRaise, type TracebackEntry } from "./errors";
import { caretLine } from "./traceback-carets";
import { syntaxErrorReport } from "./syntax-error-fields";
import { formatRecursive } from "./traceback-groups";
import type { VM } from "./vm";
import { clearRaised } from "./protocol";

/** The program's file name and lines come from `vm.source`. */
export function formatException(vm: VM, exc: PyExceptionObject, seen = new Set<PyObject>()): string {
	return formatRecursive(vm, exc, { seen, depth: 0, needClose: false });
}

/** One exception as print_exception prints it (a group's heading differs), its notes included. */
export function formatExceptionBody(vm: VM, exc: PyExceptionObject, heading = TRACEBACK_HEADING): string {
	const suggestion = exc.suggestion?.();
	return formatOneException(vm, exc, suggestion ? `. Did you mean: '${suggestion}'?` : "", heading) + formatNotes(vm, exc);
}

/** print_exception_notes (3.11): each note of __notes__ as str on its own lines; anything else but a sequence, its repr. */
function formatNotes(vm: VM, exc: PyExceptionObject): string {
	const notes = lookupAttr(vm, exc, "__notes__");
	if (!notes) return "";
	try {
		if (!(notes instanceof PyList || notes instanceof PyTuple)) return repr(vm, notes);
		return notes.items.map((note) => str(vm, note) + "\n").join("");
	} finally {
		vm.decref(notes);
	}
}

/** One exception's traceback and message as print_exception shows it, without the exceptions chained to it. */
function formatOneException(vm: VM, exc: PyExceptionObject, hint = "", heading = TRACEBACK_HEADING): string {
	let out = formatTracebackOf(vm, exc, heading);
	const syntax = syntaxErrorReport(vm, exc);
	if (syntax) out += syntax.block;
	const message = (syntax ? messageOfSyntaxError(vm, syntax.message) : messageOf(vm, exc)) + hint;
	return out + (message ? `${qualifiedTypeName(exc)}: ${message}` : qualifiedTypeName(exc)) + "\n";
}

function qualifiedTypeName(exc: PyExceptionObject): string {
	return exc.cls.module === "builtins" || exc.cls.module === "__main__" ? exc.cls.qualname : `${exc.cls.module}.${exc.cls.qualname}`;
}

/**
 * Where tb_printinternal's output goes: each PyFile_WriteString/WriteObject piece by itself, and the moments it
 * reads a line of the program's file (display_source_line opens it through io) and parses the span under the
 * carets (extract_anchors_from_line), which allocate objects that can show in gc.get_count().
 */
export interface TracebackSink {
	write(piece: string): void;
	readsSourceLine?(entry: TracebackEntry): void;
	parsesCaretSpan?(): void;
}

function formatTracebackOf(vm: VM, exc: PyExceptionObject, heading = TRACEBACK_HEADING): string {
	let out = "";
	writeTraceback(vm, exc, { write: (piece) => (out += piece) }, heading);
	return out;
}

/** PyTraceBack_Print: the heading, then each entry's File line, source line and carets, piece by piece. */
export function writeTraceback(vm: VM, exc: PyExceptionObject, sink: TracebackSink, heading = TRACEBACK_HEADING): void {
	const { lines: source, filename } = vm.source;
	const entries = vm.tracebackOf(exc);
	// print_exception prints a traceback only when the exception has one (`e.__traceback__ = None`).
	if (entries.length) sink.write(heading);
	// tb_printinternal: a frame line repeated (recursion) is shown three times, then counted.
	let repeated = 0;
	let previous: TracebackEntry | null = null;
	const noteRepetition = () => {
		const note = repetitionNote(repeated);
		if (note) sink.write(note);
	};
	for (const entry of entries) {
		if (previous && entry.line === previous.line && entry.name === previous.name && entry.filename === previous.filename) repeated++;
		else {
			noteRepetition();
			repeated = 1;
		}
		previous = entry;
		if (repeated > RECURSIVE_CUTOFF) continue;
		sink.write(`  File "${entry.filename ?? filename}", line ${entry.line}, in ${entry.name}\n`);
		// linecache finds no lines for exec'd text ("<string>"): only the File line shows.
		if (entry.filename !== undefined || vm.modulesRemoved) continue;
		sink.readsSourceLine?.(entry);
		const line = source[entry.line - 1];
		const text = line?.replace(LEADING_WHITESPACE, "");
		if (line === undefined || !text) continue;
		sink.write("    ");
		sink.write(text);
		sink.write("\n");
		const location = entry.location;
		if (location && location.lineno === location.end_lineno && location.col_offset >= 0 && location.end_col_offset >= 0) sink.parsesCaretSpan?.();
		const carets = caretLine(line, entry.line, entry.location);
		// print_error_location_carets writes each column's character by itself.
		if (carets) for (const piece of [...Array.from(carets.slice(0, -1)), "\n"]) sink.write(piece);
	}
	noteRepetition();
}

export const TRACEBACK_HEADING = "Traceback (most recent call last):\n";
const RECURSIVE_CUTOFF = 3;
/** What display_source_line strips before printing a line: its indentation (spaces, tabs, form feeds). */
const LEADING_WHITESPACE = /^[ \t\f]+/;

function repetitionNote(count: number): string {
	const more = count - RECURSIVE_CUTOFF;
	return more > 0 ? `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n` : "";
}

/** print_exception's str() of a SyntaxError's msg, which it prints in place of the exception. */
function messageOfSyntaxError(vm: VM, message: PyObject): string {
	try {
		return message === vm.None ? "" : str(vm, message);
	} finally {
		vm.decref(message);
	}
}

/** str(exc), a class's own __str__ included; print_exception's placeholder when that raises. */
function messageOf(vm: VM, exc: PyExceptionObject): string {
	try {
		return str(vm, exc);
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
		return "<exception str() failed>";
	}
}
