// The frames' side of a step's state: each frame's view, and the holders frames and the interpreter make, by target,
// with which each object's holders end (state-builder.ts). A deep recursion has a thousand frames, of which a step
// changes one or two; rebuilding every frame's view and holders at each step was most of what deriving a state cost
// there. A frame keeps what was built to show it on its state until a record changes it (as an object does), and a
// state derived from the one before rebuilds the holder lists of the targets of the frames that changed only.
import { RUNNING_FRAME_HOLDER, type FrameView, type ObjectId, type ReferenceHolder } from "./types";
import type { FrameState, Model, ShownFrame } from "./model";
import { LayeredMap } from "./layered-map";
import { NO_HOLDERS, sameHolder, sameHolders } from "./holder-identity";
import { getOrAdd } from "./holder-lists";

export interface FramesShown {
	/** Each frame's view and the holders it makes, bottom first. */
	readonly shown: readonly ShownFrame[];
	/** The model's interpreter-held references ([target, label] pairs) the holders were built from. */
	readonly internal: readonly number[];
	/** Each target's holders among the frames (in their order) and then the interpreter's references. */
	readonly tail: LayeredMap<ObjectId, readonly ReferenceHolder[]>;
}

type StringAt = (index: number) => string;

/** The frames of `m` shown whole. */
export function framesShown(m: Model, str: StringAt): FramesShown {
	const shown = m.frameOrder.map((id) => shownOf(id, m.frames.get(id)!, str));
	return { shown, internal: m.internal.slice(), tail: LayeredMap.over(tailLists(shown, m.internal, str, null)) };
}

/**
 * The frames of `m` shown after `before`, the frames of the state of the step before or after it, with the targets
 * whose holders among frames and the interpreter may differ from `before`'s.
 */
export function framesShownAfter(before: FramesShown, m: Model, str: StringAt): { shown: FramesShown; changed: ReadonlySet<ObjectId> } {
	const changed = new Set<ObjectId>();
	const mark = (frame: ShownFrame) => {
		for (const target of frame.targets) changed.add(target);
	};
	// The frames both begin with keep their places. Those above them came, went or (a generator's) moved, which
	// can reorder the holders of their targets: all of those are rebuilt.
	let common = 0;
	while (common < before.shown.length && common < m.frameOrder.length && before.shown[common]!.view.id === m.frameOrder[common]) common++;
	const shown = m.frameOrder.map((id) => shownOf(id, m.frames.get(id)!, str));
	for (let i = 0; i < common; i++) {
		const was = before.shown[i]!;
		const now = shown[i]!;
		// Most steps move the top frame to its next line, which changes no holder.
		if (now === was) continue;
		markChanged(was, now, changed);
	}
	for (let i = common; i < before.shown.length; i++) mark(before.shown[i]!);
	for (let i = common; i < shown.length; i++) mark(shown[i]!);
	const internal = sameNumbers(before.internal, m.internal) ? before.internal : m.internal.slice();
	if (internal !== before.internal) for (const list of [before.internal, internal]) for (let i = 0; i < list.length; i += 2) changed.add(list[i]!);
	if (changed.size === 0) return { shown: { shown, internal, tail: before.tail }, changed };

	const lists = tailLists(shown, internal, str, changed);
	const changes = new Map<ObjectId, readonly ReferenceHolder[] | undefined>();
	for (const target of changed) {
		const list = lists.get(target);
		if (!sameHolders(before.tail.get(target) ?? NO_HOLDERS, list ?? NO_HOLDERS)) changes.set(target, list);
	}
	return { shown: { shown, internal, tail: before.tail.with(changes) }, changed };
}

/**
 * Marks the targets between the entries a frame's two showings share at their start and at their end: a step
 * rebinds a name or two and moves the value stack, and a frame naming thousands of globals runs at every step.
 */
function markChanged(was: ShownFrame, now: ShownFrame, changed: Set<ObjectId>): void {
	const same = (i: number, j: number) => was.targets[i] === now.targets[j] && sameHolder(was.holders[i]!, now.holders[j]!);
	const wasLength = was.targets.length;
	const nowLength = now.targets.length;
	let start = 0;
	while (start < wasLength && start < nowLength && same(start, start)) start++;
	let wasEnd = wasLength;
	let nowEnd = nowLength;
	while (wasEnd > start && nowEnd > start && same(wasEnd - 1, nowEnd - 1)) {
		wasEnd--;
		nowEnd--;
	}
	for (let i = start; i < wasEnd; i++) changed.add(was.targets[i]!);
	for (let i = start; i < nowEnd; i++) changed.add(now.targets[i]!);
}

/** The frames' views, bottom first. */
export function frameViews(frames: FramesShown): FrameView[] {
	return frames.shown.map((frame) => frame.view);
}

/** The holder lists of the targets in `only` (all of them when null) among `frames` and the interpreter's references. */
function tailLists(frames: readonly ShownFrame[], internal: readonly number[], str: StringAt, only: ReadonlySet<ObjectId> | null): Map<ObjectId, ReferenceHolder[]> {
	const lists = new Map<ObjectId, ReferenceHolder[]>();
	for (const { targets, holders } of frames) {
		for (let i = 0; i < targets.length; i++) {
			const target = targets[i]!;
			if (only === null || only.has(target)) getOrAdd(lists, target, () => []).push(holders[i]!);
		}
	}
	for (let i = 0; i < internal.length; i += 2) {
		const target = internal[i]!;
		if (only === null || only.has(target)) getOrAdd(lists, target, () => []).push({ kind: "internal", label: str(internal[i + 1]!) });
	}
	return lists;
}

function shownOf(id: number, f: FrameState, str: StringAt): ShownFrame {
	return (f.shown ??= showFrame(id, f, str));
}

function showFrame(id: number, f: FrameState, str: StringAt): ShownFrame {
	const name = str(f.name);
	const locals: FrameView["locals"] = [];
	const targets: ObjectId[] = [];
	const holders: ReferenceHolder[] = [];
	for (let i = 0; i < f.locals.length; i += 2) {
		const local = str(f.locals[i]!);
		const target = f.locals[i + 1]!;
		locals.push({ name: local, target: target || null });
		if (!target) continue;
		targets.push(target);
		holders.push({ kind: "name", frame: id, name: local });
	}
	f.stack.forEach((target, depth) => {
		targets.push(target);
		holders.push({ kind: "stack", frame: id, depth });
	});
	if (f.func) {
		targets.push(f.func);
		holders.push({ kind: "internal", label: RUNNING_FRAME_HOLDER + name });
	}
	const view: FrameView = { id, name, line: f.line, locals, stack: f.stack.slice() };
	if (f.classBody) view.classBody = true;
	if (f.generator) view.generator = true;
	return { view, targets, holders };
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
