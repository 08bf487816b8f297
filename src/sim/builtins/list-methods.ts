// Methods of list and tuple.
import { sliceIndexNotNone } from "../vm/slice-indices";
import type { PyObject } from "../heap/object";
import { PyList, PyTuple } from "../heap/containers";
import { T } from "../heap/classes";
import type { NativeImpl } from "../heap/callables";
import { richEquals } from "../vm/comparisons";
import { listAppend, listExtendFrom, listClear, listInsert } from "../vm/list-mutations";
import { listCount, listFind } from "../vm/list-searches";
import { reverseFlag, sortItems } from "./sorting";
import { defineMethods } from "./types";
import type { VM } from "../vm/vm";
import { checkPositional, requireOneArgument } from "./arity";
import { ssize } from "../vm/ssize";

function same(vm: VM, a: PyObject, b: PyObject): boolean {
	return richEquals(vm, a, b);
}

/** A negative bound of index() counts from the end; a bound past the end stays, the search stops at the end. */
function fromEnd(bound: number, sequence: PyList | PyTuple): number {
	return bound < 0 ? Math.max(0, bound + sequence.items.length) : bound;
}

/** tupleindex: a tuple cannot change, so its items need no holding. */
function tupleFind(vm: VM, tuple: PyTuple, value: PyObject, start: number, stop: number): number {
	for (let i = start; i < Math.min(stop, tuple.items.length); i++) if (same(vm, tuple.items[i]!, value)) return i;
	return -1;
}

const list = (self: PyObject | null) => self as PyList;

const LIST_METHODS: Record<string, NativeImpl> = {
	append: (vm, args, _kw, self) => {
		requireOneArgument(vm, "list.append", args.length);
		listAppend(vm, list(self), args[0]!);
		return vm.incref(vm.None);
	},
	extend: (vm, args, _kw, self) => {
		listExtendFrom(vm, list(self), args[0]!);
		return vm.incref(vm.None);
	},
	insert: (vm, args, _kw, self) => {
		checkPositional(vm, "insert", args, 2);
		listInsert(vm, list(self), ssize(vm, args[0]!), args[1]!);
		return vm.incref(vm.None);
	},
	pop: (vm, args, _kw, self) => {
		const l = list(self);
		// Argument Clinic converts the index before list_pop_impl looks at the size.
		const given = args[0] ? ssize(vm, args[0]) : -1;
		if (!l.items.length) vm.raise("IndexError", "pop from empty list");
		let i = args[0] ? given : l.items.length - 1;
		if (i < 0) i += l.items.length;
		if (i < 0 || i >= l.items.length) vm.raise("IndexError", "pop index out of range");
		const [item] = l.items.splice(i, 1);
		// The last item: list_resize (to no items it keeps an empty block); another: list_ass_slice, which leaves some.
		l.resize(l.items.length);
		vm.heap.observer?.contentChanged(l);
		return item!;
	},
	remove: (vm, args, _kw, self) => {
		const l = list(self);
		const i = listFind(vm, l, args[0]!);
		if (i < 0) vm.raise("ValueError", "list.remove(x): x not in list");
		// list_ass_slice(i, i+1) clamps to the list, which the matching __eq__ may have shortened.
		if (i >= l.items.length) return vm.incref(vm.None);
		const [item] = l.items.splice(i, 1);
		l.resizeForSlice(l.items.length);
		vm.heap.observer?.contentChanged(l);
		vm.decref(item!);
		return vm.incref(vm.None);
	},
	clear: (vm, _args, _kw, self) => {
		listClear(vm, list(self));
		return vm.incref(vm.None);
	},
	index: (vm, args, _kw, self) => {
		const sequence = self as PyList | PyTuple;
		// Both bounds are converted (their __index__ may change the list) before the length normalizes them.
		const start = args[1] ? sliceIndexNotNone(vm, args[1]) : 0;
		const stop = args[2] ? sliceIndexNotNone(vm, args[2]) : Infinity;
		const i = sequence instanceof PyList
			? listFind(vm, sequence, args[0]!, fromEnd(start, sequence), fromEnd(stop, sequence))
			: tupleFind(vm, sequence, args[0]!, fromEnd(start, sequence), fromEnd(stop, sequence));
		if (i >= 0) return vm.int(i);
		return vm.raise("ValueError", self instanceof PyTuple ? "tuple.index(x): x not in tuple" : `${vm.repr(args[0]!)} is not in list`);
	},
	count: (vm, args, _kw, self) => {
		const sequence = self as PyList | PyTuple;
		if (sequence instanceof PyList) return vm.int(listCount(vm, sequence, args[0]!));
		return vm.int(sequence.items.filter((x) => same(vm, x, args[0]!)).length);
	},
	reverse: (vm, _args, _kw, self) => {
		list(self).items.reverse();
		vm.heap.observer?.contentChanged(self!);
		return vm.incref(vm.None);
	},
	sort: (vm, args, kw, self) => {
		const key = kw?.get("key");
		sortDetached(vm, list(self), key && key !== vm.None ? key : null, reverseFlag(vm, kw?.get("reverse")));
		return vm.incref(vm.None);
	},
	copy: (vm, _args, _kw, self) => vm.list(list(self).items.map((x) => vm.incref(x))),
	__len__: (vm, _args, _kw, self) => vm.int(list(self).items.length),
};

const ITEMS_BEING_SORTED = "items of the list being sorted";
const ITEMS_ADDED_DURING_SORT = "items added to a list while it was sorted";

/**
 * list.sort: the list is empty while its items are sorted (allocated -1, so sys.getsizeof says 48), so a key or
 * __lt__ that changes it cannot touch them. Anything it added is released afterwards, last first, and then
 * "list modified during sort" is raised, unless the sort itself raised.
 */
function sortDetached(vm: VM, target: PyList, key: PyObject | null, reverse: boolean): void {
	const items = target.items;
	const allocated = target.allocated;
	target.items = [];
	target.allocated = -1;
	// Meanwhile the items are listsort's (saved_ob_item).
	for (const item of items) vm.heap.adopt(item, ITEMS_BEING_SORTED);
	vm.heap.observer?.contentChanged(target);
	let modified = false;
	try {
		sortItems(vm, items, key, reverse);
	} finally {
		// Also when the sort raised: the items go back, and what was added goes away (that error wins).
		modified = target.allocated !== -1;
		const added = target.items;
		target.items = items;
		target.allocated = allocated;
		for (const item of items) vm.heap.disown(item, ITEMS_BEING_SORTED);
		vm.heap.observer?.contentChanged(target);
		vm.heap.releaseAll(null, ITEMS_ADDED_DURING_SORT, added.reverse());
	}
	if (modified) vm.raise("ValueError", "list modified during sort");
}

export function installListMethods(): void {
	defineMethods(T.list, LIST_METHODS);
	defineMethods(T.tuple, { index: LIST_METHODS.index!, count: LIST_METHODS.count! });
}
