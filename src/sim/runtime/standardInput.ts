// The text a program reads from its standard input, taken from the host a chunk at a time as reading needs it (a
// terminal gives a line per chunk, so `pymem run` in one reads as python3 does, line by line).
// Sizes count code points, as a Python str's length does. Lines end at "\n" only: on Linux python3's sys.stdin
// translates no other newline.

/** The next chunk of standard input, or null at its end. */
export type StdinChunks = () => string | null;

/** A fixed text as standard input: all of it in one chunk, then its end. */
export function textAsStdin(text: string): StdinChunks {
	let given = false;
	return () => {
		if (given) return null;
		given = true;
		return text;
	};
}

export class StandardInput {
	/** sys.stdin.close() was called: reading raises ValueError. */
	closed = false;
	private text = "";
	private ended: boolean;

	constructor(private readonly nextChunk: StdinChunks | null) {
		this.ended = nextChunk === null;
	}

	/** The next line with its "\n" (the rest of the input on its last line), at most `limit` code points when limit >= 0. */
	readLine(limit: number): string {
		let searched = 0;
		for (;;) {
			const newline = this.text.indexOf("\n", searched);
			if (newline >= 0) return this.take(newline + 1, limit);
			if (limit >= 0 && countCodePoints(this.text) >= limit) return this.take(this.text.length, limit);
			searched = this.text.length;
			if (!this.fill()) return this.take(this.text.length, limit);
		}
	}

	/** `limit` code points, fewer at the end of the input; everything left when limit < 0. */
	read(limit: number): string {
		while ((limit < 0 || countCodePoints(this.text) < limit) && this.fill());
		return this.take(this.text.length, limit);
	}

	/** Takes the first `end` UTF-16 units of what is buffered, cut to `limit` code points when limit >= 0. */
	private take(end: number, limit: number): string {
		const cut = limit >= 0 ? Math.min(end, unitsOfCodePoints(this.text, limit)) : end;
		const piece = this.text.slice(0, cut);
		this.text = this.text.slice(cut);
		return piece;
	}

	/** Reads one more chunk; false at the end of the input. */
	private fill(): boolean {
		if (this.ended) return false;
		const chunk = this.nextChunk!();
		if (chunk === null) {
			this.ended = true;
			return false;
		}
		this.text += chunk;
		return true;
	}
}

function countCodePoints(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++, n++) if (isHighSurrogate(s, i)) i++;
	return n;
}

/** How many UTF-16 units the first `count` code points of `s` take. */
function unitsOfCodePoints(s: string, count: number): number {
	let i = 0;
	for (let n = 0; n < count && i < s.length; n++) i += isHighSurrogate(s, i) ? 2 : 1;
	return i;
}

function isHighSurrogate(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
}
