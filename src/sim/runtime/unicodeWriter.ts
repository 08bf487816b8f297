/**
 * _PyUnicodeWriter as str.format and printf-style `%` use it, for the one thing a program can see: its readonly
 * case. _PyUnicodeWriter_WriteStr skips an empty str, and a str handed whole to a writer that has nothing yet and
 * is told the piece is its last (overallocate cleared) becomes the writer's buffer itself; _PyUnicodeWriter_Finish
 * then returns that very object. Anything written after it copies it into a buffer of its own. So
 * `"{}{}".format("", s) is s` and `"%(n)s" % {"n": s}` is s, whatever the template, while `"{}{}".format(s, "")`
 * is a new str (s was written before the writer knew it would be last).
 */

/** How the writer takes and drops a reference to a str object it keeps as its buffer. */
export interface StrHolder<T> {
	hold(str: T): void;
	release(str: T): void;
}

/** A str object handed whole to the writer, with its characters; `owned` when the writer's caller drops it after. */
export interface WrittenStr<T> {
	str: T;
	text: string;
	owned: boolean;
}

export interface WriterResult<T> {
	text: string;
	/** The str object that is the whole result (one reference, the writer's), or null for a new str of `text`. */
	lone: T | null;
}

export class UnicodeWriter<T> {
	private text = "";
	private lone: T | null = null;

	constructor(readonly holder: StrHolder<T> | null) {}

	/** Characters the writer makes itself (literal text, padding, digits). */
	write(text: string): void {
		if (text === "") return;
		this.dropLone();
		this.text += text;
	}

	/** _PyUnicodeWriter_WriteStr: `last` when the caller cleared overallocate (nothing follows this piece). */
	writeStr(piece: WrittenStr<T>, last: boolean): void {
		if (piece.text !== "") {
			if (last && this.text === "") {
				this.lone = piece.str;
				this.holder?.hold(piece.str);
			} else this.dropLone();
			this.text += piece.text;
		}
		if (piece.owned) this.holder?.release(piece.str);
	}

	finish(): WriterResult<T> {
		const result = { text: this.text, lone: this.lone };
		this.lone = null;
		return result;
	}

	/** The characters alone (a nested format spec's writer): a lone str kept is let go. */
	finishText(): string {
		this.dropLone();
		return this.text;
	}

	/** _PyUnicodeWriter_Dealloc after an error. */
	abandon(): void {
		this.dropLone();
	}

	private dropLone(): void {
		const lone = this.lone;
		this.lone = null;
		if (lone !== null) this.holder?.release(lone);
	}
}

/** Writes `piece`, or its characters when it is plain text. */
export function writePiece<T>(writer: UnicodeWriter<T>, piece: string | WrittenStr<T>, last: boolean): void {
	if (typeof piece === "string") writer.write(piece);
	else writer.writeStr(piece, last);
}
