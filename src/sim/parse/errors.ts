// The two ways parsing can fail: Python itself would reject the program (PythonSyntaxError, with CPython 3.11's
// message and line), or Python accepts it but Pymem cannot run it (UnsupportedSyntaxError, naming the construct).

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
