// Set operations on a set that keeps its table (probe-tables.ts): set_lookkey and set_add_entry compare the
// stored items of equal hash in probe order, the stored item's __eq__ first, and a set iterates its table
// in slot order, so `entries` is kept in that order.
import type { PyObject } from "../heap/object";
import { PyDict, PySet, type HashKey } from "../heap/containers";
import { DUMMY, SetTable, type SetSlot } from "../heap/probe-tables";
import { hashKey, setTableSize } from "./dicts";
import { storedHash } from "./probed-dicts";
import { isPlainKey, keyHash, newProbedKey, plainHash, storedKeyEquals } from "./key-hashing";
import type { VM } from "./vm";

/** The table of `s`, made from its items (in their order, none deleted) the first time one is needed. */
export function tableOf(vm: VM, s: PySet): SetTable {
	if (s.table) return s.table;
	const table = new SetTable(s.tableSize);
	for (const [key, item] of s.entries) table.insertClean({ key, hash: plainHash(vm, item) });
	s.table = table;
	if (s.unorderedEntries.size !== 0) reordered(vm, s);
	return table;
}

/**
 * The set's table was made or resized, or took an item among the others: it iterates in a new order, which its
 * Map (`entries`) owes and a trace's record of it shows anew.
 */
function reordered(vm: VM, s: PySet): void {
	s.slotOrderOwed = true;
	vm.heap.observer?.contentChanged(s);
}

/** set_table_resize to a table for `used` items: the items go in clean, in slot order. */
function resize(vm: VM, s: PySet, table: SetTable, size: number): SetTable {
	s.table = table.resized(setTableSize(size));
	s.tableSize = s.table.size;
	reordered(vm, s);
	return s.table;
}


function lookupKeyOf(vm: VM, item: PyObject): HashKey | null {
	return isPlainKey(item) ? hashKey(vm, item) : null;
}

/** set_lookkey: the slot holding `item`, or -1; starts over when an __eq__ changed the set. */
export function findSlot(vm: VM, s: PySet, item: PyObject, hash: bigint): number {
	const lookupKey = lookupKeyOf(vm, item);
	for (;;) {
		const table = tableOf(vm, s);
		let found = -1;
		let changed = false;
		table.eachProbe(hash, (i) => {
			const slot = table.slots[i]!;
			if (slot === null) return true;
			if (slot === DUMMY || slot.hash !== hash) return false;
			const stored = s.unorderedEntries.get(slot.key)!;
			if (stored === item) found = i;
			else {
				const equal = storedKeyEquals(vm, stored, slot.key, item, lookupKey);
				if (s.table !== table || table.slots[i] !== slot) changed = true;
				else if (equal) found = i;
			}
			return found >= 0 || changed;
		});
		if (!changed) return found;
	}
}

export function probedSetContains(vm: VM, s: PySet, item: PyObject, hash = keyHash(vm, item)): boolean {
	if (s.unorderedEntries.size === 0 && s.table === null) return false;
	return findSlot(vm, s, item, hash) >= 0;
}

const ADDED = "item being added";

/** set_add_entry: the set holds the item while it compares; a new item takes the last dummy passed, else the unused slot. */
export function probedSetAdd(vm: VM, s: PySet, item: PyObject, hash = keyHash(vm, item)): void {
	const lookupKey = lookupKeyOf(vm, item);
	vm.heap.hold(item, ADDED);
	for (;;) {
		const table = tableOf(vm, s);
		let free = -1;
		let unused = -1;
		let outcome = "absent" as "found" | "changed" | "absent";
		table.eachProbe(hash, (i) => {
			const slot = table.slots[i]!;
			if (slot === null) return (unused = i) >= 0;
			// 3.11's set_add_entry keeps the last dummy it passed, not the first.
			if (slot === DUMMY) {
				free = i;
				return false;
			}
			if (slot.hash !== hash) return false;
			const stored = s.unorderedEntries.get(slot.key)!;
			let equal = stored === item;
			if (!equal) {
				try {
					equal = storedKeyEquals(vm, stored, slot.key, item, lookupKey);
				} catch (e) {
					vm.heap.release(item, ADDED);
					throw e;
				}
				if (!equal && (s.table !== table || table.slots[i] !== slot)) outcome = "changed";
			}
			if (equal) outcome = "found";
			return outcome !== "absent";
		});
		if (outcome === "found") {
			vm.heap.release(item, ADDED);
			return;
		}
		if (outcome === "changed") continue;
		vm.heap.disown(item, ADDED);
		place(vm, s, table, { key: lookupKey ?? newProbedKey(), hash }, item, free >= 0 ? free : unused, free < 0);
		return;
	}
}

