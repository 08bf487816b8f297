// The two ways parsing can fail: Python itself would reject the program (PythonSyntaxError, with CPython 3.11's
// message and location), or Python accepts it but Pymem cannot run it (UnsupportedSyntaxError, naming the construct).
// The tokenizer stops with either one as a TokenizerFailure.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * Where CPython's `text` attribute comes from, which decides the line and carets it prints: "line" is the source
 * line read back from the file (with its newline; the tokenizer's own errors leave the newline out, which prints
 * the same), and `{ literal }` a string CPython parsed on its own (an f-string's expression, in parentheses).
 */
export type ErrorText = "line" | { literal: string };

/** The 1-based columns CPython's SyntaxError carries; null is None (no caret line, or a single caret). */
export interface ErrorRange {
	offset: number | null;
	endLineno: number;
	endOffset: number | null;
}

/** compile.c's error for a break, continue or return that would leave an except* clause. */
export const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

export class PythonSyntaxError extends Error {
	readonly kind: SyntaxErrorKind;
	readonly msg: string;
	readonly lineno: number;
	/** 1-based column as CPython reports it (UTF-8 bytes for parser and compiler errors when python3 runs a file). */
	readonly offset: number | null;
	readonly endLineno: number;
	readonly endOffset: number | null;
	readonly text: ErrorText;
	/** Raised by the symtable's analysis of names, which follows its visit of the whole module (analyze_name). */
	fromSymtableAnalysis = false;

	constructor(msg: string, lineno: number, range: ErrorRange | null = null, kind: SyntaxErrorKind = "SyntaxError", text: ErrorText = "line") {
		super(`${kind}: ${msg} (line ${lineno})`);
		this.name = kind;
		this.kind = kind;
		this.msg = msg;
		this.lineno = lineno;
		this.offset = range?.offset ?? null;
		this.endLineno = range?.endLineno ?? lineno;
		this.endOffset = range?.endOffset ?? null;
		this.text = text;
	}
}

export class UnsupportedSyntaxError extends Error {
	readonly construct: string;
	readonly lineno: number;

	/** `construct` reads naturally after "pymem does not support", e.g. "async functions". */
	constructor(construct: string, lineno: number) {
		super(`pymem does not support ${construct} yet (line ${lineno})`);
		this.name = "UnsupportedSyntaxError";
		this.construct = construct;
		this.lineno = lineno;
	}
}

/** Anything with a source range: AST nodes (`col_offset`...) or tokens (`col`...), columns 0-based. */
export interface Span {
	lineno: number;
	col: number;
	endLineno: number;
	endCol: number;
}

/**
 * A SyntaxError from 0-based columns, as RAISE_ERROR_KNOWN_LOCATION builds it: `col` to `endCol` on the lines given
 * (`endCol` defaults to `col`, which prints one caret).
 */
export function syntaxError(msg: string, lineno: number, col: number | null = null, endCol: number | null = col, endLineno = lineno): PythonSyntaxError {
	if (col === null) return new PythonSyntaxError(msg, lineno);
	return new PythonSyntaxError(msg, lineno, { offset: col + 1, endLineno, endOffset: endCol === null ? null : endCol + 1 });
}

export function syntaxErrorOver(msg: string, span: Span): PythonSyntaxError {
	return syntaxError(msg, span.lineno, span.col, span.endCol, span.endLineno);
}

/** IndentationError and TabError print one caret whatever their end (print_exception ignores it for subclasses). */
export function indentationError(msg: string, lineno: number, offset: number | null, kind: "IndentationError" | "TabError" = "IndentationError"): PythonSyntaxError {
	return new PythonSyntaxError(msg, lineno, { offset, endLineno: lineno, endOffset: null }, kind);
}

/**
 * Why tokenizing stopped. CPython tokenizes lazily, so a parser error earlier in the file wins over a tokenizer
 * error later, except that errors the tokenizer raises itself (`overridesParserErrors`) win over parser errors
 * anywhere, and an unclosed bracket wins over a parser error on a later line.
 */
export interface TokenizerFailure {
	error: PythonSyntaxError | UnsupportedSyntaxError;
	overridesParserErrors: boolean;
	/** Line of the unclosed bracket, for "'(' was never closed". */
	unclosedBracketLine: number | null;
}

/** Unwinds the scanner to the tokenizer's `run`, which turns the failure into the stream's final ERRORTOKEN. */
export class TokenizerStop extends Error {
	constructor(readonly failure: TokenizerFailure) {
		super(failure.error.message);
	}
}

export function stop(error: PythonSyntaxError | UnsupportedSyntaxError, overridesParserErrors: boolean): TokenizerStop {
	return new TokenizerStop({ error, overridesParserErrors, unclosedBracketLine: null });
}
