// heapq: the C accelerators of Modules/_heapqmodule.c (3.11) over a list's own items, and nlargest, nsmallest
// and merge, which are Python in Lib/heapq.py and run here as Python too (heapq-source.ts). Every comparison
// holds both operands for its duration, as 3.11's sift loops do, so a __lt__ sees the counts CPython shows;
// the list grows and shrinks through list_resize like any other list.
import type { NativeImpl, PyModule } from "../heap/callables";
import type { PyObject } from "../heap/object";
import { PyList } from "../heap/containers";
import { compareValues } from "../vm/comparisons";
import { runLibraryModule } from "../vm/library-source";
import { listAppend } from "../vm/list-mutations";
import type { VM } from "../vm/vm";
import { positionalArguments } from "./itertools-support";
import { nativeFunction } from "./types";
import { HEAPQ_SOURCE } from "./heapq-source";
import { requireOneArgument, passedTypeName } from "./arity";

const COMPARED = "heap item being compared";
const POPPED = "item taken off the heap";

/** PyObject_RichCompareBool(a, b, Py_LT) with `a` (and `b`, unless the caller owns it) held meanwhile. */
function heldLess(vm: VM, a: PyObject, b: PyObject, holdB = true): boolean {
	vm.heap.hold(a, COMPARED);
	if (holdB) vm.heap.hold(b, COMPARED);
	try {
		return compareValues(vm, a, b, "Lt");
	} finally {
		if (holdB) vm.heap.release(b, COMPARED);
		vm.heap.release(a, COMPARED);
	}
}

/** Whether `a` sorts before `b` in the heap's order: a min-heap asks a < b, a max-heap b < a. */
type Before = (vm: VM, a: PyObject, b: PyObject) => boolean;
const minFirst: Before = (vm, a, b) => heldLess(vm, a, b);
const maxFirst: Before = (vm, a, b) => heldLess(vm, b, a);

function checkSize(vm: VM, heap: PyList, size: number): void {
	if (heap.items.length !== size) vm.raise("RuntimeError", "list changed size during iteration");
}

function swap(vm: VM, heap: PyList, i: number, j: number): void {
	const items = heap.items;
	const t = items[i]!;
	items[i] = items[j]!;
	items[j] = t;
	vm.heap.observer?.contentChanged(heap);
}

/** siftdown: move the item at `pos` towards `start` while it comes before its parent. */
function siftDown(vm: VM, heap: PyList, start: number, pos: number, before: Before): void {
	const size = heap.items.length;
	if (pos >= size) vm.raise("IndexError", "index out of range");
	while (pos > start) {
		const parentPos = (pos - 1) >> 1;
		const moves = before(vm, heap.items[pos]!, heap.items[parentPos]!);
		checkSize(vm, heap, size);
		if (!moves) break;
		swap(vm, heap, parentPos, pos);
		pos = parentPos;
	}
}

/** siftup: bubble the earlier child up from `pos` to a leaf, then sift the item there back down. */
function siftUp(vm: VM, heap: PyList, pos: number, before: Before): void {
	const end = heap.items.length;
	const start = pos;
	if (pos >= end) vm.raise("IndexError", "index out of range");
	const limit = end >> 1;
	while (pos < limit) {
		let child = 2 * pos + 1;
		if (child + 1 < end) {
			if (!before(vm, heap.items[child]!, heap.items[child + 1]!)) child++;
			checkSize(vm, heap, end);
		}
		swap(vm, heap, child, pos);
		pos = child;
	}
	siftDown(vm, heap, start, pos, before);
}

/** heappop_internal: the last item leaves through PyList_SetSlice (list_ass_slice, which clears a list left empty), then takes the root's place. */
function heapPop(vm: VM, heap: PyList, before: Before): PyObject {
	if (heap.items.length === 0) vm.raise("IndexError", "index out of range");
	const last = heap.items.pop()!;
	heap.resizeForSlice(heap.items.length);
	vm.heap.observer?.contentChanged(heap);
	if (heap.items.length === 0) return last;
	return replaceRoot(vm, heap, last, before);
}

/** The root leaves the list (the caller's now) and `item`, a reference the list takes, sifts up from the root. */
function replaceRoot(vm: VM, heap: PyList, item: PyObject, before: Before): PyObject {
	const returned = heap.items[0]!;
	heap.items[0] = item;
	vm.heap.observer?.contentChanged(heap);
	// If a comparison raises, the C code drops the item it took out.
	vm.heap.releaseIfRaises(returned, POPPED, () => siftUp(vm, heap, 0, before));
	return returned;
}

