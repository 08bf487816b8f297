// Object records for the trace: an object's type, count, size, flags, preview and slots (as a change to its
// last record), and the shared values the objects and frames it writes refer to.
import { indexLabel, PyObject, type Reference } from "../heap/object";
import { PyDict, PyList, PySet, PyTuple, type DictEntry } from "../heap/containers";
import { sizeOf } from "../heap/sizes";
import { Rec, FLAG_TRACKED, FLAG_FINALIZED, FLAG_SHARED, GEN_SHIFT, type VarintLog, type StringTable } from "./log";
import { replaceRange } from "../arrays";
import { previewCode, appearanceIsFixed } from "./preview";
import type { RecordedModel } from "./recorded-model";
import type { ObjectState } from "./model";

/** How a shared value looks (string-table ids for its type and preview). */
export interface SharedValue {
	type: number;
	size: number;
	preview: number;
}

interface EntryCursor {
	readonly entries: IterableIterator<DictEntry | PyObject>;
	/** How many entries `entries` has given. */
	read: number;
}

/** A dict entry's slots in a record: the labels "key" and "value", each with its target. */
const DICT_ENTRY_SLOTS = 4;
/** A set's: the label "element" and its target. */
const SET_ENTRY_SLOTS = 2;

function flagsOf(o: PyObject): number {
	return (o.tracked ? FLAG_TRACKED : 0) | (o.finalized ? FLAG_FINALIZED : 0) | (o.shared ? FLAG_SHARED : 0) | (o.generation << GEN_SHIFT);
}

export class ObjectWriter {
	/** Shared objects the trace shows because they hold the program's objects (gc.garbage, gc.callbacks). */
	private readonly visibleShared = new Set<PyObject>();
	/** How the program reaches a shown shared object ("gc.callbacks"), by id: its label instead of `list#272`. */
	readonly sharedNames = new Map<number, string>();
	/** Shared values something shown referred to, by id (HeapObjectView.inline). */
	readonly sharedValues = new Map<number, SharedValue>();
	/**
	 * write's [label, target]* working array, reused, and how many of its first and of its last numbers equal the
	 * last record's. Only ever longer than what it holds (see slotsFor).
	 */
	private readonly slots: number[] = [];
	private kept = 0;
	private keptAfter = 0;
	/** Where the last record of a dict or set that was only growing stopped reading its entries (entryCursor). */
	private readonly entryCursors = new WeakMap<PyDict | PySet, EntryCursor>();
	/** String ids of the labels `[0]`, `[1]`... by index. */
	private readonly indexLabels: number[] = [];

	constructor(
		private readonly log: VarintLog,
		private readonly strings: StringTable,
		private readonly model: RecordedModel,
	) {}

	/**
	 * A shared object shown as an object of its own (it holds the program's objects). Its holder, a module's
	 * dict, is not shown, so `name` (the module attribute) is all that tells a reader which object it is.
	 */
	showShared(o: PyObject, name?: string): void {
		this.visibleShared.add(o);
		if (name !== undefined) this.sharedNames.set(o.id, name);
	}

	isShown(o: PyObject): boolean {
		return !o.shared || this.visibleShared.has(o);
	}

	/** Whether a record of `o` was written and it was not freed since. */
	isWritten(o: PyObject): boolean {
		return this.model.stateOf(o.id) !== undefined;
	}

	/**
	 * A shared value (small int, None, interned str, module...) that something shown refers to is noted
	 * once, for the UI to show in place of an arrow. Its appearance never changes and it is never freed,
	 * so it lives outside the log and its checkpoints.
	 */
	readonly showValue = (o: PyObject): void => {
		// Nearly always noted already: the number-keyed map answers first.
		if (!o.shared || this.sharedValues.has(o.id) || this.visibleShared.has(o)) return;
		this.sharedValues.set(o.id, { type: this.strings.id(o.typeName), size: sizeOf(o), preview: previewCode(o, this.strings) });
	};

	/**
	 * Rec.Object. An object written before has its last state changed in place (the model's checkpoints are
	 * copies). Its slots are compared with that state as they are gathered: the unchanged prefix and suffix cost
	 * a comparison per slot, with no string lookups, and none for the first `unchangedItems` items of a list the
	 * step only made longer. The record holds the slots between them.
	 */
	write(o: PyObject, unchangedItems = 0): void {
		let state = this.model.stateOf(o.id);
		const previous = state ? state.slots : null;
		// A list's or tuple's slots are its items: read directly, labels by index, no Reference objects.
		const length =
			o.constructor === PyList || o.constructor === PyTuple
				? this.gatherItems((o as PyList | PyTuple).items, previous, unchangedItems)
				: o.constructor === PyDict || o.constructor === PySet
					? this.gatherEntries(o, previous, unchangedItems)
					: this.gatherReferences(o.shownReferences(), previous);
		const kept = this.kept;
		const keptAfter = this.keptAfter;
		const flags = flagsOf(o);
		const refcount = o.shared ? 0 : o.refcnt;
		if (state && previous) {
			replaceRange(previous, kept, previous.length - keptAfter, this.slots, kept, length - keptAfter);
			if (!appearanceIsFixed(o)) this.readAppearance(o, state);
			state.refcount = refcount;
			state.flags = flags;
		} else state = this.firstState(o, refcount, flags, length);
		this.writeRecord(o.id, state, kept, keptAfter);
	}

	/**
	 * The state of an object's first record. Here and in readAppearance, not in write: write runs at every change of
	 * an object, and a short function is optimized sooner.
	 */
	private firstState(o: PyObject, refcount: number, flags: number, length: number): ObjectState {
		const state = { type: this.strings.id(o.typeName), refcount, size: sizeOf(o), flags, preview: previewCode(o, this.strings), slots: this.slots.slice(0, length) };
		this.model.object(o, state);
		return state;
	}

