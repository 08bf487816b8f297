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

const rowsByTrace = new WeakMap<Trace, RecentMap<string[]>>();

/** What the log says of `step`: one short line per event (its line events left out, the row says its line). */
export function describeStep(trace: Trace, step: number): string[] {
	let rows = rowsByTrace.get(trace);
	if (!rows) rowsByTrace.set(trace, (rows = new RecentMap(ROWS_KEPT)));
	return rows.get(step, () => {
		const events = withoutConstantSetup(trace.events(step));
		// An object the step freed is only in the state before it, read first so the reader replays forward.
		const previous = step > 0 && events.some((event) => event.kind === "free") ? trace.state(step - 1) : null;
		const names = lookupFor([trace.state(step), previous], events);
		const told = foldRuns(
			events.filter((event) => event.kind !== "line"),
			(event) => eventShape(event, names),
		);
		return told.map((item) => (item.kind === "run" ? describeRun(item, names) : describeEvent(item, names)));
	});
}
