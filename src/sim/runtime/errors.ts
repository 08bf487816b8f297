/**
 * Typed Python exceptions thrown by the runtime algorithms. The VM catches these and raises the
 * Python exception of the same `pyType` with the same message; messages equal CPython 3.11's.
 */
export class PyRuntimeError extends Error {
	constructor(
		readonly pyType: string,
		readonly pyMessage: string,
	) {
		super(`${pyType}: ${pyMessage}`);
	}
}

export class PyValueError extends PyRuntimeError {
	constructor(message: string) {
		super("ValueError", message);
	}
}

export class PyTypeError extends PyRuntimeError {
	constructor(message: string) {
		super("TypeError", message);
	}
}

export class PyZeroDivisionError extends PyRuntimeError {
	constructor(message: string) {
		super("ZeroDivisionError", message);
	}
}

export class PyOverflowError extends PyRuntimeError {
	constructor(message: string) {
		super("OverflowError", message);
	}
}

/** A result past pymem's simulated memory (see math.ts's MAX_INT_BITS): a bare MemoryError, as CPython's has no message. */
export class PyMemoryError extends PyRuntimeError {
	constructor() {
		super("MemoryError", "");
	}
}

export class PyIndexError extends PyRuntimeError {
	constructor(message: string) {
		super("IndexError", message);
	}
}

/** `message` is what str() of the error prints (the key's repr); `key`, when a str key is known, becomes its argument. */
export class PyKeyError extends PyRuntimeError {
	constructor(
		message: string,
		readonly key: string | null = null,
	) {
		super("KeyError", message);
	}
}

/**
 * A codec's UnicodeEncodeError or UnicodeDecodeError: the VM makes it with CPython's arguments (encoding, the
 * object, start, end, reason), from which its str() is the message.
 */
export class PyCodecError extends PyRuntimeError {
	constructor(
		pyType: "UnicodeEncodeError" | "UnicodeDecodeError",
		message: string,
		readonly encoding: string,
		/** The text (encoding) or bytes (decoding) the codec was given. */
		readonly input: string | Uint8Array,
		readonly start: number,
		readonly end: number,
		readonly reason: string,
	) {
		super(pyType, message);
	}
}

/** Shorthand used by math functions: CPython's math_1/math_2 domain failures. */
export function mathDomainError(): PyValueError {
	return new PyValueError("math domain error");
}
