// How many times `seq * n` may repeat a sequence: CPython's index-sized count, and pymem's cap on simulated memory.
import type { PyObject } from "../heap/object";
import type { PyInt } from "../heap/values";
import { MAX_STR_LENGTH } from "./object-space";
import { fitsSsize, SSIZE_MAX } from "./ssize";
import type { VM } from "./vm";
import { indexValue } from "./protocol";

/**
 * Simulated memory: sequences longer than this raise MemoryError before anything is allocated (each item is a
 * JavaScript array slot, and the host must stay well inside its heap).
 */
export const MAX_SEQUENCE_ITEMS = 10_000_000;

/**
 * PyNumber_AsSsize_t of a repeat count that is no int: its __index__ (null without one), past Py_ssize_t an
 * OverflowError naming the object that gave it.
 */
export function repeatIndex(vm: VM, count: PyObject): bigint | null {
	const n = indexValue(vm, count);
	if (n !== null && !fitsSsize(n)) vm.raise("OverflowError", `cannot fit '${count.typeName}' into an index-sized integer`);
	return n;
}

/** Simulated memory's MemoryError for a sequence about to hold `length` items. */
export function checkSequenceLength(vm: VM, length: number): void {
	if (length > MAX_SEQUENCE_ITEMS) vm.raise("MemoryError");
}

/** The items of `a + b` (list_concat, tupleconcat), as new references, within simulated memory. */
export function concatenatedItems(vm: VM, a: readonly PyObject[], b: readonly PyObject[]): PyObject[] {
	checkSequenceLength(vm, a.length + b.length);
	vm.chargeWork(a.length + b.length);
	const items = new Array<PyObject>(a.length + b.length);
	for (let i = 0; i < a.length; i++) items[i] = vm.incref(a[i]!);
	for (let i = 0; i < b.length; i++) items[a.length + i] = vm.incref(b[i]!);
	return items;
}

/**
 * How many times `seq * n` repeats a sequence of `length` items; a str is limited (and charged) by vm.str.
 * A result past Py_ssize_t items is unicode_repeat's and bytes_repeat's OverflowError (`overflow`), the
 * others' MemoryError.
 */
export function repeatCount(vm: VM, n: PyObject, length: number, isStr = false, overflow?: string): number {
	const value = BigInt((n as PyInt).value);
	if (!fitsSsize(value)) vm.raise("OverflowError", `cannot fit '${n.typeName}' into an index-sized integer`);
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
	checkSequenceLength(vm, count * length);
	vm.chargeWork(count * length);
	return count;
}
