// The two ways parsing can fail: Python itself would reject the program (PythonSyntaxError, with CPython 3.11's
// message and line), or Python accepts it but Pymem cannot run it (UnsupportedSyntaxError, naming the construct).
// The tokenizer stops with either one as a TokenizerFailure.

export class PythonSyntaxError extends Error {
	readonly kind: "SyntaxError" | "IndentationError";
	readonly msg: string;
	readonly lineno: number;
	/** 1-based column as CPython reports it, when known. */
	readonly offset: number | null;

	constructor(msg: string, lineno: number, offset: number | null = null, kind: "SyntaxError" | "IndentationError" = "SyntaxError") {
		super(`${kind}: ${msg} (line ${lineno})`);
		this.name = kind;
		this.kind = kind;
		this.msg = msg;
		this.lineno = lineno;
		this.offset = offset;
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

export function syntaxError(msg: string, lineno: number, col: number | null = null): PythonSyntaxError {
	return new PythonSyntaxError(msg, lineno, col === null ? null : col + 1);
}

export function indentationError(msg: string, lineno: number): PythonSyntaxError {
	return new PythonSyntaxError(msg, lineno, null, "IndentationError");
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
