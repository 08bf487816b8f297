// How the narration tells an exception: where it starts to propagate, and what the interpreter writes of it to
// stderr.
import type { TraceEvent } from "../../sim/trace/types";
import { quoteOutput } from "./event-words";

type ExceptionEvent = Extract<TraceEvent, { kind: "exception" }>;

/**
 * A raise, after `code` (the step's code prefix, or ""). A re-raise is CPython's RERAISE, whose statement says
 * why the exception goes on: an `except` whose clauses matched none, a `with` whose `__exit__` did not suppress
 * it, the end of a `finally` block (its last line, which is no statement of its own), or a bare `raise`.
 */
export function raiseWords(event: ExceptionEvent, code: string, statement: string): string {
	const exception = event.preview ?? event.type;
	if (!event.reraised) return `${code}raises ${exception}`;
	if (/^except\b/.test(statement)) return `\`${statement}\` lets ${exception} go on: no except clause of its try matches it`;
	if (/^with\b/.test(statement)) return `\`${statement}\` lets ${exception} go on: __exit__ did not suppress it`;
	if (/^raise\s*(#.*)?$/.test(statement)) return `${code}re-raises ${exception}`;
	return code ? `${code}finishes the finally block, and ${exception} goes on` : `the finally block is over, and ${exception} goes on`;
}

/**
 * A traceback's last line says what it is about; its frames are in the output pane. An exception the interpreter
 * could not raise (a `__del__`'s, a weakref callback's) is reported as ignored, then traced.
 */
export function stderrWords(text: string): string {
	const lines = text.replace(/\n$/, "").split("\n");
	const last = JSON.stringify(lines[lines.length - 1]);
	if (lines.length === 1) return `writes ${quoteOutput(text)} to stderr`;
	if (lines[0] === "Traceback (most recent call last):") return `writes a traceback to stderr, ending ${last}`;
	if (lines[0]!.startsWith("Exception ignored in: ")) return `reports the exception as ignored on stderr (${JSON.stringify(lines[0])}), ending ${last}`;
	return `writes ${lines.length} lines to stderr, ending ${last}`;
}
