// The cyclic garbage collector, following Modules/gcmodule.c (3.11) phase by phase so each phase can be
// shown: merge, update_refs, subtract_refs, move_unreachable, untrack tuples, survivors, weakrefs,
// finalizers, the resurrection check, then tp_clear.
import type { PyObject } from "./object";
import { BEING_FINALIZED, type Heap } from "./heap";
import { PyTuple, PyDict, PyList } from "./containers";
import { PyDictInstance, PyListInstance, PyTupleInstance, isExactDict, subtypeTraversal } from "./subclass-instances";
import { PyDefaultDict, PyOrderedDict } from "./collections";
import { PyStr } from "./values";
import type { GcCause, GcPhase } from "../trace/types";
import { GcList, unlinkGc } from "./gc-list";
import { mayBeTracked } from "./shared-tracking";

const NOTHING_COLLECTED: ReadonlySet<PyObject> = new Set();

export interface CollectorHooks {
	/**
	 * Called with the gc_refs of the collected set at each phase, and what started the collection (for the trace).
	 * `collected` is what the collection found unreachable, gc.collect()'s result: known at the done phase only.
	 */
	phase(generation: 0 | 1 | 2, phase: GcPhase, objects: PyObject[], cause: GcCause, collected: number): void;
	finalize(o: PyObject): void;
	/** handle_weakrefs: returns how many weakrefs their own callbacks freed (they count as collected). */
	weakrefCallbacks(unreachable: Set<PyObject>): number;
	/** gc.callbacks: "start"/"stop" with the stats. */
	callbacks(phase: "start" | "stop", generation: number, collected: number, uncollectable: number): void;
	saveGarbage(o: PyObject): void;
	/** DEBUG_COLLECTABLE: report each unreachable object ("gc: collectable <A 0x...>"). */
	reportCollectable(o: PyObject): void;
}

/**
 * The objects python3 3.11.7's start-up leaves tracked that survive every collection (its modules, their
 * functions, classes and dicts: `len(gc.get_objects())` after `gc.collect()` in an empty program, run as the
 * conformance suite runs python3), which pymem does not build. They are long-lived: a full collection counts
 * them in long_lived_total, which holds full collections back until a quarter as many objects are pending.
 */
export const PYTHON3_STARTUP_OBJECTS = 11115;

export const DEBUG_COLLECTABLE = 2;
export const DEBUG_SAVEALL = 32;

