// The views of the heap's objects a state shows, with the holders their slots make. A view is kept on the object's
// model state until a record changes the object, and a new one takes the slots the records kept from the last.
import type { HeapObjectView, ObjectId, ReferenceHolder } from "./types";
import { FLAG_FINALIZED, FLAG_SHARED, FLAG_TRACKED, GEN_SHIFT } from "./log";
import type { Model, ObjectState, ShownObject } from "./model";
import { previewText } from "./preview";
import type { Recorder } from "./recorder";

/** What a state shows besides the model: the recorder's strings and its shared objects. */
export type StateSources = Pick<Recorder, "strings" | "sharedNames" | "sharedValues">;

export class ObjectViews {
	constructor(private readonly sources: StateSources) {}

	/** An object's view, kept on its state while no record changes it; one a collection marks is built for its step. */
	shownOf(id: ObjectId, o: ObjectState, m: Model): ShownObject {
		const gcRefs = m.gcMarks?.refs.get(id);
		const gcState = m.gcMarks?.states.get(id);
		if (gcRefs === undefined && gcState === undefined) return (o.shown ??= this.show(id, o));
		const shown = this.show(id, o);
		if (gcRefs !== undefined) shown.view.gcRefs = gcRefs;
		if (gcState !== undefined) shown.view.gcState = gcState;
		return shown;
	}

	private show(id: ObjectId, o: ObjectState): ShownObject {
		const str = (i: number) => this.sources.strings.strings[i] ?? "";
		// The slots the records since the last view kept are that view's.
		const stale = o.stale;
		o.stale = undefined;
		const count = o.slots.length / 2;
		const kept = stale?.kept ?? 0;
		const keptAfter = stale?.keptAfter ?? 0;
		const slots: HeapObjectView["slots"] = stale ? stale.shown.view.slots.slice(0, kept) : [];
		const holders: ReferenceHolder[] = stale ? stale.shown.holders.slice(0, kept) : [];
		for (let i = kept; i < count - keptAfter; i++) {
			const label = str(o.slots.at(2 * i));
			slots.push({ label, target: o.slots.at(2 * i + 1) });
			holders.push({ kind: "slot", owner: id, label });
		}
		if (stale && keptAfter > 0) {
			const from = stale.shown.view.slots.length - keptAfter;
			for (let i = from; i < stale.shown.view.slots.length; i++) {
				slots.push(stale.shown.view.slots[i]!);
				holders.push(stale.shown.holders[i]!);
			}
		}
		const type = str(o.type);
		const tracked = (o.flags & FLAG_TRACKED) !== 0;
		const view: HeapObjectView = {
			id,
			type,
			label: this.sources.sharedNames.get(id) ?? `${type}#${id}`,
			preview: previewText(o.preview, this.sources.strings.strings),
			shared: (o.flags & FLAG_SHARED) !== 0,
			refcount: o.refcount,
			size: o.size,
			tracked,
			generation: tracked ? (((o.flags >> GEN_SHIFT) & 3) as 0 | 1 | 2) : null,
			finalized: (o.flags & FLAG_FINALIZED) !== 0,
			inline: false,
			slots,
		};
		if (o.weakTarget) view.weakTarget = o.weakTarget;
		return { view, holders };
	}

	sharedValueView(id: ObjectId): HeapObjectView | undefined {
		const value = this.sources.sharedValues.get(id);
		if (!value) return undefined;
		const type = this.sources.strings.strings[value.type] ?? "";
		const preview = previewText(value.preview, this.sources.strings.strings);
		return { id, type, label: `${type}#${id}`, preview, shared: true, refcount: 0, size: value.size, tracked: false, generation: null, finalized: false, inline: true, slots: [] };
	}
}
