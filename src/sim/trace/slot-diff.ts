// How an object's slots are compared with its last record's as they are gathered: the [label, target]* pairs kept
// at its start and at its end, and the new ones between them, or a few runs of new ones far apart, each a record of
// its own. SlotGatherer (slot-gatherer.ts) reads each kind of object through these.
import { indexLabel, type PyObject, type Reference } from "../heap/object";
import type { StringTable } from "./log";
import type { SlotList } from "./slot-list";

/** The fewest items between a kept prefix and suffix worth looking through for the few that changed. */
const SCATTERED_MIN_ITEMS = 16;
/** The numbers an Object record holds besides its slots (object-writer.ts, writeRecord). */
const RECORD_FIELDS = 10;
/** Unchanged items a run of changed ones takes in rather than start a record of its own, which costs about as much. */
const RUN_GAP_ITEMS = RECORD_FIELDS / 2;

export class SlotDiff {
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
	 * [start, end) offsets of the slots that changed, in pairs, when a list, deque or set changed a few items far
	 * apart (a heappush, a swap of two items far apart): each run is a record of its own, and the slots between them
	 * are kept; the last also takes in what the container gained or lost at its end. Empty for one record of
	 * everything between `kept` and `keptAfter`.
	 */
	readonly runs: number[] = [];
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
		protected readonly strings: StringTable,
		protected readonly showValue: (o: PyObject) => void,
	) {}

	/**
	 * Fill `slots` from `kept` (the pairs equal to `previous`, set here) to the returned length, and find how many
	 * at the end are as `previous` ends (`keptAfter`). A slot of the unchanged prefix needs no showValue: its
	 * target was noted when it was first written.
	 */
	protected gatherReferences(references: readonly Reference[], previous: SlotList | null): number {
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
	protected gatherItems(items: readonly PyObject[], previous: SlotList | null, unchangedItems: number, label: string | null = null, mayRenumber = true): number {
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
		const runs = this.runs;
		if (previous !== null && !renumbered && end - i >= SCATTERED_MIN_ITEMS) this.findRuns(items, previous, i, end, (previous.length >> 1) - (items.length - end));
		if (runs.length === 0) this.fillItems(slots, items, i, end, label);
		// Only the runs: the items between them are the last record's, their labels and shared values noted then.
		else for (let r = 0; r < runs.length; r += 2) this.fillItems(slots, items, runs[r]! >> 1, runs[r + 1]! >> 1, label);
		// Each renumbered position has its label in the table and in indexLabels, for the replay.
		if (renumbered) for (let k = end; k < items.length; k++) this.indexLabel(k);
		return items.length * 2;
	}

	/** Items `[from, to)` into `slots`, each labelled `label` or by its position, its target noted as shown. */
	private fillItems(slots: number[], items: readonly PyObject[], from: number, to: number, label: string | null): void {
		for (let i = from; i < to; i++) {
			const target = items[i]!;
			// The target first, then the label: the order the string table has always been filled in.
			this.showValue(target);
			slots[2 * i] = label === null ? this.indexLabel(i) : this.strings.id(label);
			slots[2 * i + 1] = target.id;
		}
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
	 * The slots of a record of `length` numbers that changes only the slot at `at` (one the last record had, or a
	 * new one there when `length` is longer): `value`, with the label `label`.
	 */
	protected gatherValue(at: number, label: number, value: PyObject, length: number): number {
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
	protected gatherRemoval(at: number, length: number): number {
		this.kept = at;
		this.keptAfter = length - at;
		this.renumbered = false;
		return length;
	}

	/** A slot put at `length` of the working array (its target noted as shown); the length after it. */
	protected gatherSlot(length: number, label: string, target: PyObject): number {
		const slots = this.slotsFor(length + 2);
		this.showValue(target);
		slots[length] = this.strings.id(label);
		slots[length + 1] = target.id;
		return length + 2;
	}

	/**
	 * `slots`, at least `length` long. The gather loops then store inside the array only: a store past its end,
	 * first seen after the JIT compiled them (an object with more slots than any before), threw their
	 * optimized code away.
	 */
	protected slotsFor(length: number): number[] {
		const slots = this.slots;
		while (slots.length < length) slots.push(0);
		return slots;
	}

	/** The string id of the label `[i]`, added to the table if new. */
	protected indexLabel(i: number): number {
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
