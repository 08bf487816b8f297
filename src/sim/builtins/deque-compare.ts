// deque_richcompare (Modules/_collectionsmodule.c, 3.11): == and != settle the same deque and different lengths
// at once; otherwise both deques are walked by their iterators, whose items are new references held while
// compared, and the first pair that is not == is compared again by the operator itself.
import type { PyObject } from "../heap/object";
import type { PyDeque } from "../heap/collections";
import { compareValues } from "../vm/comparisons";
import { order } from "../vm/container-comparisons";
import { getIter, iterNext } from "../vm/iteration";
import type { VM } from "../vm/vm";

const ITERATOR = "iterator of a deque being compared (deque_richcompare)";
const ITEM = "deque item being compared (deque_richcompare)";

/** PyIter_Next, its item shown as held by the comparison. */
function nextItem(vm: VM, it: PyObject): PyObject | null {
	const item = iterNext(vm, it);
	if (item) vm.heap.adopt(item, ITEM);
	return item;
}

/** The walk of both iterators: the first unequal pair decides by `op`, else which deque had items left. */
function compareItems(vm: VM, it1: PyObject, it2: PyObject, op: string): boolean {
	for (;;) {
		const x = nextItem(vm, it1);
		let y: PyObject | null = null;
		try {
			// The second iterator advances even when the first ended.
			y = nextItem(vm, it2);
			if (!x || !y) return order(Number(x !== null), Number(y !== null), op);
			// PyObject_RichCompareBool twice: == with its identity shortcut, then the operator.
			if (x !== y && !compareValues(vm, x, y, "Eq")) return compareValues(vm, x, y, op);
		} finally {
			if (x) vm.heap.release(x, ITEM);
			if (y) vm.heap.release(y, ITEM);
		}
	}
}

export function compareDeques(vm: VM, v: PyDeque, w: PyDeque, op: string): boolean {
	if ((op === "Eq" || op === "NotEq") && (v === w || v.items.length !== w.items.length)) return (v === w) === (op === "Eq");
	const it1 = getIter(vm, v);
	vm.heap.adopt(it1, ITERATOR);
	let it2: PyObject | null = null;
	try {
		it2 = getIter(vm, w);
		vm.heap.adopt(it2, ITERATOR);
		return compareItems(vm, it1, it2, op);
	} finally {
		vm.heap.release(it1, ITERATOR);
		if (it2) vm.heap.release(it2, ITERATOR);
	}
}
