// Array helpers shared by the compiler, the VM and the trace recorder.

/**
 * Shorten `array` to `length` entries. Popping, not assigning .length: that is a runtime call (slow at every
 * step until the JIT optimizes the caller), and it gives up storage the next step refills.
 */
export function truncate(array: unknown[], length: number): void {
	while (array.length > length) array.pop();
}

/** Up to this many new entries go to `splice` as arguments; more are moved by a loop. */
const SPLICED_ENTRIES = 64;

/**
 * Replace `array[start, end)` with `source[from, to)` in place, the entries after `end` moved to follow them.
 * The move is splice's, which V8 makes a memmove: a JS loop took four times as long, and it is a dict's whole
 * record at every `del` from its front. Not splice with a spread of many entries: each is an argument, too many
 * for a large list.
 */
export function replaceRange(array: number[], start: number, end: number, source: readonly number[], from: number, to: number): void {
	const removed = end - start;
	const added = to - from;
	const common = Math.min(removed, added);
	for (let i = 0; i < common; i++) array[start + i] = source[from + i]!;
	if (added < removed) array.splice(start + added, removed - added);
	else if (added > removed) {
		if (added - removed <= SPLICED_ENTRIES) array.splice(start + removed, 0, ...source.slice(from + removed, to));
		else insertByLoop(array, start + removed, source, from + removed, to);
	}
}

/** Insert `source[from, to)` at `at`, the entries after it moved up one by one. */
function insertByLoop(array: number[], at: number, source: readonly number[], from: number, to: number): void {
	const oldLength = array.length;
	const shift = to - from;
	for (let i = 0; i < shift; i++) array.push(0);
	for (let i = oldLength - 1; i >= at; i--) array[i + shift] = array[i]!;
	for (let i = from; i < to; i++) array[at + i - from] = source[i]!;
}

/** The first `n` values of an iteration, without going through the rest (a preview of a large container). */
export function firstOf<T>(iteration: Iterable<T>, n: number): T[] {
	const first: T[] = [];
	if (n === 0) return first;
	for (const value of iteration) {
		first.push(value);
		if (first.length === n) break;
	}
	return first;
}

/** The bytes of a and then b. */
export function joinedBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

/** The bytes repeated n times. */
export function repeatedBytes(bytes: Uint8Array, n: number): Uint8Array {
	const out = new Uint8Array(bytes.length * Math.max(n, 0));
	for (let k = 0; k < n; k++) out.set(bytes, k * bytes.length);
	return out;
}
