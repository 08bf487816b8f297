// A step's StepState, built whole from the reader's model, or derived from the state of the step before it or after
// it (a step back). A whole build costs the heap's size: 50 ms a step over 100,000 objects, where a step may take 16.
// A derived state costs what the step changed, plus a copy of the objects array and a look at each frame: the
// records the reader walked (StepTouches) name every object whose view, count or holders the step can have changed,
// whichever way one reads, and frames keep their views until records change them (frame-holders.ts).
//
// Both builds give the same state. An object's holders come in one order: the slots of the objects that hold it,
// in the trace's order of objects (seq) and then slot order, then the names and stack entries of the frames, in
// their order, and the interpreter's references. The program's objects come in the trace's order, then the shared
// values something refers to, by id.
import type { GcView, HeapObjectView, ObjectId, OutputPiece, ReferenceHolder, StepState } from "./types";
import type { Collecting, Model, ShownObject } from "./model";
import { decodeGcCause, GC_PHASES } from "./gc-records";
import { LayeredMap } from "./layered-map";
import { NO_HOLDERS, sameHolders } from "./holder-identity";
import { rememberObjectIndex } from "./names";
import { ObjectViews, type StateSources } from "./object-views";
import { changedTargets, getOrAdd, mergeByOwner, seqIndex, seqPlace } from "./holder-lists";
import { frameViews, framesShown, framesShownAfter, type FramesShown } from "./frame-holders";
import type { OutputTexts, OutputWrites } from "./output-writes";

/**
 * A derived state costs each object the step touched three to five times what a whole build costs an object: a
 * collector's phase over 100,000 objects, which shows every tracked one's gc_refs, was derived in 0.5-1 s and built
 * whole in 0.15-0.2 s. A step that touches more than this share of a heap past BUILT_WHOLE_FROM objects is built
 * whole. Below that either costs a millisecond or two, and the states of small programs are all derived alike.
 */
const DERIVED_SHARE_AT_MOST = 0.25;
const BUILT_WHOLE_FROM = 1000;
/** Up to how many objects a step frees and makes are put in their places one by one, each moving those after it. */
const FEW_COMINGS_AND_GOINGS = 16;

/** What the reader saw as it replayed one step's records onto the model of the step before. */
export interface StepWalk {
	/** The objects whose view, count or holders the step can have changed (StepTouches). */
	readonly touched: ReadonlySet<ObjectId>;
	/** The objects from before the step that it took out of the model, with their seqs. */
	readonly removed: ReadonlyMap<ObjectId, number>;
	/** The objects the step put in the model and left there, with their seqs. */
	readonly added: ReadonlyMap<ObjectId, number>;
}

/** A state with what a later state needs to be derived from it. Read-only, as the state is. */
export interface BuiltState {
	readonly step: number;
	readonly state: StepState;
	/**
	 * The number of the model it was built from (builtFrom), which a walk moves on: a state derived from this one
	 * must be of the same model. Not the model, nor a WeakRef to it: the reader keeps a few models, one it let go of
	 * is no use to a derivation, and a WeakRef keeps its target alive until the task that made it ends, so a long
	 * read (stepping back through a program in one go, a test file) kept every model it replayed.
	 */
	readonly model: number;
	/** The program's objects' views, as state.objects begins, and their seqs (increasing). */
	readonly program: readonly HeapObjectView[];
	readonly seqs: readonly number[];
	/** Every object's view by id: the program's (whose identity says whether a step changed it) and the shared values'. */
	readonly byId: LayeredMap<ObjectId, HeapObjectView>;
	readonly holders: LayeredMap<ObjectId, readonly ReferenceHolder[]>;
	/** The frames' views, and the holders of each object that frames and the interpreter make, with which its holders end. */
	readonly frames: FramesShown;
	/** The shared values shown, by id, as state.objects ends. */
	readonly shared: readonly HeapObjectView[];
	/** The objects whose views show the collector's gc_refs, built for their step only. */
	readonly gcIds: readonly ObjectId[];
}

