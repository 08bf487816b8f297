// References that change hands without any count changing. At interpreter exit __main__'s globals do twice:
// the module's frame ends but its names stay in __main__'s globals (a module frame's namespace is that dict),
// and once __main__ is released its globals dict shows as an ordinary dict. A generator's frame holds its
// function whether it runs or waits at a yield. The trace tells each as a reference dropped and another taken;
// told one by one they read "refcount 1 -> 0" for an object that never reached 0, "creates dict#423" for a
// dict as old as the program, or a generator's function losing a reference at every next(). This finds those
// events so the narration can tell each hand-over once, as what it is, or leave it to the sentence of the
// call or return that moved the frame.
import { RUNNING_FRAME_HOLDER, type CountEvent, type ObjectId, type TraceEvent } from "../../sim/trace/types";
import type { NameLookup } from "../../sim/trace/names";
import { describeHolder } from "./holders";
import { CLOSED_MODULE_GLOBAL } from "../../sim/trace/holder-identity";

export interface Handovers {
	/** Events told by a hand-over's sentence instead of their own. */
	readonly folded: ReadonlySet<TraceEvent>;
	/** The sentence to tell where its first event stood. */
	readonly sentenceAt: ReadonlyMap<TraceEvent, string>;
}

export const NO_HANDOVERS: Handovers = { folded: new Set(), sentenceAt: new Map() };

function globalName(event: TraceEvent): string | null {
	if ((event.kind !== "incref" && event.kind !== "decref") || event.holder.kind !== "internal") return null;
	return CLOSED_MODULE_GLOBAL.exec(event.holder.label)?.[1] ?? null;
}

function listed(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The hand-overs of one step's events, meant for steps at interpreter exit only. */
export function exitHandovers(events: readonly TraceEvent[], names: NameLookup): Handovers {
	const counts = events.filter((event): event is CountEvent => event.kind === "incref" || event.kind === "decref");
	const folded = new Set<TraceEvent>();
	const sentenceAt = new Map<TraceEvent, string>();

	// The module's frame ends: each name it showed is dropped and the same global of __main__ taken.
	const kept: { name: string; object: ObjectId; refcount: number }[] = [];
	let firstKept: TraceEvent | null = null;
	for (const taken of counts) {
		const name = taken.kind === "incref" ? globalName(taken) : null;
		if (name === null) continue;
		const dropped = counts.find(
			(event) => event.kind === "decref" && event.object === taken.object && event.holder.kind === "name" && event.holder.name === name,
		);
		if (!dropped || folded.has(dropped)) continue;
		folded.add(dropped).add(taken);
		// The count once both are told, whichever the trace tells first.
		const [first, later] = events.indexOf(dropped) < events.indexOf(taken) ? [dropped, taken] : [taken, dropped];
		kept.push({ name, object: taken.object, refcount: later.refcount });
		firstKept ??= first;
	}
	if (firstKept) {
		const keeps =
			kept.length === 1
				? `${names.objectLabel(kept[0]!.object)} keeps its refcount of ${kept[0]!.refcount}`
				: "their objects keep their counts";
		sentenceAt.set(firstKept, `${listed(kept.map(({ name }) => `\`${name}\``))} ${kept.length === 1 ? "stays" : "stay"} in __main__'s globals, which outlast the module's frame: ${keeps}`);
	}

	// __main__ is released: its globals show as a dict of their own, each global now one of its entries.
	const revealed = new Map<ObjectId, { alloc: TraceEvent; names: string[]; keptBy: string[] }>();
	for (const event of events) if (event.kind === "alloc") revealed.set(event.object, { alloc: event, names: [], keptBy: [] });
	for (const dropped of counts) {
		const name = dropped.kind === "decref" ? globalName(dropped) : null;
		if (name === null) continue;
		const taken = counts.find(
			(event) => event.kind === "incref" && event.object === dropped.object && event.holder.kind === "slot" && revealed.has(event.holder.owner),
		);
		if (!taken || taken.holder.kind !== "slot" || folded.has(taken)) continue;
		folded.add(dropped).add(taken);
		revealed.get(taken.holder.owner)!.names.push(`\`${name}\``);
	}
	for (const [dict, { alloc, names: globals, keptBy }] of revealed) {
		if (globals.length === 0) continue;
		for (const event of counts) {
			if (event.kind === "incref" && event.object === dict) {
				folded.add(event);
				keptBy.push(describeHolder(event.holder, names));
			}
		}
		const one = globals.length === 1;
		const entries = one
			? `its entry ${globals[0]!} holds what the global held (its count stays)`
			: `its entries ${listed(globals)} hold what the globals held (their counts stay)`;
		const holders =
			keptBy.length === 0
				? "nothing else holds it"
				: `${listed(keptBy)} ${keptBy.length === 1 ? "keeps" : "keep"} it alive (refcount ${keptBy.length})`;
		folded.add(alloc);
		sentenceAt.set(alloc, `__main__'s globals now show as ${names.objectLabel(dict)}, an ordinary dict: ${entries}, and ${holders}`);
	}
	return folded.size === 0 ? NO_HANDOVERS : { folded, sentenceAt };
}

/**
 * A generator's frame going on the stack (next()) or off it (a yield) moves its reference to the function
 * from the generator to the running frame and back: the call or return sentence tells that move.
 */
export function generatorHandovers(events: readonly TraceEvent[]): Handovers {
	if (!events.some((event) => (event.kind === "call" || event.kind === "return") && event.generator)) return NO_HANDOVERS;
	const counts = events.filter((event): event is CountEvent => event.kind === "incref" || event.kind === "decref");
	const ofGenerator = (event: CountEvent) => event.holder.kind === "slot" && event.holder.label === "function";
	const ofRunningFrame = (event: CountEvent) => event.holder.kind === "internal" && event.holder.label.startsWith(RUNNING_FRAME_HOLDER);
	const folded = new Set<TraceEvent>();
	for (const event of counts) {
		if (folded.has(event) || !ofGenerator(event)) continue;
		const partner = counts.find(
			(other) => other.object === event.object && other.kind !== event.kind && !folded.has(other) && ofRunningFrame(other),
		);
		if (partner) folded.add(event).add(partner);
	}
	return folded.size === 0 ? NO_HANDOVERS : { folded, sentenceAt: new Map() };
}
