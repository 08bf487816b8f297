// The iterators of dicts and ranges, and the result tuple that a dict's item iterator (and enumerate, zip...)
// refills while nothing else holds it.
import type { PyObject } from "../heap/object";
import { normaliseInt } from "../heap/values";
import { PyTuple, PyDict, PyRange, type DictEntry, type HashKey } from "../heap/containers";
import { PyIterator } from "../heap/iterators";
import { registerIterator, releaseSource } from "./iteration";
import type { VM } from "./vm";

/** The iterator over a dict's keys, values or items (dict_keyiterator...), or backwards (dict_reversekeyiterator...). */
export function dictViewIterator(vm: VM, d: PyDict, view: "keys" | "values" | "items", reverse: boolean): PyIterator {
	const kind = `dict_${reverse ? "reverse" : ""}${view === "keys" ? "key" : view === "values" ? "value" : "item"}iterator`;
	const pick = view === "keys" ? (e: DictEntry) => vm.incref(e.key) : view === "values" ? (e: DictEntry) => vm.incref(e.value) : (e: DictEntry, it: PyIterator) => refilledResult(vm, it, [vm.incref(e.key), vm.incref(e.value)]);
	return dictIterator(vm, d, kind, pick, reverse);
}

function dictIterator(vm: VM, d: PyDict, kind: string, pick: (e: DictEntry, it: PyIterator) => PyObject, reverse = false): PyIterator {
	// di_used: the size the dict must keep (-1 once it changed: the error repeats at every next()).
	let size = d.entries.size;
	// di_len: how many entries are still expected; one more means keys were deleted and others added.
	let expected = size;
	const walk = reverse ? new ReverseWalk(d) : new ForwardWalk(d);
	const iterator = new PyIterator(kind, d, (it) => {
		if (!it.source) return null;
		if (d.entries.size !== size) {
			size = -1;
			vm.raise("RuntimeError", "dictionary changed size during iteration");
		}
		const entry = walk.next();
		// dictreviter_iternext counts down di_len but never checks it.
		if (entry && (reverse || expected > 0)) {
			expected--;
			return pick(entry, it);
		}
		releaseSource(vm, it);
		if (entry) vm.raise("RuntimeError", "dictionary keys changed during iteration");
		return null;
	});
	// dictiter_len: di_len while the dict keeps the size it had, 0 once it changed or the iterator let it go.
	iterator.remaining = () => (iterator.source && d.entries.size === size ? expected : 0);
	registerIterator(vm, iterator);
	// dictiter_new packs the item iterators' result tuple once the iterator exists.
	if (kind === "dict_itemiterator" || kind === "dict_reverseitemiterator") giveResultTuple(vm, iterator, 2);
	return iterator;
}

/**
 * di_pos going up. A combined table is walked by the Map's own iterator, which passes over deleted entries as
 * CPython's walk passes over their dummies and reaches entries added at the end; after a resize compacted the
 * array, the walk goes on at the same index of the new one (skipping as many entries as there were dummies
 * before it). A split table (an instance's __dict__) is read by position in its current insertion order, so
 * an attribute deleted and another added moves the later ones up.
 */
class ForwardWalk {
	private position = 0;
	private entries: Iterator<DictEntry> | null = null;
	private compactions = -1;

	constructor(private readonly d: PyDict) {}

	next(): DictEntry | undefined {
		const d = this.d;
		if (d.sharedKeys) {
			const entry = this.position < d.entries.size ? nthEntry(d, this.position) : undefined;
			if (entry) this.position++;
			return entry;
		}
		let next: IteratorResult<DictEntry>;
		if (this.compactions !== d.compactions) {
			this.compactions = d.compactions;
			this.entries = d.entries.values();
			do next = this.entries.next();
			while (!next.done && next.value.slot < this.position);
		} else next = this.entries!.next();
		if (next.done) return undefined;
		this.position = next.value.slot + 1;
		return next.value;
	}
}

/**
 * di_pos going down from the last slot, past dummies, never reaching entries added since; after a resize, on
 * at the same index of the compacted array. A split table counts down its insertion order.
 */
class ReverseWalk {
	private position: number;
	private order: [HashKey, DictEntry][] = [];
	private at = 0;
	private compactions = -1;

