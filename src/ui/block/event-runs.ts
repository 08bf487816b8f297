// A step can do one thing thousands of times: `big = list(range(100000))` creates 100,000 ints and gives each to
// a slot of the list. Told event by event, that step's narration was 200,000 sentences, and drawing them froze
// the note. A run of events that repeat one pattern (an alloc; a drop, then a free) is told by its first
// repetitions and one line for the rest; the narration and the event log fold the same runs.
import type { NameLookup } from "../../sim/trace/names";
import type { ObjectId, TraceEvent } from "../../sim/trace/types";

/** The repetitions of a pattern told one by one before the rest are folded. */
export const RUNS_KEPT = 2;
/** A pattern folds only when it repeats at least this often: a few alike events read better in full. */
export const RUN_MIN_REPEATS = 6;
/** The longest pattern looked for: a drop, then the free it brought about, is 2. */
const LONGEST_PATTERN = 3;

/** The repetitions of a pattern after the first RUNS_KEPT, folded into one. */
export interface EventRun {
	kind: "run";
	/** Events per repetition. */
	period: number;
	/** The folded events, all repetitions in order. */
	events: readonly TraceEvent[];
}

const LABELLED = /^(.+)#\d+$/;

/** The type in an object's label (`int#430`), or null for a label without one (a name given to a shared object). */
function labelType(object: ObjectId, names: NameLookup): string | null {
	return LABELLED.exec(names.objectLabel(object))?.[1] ?? null;
}

/**
 * What makes two events alike: the same kind, to objects of the same type, from the same holder or its next slot
 * (`list#4[7]`, then `list#4[8]`). Null for an event that never folds (a call, a print).
 */
export function eventShape(event: TraceEvent, names: NameLookup): string | null {
	switch (event.kind) {
		case "alloc":
			return `alloc ${event.type}`;
		case "free": {
			const type = labelType(event.object, names);
			return type === null ? null : `free ${type} ${event.reason}`;
		}
		case "incref":
		case "decref": {
			const type = labelType(event.object, names);
			if (type === null) return null;
			const h = event.holder;
			const holder =
				h.kind === "slot"
					? `slot ${h.owner} ${h.label.replace(/\d+/g, "#")}`
					: h.kind === "name"
						? `name ${h.frame} ${h.name}`
						: h.kind === "stack"
							? `stack ${h.frame}`
							: `internal ${h.label}`;
			return `${event.kind} ${type} ${holder}`;
		}
		default:
			return null;
	}
}

/**
 * `items` with each long run of a repeating pattern folded: its first RUNS_KEPT repetitions kept, the rest one
 * EventRun. `shapeOf` gives an item's shape, or null for one that never folds.
 */
export function foldRuns<E extends TraceEvent>(items: readonly E[], shapeOf: (item: E) => string | null): (E | EventRun)[] {
	const shapes = items.map(shapeOf);
	const out: (E | EventRun)[] = [];
	let i = 0;
	while (i < items.length) {
		const repeats = shapes[i] === null ? null : repeatingPattern(shapes, i);
		if (repeats === null) {
			out.push(items[i]!);
			i++;
			continue;
		}
		const kept = i + RUNS_KEPT * repeats.period;
		const end = i + repeats.count * repeats.period;
		out.push(...items.slice(i, kept), { kind: "run", period: repeats.period, events: items.slice(kept, end) });
		i = end;
	}
	return out;
}

/** The shortest pattern starting at `start` that repeats at least RUN_MIN_REPEATS times, and how often it does. */
function repeatingPattern(shapes: readonly (string | null)[], start: number): { period: number; count: number } | null {
	for (let period = 1; period <= LONGEST_PATTERN; period++) {
		let end = start + period;
		while (end < shapes.length && shapes[end] !== null && shapes[end] === shapes[end - period]) end++;
		const count = Math.floor((end - start) / period);
		if (count >= RUN_MIN_REPEATS) return { period, count };
	}
	return null;
}

/** The objects a run is about: the one each repetition starts with. */
function runObjects(run: EventRun): ObjectId[] {
	const objects: ObjectId[] = [];
	for (let i = 0; i < run.events.length; i += run.period) {
		const event = run.events[i]!;
		if ("object" in event) objects.push(event.object);
	}
	return objects;
}

function pluralType(type: string): string {
	return /(s|x|ch|sh)$/.test(type) ? `${type}es` : `${type}s`;
}

/**
 * "the same for 99,998 more ints: int#432 … int#100429", or, when every repetition is about one object, "the
 * same 998 more times for list#4, refcount now 1000".
 */
export function describeRun(run: EventRun, names: NameLookup): string {
	const objects = runObjects(run);
	const repeats = (objects.length || run.events.length / run.period).toLocaleString("en-US");
	const first = objects[0];
	const last = objects[objects.length - 1];
	if (first === undefined || last === undefined) return `the same ${repeats} more times`;
	const firstLabel = names.objectLabel(first);
	if (objects.every((object) => object === first)) {
		const final = run.events[run.events.length - 1]!;
		const count = final.kind === "incref" || final.kind === "decref" ? `, refcount now ${final.refcount}` : "";
		return `the same ${repeats} more times for ${firstLabel}${count}`;
	}
	const type = labelType(first, names);
	return `the same for ${repeats} more ${type === null ? "objects" : pluralType(type)}: ${firstLabel} … ${names.objectLabel(last)}`;
}
