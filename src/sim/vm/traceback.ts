// The text CPython prints for an uncaught exception: the chain (__cause__/__context__), each traceback
// with its source lines, and `Type: message` last.
import { offeredSuggestion } from "./suggestions";
import { PyTraceback } from "../heap/tracebacks";
import type { PyObject } from "../heap/object";
import { PyExceptionObject } from "../heap/instances";
import { PyInt, PyStr } from "../heap/values";
import { sysAttribute } from "../builtins/sys-attributes";
import { repr } from "./repr";
import { str } from "./str-of";
import { lookupAttr } from "./attributes";
import { PyRaise, type TracebackEntry } from "./errors";
import { caretLine } from "./traceback-carets";
import { syntaxErrorReport } from "./syntax-error-fields";
import { printRecursive } from "./traceback-groups";
import type { VM } from "./vm";
import { clearRaised, raisedMatches } from "./protocol";
import { isSequenceObject } from "./abstract-checks";
import { getItem } from "./subscript";

/** The program's file name and lines come from `vm.source`. */
export function formatException(vm: VM, exc: PyExceptionObject, seen = new Set<PyObject>()): string {
	let out = "";
	printException(vm, exc, { write: (piece) => (out += piece) }, seen);
	return out;
}

/** print_exception_recursive: the whole report, each piece written by itself as PyFile_WriteString/WriteObject do. */
export function printException(vm: VM, exc: PyExceptionObject, output: TracebackSink, seen = new Set<PyObject>()): void {
	printRecursive(vm, exc, { seen, depth: 0, needClose: false, output });
}

/** One exception as print_exception prints it (a group's heading differs), its notes included. */
export function printExceptionBody(vm: VM, exc: PyExceptionObject, out: MarginedSink, heading = TRACEBACK_HEADING): void {
	const suggestion = offeredSuggestion(vm, exc);
	writeTraceback(vm, exc, out, heading);
	const syntax = syntaxErrorReport(vm, exc);
	// parse_syntax_error's msg is held while the block and the type are written, which can run Python code.
	if (syntax) vm.heap.adopt(syntax.message, SYNTAX_ERROR_MESSAGE);
	let message: string | null;
	try {
		if (syntax) {
			out.margin();
			out.write(syntax.fileLine);
			syntax.writeText((piece) => out.write(piece));
		}
		out.margin();
		writeTypeName(exc, (piece) => out.write(piece));
		message = syntax ? messageOfSyntaxError(vm, syntax.message) : messageOf(vm, exc);
	} finally {
		if (syntax) vm.heap.release(syntax.message, SYNTAX_ERROR_MESSAGE);
	}
	if (message === null) out.write(": <exception str() failed>");
	else {
		// The colon only when str() is not empty; the (empty) str is written all the same.
		if (message !== "") out.write(": ");
		out.write(message);
	}
	if (suggestion) {
		out.write(". Did you mean: '");
		out.write(suggestion);
		out.write("'?");
	}
	out.write("\n");
	printNotes(vm, exc, out);
}

/**
 * The exception's type as print_exception and the unraisable hook write it: `module.` (unless builtins or
 * __main__), then its qualname. A class whose `__module__` is not a str is `<unknown>`, followed by the dot in
 * print_exception only.
 */
export function writeTypeName(exc: PyExceptionObject, write: (piece: string) => void, unknownDot = true): void {
	const cls = exc.cls;
	const module = cls.builtin ? cls.module : cls.dict.get("__module__");
	if (module === undefined || !(typeof module === "string" || module instanceof PyStr)) {
		write("<unknown>");
		if (unknownDot) write(".");
	} else {
		const name = typeof module === "string" ? module : module.value;
		if (name !== "builtins" && name !== "__main__") {
			write(name);
			write(".");
		}
	}
	write(cls.qualname);
}

/**
 * print_exception_notes (3.11): each line of each note's str after the margin, then a newline; anything but a
 * sequence (a str is one: a note per character), its repr, without a newline. A failing str() or repr() is
 * cleared and named instead.
 */
function printNotes(vm: VM, exc: PyExceptionObject, out: MarginedSink): void {
	const notes = lookupAttr(vm, exc, "__notes__");
	if (!notes) return;
	// Held while its notes are written, which can run Python code.
	vm.heap.adopt(notes, NOTES_BEING_PRINTED);
	try {
		if (!isSequenceObject(notes)) {
			out.margin();
			out.write(textOrNull(vm, () => repr(vm, notes)) ?? "<__notes__ repr() failed>");
			return;
		}
		const count = vm.len(notes);
		for (let i = 0; i < count; i++) {
			const index = vm.int(i);
			const note = getItem(vm, notes, index);
			vm.decref(index);
			const text = vm.heap.whileOwned(note, NOTE_BEING_PRINTED, () => textOrNull(vm, () => str(vm, note)));
			if (text === null) out.write("<note str() failed>");
			else {
				for (const line of linesWithEnds(text)) {
					out.margin();
					out.write(line);
				}
			}
			out.write("\n");
		}
	} finally {
		vm.heap.release(notes, NOTES_BEING_PRINTED);
	}
}

