// The deque operations the C code builds the others from (Modules/_collectionsmodule.c, 3.11): each moves
// the left index as the C code moves its 64-slot blocks, so sys.getsizeof grows and shrinks where CPython's
// does, bumps `state` where the C code does (so iterators see mutations when CPython's do), and releases
// items in the C code's order.
import type { PyObject } from "../heap/object";
import { PyInt } from "../heap/values";
import { PyDeque, BLOCKLEN, CENTER } from "../heap/collections";
import { getIter, ITERATOR_BEING_CONSUMED } from "../vm/iteration";
import type { VM } from "../vm/vm";
import { ssize } from "../vm/ssize";

export const changed = (vm: VM, d: PyDeque) => vm.heap.observer?.contentChanged(d);

/** deque_popleft without its error: the item (a reference the caller now owns). */
export function popLeft(d: PyDeque): PyObject {
	const item = d.items.shift()!;
	d.leftIndex++;
	d.state++;
	// The emptied left block is freed, or the last block re-centred.
	if (d.leftIndex === BLOCKLEN) d.leftIndex = d.items.length ? 0 : CENTER + 1;
	return item;
}

/** deque_pop without its error. */
export function popRight(d: PyDeque): PyObject {
	const rightIndexWasZero = (d.leftIndex + d.items.length - 1) % BLOCKLEN === 0;
	const item = d.items.pop()!;
	d.state++;
	if (rightIndexWasZero && d.items.length === 0) d.leftIndex = CENTER + 1;
	return item;
}

/** NEEDS_TRIM: 0 <= maxlen < len. */
const needsTrim = (d: PyDeque, maxlen: number) => maxlen >= 0 && d.items.length > maxlen;

/** deque_append_internal: takes over `item`; past maxlen the leftmost item goes (and is released). */
export function appendRight(vm: VM, d: PyDeque, item: PyObject, maxlen = d.maxlen): void {
	d.items.push(item);
	if (!needsTrim(d, maxlen)) {
		d.state++;
		vm.heap.observer?.itemsAppended(d, d.items.length - 1);
		return;
	}
	const old = popLeft(d);
	changed(vm, d);
	vm.decref(old);
}

/** deque_appendleft_internal (it trims with the deque's own maxlen, as the C code does). */
export function appendLeft(vm: VM, d: PyDeque, item: PyObject): void {
	if (d.leftIndex === 0) d.leftIndex = BLOCKLEN;
	d.leftIndex--;
	d.items.unshift(item);
	if (!needsTrim(d, d.maxlen)) {
		d.state++;
		changed(vm, d);
		return;
	}
	const old = popRight(d);
	changed(vm, d);
	vm.decref(old);
}

/** _deque_rotate: items move between the ends without reference count changes; the left index follows. */
export function rotate(d: PyDeque, n: number): void {
	const len = d.items.length;
	const half = len >> 1;
	if (len <= 1) return;
	if (n > half || n < -half) {
		n %= len;
		if (n > half) n -= len;
		else if (n < -half) n += len;
	}
	d.state++;
	if (n > 0) d.items.unshift(...d.items.splice(len - n, n));
	else if (n < 0) d.items.push(...d.items.splice(0, -n));
	d.leftIndex = (((d.leftIndex - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
}

export const SNAPSHOT = "list of the deque's items (PySequence_List)";

/** deque_extend and deque_extendleft: a deque extending itself reads a list copy first. */
export function extend(vm: VM, d: PyDeque, iterable: PyObject, left: boolean): void {
	if (iterable === d) {
		const copy = vm.list(d.items.map((x) => vm.incref(x)));
		vm.heap.adopt(copy, SNAPSHOT);
		try {
			return extend(vm, d, copy, left);
		} finally {
			vm.heap.release(copy, SNAPSHOT);
		}
	}
	const it = getIter(vm, iterable);
	vm.heap.adopt(it, ITERATOR_BEING_CONSUMED);
	try {
		const maxlen = d.maxlen;
		if (maxlen === 0) {
			// consume_iterator
			for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) vm.decref(x);
			return;
		}
		// The space-saving heuristic: an empty deque fills from the left end of its block (or the right one).
		if (d.items.length === 0) d.leftIndex = left ? BLOCKLEN - 1 : 1;
		for (let x = vm.iterNext(it); x; x = vm.iterNext(it)) {
			if (left) appendLeft(vm, d, x);
			else appendRight(vm, d, x, maxlen);
		}
	} finally {
		vm.heap.release(it, ITERATOR_BEING_CONSUMED);
	}
}

/** deque_clear: empty and re-centred first, then the old items released left to right. */
export function clear(vm: VM, d: PyDeque): void {
	if (d.items.length === 0) return;
	const old = d.releaseReferences();
	changed(vm, d);
	vm.heap.releaseAll(d, "removed from", old);
}

/** deque_init's maxlen: None (or none given) is -1; else an int (PyLong_AsSsize_t, no __index__) of 0 or more. */
function maxlenOf(vm: VM, maxlenArg: PyObject | undefined): number {
	if (!maxlenArg || maxlenArg === vm.None) return -1;
	if (!(maxlenArg instanceof PyInt)) vm.raise("TypeError", "an integer is required");
	const maxlen = ssize(vm, maxlenArg);
	if (maxlen < 0) vm.raise("ValueError", "maxlen must be non-negative");
	return maxlen;
}

/** deque_new and deque_init. */
export function newDeque(vm: VM, iterable: PyObject | undefined, maxlenArg: PyObject | undefined): PyDeque {
	const maxlen = maxlenOf(vm, maxlenArg);
	const d = vm.heap.register(new PyDeque());
	d.maxlen = maxlen;
	if (!iterable) return d;
	return vm.heap.build(d, "deque being built", () => extend(vm, d, iterable, false));
}

/** deque_init called again (`d.__init__(...)`): the new maxlen, the old items cleared, then the iterable's. */
export function reinitDeque(vm: VM, d: PyDeque, iterable: PyObject | undefined, maxlenArg: PyObject | undefined): void {
	d.maxlen = maxlenOf(vm, maxlenArg);
	if (d.items.length > 0) clear(vm, d);
	if (iterable) extend(vm, d, iterable, false);
}

/** deque_copy: a new deque with the same maxlen, filled by append (one item) or extend. */
export function copyDeque(vm: VM, d: PyDeque): PyDeque {
	const copy = newDeque(vm, undefined, undefined);
	copy.maxlen = d.maxlen;
	return vm.heap.build(copy, "deque being built", () => {
		if (d.items.length === 1) appendRight(vm, copy, vm.incref(d.items[0]!));
		else extend(vm, copy, d, false);
	});
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back, then release it. */
export function dequeDelItem(vm: VM, d: PyDeque, i: number): void {
	rotate(d, -i);
	const item = popLeft(d);
	rotate(d, i);
	changed(vm, d);
	vm.decref(item);
}
