// Temporaries: objects a step made and freed again (`len([1, 2])`'s list). In neither state, so no count of
// theirs is told; the narration names them, as the step's story when they are all it did, else as an aside.
import type { NameLookup } from "../../sim/trace/names";
import type { ObjectId, TraceEvent } from "../../sim/trace/types";

/** The objects the step made and freed again, in the order it made them. */
export function temporariesOf(events: readonly TraceEvent[]): ReadonlySet<ObjectId> {
	const freed = new Set(events.flatMap((event) => (event.kind === "free" ? [event.object] : [])));
	return new Set(events.flatMap((event) => (event.kind === "alloc" && freed.has(event.object) ? [event.object] : [])));
}

/** A class statement makes several temporaries, a collection may find many objects: a sentence names the first few. */
const NAMED_AT_MOST = 6;

export function listed(ids: readonly ObjectId[], names: NameLookup): string {
	const named = ids.slice(0, NAMED_AT_MOST).map((id) => names.objectLabel(id));
	const more = ids.length - named.length;
	return `${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** The step's story when its temporaries are all it did: "creates list#4, a temporary: nothing keeps it...". */
export function temporariesSentence(temporaries: ReadonlySet<ObjectId>, names: NameLookup): string {
	const ids = [...temporaries];
	if (ids.length === 1) return `creates ${names.objectLabel(ids[0]!)}, a temporary: nothing keeps it, so it is freed again before the step ends`;
	return `creates ${ids.length} temporaries and frees them again before the step ends: ${listed(ids, names)}`;
}

/**
 * The same, as a line under what the step is about (a print's output, a new name), which it would push out
 * of the narration's three lines. Short, to fit a phone's width: the story's own sentence for a step that only
 * makes temporaries says why they go ("nothing keeps it").
 */
export function temporariesAside(temporaries: ReadonlySet<ObjectId>, names: NameLookup): string {
	const ids = [...temporaries];
	// The count first: a list cut short on a narrow block still says how many (the event log lists them all).
	if (ids.length === 1) return `Also made and freed in this step: ${names.objectLabel(ids[0]!)}`;
	return `Also ${ids.length} temporaries made and freed in this step: ${listed(ids, names)}`;
}