function place(vm: VM, s: PySet, table: SetTable, slot: SetSlot, item: PyObject, at: number, unused: boolean): void {
	// Past every filled slot, the item iterates last, where a Map adds it: the order `entries` owes (if any) stays
	// as it was, and a trace's record of the set, in slot order, only gains it at its end.
	const last = at > table.highestFilled;
	table.put(at, slot);
	if (last) table.highestFilled = at;
	table.used++;
	s.unorderedEntries.set(slot.key, item);
	if (unused) {
		table.fill++;
		if (table.fill * 5 >= (table.size - 1) * 3) {
			// The resize tells of the set's new order.
			resize(vm, s, table, table.used > 50000 ? table.used * 2 : table.used * 4);
			return;
		}
	}
	if (last) vm.heap.observer?.itemsAppended(s, s.unorderedEntries.size - 1);
	else {
		// Between items it had: the Map, in adding order, owes the slot order, and a trace's record gains one slot there.
		s.slotOrderOwed = true;
		vm.heap.observer?.itemInserted(s, { item, position: table.itemsBefore(at) });
	}
}

/** set_discard_entry: the item's slot becomes a dummy; the set's reference goes last. */
export function probedSetDiscard(vm: VM, s: PySet, item: PyObject, hash = keyHash(vm, item)): boolean {
	if (s.unorderedEntries.size === 0 && s.table === null) return false;
	const at = findSlot(vm, s, item, hash);
	if (at < 0) return false;
	const table = s.table!;
	const slot = table.slots[at] as SetSlot;
	table.put(at, DUMMY);
	table.used--;
	const stored = s.unorderedEntries.get(slot.key)!;
	s.unorderedEntries.delete(slot.key);
	vm.heap.observer?.itemRemoved(s, table.itemsBefore(at));
	vm.decref(stored);
	return true;
}

/**
 * The end of set_difference_update_internal: when more than a quarter of the table is dummies, it is resized
 * for the items left (four times as many slots, or two past 50,000 items).
 */
export function shrinkAfterDiscards(vm: VM, s: PySet): void {
	const table = s.table;
	if (!table || table.fill - table.used <= Math.floor((table.size - 1) / 4)) return;
	resize(vm, s, table, table.used > 50000 ? table.used * 2 : table.used * 4);
}

/** The stored items of `s` with their hashes, in slot order (set_next), without calling __hash__. */
export function hashedItems(vm: VM, s: PySet): { item: PyObject; hash: bigint }[] {
	if (!s.table) return [...s.entries.values()].map((item) => ({ item, hash: plainHash(vm, item) }));
	return s.table.liveSlots().map((slot) => ({ item: s.unorderedEntries.get(slot.key)!, hash: slot.hash }));
}

/** set_merge of `other` into `s`: one resize up front, then its table copied, or items added without __hash__. */
export function probedSetMerge(vm: VM, s: PySet, other: PySet): void {
	if (other === s || other.entries.size === 0) return;
	let table = tableOf(vm, s);
	const incoming = hashedItems(vm, other);
	if ((table.fill + incoming.length) * 5 >= (table.size - 1) * 3) table = resize(vm, s, table, (table.used + incoming.length) * 2);
	if (table.fill === 0) {
		const source = other.table;
		const itemOf = new Map<HashKey, PyObject>();
		// Same size and no dummies: the slots are copied as they are; otherwise each goes in clean.
		if (source && source.size === table.size && source.fill === source.used) {
			s.table = table = source.copy();
			for (const slot of table.liveSlots()) itemOf.set(slot.key, other.entries.get(slot.key)!);
		} else {
			for (const { item, hash } of incoming) {
				const key = lookupKeyOf(vm, item) ?? newProbedKey();
				table.insertClean({ key, hash });
				itemOf.set(key, item);
			}
		}
		for (const slot of table.liveSlots()) s.entries.set(slot.key, vm.incref(itemOf.get(slot.key)!));
		vm.heap.observer?.contentChanged(s);
		return;
	}
	for (const { item, hash } of incoming) probedSetAdd(vm, s, item, hash);
}

/** set_update_internal of an exact dict: one resize up front, then its keys with their stored hashes. */
export function probedSetFromDict(vm: VM, s: PySet, d: PyDict): void {
	let table = tableOf(vm, s);
	if ((table.fill + d.entries.size) * 5 >= (table.size - 1) * 3) table = resize(vm, s, table, (table.used + d.entries.size) * 2);
	for (const { item, hash } of dictKeysWithHashes(vm, d)) probedSetAdd(vm, s, item, hash);
}

/** A dict's keys in order with their stored hashes (_PyDict_Next), without calling __hash__. */
export function dictKeysWithHashes(vm: VM, d: PyDict): { item: PyObject; hash: bigint }[] {
	// A dict with no index holds keys whose hash runs no Python code: hashed here, not through a rebuilt index.
	return [...d.entries].map(([k, { key }]) => ({ item: key, hash: d.index ? storedHash(vm, d, k) : plainHash(vm, key) }));
}

/** set_pop: the first live slot from where the last pop stopped (so->finger) becomes a dummy; its Map key and slot. */
export function popSlot(table: SetTable): { key: HashKey; at: number } {
	let at = table.finger & (table.size - 1);
	for (let slot = table.slots[at]; slot === null || slot === DUMMY; slot = table.slots[at]) at = (at + 1) & (table.size - 1);
	const { key } = table.slots[at] as SetSlot;
	table.put(at, DUMMY);
	table.used--;
	table.finger = at + 1;
	return { key, at };
}