export class StateBuilder {
	private readonly views: ObjectViews;
	private readonly modelNumbers = new WeakMap<Model, number>();
	private modelsNumbered = 0;
	private readonly str = (index: number): string => this.sources.strings.strings[index] ?? "";
	private readonly output: OutputTexts;

	constructor(private readonly sources: StateSources & { readonly output: OutputWrites }) {
		this.views = new ObjectViews(sources);
		this.output = sources.output.texts(this.str);
	}

	/** Whether `built` was built from `m`. */
	builtFrom(built: BuiltState, m: Model): boolean {
		return this.modelNumbers.get(m) === built.model;
	}

	/** The state of `m`, the model at `step`, built whole. */
	build(m: Model, step: number): BuiltState {
		const byId = new Map<ObjectId, HeapObjectView>();
		const holders = new Map<ObjectId, ReferenceHolder[]>();
		const program: HeapObjectView[] = [];
		const seqs: number[] = [];
		for (const [id, o] of m.objects) {
			const object = this.views.shownOf(id, o, m);
			byId.set(id, object.view);
			program.push(object.view);
			seqs.push(o.seq);
			const slots = object.view.slots;
			for (let i = 0; i < slots.length; i++) {
				const target = slots[i]!.target;
				const list = holders.get(target);
				if (list) list.push(object.holders[i]!);
				else holders.set(target, [object.holders[i]!]);
			}
		}
		const frames = framesShown(m, this.str);
		for (const [target, list] of frames.tail) {
			const slotHolders = holders.get(target);
			if (slotHolders) for (const h of list) slotHolders.push(h);
			else holders.set(target, list.slice());
		}
		const shared: HeapObjectView[] = [];
		for (const id of holders.keys()) {
			const view = m.objects.has(id) ? undefined : this.views.sharedValueView(id);
			if (view) shared.push(view);
		}
		shared.sort((a, b) => a.id - b.id);
		for (const view of shared) byId.set(view.id, view);
		const holderMap = LayeredMap.over<ObjectId, readonly ReferenceHolder[]>(holders);
		return this.finish(m, step, gcIdsOf(m), { program, seqs, byId: LayeredMap.over(byId), holders: holderMap, shared, frames });
	}

	/**
	 * The state of `m`, the model at `step`, derived from `before`, the state of the step before or after it (a step
	 * back), by the walk of the later of the two. Seqs are the trace's, so `before` may be of another model.
	 */
	derive(before: BuiltState, m: Model, step: number, walk: StepWalk): BuiltState {
		const gcIds = gcIdsOf(m);
		const candidates = new Set(walk.touched);
		for (const id of before.gcIds) candidates.add(id);
		for (const id of gcIds) candidates.add(id);
		// The heap either side: a step that frees most of it is cheaper built whole from what is left.
		const heap = Math.max(m.objects.size, before.program.length);
		if (heap >= BUILT_WHOLE_FROM && candidates.size > heap * DERIVED_SHARE_AT_MOST) return this.build(m, step);
		// The objects shown anew, and the slot holders each target loses (by owner) and gains.
		const shownChanges = new Map<ObjectId, ShownObject | undefined>();
		const losing = new Map<ObjectId, Set<ObjectId>>();
		const gaining = new Map<ObjectId, ReferenceHolder[]>();
		for (const id of candidates) {
			const was = before.byId.get(id);
			const old = was?.inline ? undefined : was;
			const o = m.objects.get(id);
			const now = o ? this.views.shownOf(id, o, m) : undefined;
			if (old === now?.view) continue;
			shownChanges.set(id, now);
			const targets = changedTargets(old, now);
			for (const target of targets) {
				getOrAdd(losing, target, () => new Set<ObjectId>()).add(id);
				getOrAdd(gaining, target, () => []);
			}
			// All of an owner's holders of a changed target go and come back, those of its unchanged slots too.
			if (now && targets.size > 0) now.view.slots.forEach((slot, i) => targets.has(slot.target) && gaining.get(slot.target)!.push(now.holders[i]!));
		}
		const { shown: frames, changed: tailChanged } = framesShownAfter(before.frames, m, this.str);
		const dirty = new Set<ObjectId>([...losing.keys(), ...gaining.keys(), ...tailChanged]);

		const seqOf = (owner: ObjectId) => m.objects.get(owner)!.seq;
		const holderChanges = new Map<ObjectId, readonly ReferenceHolder[] | undefined>();
		for (const target of dirty) {
			const old = before.holders.get(target) ?? NO_HOLDERS;
			let slotHolders = old.slice(0, old.length - (before.frames.tail.get(target)?.length ?? 0));
			const lost = losing.get(target);
			if (lost) slotHolders = slotHolders.filter((h) => !(h.kind === "slot" && lost.has(h.owner)));
			const gained = gaining.get(target);
			if (gained && gained.length > 0) slotHolders = mergeByOwner(slotHolders, gained, seqOf);
			const list = slotHolders.concat(frames.tail.get(target) ?? NO_HOLDERS);
			if (!sameHolders(old, list)) holderChanges.set(target, list.length > 0 ? list : undefined);
		}
		const holders = before.holders.with(holderChanges);

		const leaving = before.step < step ? walk.removed : walk.added;
		const { program, seqs } = this.programAfter(before, m, leaving, shownChanges);
		const byIdChanges = new Map<ObjectId, HeapObjectView | undefined>();
		for (const [id, object] of shownChanges) byIdChanges.set(id, object?.view);
		const shared = this.sharedAfter(before, m, holders, [...holderChanges.keys(), ...shownChanges.keys()], byIdChanges);
		return this.finish(m, step, gcIds, { program, seqs, byId: before.byId.with(byIdChanges), holders, shared, frames });
	}

