// list, tuple, dict, set/frozenset, range, slice.
import { PyObject, HeapKind, setHeapKind, indexLabel, type Reference } from "./object";
import { T, type PyClass } from "./classes";
import { PyStr, type IntValue } from "./values";
import type { SharedKeys } from "./shared-keys";
import { firstOf } from "../arrays";
import { DUMMY, type DictIndex, type SetTable } from "./probe-tables";

/** The hash-equality key of a dict key or set element; installed by the VM (it may call __hash__). */
export type HashKey = string | number;

export class PyList extends PyObject {
	/** Capacity as CPython's list_resize over-allocates it; drives sys.getsizeof. */
	allocated: number;
	/**
	 * With no capacity: ob_item is a block of no slots (list_resize to 0 reallocates, it does not free), not NULL,
	 * so the next extend over-allocates instead of sizing exactly (list_preallocate_exact).
	 */
	emptyBlock = false;
	constructor(public items: PyObject[], allocated = items.length) {
		super();
		this.allocated = allocated;
	}
	/** ob_item is NULL: a list that never allocated, or one _list_clear emptied. */
	get itemsNull(): boolean {
		return this.allocated === 0 && !this.emptyBlock;
	}
	/** _list_clear's PyMem_Free: no capacity and no block. */
	freeItems(): void {
		this.allocated = 0;
		this.emptyBlock = false;
	}
	/** list_ass_slice: a slice change that leaves no items clears the list (_list_clear); any other resizes. */
	resizeForSlice(newSize: number): void {
		if (newSize === 0) this.freeItems();
		else this.resize(newSize);
	}
	get cls(): PyClass {
		return T.list;
	}
	static {
		setHeapKind(this, HeapKind.List);
	}
	override references(): Reference[] {
		return this.items.map((target, i) => ({ label: indexLabel(i), target }));
	}
	override releaseReferences(): PyObject[] {
		// list_dealloc: items from last to first.
		const out = this.items.reverse();
		this.items = [];
		return out;
	}
	/** list_resize: grow or shrink the capacity as CPython does for a new size. */
	resize(newSize: number): void {
		const allocated = this.allocated;
		if (allocated >= newSize && newSize >= allocated >> 1) return;
		let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
		if (newSize - this.items.length > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
		this.allocated = newSize === 0 ? 0 : newAllocated;
		if (newSize === 0) this.emptyBlock = true;
	}
}

export class PyTuple extends PyObject {
	constructor(public items: PyObject[]) {
		super();
	}
	get cls(): PyClass {
		return T.tuple;
	}
	static {
		setHeapKind(this, HeapKind.Tuple);
	}
	override get gcKind(): boolean {
		return this.items.length > 0;
	}
	override references(): Reference[] {
		return this.items.map((target, i) => ({ label: indexLabel(i), target }));
	}
	override releaseReferences(): PyObject[] {
		// tupledealloc: items from last to first (one reversed copy: the items array may be shared).
		const items = this.items;
		const out: PyObject[] = [];
		for (let i = items.length - 1; i >= 0; i--) out.push(items[i]!);
		this.items = [];
		return out;
	}
}

export interface DictEntry {
	key: PyObject;
	value: PyObject;
	/**
	 * Its index in the keys table's entries array (dictobject.c's dk_entries), where a deleted entry leaves a
	 * dummy until a resize compacts the array: what a dict iterator's position counts.
	 */
	slot: number;
}

export class PyDict extends PyObject {
	readonly entries = new Map<HashKey, DictEntry>();
	/**
	 * PyDict_Clear's table: every entry taken out (returned in order, still to be released) and the keys back
	 * to the shared empty ones, split or not.
	 */
	takeAllEntries(): DictEntry[] {
		const entries = [...this.entries.values()];
		this.entries.clear();
		this.index = null;
		this.sharedKeys = null;
		this.keysSize = 0;
		this.keysEntries = 0;
		this.usableLost = 0;
		this.generalKeys = false;
		return entries;
	}
	/**
	 * The Map key of the entry last in order (popitem's), or undefined. A Map reads only from its front: a walk of
	 * its keys, which allocates nothing once optimized (spreading its keys into an array made `while d: d.popitem()`
	 * over 20,000 keys take seven seconds).
	 */
	lastKey(): HashKey | undefined {
		let last: HashKey | undefined;
		for (const k of this.entries.keys()) last = k;
		return last;
	}
	/** dictresize's copy of the entries array: the live entries take the first slots in order, dummies gone. */
	compactEntries(): void {
		let slot = 0;
		for (const entry of this.entries.values()) entry.slot = slot++;
		this.keysEntries = slot;
		this.usableLost = 0;
		this.compactions++;
	}
	/** Slots of the keys table (dictobject.c), for sys.getsizeof; unused while the dict is split. */
	keysSize = 0;
	/**
	 * dk_nentries: entries of the keys table used since it was made, deleted ones included (a deletion
	 * leaves a dummy; only a resize compacts), so a table that lost items still fills up and resizes.
	 */
	keysEntries = 0;
	/**
	 * Entries popitem took off the end of the table (dk_nentries goes back) without giving back their room
	 * (dk_usable does not): the table fills up that much sooner. A clone of the keys copies it; a resize ends it.
	 */
	usableLost = 0;
	/** Bumped whenever the entries array is compacted (a resize): dict iterators then re-read the slots. */
	compactions = 0;
	/**
	 * The table is DICT_KEYS_GENERAL (24-byte entries that keep each hash): it took a key that is not a str.
	 * It stays so, emptied by deletions or not, until clear() or a new table made for str keys.
	 */
	generalKeys = false;
	/**
	 * A split-table dict (an instance's __dict__, or a copy of one) uses its class's shared keys and keeps
	 * only values; null for an ordinary (combined) dict.
	 */
	sharedKeys: SharedKeys | null = null;
	/** The index table, kept once a key whose hash or equality runs Python code met the dict (probe-tables.ts). */
	index: DictIndex | null = null;
	get cls(): PyClass {
		return T.dict;
	}
	// Dicts start untracked; inserting a tracked key or value tracks them (dictobject.c MAINTAIN_TRACKING).
	static {
		setHeapKind(this, HeapKind.Dict);
	}
	override references(): Reference[] {
		const refs: Reference[] = [];
		for (const e of this.entries.values()) {
			refs.push({ label: "key", target: e.key });
			refs.push({ label: "value", target: e.value });
		}
		return refs;
	}
	/**
	 * The entries as dict_dealloc, dict_traverse and PyDict_Clear walk them: a split dict's values array is
	 * indexed by the shared keys, so in the order the class first saw each name (iteration keeps this dict's
	 * own insertion order); a combined dict's in insertion order.
	 */
	entriesInStorageOrder(): DictEntry[] {
		const entries = [...this.entries.values()];
		const keys = this.sharedKeys;
		if (!keys) return entries;
		const place = (e: DictEntry) => (e.key instanceof PyStr ? keys.indexOf(e.key.value) : undefined) ?? Infinity;
		return entries.sort((a, b) => place(a) - place(b));
	}
	override releaseReferences(): PyObject[] {
		// dict_dealloc: a combined dict's entries key then value; a split dict's values, then its keys (which
		// CPython's shared keys hold, and pymem's dict holds instead).
		const entries = this.entriesInStorageOrder();
		const out = this.sharedKeys ? [...entries.map((e) => e.value), ...entries.map((e) => e.key)] : entries.flatMap((e) => [e.key, e.value]);
		// Map.clear allocates a fresh table even for an empty map.
		if (this.entries.size !== 0) this.entries.clear();
		this.index = null;
		return out;
	}
}

export class PySet extends PyObject {
	private readonly items = new Map<HashKey, PyObject>();
	/** Table size (setobject.c), for sys.getsizeof. */
	tableSize = 8;
	/** The table itself, kept as for a dict's index; then `entries` is in table order, as a set iterates. */
	table: SetTable | null = null;
	/** The table changed since `items` was last put in its slot order (done when someone reads `entries`). */
	slotOrderOwed = false;
	constructor(readonly frozen = false) {
		super();
	}
	/** The items in the order the set iterates them. */
	get entries(): Map<HashKey, PyObject> {
		if (this.slotOrderOwed) this.followSlotOrder();
		return this.items;
	}
	/** The items in any order: for lookups, which need no order (and so reorder nothing after each add). */
	get unorderedEntries(): Map<HashKey, PyObject> {
		return this.items;
	}
	private followSlotOrder(): void {
		this.slotOrderOwed = false;
		if (!this.table) return;
		const byKey = new Map(this.items);
		this.items.clear();
		for (const slot of this.table.liveSlots()) this.items.set(slot.key, byKey.get(slot.key)!);
	}
	get cls(): PyClass {
		return this.frozen ? T.frozenset : T.set;
	}
	static {
		setHeapKind(this, HeapKind.Tracked);
	}
	override references(): Reference[] {
		return this.firstItems(this.items.size).map((target) => ({ label: "element", target }));
	}
	/**
	 * The first `n` items in the order the set iterates them, without putting `entries` in that order: a recorded
	 * step reads the references and preview of a set it added to, and reordering the Map each time would cost as
	 * much as the set holds.
	 */
	firstItems(n: number): PyObject[] {
		const table = this.slotOrderOwed ? this.table : null;
		if (!table) return firstOf(this.items.values(), n);
		const first: PyObject[] = [];
		for (const slot of table.slots) {
			if (first.length === n) break;
			if (slot !== null && slot !== DUMMY) first.push(this.items.get(slot.key)!);
		}
		return first;
	}
	override releaseReferences(): PyObject[] {
		const out = [...this.entries.values()];
		this.entries.clear();
		this.table = null;
		return out;
	}
}

export class PyRange extends PyObject {
	constructor(readonly start: IntValue, readonly stop: IntValue, readonly step: IntValue) {
		super();
	}
	get cls(): PyClass {
		return T.range;
	}
	/** The number of items, exact while every bound is below 2**53 (see exactLength past that). */
	get length(): number {
		const [start, stop, step] = [Number(this.start), Number(this.stop), Number(this.step)];
		if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
		return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
	}
	/** compute_range_length, in big integers. */
	get exactLength(): bigint {
		const [start, stop, step] = [BigInt(this.start), BigInt(this.stop), BigInt(this.step)];
		if (step > 0n) return stop > start ? (stop - start - 1n) / step + 1n : 0n;
		return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
	}
	/** Whether every bound is a JavaScript number (below 2**53): the items and indexes are then exact numbers too. */
	get hasNumberBounds(): boolean {
		return typeof this.start === "number" && typeof this.stop === "number" && typeof this.step === "number";
	}
	/** What range equality and hashing compare (range_richcompare): the length, then start, then step. */
	get canonicalKey(): string {
		const n = this.length;
		return n === 0 ? "0" : n === 1 ? `1,${this.start}` : `${n},${this.start},${this.step}`;
	}
	/** The index of the int `value` in this range, or null when the range does not hold it. */
	positionOf(value: bigint): bigint | null {
		const [start, stop, step] = [BigInt(this.start), BigInt(this.stop), BigInt(this.step)];
		const inBounds = step > 0n ? value >= start && value < stop : value <= start && value > stop;
		if (!inBounds || (value - start) % step !== 0n) return null;
		return (value - start) / step;
	}
}

export class PySlice extends PyObject {
	/** Set once dealloc released start, stop and step (the fields stay readable, but no longer hold). */
	private released = false;
	constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
		super();
	}
	get cls(): PyClass {
		return T.slice;
	}
	static {
		setHeapKind(this, HeapKind.Slice);
	}
	/** slice_traverse: start, stop, step. */
	override references(): Reference[] {
		if (this.released) return [];
		return [
			{ label: "start", target: this.start },
			{ label: "stop", target: this.stop },
			{ label: "step", target: this.step },
		];
	}
	/** slice_dealloc releases step first, then start and stop. */
	override releaseReferences(): PyObject[] {
		this.released = true;
		return [this.step, this.start, this.stop];
	}
}
