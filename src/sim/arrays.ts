// Array helpers shared by the compiler, the VM and the trace recorder.

/**
 * Shorten `array` to `length` entries. Popping, not assigning .length: that is a runtime call (slow at every
 * step until the JIT optimizes the caller), and it gives up storage the next step refills.
 */
export function truncate(array: unknown[], length: number): void {
	while (array.length > length) array.pop();
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
