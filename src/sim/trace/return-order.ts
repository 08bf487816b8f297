// What a return brings about within a step (step-events.ts): the frame's end lets its own references go, then
// the interpreter those it held for the call, then the objects that died of it theirs, and only then does the
// caller go on.
import { BEING_FINALIZED } from "../heap/heap";
import { callLabel } from "../vm/special-methods";
import { FRAME_OBJECT_HOLDER, RUNNING_FRAME_HOLDER, WEAKREF_CALLBACK_HOLDER, type FrameView, type ObjectId, type TraceEvent } from "./types";

/** The holder label of the `__del__` a finalizer calls: it takes that reference once the object is dying. */
export const FINALIZER_CALLED = callLabel("__del__");

/**
 * Where a frame's end lets an internal holder go, in _PyFrame_Clear's order: the function after the locals and the
 * stack, then what the interpreter held for the call (a `__del__` or weakref callback, which it lets go as soon
 * as the call returns: slot_tp_finalize, PyObject_ClearWeakRefs), then the object a finalizer ran for, whose
 * dealloc then goes on. 0 for a holder that is none of these.
 */
export function frameEndRank(label: string): number {
	if (label.startsWith(RUNNING_FRAME_HOLDER)) return 1;
	if (label === FINALIZER_CALLED || label === WEAKREF_CALLBACK_HOLDER) return 2;
	return label === BEING_FINALIZED ? 3 : 0;
}

/**
 * The part of the caller's work that came of the return itself, in order. A frame object for the caller, made as
 * the returning frame is cleared while a traceback keeps that frame's object (take_ownership makes it the f_back).
 * Then, when the returning frame was a `__del__` or weakref callback (`calledForDealloc`), the report of the error
 * it let out: PyErr_WriteUnraisable writes it as soon as the frame is gone, while the interpreter still holds the
 * call and the dying object.
 */
function clearingWork(callerWork: readonly TraceEvent[], calledForDealloc: boolean): TraceEvent[] {
	const made = new Set<ObjectId>();
	for (const event of callerWork) if (event.kind === "alloc" && event.type === "frame") made.add(event.object);
	const fBack = (event: TraceEvent) =>
		(event.kind === "alloc" && made.has(event.object)) ||
		(event.kind === "incref" && made.has(event.object) && event.holder.kind === "internal" && event.holder.label === FRAME_OBJECT_HOLDER);
	const work = callerWork.filter(fBack);
	const report = calledForDealloc ? callerWork.find((event) => event.kind === "stderr") : undefined;
	return report ? [...work, report] : work;
}

/**
 * What a return brought about, then the caller's work. The frame's end lets its own references go (and the
 * interpreter those it held for the call, a `__del__` or weakref callback), and only then do the objects that
 * died of it let theirs go. A class body's frame returns into __build_class__, which builds the class from the
 * namespace the body filled and only then lets the namespace and the body's function go: their deaths come after
 * the class is made, before the class statement stores it in a name.
 */
export function afterReturn(
	frameEnds: readonly TraceEvent[],
	callerWork: readonly TraceEvent[],
	returned: readonly FrameView[],
	after: ReadonlyMap<ObjectId, unknown>,
	freed: ReadonlySet<ObjectId>,
): TraceEvent[] {
	const death = (event: TraceEvent) => event.kind === "free" || (event.kind === "decref" && event.holder.kind === "slot" && !after.has(event.holder.owner));
	const rank = (event: TraceEvent) => (event.kind === "decref" && event.holder.kind === "internal" ? frameEndRank(event.holder.label) : 0);
	const ends = frameEnds.filter((event) => !death(event)).sort((a, b) => rank(a) - rank(b));
	const deaths = frameEnds.filter(death);
	// What the frame's clearing made, and what came of the call before the interpreter let its holds go, is told
	// between the frame's own drops and those holds (see clearingWork).
	const heldForCall = ends.findIndex((event) => rank(event) >= 2);
	const cleared = clearingWork(callerWork, heldForCall >= 0);
	ends.splice(heldForCall < 0 ? ends.length : heldForCall, 0, ...cleared);
	const goesOn = cleared.length > 0 ? callerWork.filter((event) => !cleared.includes(event)) : callerWork;
	if (!returned.some((frame) => frame.classBody)) return [...ends, ...deaths, ...goesOn];
	// The body's function (an operand of the call) and its namespace die in __build_class__ and its CALL, before
	// the class statement stores the class; a name's old value dies of that store, after it.
	const built = (event: TraceEvent) => death(event) || (event.kind === "decref" && freed.has(event.object) && event.holder.kind !== "name");
	const caller = goesOn.filter((event) => !built(event));
	const stored = caller.findIndex((event) => event.kind === "incref" && event.holder.kind === "name");
	const made = stored < 0 ? caller.length : stored;
	return [...ends, ...caller.slice(0, made), ...deaths, ...goesOn.filter(built), ...caller.slice(made)];
}
