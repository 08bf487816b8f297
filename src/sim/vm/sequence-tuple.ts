// PySequence_Tuple: tuple(x), and the arguments of a call's `*x` when x is not already a tuple. An iterable
// with no length is read into a tuple allocated up front at a guessed size and resized as it fills, so its
// allocation counts before any of the iterable's own code runs, and the free list it comes from and goes back
// to are those of the guess and of the final length.
import type { PyObject } from "../heap/object";
import { PyTuple } from "../heap/containers";
import { PyIterator } from "../heap/iterators";
import { collect, getIter, iterNext, type NotIterable } from "./iteration";
import { askedLengthHint, lengthIfSized } from "./lengths";
import { HINTED_ITERATORS } from "./list-mutations";
import { checkSequenceLength } from "./sequence-repeat";
import type { VM } from "./vm";
import { isExactList, isExactTuple } from "../heap/subclass-instances";

/** PyObject_LengthHint's default: what PySequence_Tuple guesses for an iterable that tells nothing. */
export const GUESSED_TUPLE_LENGTH = 10;

const ITERATOR = "iterator being read into a tuple";
const FILLING = "tuple being filled";

/**
 * A tuple allocated with `slots` items, as PyTuple_New(n) is: from the free list of that length. It is returned
 * empty, to be filled; _PyTuple_Resize keeps the allocation, and freed, it goes to the free list of its final length.
 */
export function allocateTupleOfLength(vm: VM, slots: number): PyTuple {
	const tuple = vm.heap.register(new PyTuple(new Array<PyObject>(slots).fill(vm.None)), true);
	tuple.items = [];
	vm.heap.observer?.contentChanged(tuple);
	return tuple;
}

/** A new reference to `iterable` as a tuple (the same object when it is one). */
export function sequenceTuple(vm: VM, iterable: PyObject, whenNotIterable?: NotIterable): PyTuple {
	if (isExactTuple(iterable)) return vm.incref(iterable);
	// PyList_AsTuple: a copy of the items, no iterator.
	if (isExactList(iterable)) return vm.tuple(iterable.items.map((x) => vm.incref(x)));
	// An iterator that knows what is left yields exactly that: collected first, the tuple has its final size.
	if (iterable instanceof PyIterator && HINTED_ITERATORS.has(iterable.kindName) && !iterable.lengthHint) return vm.tuple(collect(vm, iterable, undefined, whenNotIterable));
	const iterator = getIter(vm, iterable, whenNotIterable);
	vm.heap.adopt(iterator, ITERATOR);
	try {
		// PyObject_LengthHint(v, 10): the length, else a hint that runs Python code, else ten.
		const guess = lengthIfSized(vm, iterable) ?? askedLengthHint(vm, iterable) ?? GUESSED_TUPLE_LENGTH;
		// PyTuple_New(guess) fails before any item is read when the guess is past simulated memory.
		checkSequenceLength(vm, guess);
		return fill(vm, iterator, guess);
	} finally {
		vm.heap.release(iterator, ITERATOR);
	}
}

function fill(vm: VM, iterator: PyObject, guess: number): PyTuple {
	// PyTuple_New(0) is the shared empty tuple: the first item makes a new tuple at the grown size.
	let tuple = guess > 0 ? newFilling(vm, guess) : null;
	let slots = guess;
	try {
		for (let item = iterNext(vm, iterator); item; item = iterNext(vm, iterator)) {
			if (!tuple || tuple.items.length >= slots) {
				// Grow by ten, then a quarter; a resize untracks the tuple and tracks it again (at generation 0's end).
				slots += 10;
				slots += slots >> 2;
				if (!tuple) tuple = newFilling(vm, slots);
				else retrack(vm, tuple);
			}
			tuple.items.push(item);
			checkSequenceLength(vm, tuple.items.length);
			vm.heap.observer?.contentChanged(tuple);
		}
	} catch (e) {
		if (tuple) vm.heap.release(tuple, FILLING);
		throw e;
	}
	if (!tuple) return vm.emptyTuple;
	vm.heap.disown(tuple, FILLING);
	if (tuple.items.length === 0) {
		// Cut back to nothing, the allocation is freed at the size it had (its free list is the guess's) and the
		// empty tuple returned. Its slots are empty; shared None stands in for them.
		tuple.items = new Array<PyObject>(slots).fill(vm.None);
		vm.decref(tuple);
		return vm.emptyTuple;
	}
	if (tuple.items.length < slots) retrack(vm, tuple);
	return tuple;
}

/** The new tuple's reference is the filler's, shown as held by it meanwhile. */
function newFilling(vm: VM, slots: number): PyTuple {
	const tuple = allocateTupleOfLength(vm, slots);
	vm.heap.adopt(tuple, FILLING);
	return tuple;
}

function retrack(vm: VM, tuple: PyTuple): void {
	vm.heap.untrack(tuple);
	vm.heap.track(tuple);
}