	constructor(private readonly d: PyDict) {
		let last = d.keysEntries - 1;
		if (!d.sharedKeys) for (const entry of d.entries.values()) last = Math.max(last, entry.slot);
		this.position = d.sharedKeys ? d.entries.size - 1 : last;
	}

	next(): DictEntry | undefined {
		const d = this.d;
		if (this.position < 0) return undefined;
		if (d.sharedKeys) return nthEntry(d, this.position--);
		if (this.compactions !== d.compactions) {
			this.compactions = d.compactions;
			this.order = [...d.entries];
			this.at = this.order.length - 1;
		}
		for (; this.at >= 0; this.at--) {
			const [key, entry] = this.order[this.at]!;
			if (entry.slot > this.position || d.entries.get(key) !== entry) continue;
			this.at--;
			this.position = entry.slot - 1;
			return entry;
		}
		this.position = -1;
		return undefined;
	}
}

function nthEntry(d: PyDict, n: number): DictEntry | undefined {
	let i = 0;
	for (const entry of d.entries.values()) if (i++ === n) return entry;
	return undefined;
}

/** A new result tuple of `size` Nones for an iterator that reuses it (PyTuple_Pack(2, None, None)). */
export function giveResultTuple(vm: VM, it: PyIterator, size: number): void {
	// The new iterator is only its maker's while the tuple's allocation may start a collection.
	const label = `new ${it.kindName} being set up`;
	vm.heap.adopt(it, label);
	try {
		it.result = vm.tuple(Array.from({ length: size }, () => vm.incref(vm.None)));
	} finally {
		vm.heap.disown(it, label);
	}
	vm.heap.observer?.contentChanged(it);
}

/**
 * The iterator's result tuple refilled with `items` (new references it takes) when only the iterator holds
 * it, as dictiter_iternextitem and enum_next do; otherwise a new tuple. The old items are released last.
 */
export function refilledResult(vm: VM, it: PyIterator, items: PyObject[]): PyObject {
	const result = it.result;
	if (!(result instanceof PyTuple) || result.refcnt !== 1) return vm.tuple(items);
	const old = result.items.splice(0, items.length, ...items);
	vm.incref(result);
	vm.heap.observer?.contentChanged(result);
	for (const o of old) vm.decref(o);
	// The collector may have untracked it (bpo-42536): a recycled tuple is tracked again.
	if (!result.tracked) vm.heap.track(result);
	return result;
}

/**
 * range_iter and range_reverse: the items computed from start, step and the count. A range with a bound past
 * 2**53 counts in big integers; past a C long, CPython iterates it with a longrange_iterator.
 */
export function rangeIterator(vm: VM, r: PyRange, reversed: boolean): PyObject {
	if (r.hasNumberBounds) {
		const n = r.length;
		const step = Number(r.step);
		const start = reversed ? Number(r.start) + (n - 1) * step : Number(r.start);
		const by = reversed ? -step : step;
		const iterator = new PyIterator("range_iterator", null, (it) => (it.index < n ? vm.int(start + by * it.index++) : null));
		iterator.remaining = () => n - iterator.index;
		return vm.heap.register(iterator);
	}
	const n = r.exactLength;
	const step = BigInt(r.step);
	const start = reversed ? BigInt(r.start) + (n - 1n) * step : BigInt(r.start);
	const by = reversed ? -step : step;
	const fitsLong = [BigInt(r.start), BigInt(r.stop), step, n].every((v) => v >= -(2n ** 63n) && v < 2n ** 63n);
	const next = (it: PyIterator): PyObject | null => (BigInt(it.index) < n ? vm.int(normaliseInt(start + by * BigInt(it.index++))) : null);
	const iterator = new PyIterator(fitsLong ? "range_iterator" : "longrange_iterator", null, next);
	iterator.remaining = () => n - BigInt(iterator.index);
	return vm.heap.register(iterator);
}

/** A range whose bounds pass 2**53 runs its items in JavaScript numbers, which would round them. */
export function unsupportedBigRange(vm: VM, what: string): never {
	return vm.raise("TypeError", `pymem does not support ${what} a range with bounds of 2**53 and more yet`);
}
