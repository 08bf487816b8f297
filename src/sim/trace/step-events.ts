// A step's events, derived from the difference between its state and the one before it. The log keeps what
// a step changed, not when within the step, so the order is built here, in the order the step did it:
// the running line's own work, then a frame's return and what its end drops, then the caller's work after
// the return, then a call and the new frame's arguments (a step that only calls starts with its call, unless a
// count reaching 0 made the call: a `__del__` or weakref callback comes after that drop). An object the step
// freed is told losing its last references, then what its dealloc let go of, then its free (death-order.ts).
// What a return brought about is ordered in return-order.ts.
import { BEING_FINALIZED } from "../heap/heap";
import { afterReturn, FINALIZER_CALLED, frameEndRank } from "./return-order";
import { countEvents } from "./event-counts";
import { inDeathOrder } from "./death-order";
import { freeReason, holderCause, sysHoldersOnly } from "./event-causes";
import { CLOSED_MODULE_GLOBAL, commonHolderPrefix, holderKey, keyedHolders, NO_HOLDERS, sameHolders } from "./holder-identity";
import { objectsById } from "./names";
import type { StepNotes } from "./step-notes";
import { storesLast } from "./stores-last";
import {
	FRAME_OBJECT_HOLDER,
	MODULE_FRAME,
	RUNNING_FRAME_HOLDER,
	STREAM_BUFFER_HOLDER,
	WEAKREF_CALLBACK_HOLDER,
	type FrameId,
	type FrameView,
	type HeapObjectView,
	type ObjectId,
	type ReferenceHolder,
	type StepState,
	type TraceEvent,
} from "./types";

/** The interpreter took a weakref's callback from it in the step: its referent is dying, and the callback is due. */
function callbackDue(oldHolders: ReadonlyMap<string, ReferenceHolder>, newHolders: ReadonlyMap<string, ReferenceHolder>): boolean {
	for (const [key, holder] of newHolders) if (holder.kind === "internal" && holder.label === WEAKREF_CALLBACK_HOLDER && !oldHolders.has(key)) return true;
	return false;
}

function finalizedFromZero(oldHolders: ReadonlyMap<string, ReferenceHolder>, newHolders: ReadonlyMap<string, ReferenceHolder>): boolean {
	if (oldHolders.size === 0 || [...oldHolders.keys()].some((key) => newHolders.has(key))) return false;
	for (const holder of newHolders.values()) if (holder.kind === "internal" && holder.label === BEING_FINALIZED) return true;
	return false;
}

/** A call or return event, marked when its frame is a class statement's body or a generator's. */
function withFrameKind<E extends TraceEvent & { kind: "call" | "return" }>(event: E, frame: FrameView): E {
	if (frame.classBody) event.classBody = true;
	if (frame.generator) event.generator = true;
	return event;
}

/** Which frames a holder belongs to: a name or stack entry of one, or the reference its running holds. */
function holderFrame(h: ReferenceHolder, frameNamed: (name: string) => FrameId | undefined): FrameId | undefined {
	if (h.kind === "name" || h.kind === "stack") return h.frame;
	if (h.kind === "internal" && h.label.startsWith(RUNNING_FRAME_HOLDER)) return frameNamed(h.label.slice(RUNNING_FRAME_HOLDER.length));
	return undefined;
}

/**
 * Add to `part` the allocs and frees of the temporaries `passing` lists (in the order they were freed) for which
 * `inPart` holds. Ids grow as objects are made, so each free comes after the allocs of every temporary with an
 * id up to its own, and of those the recorder saw made before it (`madeBeforeFree`): `list(range(3))` makes its
 * list before the iterator that fills it, and frees the iterator first. One push per event: a step can make hundreds of thousands of temporaries, too many to spread into a call.
 */
function tellTemporaries(
	part: TraceEvent[],
	passing: ReadonlyMap<ObjectId, string>,
	inPart: (id: ObjectId) => boolean,
	reason: string,
	madeBeforeFree: ReadonlyMap<ObjectId, ObjectId> | undefined,
): void {
	const freed = [...passing.keys()].filter(inPart);
	const made = freed.slice().sort((a, b) => a - b);
	let told = 0;
	for (const id of freed) {
		const madeBelow = madeBeforeFree?.get(id) ?? id + 1;
		for (; told < made.length && made[told]! < madeBelow; told++) part.push({ kind: "alloc", object: made[told]!, type: passing.get(made[told]!)! });
		part.push({ kind: "free", object: id, reason });
	}
}

