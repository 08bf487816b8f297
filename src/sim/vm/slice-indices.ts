// Slice and index arguments as CPython's abstract layer reads them: _PyEval_SliceIndex for the start and end of
// str.find or list.index, PySlice_Unpack with PySlice_AdjustIndices for `obj[a:b:c]`.
import type { PyObject } from "../heap/object";
import type { PySlice } from "../heap/containers";
import { indexValue } from "./protocol";
import type { VM } from "./vm";

/** _PyEval_SliceIndex for an optional start or end argument (str.find, str.startswith...): null for None or absent. */
export function optionalSliceIndex(vm: VM, o: PyObject | undefined): number | null {
	if (!o || o === vm.None) return null;
	const index = indexValue(vm, o);
	return index === null ? vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method") : Number(index);
}

/** _PyEval_SliceIndexNotNone, for a start or stop argument that cannot be None (list.index, deque.index...). */
export function sliceIndexNotNone(vm: VM, o: PyObject): number {
	const index = indexValue(vm, o);
	return index === null ? vm.raise("TypeError", "slice indices must be integers or have an __index__ method") : Number(index);
}

/** PySlice_Unpack + AdjustIndices: [start, stop, step, length]. */
export function sliceIndices(vm: VM, s: PySlice, length: number): [number, number, number, number] {
	const get = (o: PyObject, dflt: number) => {
		if (o === vm.None) return dflt;
		const index = indexValue(vm, o);
		return index === null ? vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method") : Number(index);
	};
	const step = get(s.step, 1);
	if (step === 0) vm.raise("ValueError", "slice step cannot be zero");
	const clamp = (v: number, lo: number, hi: number) => (v < 0 ? Math.max(v + length, lo) : Math.min(v, hi));
	const start = s.start === vm.None ? (step < 0 ? length - 1 : 0) : clamp(get(s.start, 0), step < 0 ? -1 : 0, step < 0 ? length - 1 : length);
	const stop = s.stop === vm.None ? (step < 0 ? -1 : length) : clamp(get(s.stop, 0), step < 0 ? -1 : 0, step < 0 ? length - 1 : length);
	const count = step > 0 ? (stop > start ? Math.ceil((stop - start) / step) : 0) : start > stop ? Math.ceil((start - stop) / -step) : 0;
	return [start, stop, step, count];
}

export function itemsAt<T>(items: T[], [start, , step, count]: [number, number, number, number]): T[] {
	const out: T[] = [];
	for (let i = 0, j = start; i < count; i++, j += step) out.push(items[j]!);
	return out;
}

/** tuplesubscript and unicode_subscript return the object itself for a slice from 0 to the end by step 1. */
export function isWhole([start, , step, count]: [number, number, number, number], length: number): boolean {
	return start === 0 && step === 1 && count === length;
}
