// Array helpers for the hot paths of the VM and the trace recorder.

/**
 * Shorten `array` to `length` entries. Popping, not assigning .length: that is a runtime call (slow at every
 * step until the JIT optimizes the caller), and it gives up storage the next step refills.
 */
export function truncate(array: unknown[], length: number): void {
	while (array.length > length) array.pop();
}
