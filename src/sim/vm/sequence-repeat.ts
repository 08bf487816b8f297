// How many times `seq * n` may repeat a sequence: CPython's index-sized count, and pymem's cap on simulated memory.
import type { PyObject } from "../heap/object";
import type { PyInt } from "../heap/values";
import { MAX_STR_LENGTH } from "./object-space";
import { fitsSsize, SSIZE_MAX } from "./ssize";
import type { VM } from "./vm";

/**
 * Simulated memory: sequences longer than this raise MemoryError before anything is allocated (each item is a
 * JavaScript array slot, and the host must stay well inside its heap).
 */
export const MAX_SEQUENCE_ITEMS = 10_000_000;

/**
 * How many times `seq * n` repeats a sequence of `length` items; a str is limited (and charged) by vm.str.
 * A result past Py_ssize_t items is unicode_repeat's and bytes_repeat's OverflowError (`overflow`), the
 * others' MemoryError.
 */
export function repeatCount(vm: VM, n: PyObject, length: number, isStr = false, overflow?: string): number {
	const value = BigInt((n as PyInt).value);
	if (!fitsSsize(value)) vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
	// An empty sequence repeated any number of times is empty: never loop over the count.
	if (length === 0 || value <= 0n) return 0;
	if (value * BigInt(length) > SSIZE_MAX) {
		if (overflow !== undefined) vm.raise("OverflowError", overflow);
		vm.raise("MemoryError");
	}
	const count = Number(value);
	if (isStr) {
		if (count * length > MAX_STR_LENGTH) vm.raise("MemoryError");
		return count;
	}
	if (count * length > MAX_SEQUENCE_ITEMS) vm.raise("MemoryError");
	vm.chargeWork(count * length);
	return count;
}