/** A str() or repr() whose error is cleared (PyErr_Clear): null then. */
export function textOrNull(vm: VM, text: () => string): string | null {
	try {
		return text();
	} catch (e) {
		if (!(e instanceof PyRaise)) throw e;
		clearRaised(vm, e);
		return null;
	}
}

/** str.splitlines(keepends=True), which print_exception_notes uses: "\r\n" and each of str's line breaks end a line. */
function linesWithEnds(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (!LINE_BREAKS.has(text[i]!)) continue;
		if (text[i] === "\r" && text[i + 1] === "\n") i++;
		lines.push(text.slice(start, i + 1));
		start = i + 1;
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}

const LINE_BREAKS = new Set(["\n", "\r", "\v", "\f", "\u001c", "\u001d", "\u001e", "\u0085", "\u2028", "\u2029"]);

/** A sink print_exception writes to: write_indented_margin starts each of its lines (the heading's may differ). */
export interface MarginedSink extends TracebackSink {
	margin(heading?: boolean): void;
}

/**
 * Where tb_printinternal's output goes: each PyFile_WriteString/WriteObject piece by itself, and the moments it
 * reads a line of the program's file (display_source_line opens it through io) and parses the span under the
 * carets (extract_anchors_from_line), which allocate objects that can show in gc.get_count().
 */
export interface TracebackSink {
	write(piece: string): void;
	/** write_indented_margin before a line; PyTraceBack_Print (the unraisable report) writes none. */
	margin?(heading: boolean): void;
	readsSourceLine?(entry: TracebackEntry): void;
	parsesCaretSpan?(): void;
}

/** PyTraceBack_Print: the heading, then each entry's File line, source line and carets, piece by piece. */
export function writeTraceback(vm: VM, exc: PyExceptionObject, sink: TracebackSink, heading = TRACEBACK_HEADING): void {
	const { lines: source, filename } = vm.source;
	const limit = tracebackLimit(vm);
	if (limit <= 0) return;
	// tb_printinternal keeps only the last `limit` entries.
	const entries = vm.tracebackOf(exc).slice(-limit);
	// print_exception prints a traceback only when the exception has one (`e.__traceback__ = None`): its heading
	// too when every entry is a library module's frame, which pymem does not print.
	if (entries.length || exc.traceback instanceof PyTraceback) {
		sink.margin?.(true);
		sink.write(heading);
	}
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
		sink.margin?.(false);
		sink.write(`  File "${entry.filename ?? filename}", line ${entry.line}, in ${entry.name}\n`);
		// linecache finds no lines for exec'd text ("<string>"): only the File line shows.
		if (entry.filename !== undefined || vm.modulesRemoved) continue;
		sink.readsSourceLine?.(entry);
		const line = source[entry.line - 1];
		const text = line?.replace(LEADING_WHITESPACE, "");
		if (line === undefined || !text) continue;
		if (!writeSourceLine(vm, sink, text)) continue;
		const location = entry.location;
		if (location && location.lineno === location.end_lineno && location.col_offset >= 0 && location.end_col_offset >= 0) sink.parsesCaretSpan?.();
		const carets = caretLine(line, entry.line, entry.location);
		if (!carets) continue;
		sink.margin?.(false);
		// print_error_location_carets writes each column's character by itself.
		for (const piece of [...Array.from(carets.slice(0, -1)), "\n"]) sink.write(piece);
	}
	noteRepetition();
}

/**
 * PyTraceBack_Print's limit: sys.tracebacklimit when it is an int (past a C long, no limit; 0 or less, no
 * traceback at all), else 1000.
 */
function tracebackLimit(vm: VM): number {
	const limit = sysAttribute(vm, "tracebacklimit");
	if (!(limit instanceof PyInt)) return DEFAULT_TRACEBACK_LIMIT;
	const value = BigInt(limit.value);
	return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
}

const DEFAULT_TRACEBACK_LIMIT = 1000;

/**
 * display_source_line: the margin, the indent, the line and its newline. A failed write is dropped
 * (tb_displayline's ignore_source_errors, a KeyboardInterrupt excepted) and the carets are not shown: false.
 */
function writeSourceLine(vm: VM, sink: TracebackSink, text: string): boolean {
	try {
		sink.margin?.(false);
		sink.write("    ");
		sink.write(text);
		sink.write("\n");
		return true;
	} catch (e) {
		if (!(e instanceof PyRaise) || raisedMatches(vm, e, "KeyboardInterrupt")) throw e;
		clearRaised(vm, e);
		return false;
	}
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
	return message === vm.None ? "" : str(vm, message);
}

const NOTE_BEING_PRINTED = "a note PySequence_GetItem gave print_exception_notes, held while its str() is made";
const NOTES_BEING_PRINTED = "an exception's __notes__, held while print_exception_notes writes them";
const SYNTAX_ERROR_MESSAGE = "a SyntaxError's msg, held while print_exception writes its block";

/** str(exc), a class's own __str__ included; null when that raises (print_exception writes a placeholder). */
function messageOf(vm: VM, exc: PyExceptionObject): string | null {
	return textOrNull(vm, () => str(vm, exc));
}