	/**
	 * The shared values shown after the step, by id, with their comings and goings added to `byIdChanges`. A shared
	 * value is shown while something refers to it: only one of `changed`, whose holders or view changed, can come or go.
	 */
	private sharedAfter(
		before: BuiltState,
		m: Model,
		holders: ReadonlyMap<ObjectId, readonly ReferenceHolder[]>,
		changed: readonly ObjectId[],
		byIdChanges: Map<ObjectId, HeapObjectView | undefined>,
	): readonly HeapObjectView[] {
		const sharedChanges = new Map<ObjectId, HeapObjectView | undefined>();
		for (const id of new Set(changed)) {
			const wasShared = before.byId.get(id)?.inline === true;
			const isShared = holders.has(id) && !m.objects.has(id) && this.sources.sharedValues.has(id);
			if (wasShared && !isShared) sharedChanges.set(id, undefined);
			else if (!wasShared && isShared) sharedChanges.set(id, this.views.sharedValueView(id));
		}
		if (sharedChanges.size === 0) return before.shared;
		// An id the step took out of the model and now shows as a shared value takes the shared value's view.
		for (const [id, view] of sharedChanges) if (view || !byIdChanges.has(id)) byIdChanges.set(id, view);
		const shared = before.shared.filter((view) => !sharedChanges.has(view.id));
		for (const view of sharedChanges.values()) if (view) shared.push(view);
		return shared.sort((a, b) => a.id - b.id);
	}