	/** The type, size and preview of an object whose appearance can change (a list's length...). */
	private readAppearance(o: PyObject, state: ObjectState): void {
		state.type = this.strings.id(o.typeName);
		state.size = sizeOf(o);
		state.preview = previewCode(o, this.strings);
	}

	/** The record of `state`, whose slots but the first `kept` and the last `keptAfter` are new. */
	private writeRecord(id: number, state: ObjectState, kept: number, keptAfter: number): void {
		const log = this.log;
		const slots = state.slots;
		const end = slots.length - keptAfter;
		log.record(Rec.Object);
		log.push(id);
		log.push(state.type);
		log.push(state.refcount);
		log.push(state.size);
		log.push(state.flags);
		log.push(state.preview);
		log.push(kept / 2);
		log.push((end - kept) / 2);
		log.push(keptAfter / 2);
		for (let i = kept; i < end; i++) log.push(slots[i]!);
	}

	/**
	 * Rec.Object for an object whose contents did not change (a collector phase looked at it): written only when
	 * its flags did, from its last record, all its slots kept. Returns whether a record was written.
	 */
	writeFlags(o: PyObject): boolean {
		const state = this.model.stateOf(o.id);
		if (!state) {
			this.write(o);
			return true;
		}
		const flags = flagsOf(o);
		if (flags === state.flags) return false;
		state.refcount = o.shared ? 0 : o.refcnt;
		state.flags = flags;
		this.writeRecord(o.id, state, state.slots.length, 0);
		return true;
	}

	/**
	 * Fill `slots` from `kept` (the pairs equal to `previous`, set here) to the returned length, and find how many
	 * at the end are as `previous` ends (`keptAfter`). A slot of the unchanged prefix needs no showValue: its
	 * target was noted when it was first written.
	 */
	private gatherReferences(references: readonly Reference[], previous: readonly number[] | null): number {
		const slots = this.slotsFor(references.length * 2);
		let kept = 0;
		let matching = previous !== null;
		for (let i = 0; i < references.length; i++) {
			const { label, target } = references[i]!;
			if (matching) {
				if (2 * i + 1 < previous!.length && previous![2 * i + 1] === target.id && previous![2 * i] === this.strings.find(label)) {
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
			while (keptAfter + 2 <= room && slots[length - 1 - keptAfter] === previous[last - keptAfter] && slots[length - 2 - keptAfter] === previous[last - 1 - keptAfter]) keptAfter += 2;
		}
		this.kept = kept;
		this.keptAfter = keptAfter;
		return length;
	}

	/**
	 * gatherReferences for a list's or tuple's items (labelled `[i]`, as their references are), the first
	 * `unchangedItems` known to be as `previous` has them.
	 */
	private gatherItems(items: readonly PyObject[], previous: readonly number[] | null, unchangedItems: number): number {
		const slots = this.slotsFor(items.length * 2);
		const labels = this.indexLabels;
		let i = 0;
		if (previous !== null) {
			// The unchanged prefix, in one tight loop.
			const n = Math.min(items.length, previous.length >> 1);
			i = Math.min(unchangedItems, n);
			while (i < n && previous[2 * i + 1] === items[i]!.id) {
				const label = labels[i] ?? this.knownIndexLabel(i);
				if (previous[2 * i] !== label) break;
				i++;
			}
		}
		let end = items.length;
		// The unchanged suffix, where the labels are those of the last record's same places (`x[3] = y`).
		if (previous !== null && previous.length === 2 * items.length) {
			while (end > i && previous[2 * end - 1] === items[end - 1]!.id && previous[2 * end - 2] === (labels[end - 1] ?? this.knownIndexLabel(end - 1))) end--;
		}
		this.kept = 2 * i;
		this.keptAfter = 2 * (items.length - end);
		for (; i < end; i++) {
			const target = items[i]!;
			this.showValue(target);
			slots[2 * i] = this.indexLabel(i);
			slots[2 * i + 1] = target.id;
		}
		return items.length * 2;
	}

	/** gatherReferences for a dict or set, whose first `unchangedItems` entries are as `previous` has them. */
	private gatherEntries(o: PyDict | PySet, previous: readonly number[] | null, unchangedItems: number): number {
		// Only new entries since a record that had exactly the entries kept.
		const entrySlots = o instanceof PyDict ? DICT_ENTRY_SLOTS : SET_ENTRY_SLOTS;
		if (unchangedItems !== 0 && previous?.length === unchangedItems * entrySlots) return this.gatherEntriesAfter(o, unchangedItems);
		this.entryCursors.delete(o);
		return this.gatherReferences(o.shownReferences(), previous);
	}

	/**
	 * gatherReferences for a dict or set that only took new entries since its last record, which had its first
	 * `kept`: only the new ones are read (as PyDict.references and PySet.references label them), from where the
	 * last such read stopped.
	 */
	private gatherEntriesAfter(o: PyDict | PySet, kept: number): number {
		// Read first: a set whose Map owes its slot order is put in it here, before an iteration of it starts.
		const size = o.entries.size;
		const cursor = this.entryCursor(o, kept);
		let length = kept * (o instanceof PyDict ? DICT_ENTRY_SLOTS : SET_ENTRY_SLOTS);
		this.kept = length;
		this.keptAfter = 0;
		// Never past the last entry: a Map iterator that has said it is done stays done.
		for (; cursor.read < size; cursor.read++) {
			const entry = cursor.entries.next().value as DictEntry | PyObject;
			if (entry instanceof PyObject) length = this.gatherSlot(length, "element", entry);
			else length = this.gatherSlot(this.gatherSlot(length, "key", entry.key), "value", entry.value);
		}
		return length;
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
