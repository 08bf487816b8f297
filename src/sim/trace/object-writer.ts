// Object records for the trace: an object's type, count, size, flags, preview and slots (as a change to its
// last record), and the shared values the objects and frames it writes refer to.
import type { PyObject } from "../heap/object";
import type { ItemTakenOrLetGo, ReplacedItem } from "../heap/heap-hooks";
import { sizeOf } from "../heap/sizes";
import { PyWeakref } from "../heap/weakrefs";
import { Rec, FLAG_TRACKED, FLAG_FINALIZED, FLAG_SHARED, FLAG_WEAK_TARGET, GEN_SHIFT, type VarintLog, type StringTable } from "./log";
import { previewCode, appearanceIsFixed } from "./preview";
import type { RecordedModel } from "./recorded-model";
import type { ObjectState } from "./model";
import { SlotList } from "./slot-list";
import { SlotGatherer } from "./slot-gatherer";

/** How a shared value looks (string-table ids for its type and preview). */
export interface SharedValue {
	type: number;
	size: number;
	preview: number;
}

/** The object a live weak reference points at, or 0. */
function weakTargetOf(o: PyObject): number {
	return o instanceof PyWeakref && o.referent ? o.referent.id : 0;
}

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
	/** The string ids of the labels `[0]`, `[1]`... by position, which a renumbered record's replay gives its kept slots. */
	readonly indexLabels: readonly number[];
	/** The slots of the object being written, as a diff against its last record. */
	private readonly gathered: SlotGatherer;

	constructor(
		private readonly log: VarintLog,
		private readonly strings: StringTable,
		private readonly model: RecordedModel,
	) {
		this.gathered = new SlotGatherer(strings, this.showValue);
		this.indexLabels = this.gathered.indexLabels;
	}

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
	 * step only made longer, or for the other items of a container whose only change was the value of `replaced` or
	 * a set's item taken or let go or a dict's entry let go (`takenOrLetGo`). The record holds the slots between them,
	 * or, where a few items far apart changed (SlotGatherer.runs), a record for each run of them.
	 */
	write(o: PyObject, unchangedItems = 0, replaced: ReplacedItem | null = null, takenOrLetGo: ItemTakenOrLetGo | null = null): void {
		let state = this.model.stateOf(o.id);
		const previous = state ? state.slots : null;
		const gathered = this.gathered;
		const length = gathered.gather(o, previous, unchangedItems, replaced, takenOrLetGo);
		const { kept, keptAfter, renumbered, runs } = gathered;
		const flags = flagsOf(o);
		const refcount = o.shared ? 0 : o.refcnt;
		if (state && previous) {
			if (runs.length === 0) previous.replace(kept, previous.length - keptAfter, gathered.slots, kept, length - keptAfter);
			else {
				// Only the last run takes in what the container gained or lost at its end.
				const grown = length - previous.length;
				for (let r = 0; r < runs.length; r += 2) previous.replace(runs[r]!, runs[r + 1]! - (r === runs.length - 2 ? grown : 0), gathered.slots, runs[r]!, runs[r + 1]!);
			}
			if (renumbered) previous.renumber(length - keptAfter, this.indexLabels);
			if (!appearanceIsFixed(o)) this.readAppearance(o, state);
			state.refcount = refcount;
			state.flags = flags;
		} else state = this.firstState(o, refcount, flags, length);
		if (runs.length === 0) this.writeRecord(o.id, state, kept, keptAfter, renumbered);
		else {
			// A record for each of a few changed runs far apart, the last first: it takes in what the container gained or
			// lost at its end, so that each record after it counts its kept last slots from the length a replay has by then.
			const last = runs.length - 2;
			this.writeRecord(o.id, state, runs[last]!, length - runs[last + 1]!);
			for (let r = 0; r < last; r += 2) this.writeRecord(o.id, state, runs[r]!, length - runs[r + 1]!);
		}
	}

	/**
	 * The state of an object's first record. Here and in readAppearance, not in write: write runs at every change of
	 * an object, and a short function is optimized sooner.
	 */
	private firstState(o: PyObject, refcount: number, flags: number, length: number): ObjectState {
		const state = { type: this.strings.id(o.typeName), refcount, size: sizeOf(o), flags, preview: previewCode(o, this.strings), weakTarget: weakTargetOf(o), slots: new SlotList(this.gathered.slots.slice(0, length)), seq: 0 };
		this.model.object(o, state);
		return state;
	}

	/** The type, size and preview of an object whose appearance can change (a list's length...). */
	private readAppearance(o: PyObject, state: ObjectState): void {
		state.type = this.strings.id(o.typeName);
		state.size = sizeOf(o);
		state.preview = previewCode(o, this.strings);
		state.weakTarget = weakTargetOf(o);
	}

	/**
	 * The record of `state`, whose slots but the first `kept` and the last `keptAfter` are new; a negative count of
	 * kept last slots says they are `renumbered` (model.ts, applyRecord).
	 */
	private writeRecord(id: number, state: ObjectState, kept: number, keptAfter: number, renumbered = false): void {
		const log = this.log;
		const { numbers, head } = state.slots;
		const end = state.slots.length - keptAfter;
		log.record(Rec.Object);
		log.push(id);
		log.push(state.type);
		log.push(state.refcount);
		log.push(state.size);
		log.push(state.weakTarget ? state.flags | FLAG_WEAK_TARGET : state.flags);
		log.push(state.preview);
		if (state.weakTarget) log.push(state.weakTarget);
		log.push(kept / 2);
		log.push((end - kept) / 2);
		log.push(renumbered ? -keptAfter / 2 : keptAfter / 2);
		for (let i = kept; i < end; i++) log.push(numbers[head + i]!);
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
}
