// An object's slots for its trace record, gathered as a diff against its last record: the [label, target]* pairs
// between the slots that stayed at its start and at its end. Lists, tuples and deques are read by index, dicts and
// sets entry by entry (only the new entries of one that only grew), anything else through its references.
import { indexLabel, PyObject, type Reference } from "../heap/object";
import { PyDict, PyList, PySet, PyTuple, type DictEntry } from "../heap/containers";
import { PyDeque, PyOrderedDict } from "../heap/collections";
import type { StringTable } from "./log";
import type { ItemTakenOrLetGo, ReplacedItem } from "../heap/heap-hooks";
import { SlotList } from "./slot-list";

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
/** The fewest items between a kept prefix and suffix worth looking through for the few that changed. */
const SCATTERED_MIN_ITEMS = 16;
/** The numbers an Object record holds besides its slots (object-writer.ts, writeRecord). */
const RECORD_FIELDS = 10;
/** Unchanged items a run of changed ones takes in rather than start a record of its own, which costs about as much. */
const RUN_GAP_ITEMS = RECORD_FIELDS / 2;

/**
 * How many numbers each entry takes in a record of `o`. Every layout has the entry's key (a set's element) as the
 * target of its first slot, and a dict entry's value as the target of its last.
 */
function entrySlotsOf(o: PyDict | PySet): number {
	return o instanceof PySet ? SET_ENTRY_SLOTS : o instanceof PyOrderedDict ? ODICT_ENTRY_SLOTS : DICT_ENTRY_SLOTS;
}

export class SlotGatherer {
	/**
	 * The [label, target]* working array, reused, and how many of its first and of its last numbers equal the
	 * last record's (set by gather; the numbers between are filled in). Only ever longer than what it holds (see
	 * slotsFor).
	 */
	readonly slots: number[] = [];
	kept = 0;
	keptAfter = 0;
	/**
	 * Whether the slots kept at the end moved to other positions, labelled by position (`[i]`): a list or deque
	 * that lost or gained items before them (`pop(0)`, `insert(0, x)`, `popleft()`) keeps their targets, and a
	 * record says so instead of writing every one of them again (see SlotList.renumber).
	 */
	renumbered = false;
	/**
	 * [start, end) offsets of the slots that changed, in pairs, when a list, deque or set of the same length changed
	 * a few items far apart (a heappush, a swap two items apart): each run is a record of its own, and the slots
	 * between them are kept. Empty for one record of everything between `kept` and `keptAfter`.
	 */
	readonly runs: number[] = [];
	/** Where the last record of a dict or set that was only growing stopped reading its entries (entryCursor). */
	private readonly entryCursors = new WeakMap<PyDict | PySet, EntryCursor>();
	/** Each dict entry's position in its dict's order, as far as an iteration has read it (entryPosition). */
	private readonly entryPositions = new WeakMap<PyDict, EntryPositions>();
	/**
	 * String ids of the labels `[0]`, `[1]`... by index. A renumbered record's replay reads its labels here: every
	 * position of its kept slots has one once it is written.
	 */
	readonly indexLabels: number[] = [];

	/**
	 * @param showValue notes a shared value a new slot refers to (a slot of the unchanged prefix needs none: its
	 *   target was noted when it was first written)
	 */
	constructor(
		private readonly strings: StringTable,
		private readonly showValue: (o: PyObject) => void,
	) {}

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
	 * Fill `slots` from `kept` (the pairs equal to `previous`, set here) to the returned length, and find how many
	 * at the end are as `previous` ends (`keptAfter`). A slot of the unchanged prefix needs no showValue: its
	 * target was noted when it was first written.
	 */
	private gatherReferences(references: readonly Reference[], previous: SlotList | null): number {
		const slots = this.slotsFor(references.length * 2);
		let kept = 0;
		let matching = previous !== null;
		for (let i = 0; i < references.length; i++) {
			const { label, target } = references[i]!;
			if (matching) {
				if (2 * i + 1 < previous!.length && previous!.at(2 * i + 1) === target.id && previous!.at(2 * i) === this.strings.find(label)) {
					kept += 2;
					continue;
				}
				matching = false;
			}
			// The target first, then the label: the order the string table has always been filled in.
			this.showValue(target);
			slots[2 * i] = this.strings.id(label);
			slots[2 * i + 1] = target.id;
		}
		const length = references.length * 2;
		let keptAfter = 0;
		if (previous !== null) {
			// The suffix starts after the prefix in both, and the slots before `kept` were not filled in.
			const room = Math.min(length, previous.length) - kept;
			const last = previous.length - 1;
			while (keptAfter + 2 <= room && slots[length - 1 - keptAfter] === previous.at(last - keptAfter) && slots[length - 2 - keptAfter] === previous.at(last - 1 - keptAfter)) keptAfter += 2;
		}
		this.kept = kept;
		this.keptAfter = keptAfter;
		this.renumbered = false;
		return length;
	}

