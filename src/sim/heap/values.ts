// Immutable scalar objects: None, bool, int, float, complex, str, bytes, NotImplemented, Ellipsis.
// Python ints are JS numbers while they are safe integers and bigints beyond, so everyday arithmetic stays fast.
import { PyObject, HeapKind, setHeapKind } from "./object";
import { T, type PyClass } from "./classes";

export type IntValue = number | bigint;

export class PyNone extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	get cls(): PyClass {
		return T.NoneType;
	}
}

export class PyNotImplemented extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	get cls(): PyClass {
		return T.NotImplementedType;
	}
}

export class PyEllipsis extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	get cls(): PyClass {
		return T.ellipsis;
	}
}

export class PyInt extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	constructor(readonly value: IntValue) {
		super();
	}
	get cls(): PyClass {
		return T.int;
	}
}

/** bool is a subclass of int in Python; True/False are its only two instances. */
export class PyBool extends PyInt {
	constructor(readonly flag: boolean) {
		super(flag ? 1 : 0);
	}
	override get cls(): PyClass {
		return T.bool;
	}
}

export class PyFloat extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	constructor(readonly value: number) {
		super();
	}
	get cls(): PyClass {
		return T.float;
	}
}

/** complex: two doubles, like a float an atom the collector never tracks. */
export class PyComplex extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	constructor(
		readonly re: number,
		readonly im: number,
	) {
		super();
	}
	get cls(): PyClass {
		return T.complex;
	}
}

/** What sys.getsizeof reads of a str: its widest character's code point and how many code points it has. */
export interface StrMeasure {
	readonly widest: number;
	readonly codePoints: number;
}

function measureStr(s: string): StrMeasure {
	let widest = 0;
	let codePoints = 0;
	for (const ch of s) {
		widest = Math.max(widest, ch.codePointAt(0)!);
		codePoints++;
	}
	return { widest, codePoints };
}

export class PyStr extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	/** Its dict key ("s" + value), made once: a fresh concatenation would be hashed again at every lookup. */
	private key: string | null = null;
	/** Its measure once asked for (each record of a trace asks), or joined from the two strs it was made of. */
	private measured: StrMeasure | null = null;
	/** Its first STR_LEADING_CHARS characters once asked for, or taken from the strs it was joined from. */
	private leadingText: string | null = null;
	/** Its last UTF-16 code unit once asked for, or its second part's (-1: not yet). */
	private lastUnit = -1;

	/** Its last UTF-16 code unit (NaN for the empty str), read without copying a rope (see leading). */
	lastCodeUnit(): number {
		if (this.lastUnit < 0) this.lastUnit = this.value.charCodeAt(this.value.length - 1);
		return this.lastUnit;
	}

	/**
	 * Its first STR_LEADING_CHARS characters (or all of it), which a trace's preview reads at every record. A str
	 * joined by `+` is a rope in JavaScript, and a slice of one copies it whole: `s += 'ab'` recorded for 200,000
	 * lines took 24 s, copying the str at each.
	 */
	leading(): string {
		return (this.leadingText ??= this.value.slice(0, STR_LEADING_CHARS));
	}

	/**
	 * `joined`'s first and last characters from `a`'s and `b`'s, when known: a loop that appends or prepends keeps
	 * them, and never copies the rope it grows.
	 */
	static joinEnds(joined: PyStr, a: PyStr, b: PyStr): void {
		joined.lastUnit = b.lastCodeUnit();
		if (a.value.length >= STR_LEADING_CHARS) joined.leadingText = a.leadingText;
		else if (b.leadingText !== null) joined.leadingText = (a.value + b.leadingText).slice(0, STR_LEADING_CHARS);
	}

	measure(): StrMeasure {
		return (this.measured ??= measureStr(this.value));
	}

	/**
	 * `joined`'s measure from `a`'s and `b`'s, when `a` was measured already: `s += str(i)` in a recorded loop then
	 * measures each new part, not the whole str at every line. Not across a surrogate pair the join would make.
	 */
	static measureJoin(joined: PyStr, a: PyStr, b: PyStr): void {
		const first = a.measured;
		if (first === null || (isHighSurrogate(a.lastCodeUnit()) && isLowSurrogate(b.value.charCodeAt(0)))) return;
		const second = b.measure();
		joined.measured = { widest: Math.max(first.widest, second.widest), codePoints: first.codePoints + second.codePoints };
	}

	constructor(readonly value: string) {
		super();
	}
	get hashKey(): string {
		return (this.key ??= strKey(this.value));
	}
	get cls(): PyClass {
		return T.str;
	}
}

const STR_KEY_PREFIX = "s";
/** See PyStr.leading. */
export const STR_LEADING_CHARS = 64;

/** An immutable byte string. Like a str it holds no references, so the collector never tracks it. */
export class PyBytes extends PyObject {
	static {
		setHeapKind(this, HeapKind.Atom);
	}
	private key: string | null = null;

	constructor(readonly value: Uint8Array) {
		super();
	}
	/** Its dict key: "y" and one character per byte, so it equals no str's key (b"a" != "a"). */
	get hashKey(): string {
		return (this.key ??= "y" + latin1(this.value));
	}
	get cls(): PyClass {
		return T.bytes;
	}
}

/** The bytes as a string of the characters U+0000 to U+00FF, in chunks (apply's argument count is bounded). */
export function latin1(bytes: Uint8Array): string {
	let out = "";
	for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return out;
}


/** The dict key of a str with this value (see dicts.ts's hashKey). */
/** CPython's shared strs: the empty string and the one-character latin-1 ones. */
export function isSingletonStr(value: string): boolean {
	return value.length <= 1 && (value.length === 0 || value.charCodeAt(0) < 256);
}

export function strKey(value: string): string {
	return STR_KEY_PREFIX + value;
}

/** Normalise an int result: a bigint that fits a safe JS number becomes a number. */
export function normaliseInt(v: IntValue): IntValue {
	if (typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
	return v;
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
