// collections.deque's methods and protocols (Modules/_collectionsmodule.c, 3.11), built on deque-ops.ts.
import type { PyObject } from "../heap/object";
import { T } from "../heap/classes";
import { PyIterator } from "../heap/iterators";
import { PyDeque } from "../heap/collections";
import type { NativeImpl } from "../heap/callables";
import { compareValues } from "../vm/comparisons";
import { registerIterator } from "../vm/iteration";
import { checkSequenceLength, repeatIndex } from "../vm/sequence-repeat";
import { SSIZE_MAX, exactSsize, ssize } from "../vm/ssize";
import { sliceIndexNotNone } from "../vm/slice-indices";
import { noteReprEnter, repr, reprOfListCopy } from "../vm/repr";
import { defineMethods } from "./types";
import { SNAPSHOT, appendLeft, appendRight, changed, clear, copyDeque, dequeDelItem, extend, popLeft, popRight, reinitDeque, rotate } from "./deque-ops";
import { arityProblem, keywordsToPositions } from "./arity";
import type { VM } from "../vm/vm";

export { newDeque, dequeDelItem } from "./deque-ops";

const COMPARED = "item being compared";

/** PyObject_RichCompareBool(item, v, Py_EQ) with the item held, as deque_count and deque_contains hold it. */
function heldEquals(vm: VM, item: PyObject, v: PyObject): boolean {
	if (item === v) return true;
	vm.heap.hold(item, COMPARED);
	try {
		return compareValues(vm, item, v, "Eq");
	} finally {
		vm.heap.release(item, COMPARED);
	}
}

function checkState(vm: VM, d: PyDeque, state: number, message = "deque mutated during iteration"): void {
	if (d.state !== state) vm.raise("RuntimeError", message);
}

/** deque_contains. */
export function dequeContains(vm: VM, d: PyDeque, v: PyObject): boolean {
	const state = d.state;
	const n = d.items.length;
	for (let i = 0; i < n; i++) {
		if (heldEquals(vm, d.items[i]!, v)) return true;
		checkState(vm, d, state);
	}
	return false;
}

/** deque_iter and deque_reviter: they hold the deque until freed, and stop at a changed state. */
export function dequeIterator(vm: VM, d: PyDeque, reverse: boolean): PyIterator {
	const state = d.state;
	let counter = d.items.length;
	const kind = reverse ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator";
	const iterator = new PyIterator(kind, d, (it) => {
		// dequeiter_next checks the state first, dequereviter_next the count first.
		if (reverse && counter === 0) return null;
		if (d.state !== state) {
			counter = 0;
			vm.raise("RuntimeError", "deque mutated during iteration");
		}
		if (counter === 0) return null;
		counter--;
		const i = it.index++;
		return vm.incref(d.items[reverse ? d.items.length - 1 - i : i]!);
	});
	// dequeiter_len: the counter, whatever became of the deque.
	iterator.remaining = () => counter;
	return registerIterator(vm, iterator);
}

/** deque_repr: `deque([...])` or `deque([...], maxlen=n)`; `[...]` inside itself. */
export function dequeRepr(vm: VM, d: PyDeque, inProgress: Set<PyObject>): string {
	noteReprEnter(vm);
	if (inProgress.has(d)) return "[...]";
	inProgress.add(d);
	try {
		const body = reprOfListCopy(vm, d.items, SNAPSHOT);
		return d.maxlen >= 0 ? `${d.cls.name}(${body}, maxlen=${d.maxlen})` : `${d.cls.name}(${body})`;
	} finally {
		inProgress.delete(d);
	}
}

const deque = (self: PyObject | null) => self as PyDeque;
const none = (vm: VM) => vm.incref(vm.None);

/** deque_index's start and stop: _PyEval_SliceIndexNotNone, clamped as the C code clamps them. */
function clampedIndex(vm: VM, o: PyObject | undefined, fallback: number, len: number): number {
	let i = fallback;
	if (o) i = sliceIndexNotNone(vm, o);
	if (i < 0) i = Math.max(0, i + len);
	return Math.min(i, len);
}

