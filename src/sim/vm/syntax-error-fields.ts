// SyntaxError (and IndentationError, TabError) as a program makes and reads one: SyntaxError_init's msg and
// (filename, lineno, offset, text[, end_lineno, end_offset]) details, and SyntaxError_str. pymem reports the
// program's own syntax errors before it runs; these are the class as Python code uses it.
import type { PyObject } from "../heap/object";
import type { PyExceptionObject } from "../heap/instances";
import { PyTuple } from "../heap/containers";
import { PyInt, PyStr } from "../heap/values";
import { utf8Length, writeErrorText } from "../parse/report";
import { str } from "./str-of";
import type { VM } from "./vm";

/** What setting the fields needs: the object space also fills them while it makes an exception. */
type FieldSpace = Pick<VM, "raise" | "collect" | "tuple" | "incref" | "decref" | "None">;

const DETAILS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

/**
 * SyntaxError_init after BaseException_init: the first argument is msg; exactly two arguments make the second a
 * tuple of 4 to 6 details (PyArg_ParseTuple "OOOO|OO", which names no function in its errors).
 */
export function setSyntaxErrorFields(vm: FieldSpace, items: readonly PyObject[], setField: (name: string, value: PyObject | null) => void): void {
	if (items.length >= 1) setField("msg", items[0]!);
	if (items.length !== 2) return;
	// PySequence_Tuple: a tuple is used as it is, anything else read into a new one.
	const details = items[1]!;
	const info = details instanceof PyTuple && details.cls.builtin ? vm.incref(details) : vm.tuple(vm.collect(details));
	try {
		const n = info.items.length;
		if (n < 4) vm.raise("TypeError", `function takes at least 4 arguments (${n} given)`);
		if (n > 6) vm.raise("TypeError", `function takes at most 6 arguments (${n} given)`);
		// end_lineno and end_offset are cleared first, then each given detail replaces its field.
		setField("end_lineno", null);
		setField("end_offset", null);
		DETAILS.forEach((name, i) => {
			if (i < n) setField(name, info.items[i]!);
		});
		if (n === 5) vm.raise("TypeError", "end_offset must be provided when end_lineno is provided");
	} finally {
		vm.decref(info);
	}
}

/** SyntaxError_str: msg, with the file's base name and the line when filename is a str and lineno an exact int. */
export function syntaxErrorStr(vm: VM, e: PyExceptionObject): string {
	const msg = str(vm, e.attrs.get("msg") ?? vm.None);
	const filename = e.attrs.get("filename");
	const lineno = e.attrs.get("lineno");
	const base = filename instanceof PyStr ? filename.value.slice(filename.value.lastIndexOf("/") + 1) : null;
	const line = lineno instanceof PyInt && lineno.cls.builtin ? String(lineno.value) : null;
	if (base !== null && line !== null) return `${msg} (${base}, line ${line})`;
	if (base !== null) return `${msg} (${base})`;
	if (line !== null) return `${msg} (line ${line})`;
	return msg;
}

/** What print_exception writes for an uncaught SyntaxError instead of `str(exc)`: its location block and msg. */
export interface SyntaxErrorReport {
	/** `  File "...", line N` and its newline, which print_exception_file_and_line writes after the margin. */
	readonly fileLine: string;
	/** print_error_text's pieces (none when text is not a str). */
	writeText(write: (piece: string) => void): void;
	readonly message: PyObject;
}

/**
 * parse_syntax_error and print_exception (pythonrun.c, 3.11): an exception with the print_file_and_line member
 * whose lineno is an int (and offsets ints or None) prints `File "...", line N`, its text and carets, then
 * `Type: msg`; any other value makes it print as an ordinary exception. The message is a new reference.
 */
export function syntaxErrorReport(vm: VM, exc: PyExceptionObject): SyntaxErrorReport | null {
	if (!exc.cls.isSubclassOf(vm.exceptionClass("SyntaxError"))) return null;
	const field = (name: string): PyObject => exc.attrs.get(name) ?? vm.None;
	const number = (value: PyObject, none: number): number | null => (value === vm.None ? none : value instanceof PyInt ? Number(value.value) : null);
	const lineno = field("lineno") instanceof PyInt ? Number((field("lineno") as PyInt).value) : null;
	const offset = number(field("offset"), -1);
	if (lineno === null || offset === null) return null;
	// Subclasses (IndentationError, TabError) keep no end: one caret.
	const exact = exc.cls === vm.exceptionClass("SyntaxError");
	const endLineno = exact ? number(field("end_lineno"), lineno) : lineno;
	const endOffset = exact ? number(field("end_offset"), -1) : -1;
	if (endLineno === null || endOffset === null) return null;
	const filename = field("filename");
	const fileLine = `  File "${filename === vm.None ? "<string>" : str(vm, filename)}", line ${lineno}\n`;
	const text = field("text");
	const writeText = (write: (piece: string) => void): void => {
		if (!(text instanceof PyStr)) return;
		const lineSize = utf8Length(text.value);
		// A range over several lines is underlined to the end of its first line.
		const end = Math.min(endLineno > lineno ? lineSize : endOffset, lineSize + 1);
		writeErrorText(write, text.value, offset, end);
	};
	return { fileLine, writeText, message: vm.incref(field("msg")) };
}
