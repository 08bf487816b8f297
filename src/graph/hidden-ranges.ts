/**
 * Hidden ranges: where in a note's text `[[...]]` is not a link, as flat [start, end) offset pairs in order
 * and apart (see mask.ts), and searches that step over them.
 */

/** The end of the hidden range holding offset `at`, or -1 when `at` is not hidden. */
export function hiddenUntil(hidden: readonly number[], at: number): number {
	// Most of a note lies before its first hidden range or after its last.
	const length = hidden.length;
	if (length === 0 || at < hidden[0]! || at >= hidden[length - 1]!) return -1;
	const range = firstRangeEndingAfter(hidden, at);
	return range < hidden.length && hidden[range]! <= at ? hidden[range + 1]! : -1;
}

/** The first hidden offset at or after `at`, or -1 when nothing after it is hidden. */
export function nextHidden(hidden: readonly number[], at: number): number {
	const range = firstRangeEndingAfter(hidden, at);
	return range < hidden.length ? Math.max(at, hidden[range]!) : -1;
}

/** The index in `hidden` of the first range whose end is past `at` (hidden.length when none is). */
function firstRangeEndingAfter(hidden: readonly number[], at: number): number {
	let low = 0;
	let high = hidden.length / 2;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (hidden[middle * 2 + 1]! <= at) low = middle + 1;
		else high = middle;
	}
	return low * 2;
}

/** The first `needle` at or after `from` that does not start in a hidden range, or -1. */
export function indexOfVisible(text: string, needle: string, from: number, hidden: readonly number[]): number {
	for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at)) {
		const end = hiddenUntil(hidden, at);
		if (end < 0) return at;
		at = end;
	}
	return -1;
}

/**
 * Ranges gathered for one note, in an array reused from note to note: every note of the full build is
 * masked, and arrays made for each were garbage to collect. Never emptied, as an emptied array loses its
 * storage; `count` says how much of it is this note's.
 */
export class RangeScratch {
	private readonly offsets: number[] = [];
	count = 0;

	add(start: number, end: number): void {
		this.offsets[this.count++] = start;
		this.offsets[this.count++] = end;
	}

	at(index: number): number {
		return this.offsets[index]!;
	}

	/** Moves the end of the last range. */
	extendLast(end: number): void {
		this.offsets[this.count - 1] = end;
	}

	/** This note's ranges, in an array of their own. */
	copy(): number[] {
		return this.offsets.slice(0, this.count);
	}
}