	/**
	 * gatherReferences for items in their order, with no Reference objects: labelled `[i]`, as a list's, tuple's or
	 * deque's references are, or all `label` (a set's "element"). The first `unchangedItems` are known to be as
	 * `previous` has them.
	 */
	private gatherItems(items: readonly PyObject[], previous: SlotList | null, unchangedItems: number, label: string | null = null, mayRenumber = true): number {
		const slots = this.slotsFor(items.length * 2);
		const labels = this.indexLabels;
		let i = 0;
		let end = items.length;
		let renumbered = false;
		if (previous !== null) {
			// The one label every slot has, as the string table knows it (-1 if it does not yet: no slot has it), or
			// null for labels by position.
			const shared = label === null ? null : (this.strings.find(label) ?? -1);
			// The unchanged prefix, in one tight loop.
			const n = Math.min(items.length, previous.length >> 1);
			i = Math.min(unchangedItems, n);
			while (i < n && previous.at(2 * i + 1) === items[i]!.id && previous.at(2 * i) === (shared ?? labels[i] ?? this.knownIndexLabel(i))) i++;
			// The unchanged suffix, after the prefix in both. Labels by position stay only where the length did
			// (`x[3] = y`); where it changed, the targets at the end stay at new positions, and are renumbered.
			const labelsStay = shared !== null || previous.length === 2 * items.length || !mayRenumber;
			for (let j = previous.length >> 1; end > i && j > i && previous.at(2 * j - 1) === items[end - 1]!.id && (!labelsStay || previous.at(2 * j - 2) === (shared ?? labels[end - 1] ?? this.knownIndexLabel(end - 1))); j--) end--;
			renumbered = !labelsStay && end < items.length;
		}
		this.kept = 2 * i;
		this.keptAfter = 2 * (items.length - end);
		this.renumbered = renumbered;
		if (previous !== null && !renumbered && end - i >= SCATTERED_MIN_ITEMS) this.findRuns(items, previous, i, end, (previous.length >> 1) - (items.length - end));
		for (; i < end; i++) {
			const target = items[i]!;
			// The target first, then the label: the order the string table has always been filled in.
			this.showValue(target);
			slots[2 * i] = label === null ? this.indexLabel(i) : this.strings.id(label);
			slots[2 * i + 1] = target.id;
		}
		// Each renumbered position has its label in the table and in indexLabels, for the replay.
		if (renumbered) for (let k = end; k < items.length; k++) this.indexLabel(k);
		return items.length * 2;
	}

	/**
	 * `runs` for items `[start, end)`, where the last record had `[start, previousEnd)`, the first of them changed
	 * and the last changed or went: the runs of changed items, each taking in the few unchanged ones after it, and
	 * last the items the container gained or lost at the end (a heappush's new item, a heappop's last), if they hold
	 * fewer numbers, with their records' own, than one record of all the items between.
	 */
	private findRuns(items: readonly PyObject[], previous: SlotList, start: number, end: number, previousEnd: number): void {
		const runs = this.runs;
		const common = Math.min(end, previousEnd);
		let runStart = start;
		let lastChanged = start;
		let numbers = 0;
		const endRun = (next: number): void => {
			runs.push(2 * runStart, 2 * lastChanged + 2);
			numbers += 2 * (lastChanged + 1 - runStart) + RECORD_FIELDS;
			runStart = next;
		};
		for (let k = start + 1; k < common; k++) {
			if (previous.at(2 * k + 1) === items[k]!.id) continue;
			if (k - lastChanged > RUN_GAP_ITEMS) endRun(k);
			lastChanged = k;
		}
		if (end !== previousEnd) {
			if (common - lastChanged > RUN_GAP_ITEMS) endRun(common);
			// The last run ends where the new items do; its record lets go of the old ones to previousEnd.
			lastChanged = end - 1;
		}
		endRun(end);
		if (runs.length === 2 || numbers >= 2 * (end - start)) runs.length = 0;
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
	 * The slots of a record of `length` numbers that changes only the slot at `at` (one the last record had, or a
	 * new one there when `length` is longer): `value`, with the label `label`.
	 */
	private gatherValue(at: number, label: number, value: PyObject, length: number): number {
		const slots = this.slotsFor(length);
		this.showValue(value);
		slots[at] = label;
		slots[at + 1] = value.id;
		this.kept = at;
		this.keptAfter = length - at - 2;
		this.renumbered = false;
		return length;
	}

	/** The slots of a record of `length` numbers, all those of the last record but the slot at `at`, let go. */
	private gatherRemoval(at: number, length: number): number {
		this.kept = at;
		this.keptAfter = length - at;
		this.renumbered = false;
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

	/** A slot put at `length` of the working array (its target noted as shown); the length after it. */
	private gatherSlot(length: number, label: string, target: PyObject): number {
		const slots = this.slotsFor(length + 2);
		this.showValue(target);
		slots[length] = this.strings.id(label);
		slots[length + 1] = target.id;
		return length + 2;
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

	/**
	 * `slots`, at least `length` long. The gather loops then store inside the array only: a store past its end,
	 * first seen after the JIT compiled them (an object with more slots than any before), threw their
	 * optimized code away.
	 */
	private slotsFor(length: number): number[] {
		const slots = this.slots;
		while (slots.length < length) slots.push(0);
		return slots;
	}

	/** The string id of the label `[i]`, added to the table if new. */
	private indexLabel(i: number): number {
		return (this.indexLabels[i] ??= this.strings.id(indexLabel(i)));
	}

	/** The string id of the label `[i]` if the table has it (it never changes once there), else -1. */
	private knownIndexLabel(i: number): number {
		const id = this.indexLabels[i];
		if (id !== undefined) return id;
		const found = this.strings.find(indexLabel(i));
		if (found === undefined) return -1;
		this.indexLabels[i] = found;
		return found;
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
