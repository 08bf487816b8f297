// The report python3 prints for a SyntaxError that stops a script before it runs: pythonrun.c's print_exception
// and print_error_text in CPython 3.11, which work on the UTF-8 bytes of the error's text.
import type { PythonSyntaxError } from "./errors";

export function formatSyntaxError(error: PythonSyntaxError, source: string, filename: string): string {
	let out = `  File "${filename}", line ${error.lineno}\n`;
	const text = errorText(error, source);
	if (text !== null) {
		const lineSize = utf8Length(text);
		const offset = error.offset ?? -1;
		// Subclasses (IndentationError, TabError) keep no end: one caret.
		let endOffset = error.kind === "SyntaxError" ? (error.endOffset ?? -1) : -1;
		// A range over several lines is underlined to the end of its first line.
		if (error.kind === "SyntaxError" && error.endLineno > error.lineno) endOffset = lineSize;
		if (endOffset > lineSize + 1) endOffset = lineSize + 1;
		out += errorTextLines(text, offset, endOffset);
	}
	return out + `${error.kind}: ${error.msg}\n`;
}

/** CPython's `text` attribute, or null (None) when the line does not exist. */
function errorText(error: PythonSyntaxError, source: string): string | null {
	if (typeof error.text === "object") return error.text.literal;
	const lines = source.replace(/\r\n?/g, "\n").split("\n");
	const index = error.lineno - 1;
	if (index < 0 || index >= lines.length) return null;
	const line = lines[index]!;
	const last = index === lines.length - 1;
	// After a final newline there is no further line to read back.
	if (last && line === "") return null;
	return last ? line : line + "\n";
}

/** print_error_text: the line without its indentation, then the carets shifted to match. */
export function errorTextLines(fullText: string, fullOffset: number, endOffset: number): string {
	let out = "";
	writeErrorText((piece) => (out += piece), fullText, fullOffset, endOffset);
	return out;
}

/** print_error_text, piece by piece as it writes to a file: the line, then its caret line a character at a time. */
export function writeErrorText(write: (piece: string) => void, fullText: string, fullOffset: number, endOffset: number): void {
	const carets = endOffset > 0 && endOffset > fullOffset ? endOffset - fullOffset : 1;
	let offset = fullOffset - 1;
	let text = fullText;
	let strip = 0;
	while (strip < text.length && " \t\f".includes(text[strip]!)) strip++;
	text = text.slice(strip);
	offset -= strip;
	let len = utf8Length(text);
	if (text.endsWith("\n")) len--;
	if (offset > len) offset = len;
	// A text of several lines shows the one the offset falls in.
	for (;;) {
		const newline = text.indexOf("\n");
		if (newline === -1) break;
		const before = utf8Length(text.slice(0, newline));
		if (before >= offset) break;
		text = text.slice(newline + 1);
		len -= before + 1;
		offset -= before + 1;
	}
	write("    ");
	write(text);
	if (utf8Length(text) === len) write("\n");
	if (offset < 0) return;
	write("    ");
	for (let i = 0; i < offset; i++) write(" ");
	for (let i = 0; i < carets; i++) write("^");
	write("\n");
}

export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
	}
	return bytes;
}
