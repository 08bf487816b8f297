// The event log's rows, each named from its own step's states: named from the shown step's instead, a class
// the program had not made yet read `type#438.__init__` in a later step's row. A row's names cost a state, so
// each step's row is described once and kept: stepping describes only the step that came into the log's window.
import { lookupFor } from "../../sim/trace/names";
import type { Trace } from "../../sim/trace/types";
import { withoutConstantSetup } from "./dormant-constants";
import { describeRun, eventShape, foldRuns } from "./event-runs";
import { describeEvent } from "./event-words";
import { RecentMap } from "./step-cache";

/** The log's window (25 steps) and a few more either way. */
const ROWS_KEPT = 40;

/**
 * How much one task describes, counted in the objects of the states a row reads and the events it tells.
 * A heap of 100,000 objects costs a row about a tenth of a second, so there the log describes the shown step's
 * row with the step and leaves each other row to a task of its own; a small program's window is all described at
 * once.
 */
export const WORK_PER_TASK = 30_000;

/** A row of the log: its step and what it says, or null while its words wait for a later task. */
export interface LogRow {
	step: number;
	events: string[] | null;
}

interface Described {
	words: string[];
	work: number;
}

const rowsByTrace = new WeakMap<Trace, RecentMap<Described>>();

function rowsOf(trace: Trace): RecentMap<Described> {
	let rows = rowsByTrace.get(trace);
	if (!rows) rowsByTrace.set(trace, (rows = new RecentMap(ROWS_KEPT)));
	return rows;
}

function describe(trace: Trace, step: number): Described {
	const events = withoutConstantSetup(trace.events(step));
	// An object the step freed is only in the state before it, read first so the reader replays forward.
	const previous = step > 0 && events.some((event) => event.kind === "free") ? trace.state(step - 1) : null;
	const state = trace.state(step);
	const names = lookupFor([state, previous], events);
	const told = foldRuns(
		events.filter((event) => event.kind !== "line"),
		(event) => eventShape(event, names),
	);
	const words = told.map((item) => (item.kind === "run" ? describeRun(item, names) : describeEvent(item, names)));
	return { words, work: state.objects.length + (previous?.objects.length ?? 0) + events.length };
}

/** What the log says of `step`: one short line per event (its line events left out, the row says its line). */
export function describeStep(trace: Trace, step: number): string[] {
	return rowsOf(trace).get(step, () => describe(trace, step)).words;
}

/**
 * The rows from `first` to `last` as the shown step needs them: its own row, described if it is not yet, and the
 * others as far as WORK_PER_TASK allows, the shown row's work counted whether or not this call described it (a row
 * reads about as much as its neighbours). Over a large heap a step back then shows at once, where it waited for the
 * row that came into the window's top; describeMore tells the rest in the tasks after. Rows not told are null.
 */
export function describeWindow(trace: Trace, first: number, last: number, current: number): LogRow[] {
	const rows = rowsOf(trace);
	// Words kept by this call, should describing later rows push them out of the kept rows.
	const told = new Map<number, string[]>();
	const shown = shownRow(first, last, current);
	let work = 0;
	for (const step of readingOrder(first, last, current)) {
		const isShown = step === shown;
		const kept = rows.peek(step);
		if (kept && !isShown) told.set(step, kept.words);
		else if (isShown || work < WORK_PER_TASK) {
			const row = rows.get(step, () => describe(trace, step));
			work += row.work;
			told.set(step, row.words);
		}
	}
	return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => ({ step: first + index, events: told.get(first + index) ?? null }));
}

/** Describes the window's rows not told yet, in reading order: at least one, then until WORK_PER_TASK is spent. */
export function describeMore(trace: Trace, first: number, last: number, current: number): void {
	const rows = rowsOf(trace);
	let work = 0;
	for (const step of readingOrder(first, last, current)) {
		if (work >= WORK_PER_TASK) return;
		if (!rows.peek(step)) work += rows.get(step, () => describe(trace, step)).work;
	}
}

/**
 * The current step, then the window's steps from the first on. A row reads the state of the step before it and
 * its own, and the reader derives a state from the one before it, or from the one after only by a step it has
 * walked already: read upwards from the current step, each earlier row's states were built whole, twelve builds
 * after a jump over a heap of 100,000 objects (0.2 s each), where reading downwards from the first builds one.
 */
export function* readingOrder(first: number, last: number, current: number): Generator<number> {
	const from = shownRow(first, last, current);
	if (from < first) return;
	yield from;
	for (let step = first; step <= last; step++) if (step !== from) yield step;
}

/** The row of the window that stands for the current step (the nearest end when the step is outside it). */
function shownRow(first: number, last: number, current: number): number {
	return Math.min(Math.max(current, first), last);
}
