// Array helpers shared by the compiler, the VM and the trace recorder.

/**
 * Shorten `array` to `length` entries. Popping, not assigning .length: that is a runtime call (slow at every
 * step until the JIT optimizes the caller), and it gives up storage the next step refills.
 */
export function truncate(array: unknown[], length: number): void {
	while (array.length > length) array.pop();
}

/**
 * Replace `array[start, end)` with `source[from, to)` in place, the entries after `end` moved to follow them.
 * Not splice with a spread: that passes each new entry as an argument, too many for a large list.
 */
export function replaceRange(array: number[], start: number, end: number, source: readonly number[], from: number, to: number): void {
	const oldLength = array.length;
	const shift = to - from - (end - start);
	if (shift > 0) {
		for (let i = 0; i < shift; i++) array.push(0);
		for (let i = oldLength - 1; i >= end; i--) array[i + shift] = array[i]!;
	} else if (shift < 0) {
		for (let i = end; i < oldLength; i++) array[i + shift] = array[i]!;
		truncate(array, oldLength + shift);
	}
	for (let i = from; i < to; i++) array[start + i - from] = source[i]!;
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