export class Collector {
	thresholds: [number, number, number] = [700, 10, 10];
	enabled = true;
	/** gc.get_stats(): per generation, its collections and what they collected (none is uncollectable in 3.11). */
	readonly stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0 }));
	collecting = false;
	/**
	 * The garbage of the collection under way, from handle_weakrefs to delete_garbage: CPython keeps it on its own
	 * `unreachable` list, out of every generation, so gc.get_objects() and gc.get_referrers() do not see it.
	 */
	beingCollected: ReadonlySet<PyObject> = NOTHING_COLLECTED;
	/** gc.set_debug flags; only DEBUG_COLLECTABLE and DEBUG_SAVEALL change what a collection does here. */
	debugFlags = 0;
	get debugSaveAll(): boolean {
		return (this.debugFlags & DEBUG_SAVEALL) !== 0;
	}
	longLivedPending = 0;
	longLivedTotal = 0;
	/** Of longLivedTotal, start-up's objects pymem does not build. */
	longLivedStartup = 0;
	/**
	 * A code object's constant tuples: made at compile time, tracked, in generation 0, until a collection
	 * finds they hold nothing it tracks (untrack_tuples). pymem keeps constants interpreter-wide, outside
	 * the generations, so only their flag is kept here.
	 */
	private readonly constantTuples: PyTuple[] = [];
	/** Objects moved out of the generations by gc.freeze() (the permanent generation's list). */
	readonly permanent = new GcList();
	/** gc.freeze() also moved what the interpreter made at startup (such as __main__'s globals) out of them. */
	startupFrozen = false;
	/** Start-up's objects pymem has not built: fewer as it builds one when a program reaches it (sys.argv). */
	unbuiltStartupObjects = PYTHON3_STARTUP_OBJECTS;
	hooks: CollectorHooks | null = null;

	constructor(private readonly heap: Heap) {}

	/** Where the objects the interpreter made at startup are: the oldest generation, or frozen with the rest. */
	startupList(): GcList {
		return this.startupFrozen ? this.permanent : this.heap.generations[2];
	}

	/** A start-up object pymem built joins `startupList()` (see unshareStartupObject): no longer unbuilt. */
	startupObjectBuilt(): void {
		this.unbuiltStartupObjects--;
	}

	/** gc.get_freeze_count(): the permanent generation, with start-up's objects once gc.freeze() moved them there. */
	frozenCount(): number {
		return this.permanent.size + (this.startupFrozen ? this.unbuiltStartupObjects : 0);
	}

	trackConstantTuple(t: PyTuple): void {
		t.tracked = true;
		this.constantTuples.push(t);
	}

	/** Oldest first, so a tuple nested in another is untracked before its container is examined. */
	private untrackConstantTuples(): void {
		let kept = 0;
		for (const t of this.constantTuples) {
			if (holdsNothingTracked(t)) t.tracked = false;
			else this.constantTuples[kept++] = t;
		}
		this.constantTuples.length = kept;
	}

	/** _PyObject_GC_Link's trigger: collect when gen0's count passes its threshold. */
	maybeCollect(): void {
		const counts = this.heap.counts;
		if (!this.enabled || this.collecting || this.thresholds[0] === 0 || counts[0] <= this.thresholds[0]) return;
		this.collecting = true;
		try {
			for (let i = 2; i >= 0; i--) {
				if (counts[i]! <= this.thresholds[i]!) continue;
				// Full collections wait until enough long-lived objects are pending (gcmodule.c's rule, in C's
				// integer division: a quarter of 5 long-lived objects is 1).
				if (i === 2 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
				const cause: GcCause = {
					kind: "threshold",
					counts: [counts[0], counts[1], counts[2]],
					thresholds: [...this.thresholds],
					longLivedPending: this.longLivedPending,
					longLivedTotal: this.longLivedTotal,
					longLivedStartup: this.longLivedStartup,
				};
				this.collect(i as 0 | 1 | 2, cause);
				break;
			}
		} finally {
			this.collecting = false;
			this.beingCollected = NOTHING_COLLECTED;
		}
	}

	/**
	 * collect_with_callback: returns collected + uncollectable. Without `withCallbacks`, gc_collect_main
	 * alone, as the interpreter's final collection runs it (gc.callbacks stay, uncalled).
	 */
	collectExplicit(generation: 0 | 1 | 2, cause: GcCause, withCallbacks = true): number {
		if (this.collecting) return 0;
		this.collecting = true;
		try {
			return this.collect(generation, cause, withCallbacks);
		} finally {
			this.collecting = false;
			this.beingCollected = NOTHING_COLLECTED;
		}
	}

	private collect(generation: 0 | 1 | 2, cause: GcCause, withCallbacks = true): number {
		const heap = this.heap;
		const hooks = this.hooks;
		const phase = (name: GcPhase, objects: PyObject[], collected = 0): void => hooks?.phase(generation, name, objects, cause, collected);
		if (withCallbacks) hooks?.callbacks("start", generation, 0, 0);
		if (generation < 2) heap.counts[generation + 1]!++;
		for (let i = 0; i <= generation; i++) heap.counts[i] = 0;
		// Merge younger generations onto the end of the collected one.
		const gens = heap.generations;
		const young = gens[generation].toArray();
		for (let i = 0; i < generation; i++) gens[i]!.pushTo(young);
		const inYoung = new Set(young);
		phase("merge", young);
		for (const o of young) o.gcRefs = o.refcnt;
		phase("update-refs", young);
		for (const o of young) for (const r of o.collectorReferences()) if (inYoung.has(r.target)) r.target.gcRefs--;
		phase("subtract-refs", young);
		const { reachable, unreachable } = moveUnreachable(young, inYoung);
		phase("move-unreachable", [...reachable, ...unreachable]);
		// untrack_tuples looks at exact tuples only (a namedtuple such as CacheInfo stays tracked). The code's constant
		// tuples, made when the program was compiled, come first in its list: a tuple holding one sees it untracked.
		this.untrackConstantTuples();
		for (const o of reachable) if (o.constructor === PyTuple && holdsNothingTracked(o)) heap.untrack(o);
		phase("untrack-tuples", reachable);
		const older = generation < 2 ? ((generation + 1) as 1 | 2) : 2;
		for (const o of young) unlinkGc(o);
		const survivors = reachable.filter((o) => o.tracked);
		if (generation === 2) {
			for (const o of survivors) if (isExactDict(o) && dictMayUntrack(o)) o.tracked = false;
			this.longLivedPending = 0;
			this.longLivedStartup = this.startupFrozen ? 0 : this.unbuiltStartupObjects;
			this.longLivedTotal = survivors.filter((o) => o.tracked).length + this.longLivedStartup;
		} else if (generation === 1) this.longLivedPending += survivors.length;
		for (const o of survivors) if (o.tracked) this.place(o, older);
		for (const o of unreachable) this.place(o, older, false);
		phase("move-survivors", survivors);
		phase("legacy-finalizers", unreachable);
		if (this.debugFlags & DEBUG_COLLECTABLE) for (const o of unreachable) hooks?.reportCollectable(o);
		const unreachableSet = new Set(unreachable);
		this.beingCollected = unreachableSet;
		const weakrefsFreed = hooks?.weakrefCallbacks(unreachableSet) ?? 0;
		phase("handle-weakrefs", unreachable);
		// finalize_garbage holds each object only while its own __del__ runs; a finalizer that breaks the
		// cycle frees the rest by reference counting, and those are no longer garbage to collect.
		for (const o of unreachable) {
			if (o.finalized || o.refcnt === 0) continue;
			heap.hold(o, BEING_FINALIZED);
			hooks?.finalize(o);
			heap.release(o, BEING_FINALIZED);
		}
		const stillGarbage = unreachable.filter((o) => o.refcnt > 0);
		phase("finalize", stillGarbage);
		const finalUnreachable = resurrectionCheck(stillGarbage);
		// handle_resurrected_objects: what a finalizer brought back is in the old generation again.
		this.beingCollected = new Set(finalUnreachable);
		phase("check-resurrection", finalUnreachable);
		const collected = weakrefsFreed + finalUnreachable.length;
		for (const o of finalUnreachable) {
			if (o.refcnt === 0) continue;
			if (this.debugSaveAll) hooks?.saveGarbage(o);
			else {
				heap.hold(o, "garbage being cleared");
				heap.clearObject(o);
				heap.release(o, "garbage being cleared");
			}
		}
		phase("clear", finalUnreachable);
		this.beingCollected = NOTHING_COLLECTED;
		if (generation === 2) heap.clearFreeLists();
		phase("done", [], collected);
		this.stats[generation]!.collections++;
		this.stats[generation]!.collected += collected;
		if (withCallbacks) hooks?.callbacks("stop", generation, collected, 0);
		return collected;
	}

	private place(o: PyObject, generation: 0 | 1 | 2, keepTracked = true): void {
		if (!keepTracked && !o.tracked) return;
		o.generation = generation;
		this.heap.generations[generation].append(o);
	}
}

