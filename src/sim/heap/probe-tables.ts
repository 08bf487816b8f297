// The open-addressing tables of dictobject.c and setobject.c, slot by slot. Pymem keeps one only for a dict
// or set that met a key whose hash or equality runs Python code: a lookup calls __eq__ on the stored keys
// of equal hash in the order they sit along the probe sequence, and a new key takes a free slot on it (a
// dict the first deleted or empty one, a set the last deleted one it passed), so that order is insertion
// order only until something is deleted.
import type { HashKey } from "./containers";

const PERTURB_SHIFT = 5n;
/** setobject.c's LINEAR_PROBES: a set probes this many neighbours before jumping. */
const LINEAR_PROBES = 9;
export const EMPTY = -1;
export const DUMMY = -2;

/** Visit the slots `hash` probes in a dict table of `size` slots until `visit` says stop (true). */
function probeDict(hash: bigint, size: number, visit: (slot: number) => boolean): void {
	const mask = size - 1;
	const bigMask = BigInt(mask);
	let perturb = BigInt.asUintN(64, hash);
	let i = Number(perturb & bigMask);
	while (!visit(i)) {
		perturb >>= PERTURB_SHIFT;
		i = (i * 5 + Number(perturb & bigMask) + 1) & mask;
	}
}

/** A dict's index table (dk_indices) over its entries array (dk_entries, deleted entries kept as null). */
export class DictIndex {
	readonly indices: Int32Array;
	readonly keys: (HashKey | null)[] = [];
	readonly hashes: bigint[] = [];
	private readonly entryOf = new Map<HashKey, number>();
	constructor(readonly size: number) {
		this.indices = new Int32Array(size).fill(EMPTY);
	}
	/** Entry numbers along `hash`'s probe sequence up to the first empty slot, until `visit` says stop. */
	eachCandidate(hash: bigint, visit: (ix: number) => boolean): void {
		probeDict(hash, this.size, (slot) => {
			const ix = this.indices[slot]!;
			return ix === EMPTY || (ix >= 0 && visit(ix));
		});
	}
	/** find_empty_slot: the first slot that holds no live entry, a deleted one's included. */
	append(key: HashKey, hash: bigint): number {
		const ix = this.keys.length;
		probeDict(hash, this.size, (slot) => {
			if (this.indices[slot]! >= 0) return false;
			this.indices[slot] = ix;
			return true;
		});
		this.keys.push(key);
		this.hashes.push(hash);
		this.entryOf.set(key, ix);
		return ix;
	}
	/** delitem_common: the entry's slot becomes a dummy. */
	remove(ix: number): void {
		probeDict(this.hashes[ix]!, this.size, (slot) => {
			if (this.indices[slot] !== ix) return false;
			this.indices[slot] = DUMMY;
			return true;
		});
		this.entryOf.delete(this.keys[ix]!);
		this.keys[ix] = null;
	}
	/** The entry number of the live entry stored under `key`, or -1. */
	indexOf(key: HashKey): number {
		return this.entryOf.get(key) ?? -1;
	}
	/** dictresize / clone: a table of `size` slots with the live entries in order, or (same size) a copy. */
	resized(size: number, keepLayout = false): DictIndex {
		const next = new DictIndex(size);
		if (keepLayout && size === this.size) {
			next.indices.set(this.indices);
			next.keys.push(...this.keys);
			next.hashes.push(...this.hashes);
			for (const [key, ix] of this.entryOf) next.entryOf.set(key, ix);
			return next;
		}
		this.keys.forEach((key, ix) => {
			if (key !== null) next.append(key, this.hashes[ix]!);
		});
		return next;
	}
	get used(): number {
		return this.entryOf.size;
	}
}

export interface SetSlot {
	key: HashKey;
	hash: bigint;
}

/** A set's table (so->table): live entries, dummies where keys were discarded, null where unused. */
export class SetTable {
	/** Written through put, which keeps itemsBefore's tree up to date. */
	readonly slots: (SetSlot | typeof DUMMY | null)[];
	/**
	 * A Fenwick tree of the live slots, for itemsBefore: built at its first call (a trace's, for an item a set took
	 * between its others or let go), then kept up to date by put, so that each such item costs a few steps, not a
	 * walk of the table. Null in a run that never asks.
	 */
	private liveCounts: Int32Array | null = null;
	fill = 0;
	used = 0;
	/** set_pop's search finger: where the next pop starts looking. */
	finger = 0;
	/** The highest slot an item was ever put in (a dummy left there counts): an item placed past it iterates last. */
	highestFilled = -1;
	constructor(readonly size: number) {
		this.slots = new Array<SetSlot | typeof DUMMY | null>(size).fill(null);
	}
	/** The slots `hash` probes, neighbours first, up to the first unused one, until `visit` says stop. */
	eachProbe(hash: bigint, visit: (slot: number) => boolean): void {
		const mask = this.size - 1;
		const bigMask = BigInt(mask);
		let perturb = BigInt.asUintN(64, hash);
		let i = Number(perturb & bigMask);
		for (;;) {
			const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
			for (let j = 0; j <= probes; j++) if (visit(i + j)) return;
			perturb >>= PERTURB_SHIFT;
			i = (i * 5 + 1 + Number(perturb & bigMask)) & mask;
		}
	}
	/** Slot `at` takes an item's entry, or a dummy where one was. */
	put(at: number, value: SetSlot | typeof DUMMY): void {
		const tree = this.liveCounts;
		if (tree !== null) {
			const change = (value === DUMMY ? 0 : 1) - (isLive(this.slots[at]!) ? 1 : 0);
			for (let i = at + 1; change !== 0 && i <= this.size; i += i & -i) tree[i]! += change;
		}
		this.slots[at] = value;
	}
	/** How many items the slots before `slot` hold: the place in iteration order of an item put in `slot`. */
	itemsBefore(slot: number): number {
		const tree = (this.liveCounts ??= this.liveSlotTree());
		let items = 0;
		for (let i = slot; i > 0; i -= i & -i) items += tree[i]!;
		return items;
	}
	private liveSlotTree(): Int32Array {
		const size = this.size;
		const tree = new Int32Array(size + 1);
		for (let i = 1; i <= size; i++) {
			if (isLive(this.slots[i - 1]!)) tree[i]! += 1;
			const parent = i + (i & -i);
			if (parent <= size) tree[parent]! += tree[i]!;
		}
		return tree;
	}
	/** set_insert_clean: the first unused slot (a table without dummies). */
	insertClean(slot: SetSlot): void {
		this.eachProbe(slot.hash, (i) => {
			if (this.slots[i] !== null) return false;
			this.put(i, slot);
			if (i > this.highestFilled) this.highestFilled = i;
			return true;
		});
		this.fill++;
		this.used++;
	}
	/** set_table_resize: the live entries, in slot order, into a clean table of `size` slots. */
	resized(size: number): SetTable {
		const next = new SetTable(size);
		for (const slot of this.slots) if (slot !== null && slot !== DUMMY) next.insertClean(slot);
		next.finger = this.finger;
		return next;
	}
	copy(): SetTable {
		const next = new SetTable(this.size);
		this.slots.forEach((slot, i) => (next.slots[i] = slot));
		next.fill = this.fill;
		next.used = this.used;
		next.highestFilled = this.highestFilled;
		return next;
	}
	liveSlots(): SetSlot[] {
		return this.slots.filter(isLive);
	}
}

function isLive(slot: SetSlot | typeof DUMMY | null): slot is SetSlot {
	return slot !== null && slot !== DUMMY;
}
