// An object's slots for its trace record, gathered as a diff against its last record: the [label, target]* pairs
// between the slots that stayed at its start and at its end. Lists, tuples and deques are read by index, dicts and
// sets entry by entry (only the new entries of one that only grew), anything else through its references.
import { PyObject, type Reference } from "../heap/object";
import { PyDict, PyList, PySet, PyTuple, type DictEntry } from "../heap/containers";
import { PyDeque, PyOrderedDict } from "../heap/collections";
import type { ItemTakenOrLetGo, ReplacedItem } from "../heap/heap-hooks";
import { SlotList } from "./slot-list";
import { SlotDiff } from "./slot-diff";

/** Dict entries' positions in its order, read by `entries` so far. */
interface EntryPositions {
	readonly of: Map<DictEntry, number>;
	readonly entries: IterableIterator<DictEntry>;
}

interface EntryCursor {
	readonly entries: IterableIterator<DictEntry | PyObject>;
	/** How many entries `entries` has given. */
	read: number;
}

/** A dict entry's slots in a record: the labels "key" and "value", each with its target. */
const DICT_ENTRY_SLOTS = 4;
/** An OrderedDict's: "node key" first (PyOrderedDict.shownReferences), then its dict entry's. */
const ODICT_ENTRY_SLOTS = 6;
/** A set's: the label "element" and its target. */
const SET_ENTRY_SLOTS = 2;

/**
 * How many numbers each entry takes in a record of `o`. Every layout has the entry's key (a set's element) as the
 * target of its first slot, and a dict entry's value as the target of its last.
 */
function entrySlotsOf(o: PyDict | PySet): number {
	return o instanceof PySet ? SET_ENTRY_SLOTS : o instanceof PyOrderedDict ? ODICT_ENTRY_SLOTS : DICT_ENTRY_SLOTS;
}

export class SlotGatherer extends SlotDiff {
	/** Where the last record of a dict or set that was only growing stopped reading its entries (entryCursor). */
	private readonly entryCursors = new WeakMap<PyDict | PySet, EntryCursor>();
	/** Each dict entry's position in its dict's order, as far as an iteration has read it (entryPosition). */
	private readonly entryPositions = new WeakMap<PyDict, EntryPositions>();

