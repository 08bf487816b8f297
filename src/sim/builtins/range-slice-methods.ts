// Methods of range and slice. range's index and count answer arithmetically for ints (range(10**20).index(9) is
// instant in CPython).
import type { PyObject } from "../heap/object";
import { PyInt } from "../heap/values";
import { PyRange, type PySlice } from "../heap/containers";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { compareValues } from "../vm/comparisons";
import { sliceIndices } from "../vm/slice-indices";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";
import { requireOneArgument } from "./arity";

/** How many items of `r` equal `item`, for items that are not ints (compared one by one, as CPython does). */
function countByEquality(vm: VM, r: PyRange, item: PyObject, stopAtFirst: boolean): { count: number; first: number } {
	let count = 0;
	let first = -1;
	const [start, step] = [BigInt(r.start), BigInt(r.step)];
	for (let i = 0; i < r.length; i++) {
		const value = vm.int(start + BigInt(i) * step);
		const equal = compareValues(vm, value, item, "Eq");
		vm.decref(value);
		if (!equal) continue;
		count++;
		if (first < 0) first = i;
		if (stopAtFirst) break;
	}
	return { count, first };
}

const RANGE_METHODS: Record<string, NativeImpl> = {
	index: (vm, args, _kw, self) => {
		const r = self as PyRange;
		const item = args[0]!;
		if (item instanceof PyInt) {
			const position = r.positionOf(BigInt(item.value));
			if (position === null) vm.raise("ValueError", `${vm.repr(item)} is not in range`);
			return vm.int(position!);
		}
		const { first } = countByEquality(vm, r, item, true);
		if (first < 0) vm.raise("ValueError", "sequence.index(x): x not in sequence");
		return vm.int(first);
	},
	count: (vm, args, _kw, self) => {
		const r = self as PyRange;
		const item = args[0]!;
		if (item instanceof PyInt) return vm.int(r.positionOf(BigInt(item.value)) === null ? 0 : 1);
		return vm.int(countByEquality(vm, r, item, false).count);
	},
};

const SLICE_METHODS: Record<string, NativeImpl> = {
	/** slice.indices(length): the start, stop and step a sequence of that length would use. */
	indices: (vm, args, _kw, self) => {
		requireOneArgument(vm, "slice.indices", args.length);
		const length = vm.intValue(args[0]!);
		if (length < 0) vm.raise("ValueError", "length should not be negative");
		const [start, stop, step] = sliceIndices(vm, self as PySlice, length);
		return vm.tuple([vm.int(start), vm.int(stop), vm.int(step)]);
	},
};

export function installRangeAndSliceMethods(): void {
	defineMethods(T.range, RANGE_METHODS);
	defineMethods(T.slice, SLICE_METHODS);
}