const DEQUE_METHODS: Record<string, NativeImpl> = {
	// deque_init: PyArg_ParseTupleAndKeywords("|OO:deque"), as deque() itself reads its arguments.
	__init__: (vm, args, kw, self) => {
		const problem = arityProblem("deque", args.length, kw);
		if (problem !== null) vm.raise("TypeError", problem);
		const placed = keywordsToPositions("deque", args, kw);
		if (typeof placed === "string") return vm.raise("TypeError", placed);
		const [iterable, maxlen] = placed ?? args;
		reinitDeque(vm, deque(self), iterable, maxlen);
		return none(vm);
	},
	append: (vm, args, _kw, self) => {
		appendRight(vm, deque(self), vm.incref(args[0]!));
		return none(vm);
	},
	appendleft: (vm, args, _kw, self) => {
		appendLeft(vm, deque(self), vm.incref(args[0]!));
		return none(vm);
	},
	pop: (vm, _args, _kw, self) => {
		const d = deque(self);
		if (d.items.length === 0) vm.raise("IndexError", "pop from an empty deque");
		const item = popRight(d);
		changed(vm, d);
		return item;
	},
	popleft: (vm, _args, _kw, self) => {
		const d = deque(self);
		if (d.items.length === 0) vm.raise("IndexError", "pop from an empty deque");
		const item = popLeft(d);
		changed(vm, d);
		return item;
	},
	extend: (vm, args, _kw, self) => {
		extend(vm, deque(self), args[0]!, false);
		return none(vm);
	},
	extendleft: (vm, args, _kw, self) => {
		extend(vm, deque(self), args[0]!, true);
		return none(vm);
	},
	clear: (vm, _args, _kw, self) => {
		clear(vm, deque(self));
		return none(vm);
	},
	copy: (vm, _args, _kw, self) => copyDeque(vm, deque(self)),
	__copy__: (vm, _args, _kw, self) => copyDeque(vm, deque(self)),
	rotate: (vm, args, _kw, self) => {
		const d = deque(self);
		const n = args[0] ? exactSsize(vm, args[0]) : 1n;
		// deque_rotate's `n %= len`, exact for any Py_ssize_t.
		rotate(d, d.items.length > 1 ? Number(n % BigInt(d.items.length)) : 0);
		changed(vm, d);
		return none(vm);
	},
	reverse: (vm, _args, _kw, self) => {
		const d = deque(self);
		d.items.reverse();
		changed(vm, d);
		return none(vm);
	},
	count: (vm, args, _kw, self) => {
		const d = deque(self);
		const state = d.state;
		let count = 0;
		for (let i = 0, n = d.items.length; i < n; i++) {
			if (heldEquals(vm, d.items[i]!, args[0]!)) count++;
			checkState(vm, d, state);
		}
		return vm.int(count);
	},
	index: (vm, args, _kw, self) => {
		const d = deque(self);
		const len = d.items.length;
		const stop = clampedIndex(vm, args[2], len, len);
		const start = Math.min(clampedIndex(vm, args[1], 0, len), stop);
		const state = d.state;
		for (let i = start; i < stop; i++) {
			const item = d.items[i]!;
			if (item === args[0] || compareValues(vm, item, args[0]!, "Eq")) return vm.int(i);
			checkState(vm, d, state);
		}
		return vm.raise("ValueError", `${repr(vm, args[0]!)} is not in deque`);
	},
	insert: (vm, args, _kw, self) => {
		const d = deque(self);
		const index = ssize(vm, args[0]!);
		const n = d.items.length;
		if (d.maxlen === n) vm.raise("IndexError", "deque already at its maximum size");
		const value = vm.incref(args[1]!);
		if (index >= n) appendRight(vm, d, value);
		else if (index <= -n || index === 0) appendLeft(vm, d, value);
		else {
			rotate(d, -index);
			if (index < 0) appendRight(vm, d, value);
			else appendLeft(vm, d, value);
			rotate(d, index);
			changed(vm, d);
		}
		return none(vm);
	},
	remove: (vm, args, _kw, self) => {
		const d = deque(self);
		const state = d.state;
		const n = d.items.length;
		for (let i = 0; i < n; i++) {
			const equal = heldEquals(vm, d.items[i]!, args[0]!);
			if (d.state !== state) vm.raise("IndexError", "deque mutated during iteration");
			if (equal) {
				dequeDelItem(vm, d, i);
				return none(vm);
			}
		}
		return vm.raise("ValueError", `${repr(vm, args[0]!)} is not in deque`);
	},
	__reversed__: (vm, _args, _kw, self) => dequeIterator(vm, deque(self), true),
};

