// itertools.chain (and chain.from_iterable), islice and pairwise: iterators over other iterators that let go
// of what they hold as soon as it is used up (Py_CLEAR in their next functions).
import type { PyObject } from "../heap/object";
import type { PyTuple } from "../heap/containers";
import { PyInt } from "../heap/values";
import { indexValue } from "../vm/protocol";
import type { VM } from "../vm/vm";
import { fitsSsize } from "../vm/ssize";
import { newToolIterator, positionalArguments, setSlot } from "./itertools-support";
import type { ModuleTypeConstructor } from "./module-type-constructors";
import { requireOneArgument } from "./arity";

const SOURCE = 0;
const ACTIVE = 1;

/**
 * A chain over `source` (an iterator of iterables): it takes iter() of the next iterable when the active one
 * runs out, and lets go of each as soon as it is exhausted; the source goes once it has no more.
 */
function newChain(vm: VM, source: PyObject): PyObject {
	return newToolIterator(vm, "chain", [["source", source], ["active iterator", null]], 32, (it) => {
		while (it.slots[SOURCE]) {
			if (!it.slots[ACTIVE]) {
				let iterable: PyObject | null;
				try {
					iterable = vm.iterNext(it.slots[SOURCE]);
				} catch (e) {
					setSlot(vm, it, SOURCE, null);
					throw e;
				}
				if (!iterable) {
					setSlot(vm, it, SOURCE, null);
					return null;
				}
				let active: PyObject;
				try {
					active = vm.heap.releaseIfRaises(iterable, "iterable chain takes an iterator of", () => vm.getIter(iterable));
				} catch (e) {
					setSlot(vm, it, SOURCE, null);
					throw e;
				}
				setSlot(vm, it, ACTIVE, active);
				vm.decref(iterable);
			}
			const item = vm.iterNext(it.slots[ACTIVE]!);
			if (item) return item;
			setSlot(vm, it, ACTIVE, null);
		}
		return null;
	}, [ACTIVE, SOURCE]);
}

/** chain(*iterables): its source is an iterator over the call's own argument tuple. */
export const chain: ModuleTypeConstructor = (vm, args, kw, argTuple) => {
	if (kw?.size) vm.raise("TypeError", "chain() takes no keyword arguments");
	return newChain(vm, vm.getIter(argTuple));
};

/** chain.from_iterable(iterable), a classmethod (METH_O): the source is iter(iterable). */
export function chainFromIterable(vm: VM, args: PyObject[]): PyObject {
	// args[0] is the class the classmethod is bound to.
	requireOneArgument(vm, "chain.from_iterable", args.length - 1);
	return newChain(vm, vm.getIter(args[1]!));
}

/** PyNumber_AsSsize_t(o, PyExc_OverflowError) with its error cleared: -1 for a non-integer or one past Py_ssize_t. */
function asSsize(vm: VM, o: PyObject): number {
	let value: bigint | null;
	try {
		value = indexValue(vm, o);
	} catch (e) {
		vm.decref(vm.exceptionOf(e));
		return -1;
	}
	return value === null || !fitsSsize(value) ? -1 : Number(value);
}

const NONNEGATIVE = "must be None or an integer: 0 <= x <= sys.maxsize.";

/** islice(iterable, stop) or islice(iterable, start, stop[, step]): arguments checked before iter() is taken. */
export const islice: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "islice", args, kw, 2, 4);
	const [seq, a1, a2, a3] = args as [PyObject, PyObject, PyObject | undefined, PyObject | undefined];
	let start = 0;
	let stop = -1;
	let step = 1;
	const stopOf = (o: PyObject) => {
		const value = asSsize(vm, o);
		if (value === -1) vm.raise("ValueError", `Stop argument for islice() ${NONNEGATIVE}`);
		return value;
	};
	if (args.length === 2) {
		if (a1 !== vm.None) stop = stopOf(a1);
	} else {
		if (a1 !== vm.None) start = asSsize(vm, a1);
		if (a2 !== vm.None) stop = stopOf(a2!);
	}
	if (start < 0 || stop < -1) vm.raise("ValueError", `Indices for islice() ${NONNEGATIVE}`);
	if (a3 && a3 !== vm.None) step = asSsize(vm, a3);
	if (step < 1) vm.raise("ValueError", "Step for islice() must be a positive integer or None.");
	let next = start;
	let taken = 0;
	return newToolIterator(vm, "islice", [["iterator", vm.getIter(seq)]], 56, (it) => {
		const source = it.slots[0];
		if (!source) return null;
		const empty = () => {
			setSlot(vm, it, 0, null);
			return null;
		};
		while (taken < next) {
			const skipped = vm.iterNext(source);
			if (!skipped) return empty();
			vm.decref(skipped);
			taken++;
		}
		if (stop !== -1 && taken >= stop) return empty();
		const item = vm.iterNext(source);
		if (!item) return empty();
		taken++;
		const previous = next;
		next += step;
		if (next < previous || (stop !== -1 && next > stop)) next = stop;
		return item;
	});
};

/** pairwise(iterable): the previous item is kept for the next pair; a new tuple each time. */
export const pairwise: ModuleTypeConstructor = (vm, args, kw) => {
	positionalArguments(vm, "pairwise", args, kw, 1);
	return newToolIterator(vm, "pairwise", [["iterator", vm.getIter(args[0]!)], ["previous item", null]], 32, (it) => {
		const source = it.slots[0];
		if (!source) return null;
		if (!it.slots[1]) {
			const first = vm.iterNext(source);
			if (!first) {
				setSlot(vm, it, 0, null);
				return null;
			}
			setSlot(vm, it, 1, first);
		}
		const item = vm.iterNext(source);
		if (!item) {
			setSlot(vm, it, 0, null);
			setSlot(vm, it, 1, null);
			return null;
		}
		const pair = vm.heap.releaseIfRaises(item, "item for pairwise's next pair", () => vm.tuple([vm.incref(it.slots[1]!), item]));
		vm.incref(item);
		setSlot(vm, it, 1, item);
		return pair;
	});
};

export type { PyTuple, PyInt };