	/**
	 * The slots of `o` against `previous` (its last record's, or null), the first `unchangedItems` of a container
	 * the step only made longer known to be unchanged, or all but the value of `replaced`, the item (a list's or
	 * deque's index, a dict's entry) whose new value was its only change, or all but what `takenOrLetGo`, a set's one
	 * new or lost item or a dict's lost entry, changed; returns how many numbers they take.
	 */
	gather(o: PyObject, previous: SlotList | null, unchangedItems: number, replaced: ReplacedItem | null = null, takenOrLetGo: ItemTakenOrLetGo | null = null): number {
		this.runs.length = 0;
		// A list's, tuple's or deque's slots are its items: read directly, labels by index, no Reference objects.
		if (o.constructor === PyList || o.constructor === PyTuple || o.constructor === PyDeque) return this.gatherBody(o, previous, unchangedItems, replaced, takenOrLetGo);
		// A subclass's instance (a Counter...), a defaultdict or an OrderedDict shows a few references before its items
		// or entries: while they stay as its last record has them, the items or entries are gathered behind them.
		if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
			const header = o.shownHeader();
			if (header.length === 0) return this.gatherBody(o, previous, unchangedItems, replaced, takenOrLetGo);
			if (previous !== null && this.keepsHeader(header, previous)) return this.gatherBehindHeader(o, 2 * header.length, previous, unchangedItems, replaced, takenOrLetGo);
		}
		return this.gatherReferences(o.shownReferences(), previous);
	}

	/**
	 * gather for a container's items or entries alone, which `previous` starts with, behind the `headerLength`
	 * references its shownReferences has first. Labels by position are moved (`renumbered`) only where nothing comes
	 * before the items: a record's replay labels its slots by their place.
	 */
	private gatherBody(o: PyList | PyTuple | PyDeque | PyDict | PySet, previous: SlotList | null, unchangedItems: number, replaced: ReplacedItem | null, takenOrLetGo: ItemTakenOrLetGo | null, headerLength = 0): number {
		if (o instanceof PyDict || o instanceof PySet) return this.gatherEntries(o, previous, unchangedItems, typeof replaced === "number" ? null : replaced, takenOrLetGo, headerLength);
		const items = o.items;
		// Only the item at that index, in a record with as many.
		if (typeof replaced === "number" && previous?.length === 2 * items.length) return this.gatherValue(2 * replaced, this.indexLabel(replaced), items[replaced]!, previous.length);
		return this.gatherItems(items, previous, unchangedItems, null, headerLength === 0);
	}

	/** Whether the last record starts with the slots of `header`. */
	private keepsHeader(header: readonly Reference[], previous: SlotList): boolean {
		if (previous.length < 2 * header.length) return false;
		for (let i = 0; i < header.length; i++) if (previous.at(2 * i + 1) !== header[i]!.target.id || previous.at(2 * i) !== this.strings.find(header[i]!.label)) return false;
		return true;
	}

	/**
	 * gatherBody behind `at` numbers of kept header slots: the body is gathered against the last record's slots
	 * after them (a window onto the same numbers), then what it changed moves up behind the header.
	 */
	private gatherBehindHeader(o: PyList | PyDict | PySet, at: number, previous: SlotList, unchangedItems: number, replaced: ReplacedItem | null, takenOrLetGo: ItemTakenOrLetGo | null): number {
		const length = this.gatherBody(o, new SlotList(previous.numbers, previous.head + at), unchangedItems, replaced, takenOrLetGo, at / 2);
		const slots = this.slotsFor(length + at);
		slots.copyWithin(at + this.kept, this.kept, length - this.keptAfter);
		this.kept += at;
		for (let r = 0; r < this.runs.length; r++) this.runs[r]! += at;
		return length + at;
	}

	/**
	 * gatherReferences for a dict or set, whose first `unchangedItems` entries are as `previous` has them, or whose
	 * only change was the value of `replaced` (a dict's), the item `takenOrLetGo` took or let go (a set's) or the entry
	 * it let go (a dict's).
	 */
	private gatherEntries(o: PyDict | PySet, previous: SlotList | null, unchangedItems: number, replaced: DictEntry | null, takenOrLetGo: ItemTakenOrLetGo | null, headerLength: number): number {
		// Only new entries since a record that had exactly the entries kept.
		const entrySlots = entrySlotsOf(o);
		if (unchangedItems !== 0 && previous?.length === unchangedItems * entrySlots) return this.gatherEntriesAfter(o, unchangedItems, entrySlots);
		// Only the new value, where the last record, which had the same entries, has the entry. Its keys' order did
		// not change: an iteration of them kept for the entries it adds next goes on.
		if (replaced !== null && o instanceof PyDict && previous?.length === o.entries.size * entrySlots) {
			const position = this.entryPosition(o, replaced, previous, entrySlots);
			if (position >= 0) return this.gatherValue((position + 1) * entrySlots - 2, this.strings.id("value"), replaced.value, previous.length);
		}
		// The iteration kept for the entries added next followed an order that changed from here on.
		this.entryCursors.delete(o);
		// Only a set's new item's slot, or none for an item or entry let go, where the last record had the others: they
		// keep their order on either side.
		if (takenOrLetGo !== null && previous !== null && (takenOrLetGo.item === null || o instanceof PySet)) {
			const length = previous.length + (takenOrLetGo.item === null ? -entrySlots : entrySlots);
			const position = takenOrLetGo.removedKey === undefined ? takenOrLetGo.position : keyPosition(previous, takenOrLetGo.removedKey, entrySlots);
			const at = entrySlots * position;
			const size = o instanceof PySet ? o.unorderedEntries.size : o.entries.size;
			if (position >= 0 && length === entrySlots * size) return takenOrLetGo.item === null ? this.gatherRemoval(at, length) : this.gatherValue(at, this.strings.id("element"), takenOrLetGo.item, length);
		}
		// A set's elements land anywhere in its table: compared item by item after any other change.
		if (o instanceof PySet) return this.gatherItems(o.firstItems(o.unorderedEntries.size), previous, 0, "element");
		const references = o.shownReferences();
		return this.gatherReferences(headerLength === 0 ? references : references.slice(headerLength), previous);
	}

	/**
	 * gatherReferences for a dict or set that only took new entries since its last record, which had its first
	 * `kept`: only the new ones are read (as PyDict.references and PySet.references label them), from where the
	 * last such read stopped.
	 */
	private gatherEntriesAfter(o: PyDict | PySet, kept: number, entrySlots: number): number {
		// Read first: a set whose Map owes its slot order is put in it here, before an iteration of it starts.
		const size = o.entries.size;
		const cursor = this.entryCursor(o, kept);
		let length = kept * entrySlots;
		this.kept = length;
		this.keptAfter = 0;
		this.renumbered = false;
		// Never past the last entry: a Map iterator that has said it is done stays done.
		for (; cursor.read < size; cursor.read++) {
			const entry = cursor.entries.next().value as DictEntry | PyObject;
			if (entry instanceof PyObject) length = this.gatherSlot(length, "element", entry);
			else {
				if (entrySlots === ODICT_ENTRY_SLOTS) length = this.gatherSlot(length, "node key", entry.key);
				length = this.gatherSlot(this.gatherSlot(length, "key", entry.key), "value", entry.value);
			}
		}
		return length;
	}

	/**
	 * The position of `entry` in the order of `d`, which `previous` (its last record) has: where the last record
	 * has the entry's key. Positions are read by an iteration of the dict kept from one write to the next, which
	 * goes on to the entries added since; a deletion moves the entries after it, and the positions are read again.
	 * -1 when `previous` does not have the key where the dict does.
	 */
	private entryPosition(d: PyDict, entry: DictEntry, previous: SlotList, entrySlots: number): number {
		let positions = this.entryPositions.get(d);
		for (let attempt = 0; attempt < 2; attempt++) {
			if (!positions || attempt === 1) {
				positions = { of: new Map(), entries: d.entries.values() };
				this.entryPositions.set(d, positions);
			}
			let position = positions.of.get(entry);
			while (position === undefined) {
				const next = positions.entries.next();
				if (next.done) break;
				positions.of.set(next.value, positions.of.size);
				if (next.value === entry) position = positions.of.size - 1;
			}
			if (position !== undefined && previous.at(position * entrySlots + 1) === entry.key.id) return position;
		}
		return -1;
	}

	/**
	 * An iteration of the entries of `o` that has read its first `kept`. A Map's iteration goes on to entries
	 * added after it started, so the one the last record stopped at is kept: a dict or set filled one entry a step
	 * then costs a step per entry, not a walk over all of them. Any other write of it drops the iteration.
	 */
	private entryCursor(o: PyDict | PySet, kept: number): EntryCursor {
		const last = this.entryCursors.get(o);
		if (last?.read === kept) return last;
		const entries: IterableIterator<DictEntry | PyObject> = o.entries.values();
		for (let skipped = 0; skipped < kept; skipped++) entries.next();
		const cursor = { entries, read: kept };
		this.entryCursors.set(o, cursor);
		return cursor;
	}
}

/**
 * The place of the entry whose key is `keyId` in a dict's record, or -1: a scan of its keys from both ends at once,
 * so a dict emptied from either end finds each key at once.
 */
function keyPosition(record: SlotList, keyId: number, entrySlots: number): number {
	for (let front = 0, back = record.length / entrySlots - 1; front <= back; front++, back--) {
		if (record.at(front * entrySlots + 1) === keyId) return front;
		if (record.at(back * entrySlots + 1) === keyId) return back;
	}
	return -1;
}