function heapReplace(vm: VM, heap: PyList, item: PyObject, before: Before): PyObject {
	if (heap.items.length === 0) vm.raise("IndexError", "index out of range");
	return replaceRoot(vm, heap, vm.incref(item), before);
}

/** The highest power of two not above n (keep_top_bit). */
function keepTopBit(n: number): number {
	let shift = 0;
	while (n > 1) {
		n >>= 1;
		shift++;
	}
	return n << shift;
}

/**
 * heapify: bottom-up siftups. Past 2500 items 3.11 sifts each sibling pair's parent as soon as the pair is
 * done (cache_friendly_heapify): the same comparisons and heap, in another order.
 */
function heapify(vm: VM, heap: PyList, before: Before): PyObject {
	const n = heap.items.length;
	if (n <= 2500) {
		for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(vm, heap, i, before);
		return vm.incref(vm.None);
	}
	const m = n >> 1;
	const leftmost = keepTopBit(m + 1) - 1;
	const siftWithParents = (i: number) => {
		for (let j = i; ; j >>= 1) {
			siftUp(vm, heap, j, before);
			if (!(j & 1)) break;
		}
	};
	for (let i = leftmost - 1; i >= m >> 1; i--) siftWithParents(i);
	for (let i = m - 1; i >= leftmost; i--) siftWithParents(i);
	return vm.incref(vm.None);
}

function heapPushPop(vm: VM, heap: PyList, item: PyObject): PyObject {
	// Only the root is held for the comparison: the item is the caller's.
	if (heap.items.length === 0 || !heldLess(vm, heap.items[0]!, item, false)) return vm.incref(item);
	if (heap.items.length === 0) vm.raise("IndexError", "index out of range");
	return replaceRoot(vm, heap, vm.incref(item), minFirst);
}

/**
 * A native of _heapq with its clinic checks: one argument (METH_O) or two (METH_FASTCALL), none by keyword,
 * the heap an exact list or a subclass. Calling conventions name the function with its module.
 */
function fixed(name: string, count: 1 | 2, impl: (vm: VM, heap: PyList, item: PyObject) => PyObject): NativeImpl {
	return (vm, args, kw) => {
		if (count === 1) requireOneArgument(vm, `_heapq.${name}`, args.length, kw);
		else if (kw?.size) vm.raise("TypeError", `_heapq.${name}() takes no keyword arguments`);
		if (count === 2) positionalArguments(vm, name, args, kw, 2);
		const heap = args[0]!;
		if (!(heap instanceof PyList)) vm.raise("TypeError", `${name}() argument ${count === 1 ? "" : "1 "}must be list, not ${passedTypeName(vm, heap)}`);
		return impl(vm, heap as PyList, args[1]!);
	};
}

const HEAPQ_NATIVES: Record<string, NativeImpl> = {
	heappush: fixed("heappush", 2, (vm, heap, item) => {
		listAppend(vm, heap, item);
		siftDown(vm, heap, 0, heap.items.length - 1, minFirst);
		return vm.incref(vm.None);
	}),
	heappop: fixed("heappop", 1, (vm, heap) => heapPop(vm, heap, minFirst)),
	heapreplace: fixed("heapreplace", 2, (vm, heap, item) => heapReplace(vm, heap, item, minFirst)),
	heappushpop: fixed("heappushpop", 2, heapPushPop),
	heapify: fixed("heapify", 1, (vm, heap) => heapify(vm, heap, minFirst)),
	_heappop_max: fixed("_heappop_max", 1, (vm, heap) => heapPop(vm, heap, maxFirst)),
	_heapreplace_max: fixed("_heapreplace_max", 2, (vm, heap, item) => heapReplace(vm, heap, item, maxFirst)),
	_heapify_max: fixed("_heapify_max", 1, (vm, heap) => heapify(vm, heap, maxFirst)),
};

let natives: [string, PyObject][] | null = null;

/** The natives go into the module dict first (Lib/heapq.py's `from _heapq import *`), then its Python runs. */
export function installHeapq(vm: VM, module: PyModule): void {
	natives ??= Object.entries(HEAPQ_NATIVES).map(([name, impl]) => [name, nativeFunction(name, impl)]);
	for (const [name, fn] of natives) vm.dictSetStr(module.dict, name, fn);
	runLibraryModule(vm, HEAPQ_SOURCE, module.dict);
}
