// What a state derived from the one before it (state-builder.ts) needs of the objects the step touched: which of
// their holders changed, and where they stand. An object's holders are the slots of its owners, in the owners'
// order (their seq) and then slot order, then those of the frames and the interpreter; a state's objects are the
// program's, in seq order, then the shared values, by id.
import type { HeapObjectView, ObjectId, ReferenceHolder, SlotView, StepState } from "./types";
import type { Model, ShownObject } from "./model";
import { objectsById } from "./names";
import type { StepWalk } from "./state-builder";

/**
 * The targets whose holders from this owner changed: those of the slots between the kept first and last ones, or
 * all of a new or removed owner's. A new view reuses each unchanged slot's (see show), but one shown on another
 * model (a step back) has its own: slots are compared by label and target when they are not the same.
 */
export function changedTargets(old: HeapObjectView | undefined, now: ShownObject | undefined): Set<ObjectId> {
	const before = old?.slots ?? [];
	const after = now?.view.slots ?? [];
	let first = 0;
	while (first < before.length && first < after.length && sameSlot(before[first]!, after[first]!)) first++;
	let last = 0;
	while (last < before.length - first && last < after.length - first && sameSlot(before[before.length - 1 - last]!, after[after.length - 1 - last]!)) last++;
	const targets = new Set<ObjectId>();
	for (let i = first; i < before.length - last; i++) targets.add(before[i]!.target);
	for (let i = first; i < after.length - last; i++) targets.add(after[i]!.target);
	return targets;
}

function sameSlot(a: SlotView, b: SlotView): boolean {
	return a === b || (a.label === b.label && a.target === b.target);
}

export function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = make()));
	return value;
}

/** Where `seq` is in the increasing `seqs`, or -1. */
export function seqIndex(seqs: readonly number[], seq: number): number {
	const place = seqPlace(seqs, seq);
	return seqs[place] === seq ? place : -1;
}

/** Where `seq` goes in the increasing `seqs`: the index of the first seq not below it. */
export function seqPlace(seqs: readonly number[], seq: number): number {
	let low = 0;
	let high = seqs.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (seqs[middle]! < seq) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Slot holders in their owners' order: `kept` is in it, `gained` holds each owner's holders together in slot order,
 * and no owner has holders in both.
 */
export function mergeByOwner(kept: readonly ReferenceHolder[], gained: readonly ReferenceHolder[], seqOf: (owner: ObjectId) => number): ReferenceHolder[] {
	const ownerSeq = (h: ReferenceHolder) => seqOf((h as Extract<ReferenceHolder, { kind: "slot" }>).owner);
	// Stable: an owner's holders keep their slot order.
	const adding = gained.slice().sort((a, b) => ownerSeq(a) - ownerSeq(b));
	if (kept.length === 0 || ownerSeq(kept[kept.length - 1]!) < ownerSeq(adding[0]!)) return kept.concat(adding);
	const merged: ReferenceHolder[] = [];
	let i = 0;
	for (const h of adding) {
		const seq = ownerSeq(h);
		while (i < kept.length && ownerSeq(kept[i]!) < seq) merged.push(kept[i++]!);
		merged.push(h);
	}
	while (i < kept.length) merged.push(kept[i++]!);
	return merged;
}

/** Above every seq: shared values come after the program's objects, by id. */
const SHARED_RANK = 2 ** 52;

/**
 * The views of the objects a step touched in the states before and after it, each in its state's order
 * (StepNotes.touched): `m` is the model the walk left at the step. An object the step took out and put back has
 * its old seq before it.
 */
export function touchedViews(walk: StepWalk, m: Model, previous: StepState | null, current: StepState): { previous: HeapObjectView[]; current: HeapObjectView[] } {
	const now = objectsById(current);
	const before = previous ? objectsById(previous) : null;
	const rank = (view: HeapObjectView, seq: number | undefined) => (view.inline || seq === undefined ? SHARED_RANK + view.id : seq);
	const inCurrent: [number, HeapObjectView][] = [];
	const inPrevious: [number, HeapObjectView][] = [];
	for (const id of walk.touched) {
		const after = now.get(id);
		if (after) inCurrent.push([rank(after, m.objects.get(id)?.seq), after]);
		const was = before?.get(id);
		if (was) inPrevious.push([rank(was, walk.removed.get(id) ?? m.objects.get(id)?.seq), was]);
	}
	const inOrder = (ranked: [number, HeapObjectView][]) => ranked.sort((a, b) => a[0] - b[0]).map(([, view]) => view);
	return { previous: inOrder(inPrevious), current: inOrder(inCurrent) };
}
