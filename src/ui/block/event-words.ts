// The short words for a step's events: the event log's rows and the collector pane's phase.
import type { GcCause, GcPhase, ObjectId, TraceEvent } from "../../sim/trace/types";
import type { NameLookup } from "../../sim/trace/names";
import { describeHolder } from "./holders";
import { listed } from "./temporaries";

const PHASE_WORDS: Record<GcPhase, string> = {
	start: "starts",
	merge: "merges the younger generations into the one it collects",
	"update-refs": "copies each object's refcount into gc_refs",
	"subtract-refs": "subtracts the references objects in the collection hold to each other",
	"move-unreachable": "sets aside objects whose gc_refs reached 0 as tentatively unreachable",
	"untrack-tuples": "stops tracking tuples that hold only untracked objects",
	"move-survivors": "moves the reachable objects, the survivors, on to the next older generation",
	"legacy-finalizers": "moves objects with legacy finalizers aside",
	"handle-weakrefs": "clears weak references to unreachable objects and queues their callbacks",
	finalize: "calls __del__ on unreachable objects not yet finalized",
	"check-resurrection": "checks whether a finalizer made any object reachable again",
	clear: "clears the references of the unreachable objects so their counts fall to 0",
	done: "is done",
};

export function describePhase(phase: GcPhase, generation: 0 | 1 | 2): string {
	// Generation 0 has no younger generation to merge into it.
	if (phase === "merge" && generation === 0) return "takes the objects of generation 0";
	// gc_list_merge(young, old) with old the same list: the oldest generation keeps its survivors.
	if (phase === "move-survivors" && generation === 2) return "keeps the reachable objects, the survivors, in generation 2";
	return PHASE_WORDS[phase];
}

/** What move_unreachable found: the objects it left at gc_refs 0, named (the first few). */
export function unreachableSentence(gcRefs: readonly (readonly [ObjectId, number])[], names: NameLookup): string {
	const unreachable = gcRefs.filter(([, refs]) => refs === 0).map(([id]) => id);
	if (unreachable.length === 0) return "none is unreachable: every object in the collection is reached from outside it";
	return `tentatively unreachable: ${listed(unreachable, names)}`;
}

/** What the resurrection check found: objects a finalizer made reachable again, which survive the collection. */
export function resurrectedSentence(resurrected: readonly ObjectId[], names: NameLookup): string | null {
	if (resurrected.length === 0) return null;
	return `a finalizer made ${listed(resurrected, names)} reachable again: ${resurrected.length === 1 ? "it survives" : "they survive"} the collection`;
}

export function quoteOutput(text: string): string {
	return JSON.stringify(text.endsWith("\n") ? text.slice(0, -1) : text);
}

const CAUSE_WORDS: Record<GcCause["kind"], string> = {
	collect: "gc.collect()",
	threshold: "automatic",
	exit: "at exit",
	final: "final, at exit",
};

/** A short line for the event log. */
export function describeEvent(event: TraceEvent, names: NameLookup): string {
	switch (event.kind) {
		case "line":
			return `line ${event.line}`;
		case "call":
			return event.classBody ? `class body ${event.name} (line ${event.line})` : `call ${event.name} (line ${event.line})`;
		case "return":
			return event.classBody ? `end of class body ${event.name}` : `return from ${event.name}`;
		case "alloc":
			return `alloc ${names.objectLabel(event.object)}`;
		case "incref":
			return `incref ${names.objectLabel(event.object)} -> ${event.refcount} (${describeHolder(event.holder, names)})`;
		case "decref":
			// A reference handed over went to the incref just before it: the row says so, or the count reads as risen.
			return `decref ${names.objectLabel(event.object)} -> ${event.refcount} (${describeHolder(event.holder, names)}${event.handedOver ? ", handed over" : ""})`;
		case "free":
			return `free ${names.objectLabel(event.object)}: ${event.reason}`;
		case "finalize":
			return `__del__ ${names.objectLabel(event.object)}`;
		case "weakref-callback":
			return `weakref callback ${names.objectLabel(event.weakref)}`;
		case "gc-phase":
			return `gc gen ${event.generation}: ${event.phase}${event.phase === "merge" ? ` (${CAUSE_WORDS[event.cause.kind]})` : ""}${event.stage ? ` ${event.stage}` : ""}`;
		case "gc-done":
			return `gc gen ${event.generation}: done, ${event.collected} unreachable`;
		case "stdout":
			return `stdout ${quoteOutput(event.text)}`;
		case "stderr":
			return `stderr ${quoteOutput(event.text)}`;
		case "exception":
			return `${event.reraised ? "re-raise" : "raise"} ${event.preview ?? event.type}`;
	}
}
