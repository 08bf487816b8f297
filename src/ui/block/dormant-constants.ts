// Code constants exist before the first line runs, as in CPython: every `"label: "` in a print() and every
// number literal is an object held by its code object and the AST arena. A card for each would bury the
// diagram, so a constant gets one once the program reaches it (a name, a stack entry or a program object
// refers to it); its card then counts the code's references too, which is what sys.getrefcount reports.
import { isCodeConstantHolder, type ObjectId, type StepState, type TraceEvent } from "../../sim/trace/types";

/** Objects held only by code (co_consts, the AST arena) or by the slots of other such objects. */
export function dormantConstants(state: Pick<StepState, "objects" | "holders">): ReadonlySet<ObjectId> {
	const dormant = new Set<ObjectId>();
	for (const object of state.objects) {
		const holders = state.holders.get(object.id);
		if (holders?.some(isCodeConstantHolder) && holders.every((h) => h.kind === "slot" || isCodeConstantHolder(h))) dormant.add(object.id);
	}
	// A constant tuple's item is dormant only while the tuple is; undo until nothing changes (chains are short).
	for (let changed = true; changed; ) {
		changed = false;
		for (const id of dormant) {
			const heldByShownSlot = state.holders.get(id)!.some((h) => h.kind === "slot" && !dormant.has(h.owner));
			if (heldByShownSlot) {
				dormant.delete(id);
				changed = true;
			}
		}
	}
	return dormant;
}

/**
 * A step's events without the code constants coming into being (their alloc and the code's references to
 * them, all before the first line runs): the narration and the log start with the program's own work.
 */
export function withoutConstantSetup(events: readonly TraceEvent[]): TraceEvent[] {
	const constants = new Set<ObjectId>();
	for (const event of events) if (event.kind === "incref" && isCodeConstantHolder(event.holder)) constants.add(event.object);
	if (constants.size === 0) return events as TraceEvent[];
	const isSetup = (event: TraceEvent) =>
		(event.kind === "alloc" && constants.has(event.object)) || (event.kind === "incref" && isCodeConstantHolder(event.holder));
	return events.filter((event) => !isSetup(event));
}