	/**
	 * The program's objects at the step derived: those of `before` in their places (shown anew where they changed),
	 * without those `leaving` (by seq), and those that came, each where its seq puts it.
	 */
	private programAfter(before: BuiltState, m: Model, leaving: ReadonlyMap<ObjectId, number>, shownChanges: ReadonlyMap<ObjectId, ShownObject | undefined>): { program: readonly HeapObjectView[]; seqs: readonly number[] } {
		const replaced = new Map<number, HeapObjectView>();
		const coming: { seq: number; view: HeapObjectView }[] = [];
		for (const [id, object] of shownChanges) {
			if (!object) continue;
			// A seq names one object of the trace: found in `before`, it is the same object.
			const seq = m.objects.get(id)!.seq;
			const index = seqIndex(before.seqs, seq);
			if (index >= 0) replaced.set(index, object.view);
			else coming.push({ seq, view: object.view });
		}
		const gone = new Set<number>();
		for (const seq of leaving.values()) {
			const index = seqIndex(before.seqs, seq);
			if (index >= 0) gone.add(index);
		}
		if (replaced.size + coming.length + gone.size === 0) return before;
		if (coming.length + gone.size <= FEW_COMINGS_AND_GOINGS) {
			// A step changes, frees and makes a few objects: copies and moves of the arrays are memcpys and memmoves,
			// where pushing each object was most of what deriving a state over a large heap cost.
			const program = before.program.slice();
			for (const [index, view] of replaced) program[index] = view;
			if (coming.length + gone.size === 0) return { program, seqs: before.seqs };
			const seqs = before.seqs.slice();
			// From the last place to the first, so that each index still names its object.
			for (const index of [...gone].sort((a, b) => b - a)) {
				program.splice(index, 1);
				seqs.splice(index, 1);
			}
			for (const { seq, view } of coming) {
				const place = seqPlace(seqs, seq);
				program.splice(place, 0, view);
				seqs.splice(place, 0, seq);
			}
			return { program, seqs };
		}
		coming.sort((a, b) => a.seq - b.seq);
		const program: HeapObjectView[] = [];
		const seqs: number[] = [];
		let next = 0;
		// One pass past the end, where every object still coming goes.
		for (let i = 0; i <= before.program.length; i++) {
			const seq = i < before.program.length ? before.seqs[i]! : Infinity;
			for (; next < coming.length && coming[next]!.seq < seq; next++) {
				program.push(coming[next]!.view);
				seqs.push(coming[next]!.seq);
			}
			if (seq === Infinity || gone.has(i)) continue;
			program.push(replaced.get(i) ?? before.program[i]!);
			seqs.push(seq);
		}
		return { program, seqs };
	}

	private finish(
		m: Model,
		step: number,
		gcIds: readonly ObjectId[],
		parts: Omit<BuiltState, "step" | "state" | "model" | "gcIds">,
	): BuiltState {
		const [enabled, c0, c1, c2, t0, t1, t2] = m.gc;
		const { stdoutWrites, stderrWrites } = m;
		const output = this.output;
		const stdout = output.stdoutAfter(stdoutWrites);
		// Both streams as one cost every write so far: built for a state that shows them.
		let interleaved: OutputPiece[] | undefined;
		const state: StepState = {
			step,
			line: m.line,
			nextLine: m.nextLine < 0 ? null : m.nextLine,
			frames: frameViews(parts.frames),
			objects: parts.program.concat(parts.shared),
			holders: parts.holders,
			stdout,
			stderr: output.stderrAfter(stderrWrites),
			get output() {
				return (interleaved ??= output.interleaved(stdoutWrites, stderrWrites, stdout));
			},
			gc: {
				enabled: enabled === 1,
				counts: [c0!, c1!, c2!],
				thresholds: [t0!, t1!, t2!],
				collecting: m.collecting ? collectingView(m.collecting) : null,
			},
		};
		rememberObjectIndex(state, parts.byId);
		let model = this.modelNumbers.get(m);
		if (model === undefined) this.modelNumbers.set(m, (model = ++this.modelsNumbered));
		return { ...parts, step, state, model, gcIds };
	}
}

function gcIdsOf(m: Model): ObjectId[] {
	if (!m.gcMarks) return [];
	// A phase lists its objects; one resurrected is marked though the phase no longer lists it.
	const ids = new Set([...m.gcMarks.refs.keys(), ...m.gcMarks.states.keys()]);
	return [...ids];
}

/** A step after a phase's own runs Python code inside the next phase (see Collecting). */
function collectingView(c: Collecting): NonNullable<GcView["collecting"]> {
	const underWay = c.stepsSincePhase === 2;
	const phase = GC_PHASES[underWay ? c.phase + 1 : c.phase]!;
	return { generation: c.generation as 0 | 1 | 2, phase, cause: decodeGcCause(c.cause), underWay, collected: c.collected };
}
