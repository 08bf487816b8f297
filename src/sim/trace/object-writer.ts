// Object records for the trace: an object's type, count, size, flags, preview and slots (as a change to its
// last record), and the shared values the objects and frames it writes refer to.
import type { PyObject } from "../heap/object";
import { sizeOf } from "../heap/sizes";
import { Rec, FLAG_TRACKED, FLAG_FINALIZED, FLAG_SHARED, GEN_SHIFT, truncate, type VarintLog, type StringTable } from "./log";
import { previewCode, appearanceIsFixed } from "./preview";
import type { RecordedModel } from "./recorded-model";

/** How a shared value looks (string-table ids for its type and preview). */
export interface SharedValue {
	type: number;
	size: number;
	preview: number;
}

export class ObjectWriter {
	/** Shared objects the trace shows because they hold the program's objects (gc.garbage, gc.callbacks). */
	private readonly visibleShared = new Set<PyObject>();
	/** Shared values something shown referred to, by id (HeapObjectView.inline). */
	readonly sharedValues = new Map<number, SharedValue>();
	/** write's [label, target]* working array, reused. */
	private readonly slots: number[] = [];

	constructor(
		private readonly log: VarintLog,
		private readonly strings: StringTable,
		private readonly model: RecordedModel,
	) {}

	/** A shared object shown as an object of its own (it holds the program's objects). */
	showShared(o: PyObject): void {
		this.visibleShared.add(o);
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
	 * copies), and its slots are gathered in an array kept for reuse: objects change at most steps.
	 */
	write(o: PyObject): void {
		// Gathered in an array kept for reuse, with its length (shortening an array can give up its storage).
		const slots = this.slots;
		const references = o.shownReferences();
		const length = references.length * 2;
		for (let i = 0; i < references.length; i++) {
			const r = references[i]!;
			this.showValue(r.target);
			slots[2 * i] = this.strings.id(r.label);
			slots[2 * i + 1] = r.target.id;
		}
		const flags = (o.tracked ? FLAG_TRACKED : 0) | (o.finalized ? FLAG_FINALIZED : 0) | (o.shared ? FLAG_SHARED : 0) | (o.generation << GEN_SHIFT);
		const refcount = o.shared ? 0 : o.refcnt;
		let state = this.model.stateOf(o.id);
		let kept = 0;
		if (state) {
			const previous = state.slots;
			const n = Math.min(previous.length, length);
			while (kept < n && previous[kept] === slots[kept]) kept++;
			kept -= kept % 2;
			for (let i = kept; i < length; i++) previous[i] = slots[i]!;
			truncate(previous, length);
			if (!appearanceIsFixed(o)) {
				state.type = this.strings.id(o.typeName);
				state.size = sizeOf(o);
				state.preview = previewCode(o, this.strings);
			}
			state.refcount = refcount;
			state.flags = flags;
		} else {
			state = { type: this.strings.id(o.typeName), refcount, size: sizeOf(o), flags, preview: previewCode(o, this.strings), slots: slots.slice(0, length) };
			this.model.object(o, state);
		}
		const log = this.log;
		log.push(Rec.Object);
		log.push(o.id);
		log.push(state.type);
		log.push(refcount);
		log.push(state.size);
		log.push(flags);
		log.push(state.preview);
		log.push(kept / 2);
		log.push((length - kept) / 2);
		for (let i = kept; i < length; i++) log.push(slots[i]!);
	}
}