const NO_OBJECTS: ReadonlyMap<ObjectId, HeapObjectView> = new Map();
const NO_IDS: ReadonlySet<ObjectId> = new Set();
const NO_WRITES: readonly string[] = [];

/**
 * The frame objects among `objects` (those the step touched) whose interpreter frame ended in the step: it held
 * them until then (FRAME_OBJECT_HOLDER).
 */
function frameObjectsOfEndedFrames(objects: readonly HeapObjectView[], previous: StepState | null, current: StepState): ReadonlySet<ObjectId> {
	const ended = new Set<ObjectId>();
	const runningFrame = (h: ReferenceHolder) => h.kind === "internal" && h.label === FRAME_OBJECT_HOLDER;
	for (const o of objects) {
		if (o.type !== "frame") continue;
		if (previous?.holders.get(o.id)?.some(runningFrame) && !current.holders.get(o.id)?.some(runningFrame)) ended.add(o.id);
	}
	return ended;
}

/** The events that turn `previous` into `current`. */
export function diffEvents(previous: StepState | null, current: StepState, notes: StepNotes = {}): TraceEvent[] {
	const { firstAfterReturn, outputAtReturn, stderrAtReturn, written, raised, passing, touched, madeBeforeFree } = notes;
	const currentObjects = touched?.current ?? current.objects;
	const previousObjects = touched?.previous ?? previous?.objects ?? [];
	const top = current.frames[current.frames.length - 1];
	const line: TraceEvent = { kind: "line", line: current.line, frame: top?.id ?? 0 };
	const before = previous ? objectsById(previous) : NO_OBJECTS;
	const after = objectsById(current);
	const prevFrames = new Set(previous?.frames.map((f) => f.id) ?? []);
	const currentFrames = new Set(current.frames.map((f) => f.id));
	const called = current.frames.filter((f) => !prevFrames.has(f.id));
	const returned = (previous?.frames ?? []).filter((f) => !currentFrames.has(f.id));
	const calls = called.map((f) => withFrameKind({ kind: "call", frame: f.id, name: f.name, line: f.line }, f));
	// Frames leave the stack innermost first (an exception unwinding through several).
	const returns: TraceEvent[] = returned.map((f) => withFrameKind({ kind: "return", frame: f.id, name: f.name }, f)).reverse();
	const moduleFrame = returned.find((f) => f.name === MODULE_FRAME)?.id;
	const calledIds = new Set(called.map((f) => f.id));
	const returnedIds = new Set(returned.map((f) => f.id));
	// A step can end one frame and start another of the same name (two comprehensions): a running frame's
	// function is taken by the frame that started and let go by the one that ended.
	const frameNamed = (name: string, taken: boolean): FrameId | undefined => (taken ? [...called, ...returned] : [...returned, ...called]).find((f) => f.name === name)?.id;
	const madeAfterReturn = (id: ObjectId) => returns.length > 0 && firstAfterReturn !== undefined && id >= firstAfterReturn;
	const ownedAtEnd = returns.length > 0 ? frameObjectsOfEndedFrames(currentObjects, previous, current) : NO_IDS;

	// The step's story in four parts (see the file's comment); a part may be empty.
	const ownWork: TraceEvent[] = [];
	const frameEnds: TraceEvent[] = [];
	const callerWork: TraceEvent[] = [];
	const callStarts: TraceEvent[] = [];
	const printedOnlyBeforeReturn = previous !== null && outputAtReturn !== undefined && outputAtReturn > 0 && written?.stdout.length === outputAtReturn;
	/** What the interpreter held for a call that returned in the step goes with the frame's end (frameEndRank). */
	const dropPart = (h: ReferenceHolder, part: TraceEvent[]): TraceEvent[] => (returns.length > 0 && h.kind === "internal" && frameEndRank(h.label) >= 2 ? frameEnds : part);
	const partOf = (h: ReferenceHolder, object: ObjectId, taken: boolean): TraceEvent[] => {
		const frame = holderFrame(h, (name) => frameNamed(name, taken));
		if (frame !== undefined && calledIds.has(frame)) return callStarts;
		if (frame !== undefined && returnedIds.has(frame)) return frameEnds;
		if (returns.length === 0) return ownWork;
		// A frame object whose frame ended takes over its locals as that frame is cleared (take_ownership); its
		// f_back, made after the return, is the caller's.
		if (h.kind === "slot" && ownedAtEnd.has(h.owner) && !madeAfterReturn(object)) return frameEnds;
		// After a return, the frames still running are the callers, which run only once it has returned; what the
		// interpreter holds across a call (the __init__ being called, the new object) it lets go once the call is
		// over, and what it holds from the step's line (say print's text) the callee could not have left it.
		// A stream's buffer took its text where the step printed: before the return when all of it came first.
		if (h.kind === "internal" && h.label === STREAM_BUFFER_HOLDER && printedOnlyBeforeReturn) return ownWork;
		if (frame !== undefined || h.kind === "internal") return callerWork;
		// What a dying object held goes with its death, which the frame's end brought.
		if (h.kind === "slot" && !after.has(h.owner)) return frameEnds;
		// An object made after the return gains its references there, from old owners too (a caller's frame object,
		// made as the returning frame is cleared, becomes that frame's f_back).
		return (h.kind === "slot" && madeAfterReturn(h.owner)) || madeAfterReturn(object) ? callerWork : ownWork;
	};

	// Shared objects are not the program's allocations: gc.garbage and gc.callbacks exist before it runs, and
	// shared values come and go from the state as names and slots refer to them.
	// An object the previous state held without showing it (made at interpreter startup, like sys.argv) was
	// not allocated now: it is only shown from now on.
	const existedBefore = (id: number) => (previous?.holders.get(id)?.length ?? 0) > 0;
	for (const o of currentObjects) {
		if (!before.has(o.id) && !o.shared && !existedBefore(o.id)) (madeAfterReturn(o.id) ? callerWork : ownWork).push({ kind: "alloc", object: o.id, type: o.type });
	}
	// A temporary lives and dies within the step, told in the part that made it.
	const reason = freeReason(current.gc.collecting?.phase ?? null);
	if (passing) {
		tellTemporaries(ownWork, passing, (id) => !madeAfterReturn(id), reason, madeBeforeFree);
		tellTemporaries(callerWork, passing, madeAfterReturn, reason, madeBeforeFree);
	}
	/** The events of objects whose finalizer the step ended in, told after the rest of their parts. */
	const finalizations: { part: TraceEvent[]; event: TraceEvent }[] = [];
	/** The `__del__` those finalizers call is taken last of all: the object reached its finalizer first. */
	const finalizerCalls: { part: TraceEvent[]; event: TraceEvent }[] = [];
	/** A weakref callback the interpreter took from its weakref, which it did once the referent was dying. */
	const callbackHandovers: TraceEvent[] = [];
	/** Each object's count before the step; the events' counts are filled in once they are in order. */
	const counts = new Map<ObjectId, number>();
	const finalizedFromZeroIds = new Set<ObjectId>();
	/** Puts a reference's event in its part, or aside when it belongs to a death, a callback or a finalizer's call. */
	const place = (object: ObjectId, h: ReferenceHolder, event: TraceEvent, dying: boolean, callback: boolean) => {
		const part = partOf(h, object, event.kind === "incref");
		if (dying) finalizations.push({ part, event });
		else if (callback && (part === ownWork || part === callerWork)) callbackHandovers.push(event);
		else if (h.kind === "internal" && h.label === FINALIZER_CALLED && event.kind === "incref") finalizerCalls.push({ part, event });
		else (event.kind === "decref" ? dropPart(h, part) : part).push(event);
	};
	for (const o of currentObjects) {
		if (o.shared) continue;
		const oldList = previous?.holders.get(o.id) ?? NO_HOLDERS;
		const newList = current.holders.get(o.id) ?? NO_HOLDERS;
		// Most objects a step does not touch: told nothing, without building their holders' keys.
		if (sameHolders(oldList, newList)) continue;
		// A new object with one holder (each of list(range(100000))'s ints) takes that reference: no holders to
		// match up, no death. Unless the holder is a weakref callback's, whose handover waits (callbackDue).
		const only = oldList.length === 0 && newList.length === 1 ? newList[0]! : null;
		if (only !== null && !(only.kind === "internal" && only.label === WEAKREF_CALLBACK_HOLDER)) {
			counts.set(o.id, before.get(o.id)?.refcount ?? 0);
			place(o.id, only, { kind: "incref", object: o.id, refcount: 0, holder: only, cause: holderCause(only, true, after) }, false, false);
			continue;
		}
		const old = before.get(o.id);
		// Holders both lists begin with are kept: only those after them are matched up.
		const common = commonHolderPrefix(oldList, newList);
		const oldHolders = keyedHolders(oldList, common);
		const newHolders = keyedHolders(newList, common);
		counts.set(o.id, old?.refcount ?? (existedBefore(o.id) ? oldList.length : 0));
		// A reference that moves (a pop, then an append) is taken before it is let go, so the count never
		// seems to reach 0. But an object whose every holder let go and whose finalizer now holds it reached 0
		// first, and its death is the last thing the step did (it ends inside the finalizer): its dealloc takes
		// the finalizer's reference after the rest of the step's work.
		const dying = common === 0 && finalizedFromZero(oldHolders, newHolders);
		if (dying) finalizedFromZeroIds.add(o.id);
		const callback = !dying && callbackDue(oldHolders, newHolders);
		// When the module's frame returns, each name it showed is shown as the same global of __main__: the dict
		// that holds it never changed, so each global is told as taken just before its name is let go.
		const globalsKept = new Map<string, TraceEvent>();
		const taken = () => {
			for (const [key, h] of newHolders) {
				if (oldHolders.has(key)) continue;
				const event: TraceEvent = { kind: "incref", object: o.id, refcount: 0, holder: h, cause: holderCause(h, true, after) };
				const global = h.kind === "internal" ? CLOSED_MODULE_GLOBAL.exec(h.label)?.[1] : undefined;
				const kept = !dying && global !== undefined && moduleFrame !== undefined && oldHolders.has(holderKey({ kind: "name", frame: moduleFrame, name: global }));
				if (kept) globalsKept.set(global, event);
				else place(o.id, h, event, dying, callback);
			}
		};
		const dropped = () => {
			for (const [key, h] of oldHolders) {
				if (newHolders.has(key)) continue;
				const event: TraceEvent = { kind: "decref", object: o.id, refcount: 0, holder: h, cause: holderCause(h, false, before) };
				const kept = h.kind === "name" ? globalsKept.get(h.name) : undefined;
				if (kept) frameEnds.push(kept, event);
				else place(o.id, h, event, dying, callback);
			}
		};
		if (dying) {
			dropped();
			taken();
		} else {
			taken();
			dropped();
		}
	}
	/** The step's call is a `__del__` or a weakref callback: the interpreter's, brought about by the work told before it. */
	const deallocCalls = finalizations.length + finalizerCalls.length + callbackHandovers.length > 0;
	// An object freed where a frame returned died of what the return dropped (or after it).
	const frees = returns.length > 0 ? frameEnds : ownWork;
	// The last references to the objects the step freed go first, all of them before any free: their counts reach
	// 0, and then they are freed (death-order.ts moves each free to its place).
	const freedIds = new Set<ObjectId>();
	for (const o of previousObjects) if (!o.shared && !after.has(o.id)) freedIds.add(o.id);
	for (const id of freedIds) {
		counts.set(id, before.get(id)!.refcount);
		for (const h of previous!.holders.get(id) ?? NO_HOLDERS) {
			dropPart(h, partOf(h, id, false)).push({ kind: "decref", object: id, refcount: 0, holder: h, cause: holderCause(h, false, before) });
		}
	}
	for (const id of freedIds) {
		const releasedBySys = sysHoldersOnly(previous!.holders.get(id));
		if (releasedBySys === null) frees.push({ kind: "free", object: id, reason });
		else frees.push({ kind: "free", object: id, reason: `refcount reached 0: ${releasedBySys.join(" and ")} no longer ${releasedBySys.length === 1 ? "holds" : "hold"} it`, releasedBySys });
	}
	// A finalizer's reference and a weakref callback's handover come of a count reaching 0: after the drops of the
	// objects the step freed, whose deallocs may be what let go of the dying object (death-order.ts moves them).
	// After a return, the dealloc that clears the weakrefs goes on once the call is over: a `__del__`'s, say.
	(returns.length > 0 ? callerWork : ownWork).push(...callbackHandovers);
	for (const { part, event } of [...finalizations, ...finalizerCalls]) part.push(event);
	// Output in a step that returned comes from the caller, which prints what the call gave back (or the
	// traceback of what it raised), unless the recorder saw the returning line write first.
	for (const [kind, atReturn] of [["stdout", outputAtReturn], ["stderr", stderrAtReturn]] as const) {
		const writes = written?.[kind] ?? NO_WRITES;
		if (!previous || writes.length === 0) continue;
		const split = returns.length === 0 ? writes.length : (atReturn ?? 0);
		if (split > 0) ownWork.push({ kind, text: writes.slice(0, split).join("") });
		if (writes.length > split) callerWork.push({ kind, text: writes.slice(split).join("") });
	}
	// A raise ends the work of the frame that raised (after what its line printed): the returning line's, or its
	// caller's after the return.
	// A caller that raised after the return, and which the exception then left in the same step, raised between
	// the two returns (a `with` block whose `__exit__` returned without suppressing it).
	for (const { object, type, line, frame, afterReturn, reraised } of raised ?? []) {
		const view = after.get(object) ?? before.get(object);
		const event: TraceEvent = { kind: "exception", object, type, preview: view?.preview ?? null, line };
		const told = reraised ? { ...event, reraised } : event;
		const left = afterReturn ? returns.findIndex((ret) => ret.kind === "return" && ret.frame === frame) : -1;
		if (left > 0) returns.splice(left, 0, told);
		else (returns.length > 0 && afterReturn ? callerWork : ownWork).push(told);
	}
	storesLast(ownWork);
	storesLast(callerWork);
	// A call alone is told first, with the line that makes it: what the caller did before it (its arguments
	// built, a generator giving its frame back to the stack) is the call's own preparation. But no line calls
	// a `__del__` or a weakref callback: the count that reached 0 did, so that drop comes first.
	const ordered: TraceEvent[] =
		returns.length === 0
			? deallocCalls
				? [line, ...ownWork, ...calls, ...callStarts]
				: [line, ...calls, ...ownWork, ...callStarts]
			: [line, ...ownWork, ...returns, ...afterReturn(frameEnds, callerWork, returned, after, freedIds), ...calls, ...callStarts];
	// Objects freed in the step, or finalized from 0, did reach 0; one shown at 0 is being deallocated.
	const events = countEvents(inDeathOrder(ordered, freedIds), counts, (id) => !after.has(id) || after.get(id)!.refcount === 0 || finalizedFromZeroIds.has(id));
	const gc = current.gc.collecting;
	if (gc?.phase === "done") events.push({ kind: "gc-done", generation: gc.generation, collected: gc.collected, cause: gc.cause });
	else if (gc) {
		// A phase that runs Python code (a `__del__`, a weakref callback) starts in the step that first runs it
		// and ends in a later one: the start is told first, as the phase began before the call.
		const was = previous?.gc.collecting;
		const going = was?.underWay === true && was.phase === gc.phase;
		if (gc.underWay && going) return events;
		const refs: [number, number][] = current.objects.filter((o) => o.gcRefs !== undefined).map((o) => [o.id, o.gcRefs!]);
		const phase: TraceEvent = { kind: "gc-phase", generation: gc.generation, phase: gc.phase, cause: gc.cause, gcRefs: refs };
		if (gc.phase === "check-resurrection") phase.resurrected = current.objects.filter((o) => o.gcState === "resurrected").map((o) => o.id);
		if (gc.underWay) events.splice(1, 0, { ...phase, stage: "starts" });
		else events.push(going ? { ...phase, stage: "ends" } : phase);
	}
	return events;
}
