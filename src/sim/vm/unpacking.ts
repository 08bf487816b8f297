// UNPACK_SEQUENCE and UNPACK_EX (ceval's unpack_iterable), and the exact unpacking natives share with them.
import type { PyObject } from "../heap/object";
import type { VM } from "./vm";
import { HINTED_ITERATORS } from "./list-mutations";
import { whenNoIterSlot } from "./iteration";
import { markRaising } from "./errors";
import { listCapacityAfterExtendIterator } from "../runtime/containerGrowth";
import { setCapacityAfterExtend } from "./list-mutations";
import { PyIterator } from "../heap/iterators";
import { isExactList, isExactTuple } from "../heap/subclass-instances";

const cannotUnpack = whenNoIterSlot((typeName) => `cannot unpack non-iterable ${typeName} object`);
const UNPACKING = "sequence being unpacked";

/** Push the items of the popped sequence so the first target is stored first (last item deepest). */
export function unpack(vm: VM, stack: PyObject[], before: number, after: number): void {
	const seq = stack.pop()!;
	if (after < 0) {
		const items = unpackExactly(vm, seq, before);
		for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
		return;
	}
	const { items, hinted } = unpackedItems(vm, seq);
	if (items.length < before + after) failUnpacking(vm, items, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
	const head = items.slice(0, before);
	// PySequence_List(it) makes the starred list from all the remaining items (sized from the iterator's length
	// hint, as list_extend does), then drops the trailing ones by shrinking its size only.
	const rest = items.length - before;
	const hint = hinted ? rest : null;
	const capacity = listCapacityAfterExtendIterator(0, 0, rest, hint);
	const middle = vm.list(items.slice(before, items.length - after), capacity);
	setCapacityAfterExtend(middle, capacity, true, hint);
	const tail = items.slice(items.length - after);
	for (let i = tail.length - 1; i >= 0; i--) stack.push(tail[i]!);
	stack.push(middle);
	for (let i = head.length - 1; i >= 0; i--) stack.push(head[i]!);
}

/**
 * UNPACK_SEQUENCE `count` of `seq`, whose reference it takes: its items as new references, first first, or
 * CPython's ValueError when there are more or fewer. An exact tuple or list of the right length is read
 * directly (3.11's specialized forms); anything else goes through unpack_iterable, which takes at most one
 * item more than it needs: a generator with more to give stays suspended.
 */
export function unpackExactly(vm: VM, seq: PyObject, count: number): PyObject[] {
	vm.heap.adopt(seq, UNPACKING);
	try {
		if ((isExactTuple(seq) || isExactList(seq)) && seq.items.length === count) return seq.items.map((x) => vm.incref(x));
		return unpackIterable(vm, seq, count);
	} finally {
		vm.heap.release(seq, UNPACKING);
	}
}

const UNPACKING_ITERATOR = "iterator being unpacked";

const UNPACKED_ITEM = "item taken by the unpacking (on the stack, above its top)";

/** unpack_iterable for UNPACK_SEQUENCE; on an error the items taken go last first, then the iterator. */
function unpackIterable(vm: VM, seq: PyObject, count: number): PyObject[] {
	const it = vm.getIter(seq, cannotUnpack);
	vm.heap.adopt(it, UNPACKING_ITERATOR);
	const items: PyObject[] = [];
	try {
		while (items.length < count) {
			const item = vm.iterNext(it);
			if (!item) vm.raise("ValueError", `not enough values to unpack (expected ${count}, got ${items.length})`);
			vm.heap.adopt(item, UNPACKED_ITEM);
			items.push(item);
		}
		const extra = vm.iterNext(it);
		if (extra) {
			vm.decref(extra);
			vm.raise("ValueError", `too many values to unpack (expected ${count})`);
		}
	} catch (e) {
		markRaising(vm.heap, e);
		for (let i = items.length - 1; i >= 0; i--) vm.heap.release(items[i]!, UNPACKED_ITEM);
		throw e;
	} finally {
		vm.heap.release(it, UNPACKING_ITERATOR);
	}
	for (const item of items) vm.heap.disown(item, UNPACKED_ITEM);
	return items;
}

/**
 * The items of `seq` (its reference is taken), shown as held while it is iterated: Python code (a generator, a
 * collection the error's allocation starts) may run. `hinted`: the iterator had a length hint (UNPACK_EX).
 */
function unpackedItems(vm: VM, seq: PyObject): { items: PyObject[]; hinted: boolean } {
	vm.heap.adopt(seq, UNPACKING);
	try {
		// Exact tuples and lists are read directly (UNPACK_EX's iterator of one has a length hint); anything else
		// (a list subclass's instance too) is iterated.
		if (isExactTuple(seq) || isExactList(seq)) return { items: seq.items.map((x) => vm.incref(x)), hinted: true };
		return iterateForStarred(vm, seq);
	} finally {
		vm.heap.release(seq, UNPACKING);
	}
}

function failUnpacking(vm: VM, items: PyObject[], message: string): never {
	items.forEach((x) => vm.decref(x));
	return vm.raise("ValueError", message);
}

/** UNPACK_EX's unpack_iterable: every item through iter(seq), and whether that iterator has __length_hint__. */
function iterateForStarred(vm: VM, seq: PyObject): { items: PyObject[]; hinted: boolean } {
	const it = vm.getIter(seq, cannotUnpack);
	vm.heap.adopt(it, UNPACKING_ITERATOR);
	const items: PyObject[] = [];
	try {
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) items.push(x);
	} catch (e) {
		items.forEach((x) => vm.decref(x));
		throw e;
	} finally {
		vm.heap.release(it, UNPACKING_ITERATOR);
	}
	return { items, hinted: it instanceof PyIterator && HINTED_ITERATORS.has(it.kindName) };
}