export function installDequeMethods(): void {
	defineMethods(T.deque, DEQUE_METHODS);
}

/**
 * deque_inplace_repeat: the deque itself, repeated in place (a one-item deque without a list copy); a count past
 * simulated memory is MemoryError before anything is repeated.
 */
function repeatInPlace(vm: VM, d: PyDeque, count: bigint): PyDeque {
	const size = d.items.length;
	if (size === 0 || count === 1n) return vm.incref(d);
	if (count <= 0n) {
		clear(vm, d);
		return vm.incref(d);
	}
	if (size === 1) {
		const n = d.maxlen >= 0 && count > BigInt(d.maxlen) ? d.maxlen : Number(count);
		checkSequenceLength(vm, n);
		d.state++;
		const item = d.items[0]!;
		for (let i = 0; i < n - 1; i++) d.items.push(vm.incref(item));
		changed(vm, d);
		return vm.incref(d);
	}
	if (BigInt(size) * count > SSIZE_MAX) vm.raise("MemoryError");
	// Fewer repetitions when maxlen would be passed.
	const n = d.maxlen >= 0 && BigInt(size) * count > BigInt(d.maxlen) ? Math.floor((d.maxlen + size - 1) / size) : Number(count);
	checkSequenceLength(vm, d.maxlen >= 0 ? Math.min(n * size, d.maxlen) : n * size);
	const seq = vm.list(d.items.map((x) => vm.incref(x)));
	vm.heap.adopt(seq, SNAPSHOT);
	try {
		for (let i = 0; i < n - 1; i++) extend(vm, d, seq, false);
	} finally {
		vm.heap.release(seq, SNAPSHOT);
	}
	return vm.incref(d);
}

const NEW_DEQUE = "deque being built";

/** The deque's sequence slots for `+`, `+=`, `*` and `*=` (deque_concat, deque_inplace_concat, deque_repeat...). */
export function dequeBinary(vm: VM, op: string, a: PyObject, b: PyObject, inplace: boolean): PyObject | undefined {
	if (op === "Add" && a instanceof PyDeque) {
		if (inplace) {
			extend(vm, a, b, false);
			return vm.incref(a);
		}
		if (!(b instanceof PyDeque)) vm.raise("TypeError", `can only concatenate deque (not "${b.typeName}") to deque`);
		const copy = copyDeque(vm, a);
		return vm.heap.build(copy, NEW_DEQUE, () => extend(vm, copy, b, false));
	}
	if (op !== "Mult") return undefined;
	const [d, count] = a instanceof PyDeque ? [a, b] : b instanceof PyDeque && !inplace ? [b, a] : [null, null];
	if (!d || !count) return undefined;
	// sequence_repeat: PyNumber_AsSsize_t(n, PyExc_OverflowError).
	const n = repeatIndex(vm, count) ?? vm.raise("TypeError", `can't multiply sequence by non-int of type '${count.typeName}'`);
	if (inplace && d === a) return repeatInPlace(vm, d, n);
	const copy = copyDeque(vm, d);
	vm.heap.adopt(copy, NEW_DEQUE);
	try {
		return repeatInPlace(vm, copy, n);
	} finally {
		vm.heap.release(copy, NEW_DEQUE);
	}
}
