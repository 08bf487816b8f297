// References that change hands without any count changing. At interpreter exit __main__'s globals do twice:
// the module's frame ends but its names stay in __main__'s globals (a module frame's namespace is that dict),
// and once __main__ is released its globals dict shows as an ordinary dict. A generator's frame holds its
// function whether it runs or waits at a yield. The trace tells each as a reference dropped and another taken;
// told one by one they read "refcount 1 -> 0" for an object that never reached 0, "creates dict#423" for a
// dict as old as the program, or a generator's function losing a reference at every next(). This finds those
// events so the narration can tell each hand-over once, as what it is, or leave it to the sentence of the
// call or return that moved the frame. A dealloc (or a frame's end, a container's removal) that lets its
// references go one at a time and runs a __del__ on the way hands the rest to the release in progress: told
// as a reference taken and another dropped, they read "refcount 1 -> 2" for an object whose count never moved.
import { RUNNING_FRAME_HOLDER, type CountEvent, type ObjectId, type TraceEvent } from "../../sim/trace/types";
import type { NameLookup } from "../../sim/trace/names";
import { describeHolder } from "./holders";
import { CLOSED_MODULE_GLOBAL, FRAME_RELEASING, OBJECT_RELEASING } from "../../sim/trace/holder-identity";

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

/** An object's dealloc, the collector's tp_clear of it, a removal from a container, or a frame's end. */
type ReleaseKind = "references of freed" | "references of cleared" | "removed from" | "frame";

/** What a release in progress took over in the step, by the holder it shows as. */
interface Release {
	readonly kind: ReleaseKind;
	readonly owner: string;
	/** Whether a reference was held by the owner (an object's slot, a frame's name or its function). */
	readonly heldThere: (event: CountEvent) => boolean;
	readonly ownerId: ObjectId | null;
	readonly waiting: string[];
	readonly counts: number[];
}

function releaseSentence(release: Release): string {
	const whose =
		release.kind === "references of freed"
			? `the dealloc of ${release.owner} lets go of its references`
			: release.kind === "references of cleared"
				? `the collector's clear of ${release.owner} lets go of its references`
				: release.kind === "removed from"
					? `the removal from ${release.owner} lets go of the items removed`
					: `the frame of ${release.owner} lets go of its references`;
	const one = release.waiting.length === 1;
	const counts = one ? `refcount stays ${release.counts[0]}` : "their counts stay";
	return `${whose} one at a time: ${listed(release.waiting)} ${one ? "waits its" : "wait their"} turn, still held by it (${counts})`;
}

function releaseOf(label: string, frameNames: ReadonlyMap<number, string>, names: NameLookup): Release | null {
	const ofObject = OBJECT_RELEASING.exec(label);
	if (ofObject) {
		const ownerId = Number(ofObject[2]);
		const heldThere = (event: CountEvent) => event.holder.kind === "slot" && event.holder.owner === ownerId;
		return { kind: ofObject[1] as ReleaseKind, owner: names.objectLabel(ownerId), heldThere, ownerId, waiting: [], counts: [] };
	}
	const frame = FRAME_RELEASING.exec(label)?.[1];
	if (frame === undefined) return null;
	const heldThere = ({ holder }: CountEvent) =>
		holder.kind === "name" ? frameNames.get(holder.frame) === frame : holder.kind === "internal" && holder.label === RUNNING_FRAME_HOLDER + frame;
	return { kind: "frame", owner: frame, heldThere, ownerId: null, waiting: [], counts: [] };
}

/**
 * References an object's dealloc, a frame's end or a container's removal still holds when a __del__ (or weakref
 * callback) it set off runs: each was dropped from its place and taken by the release in progress in the step.
 * The sentence goes after what the release did let go of: after the owner's free, or its last reference dropped.
 */
export function releaseHandovers(events: readonly TraceEvent[], names: NameLookup): Handovers {
	const counts = events.filter((event): event is CountEvent => event.kind === "incref" || event.kind === "decref");
	const frameNames = new Map(events.flatMap((event) => (event.kind === "return" ? [[event.frame, event.name] as const] : [])));
	const folded = new Set<TraceEvent>();
	const releases = new Map<string, Release>();
	for (const take of counts) {
		if (take.kind !== "incref" || take.holder.kind !== "internal") continue;
		const label = take.holder.label;
		const release = releases.get(label) ?? releaseOf(label, frameNames, names);
		if (!release) continue;
		const dropped = counts.find((event) => event.kind === "decref" && event.object === take.object && !folded.has(event) && release.heldThere(event));
		if (!dropped) continue;
		releases.set(label, release);
		folded.add(take).add(dropped);
		const later = events.indexOf(dropped) < events.indexOf(take) ? take : dropped;
		release.waiting.push(`${names.objectLabel(take.object)} (from ${describeHolder(dropped.holder, names)})`);
		release.counts.push(later.refcount);
	}
	if (folded.size === 0) return NO_HANDOVERS;
	const sentenceAt = new Map<TraceEvent, string>();
	for (const release of releases.values()) {
		const freed = events.find((event) => event.kind === "free" && event.object === release.ownerId);
		const dropped = counts.filter((event) => event.kind === "decref" && release.heldThere(event));
		sentenceAt.set(freed ?? dropped[dropped.length - 1]!, releaseSentence(release));
	}
	return { folded, sentenceAt };
}

export interface Takeovers {
	/** By the incref that took it, the drop whose reference it took over: told as one, the drop left out. */
	readonly from: ReadonlyMap<TraceEvent, CountEvent>;
	/** Drops whose reference went onto the value stack, each with the stack's incref that took it. */
	readonly toStack: ReadonlyMap<TraceEvent, CountEvent>;
}

/**
 * References that passed from one holder to the next: a drop event-counts.ts marks handed over to the incref
 * told just before it (a call's result going into a name, a returned local into the caller's), and an
 * interpreter's reference given to the value stack (a class call's new object, while the store that takes it
 * from there runs a __del__). `events` are in the order told, stack traffic included.
 */
export function takeovers(events: readonly TraceEvent[]): Takeovers {
	const from = new Map<TraceEvent, CountEvent>();
	const toStack = new Map<TraceEvent, CountEvent>();
	const latest = new Map<ObjectId, CountEvent>();
	for (const event of events) {
		if (event.kind !== "incref" && event.kind !== "decref") continue;
		const previous = latest.get(event.object);
		latest.set(event.object, event);
		if (event.kind !== "decref" || previous?.kind !== "incref") continue;
		if (previous.holder.kind === "stack") {
			if (event.handedOver || event.holder.kind === "internal") toStack.set(event, previous);
		} else if (event.handedOver) from.set(previous, event);
	}
	return { from, toStack };
}