/** gcmodule.c move_unreachable: reachable objects pull tentatively unreachable ones back, in traversal order. */
function moveUnreachable(young: PyObject[], inYoung: Set<PyObject>): { reachable: PyObject[]; unreachable: PyObject[] } {
	const list = [...young];
	const tentative = new Set<PyObject>();
	const reachable: PyObject[] = [];
	const visited = new Set<PyObject>();
	for (let i = 0; i < list.length; i++) {
		const o = list[i]!;
		if (visited.has(o)) continue;
		if (o.gcRefs > 0) {
			visited.add(o);
			reachable.push(o);
			for (const target of traversalOrder(o)) {
				if (!inYoung.has(target)) continue;
				if (tentative.has(target)) {
					tentative.delete(target);
					target.gcRefs = 1;
					list.push(target);
				} else if (target.gcRefs === 0) target.gcRefs = 1;
			}
		} else tentative.add(o);
	}
	return { reachable, unreachable: list.filter((o) => tentative.has(o)).filter((o, i, all) => all.indexOf(o) === i) };
}

/**
 * What tp_traverse visits, in its order: lists and tuples visit items last to first; a dict whose keys
 * are all str visits only its values (str keys cannot be part of a cycle), a split dict's in the shared
 * keys' order, and any other dict each value then its key; everything else in reference order.
 */
export function traversalOrder(o: PyObject): PyObject[] {
	if (o instanceof PyListInstance) return subtypeTraversal(o, [...o.items].reverse());
	if (o instanceof PyDictInstance) return subtypeTraversal(o, dictTraversal(o));
	if (o instanceof PyTupleInstance) return subtypeTraversal(o, [...o.items].reverse());
	if (o instanceof PyList || o instanceof PyTuple) return [...o.items].reverse();
	if (o instanceof PyOrderedDict) return [...(o.instDict ? [o.instDict] : []), ...[...o.entries.values()].map((e) => e.key), ...dictTraversal(o)];
	if (o instanceof PyDefaultDict) return o.defaultFactory ? [o.defaultFactory, ...dictTraversal(o)] : dictTraversal(o);
	if (o instanceof PyDict) return dictTraversal(o);
	return o.collectorReferences().map((r) => r.target);
}

function dictTraversal(d: PyDict): PyObject[] {
	const entries = d.entriesInStorageOrder();
	const unicodeKeys = entries.every((e) => e.key instanceof PyStr);
	return entries.flatMap((e) => (unicodeKeys ? [e.value] : [e.value, e.key]));
}

/** handle_resurrected_objects: anything the garbage set no longer explains by itself survives. */
function resurrectionCheck(unreachable: PyObject[]): PyObject[] {
	const set = new Set(unreachable);
	for (const o of unreachable) o.gcRefs = o.refcnt;
	for (const o of unreachable) for (const r of o.collectorReferences()) if (set.has(r.target)) r.target.gcRefs--;
	const alive = new Set<PyObject>();
	const stack = unreachable.filter((o) => o.gcRefs > 0);
	while (stack.length) {
		const o = stack.pop()!;
		if (alive.has(o)) continue;
		alive.add(o);
		for (const r of o.collectorReferences()) if (set.has(r.target)) stack.push(r.target);
	}
	return unreachable.filter((o) => !alive.has(o));
}

/** _PyDict_MaybeUntrack's test: no key or value may be tracked. */
function dictMayUntrack(d: PyDict): boolean {
	for (const e of d.entries.values()) if (mayBeTracked(e.key) || mayBeTracked(e.value)) return false;
	return true;
}

/**
 * _PyTuple_MaybeUntrack's test: a tuple can leave the collector's lists when none of its items may be tracked,
 * so a tuple of an untracked dict stays tracked (the dict can be tracked again once it holds a container).
 */
function holdsNothingTracked(t: PyTuple): boolean {
	return !t.items.some(mayBeTracked);
}
