import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/sim/index";

/** For each phase step of the program's first collection: the phase, and `label gc_refs/state` of each object it marks. */
function firstCollection(source: string): [string, string[]][] {
	const trace = runProgram(source, { record: true }).trace!;
	const phases: [string, string[]][] = [];
	for (let step = 0; step < trace.stepCount; step++) {
		const state = trace.state(step);
		const collecting = state.gc.collecting;
		if (!collecting) {
			if (phases.length > 0) break;
			continue;
		}
		if (phases.at(-1)?.[0] === collecting.phase) continue;
		const marked = state.objects.filter((o) => o.gcRefs !== undefined || o.gcState !== undefined);
		phases.push([collecting.phase, marked.map((o) => `${o.label} ${o.gcRefs ?? "-"}/${o.gcState ?? "-"}`)]);
	}
	return phases;
}

describe("a collection's marks on its objects", () => {
	it("shows no gc_refs while merging, then marks what move_unreachable finds reachable and unreachable", () => {
		const phases = new Map(firstCollection("import gc\nkept = [1]\nloop = []\nloop.append(loop)\ndel loop\ngc.collect()\n"));
		const [kept, loop] = phases.get("merge")!;
		expect([kept, loop]).toEqual([expect.stringMatching(/^list#\d+ -\/merged$/), expect.stringMatching(/^list#\d+ -\/merged$/)]);
		const keptLabel = kept!.split(" ")[0]!;
		const loopLabel = loop!.split(" ")[0]!;
		expect(phases.get("update-refs")).toEqual([`${keptLabel} 1/-`, `${loopLabel} 1/-`]);
		expect(phases.get("subtract-refs")).toEqual([`${keptLabel} 1/-`, `${loopLabel} 0/-`]);
		expect(phases.get("move-unreachable")).toEqual([`${keptLabel} 1/reachable`, `${loopLabel} 0/unreachable`]);
		expect(phases.get("move-survivors")).toEqual([`${keptLabel} 1/reachable`]);
		expect(phases.get("finalize")).toEqual([`${loopLabel} 0/unreachable`]);
		// The clear phase's step ends with the list freed: nothing is left to mark.
		expect(phases.get("clear")).toEqual([]);
	});

	it("marks an object a finalizer made reachable again as resurrected, and the rest of the garbage stays unreachable", () => {
		const source = [
			"import gc",
			"class Phoenix:",
			"    saved = None",
			"    def __del__(self):",
			"        Phoenix.saved = self",
			"bird = Phoenix()",
			"bird.me = bird",
			"nest = []",
			"nest.append(nest)",
			"del bird, nest",
			"gc.collect()",
		].join("\n");
		const phases = new Map(firstCollection(source));
		const resurrection = phases.get("check-resurrection")!;
		expect(resurrection).toEqual([expect.stringMatching(/^Phoenix#\d+ -\/resurrected$/), expect.stringMatching(/^list#\d+ 0\/unreachable$/)]);
		// The phase's event names it too, for the narration.
		const trace = runProgram(source, { record: true }).trace!;
		const events = Array.from({ length: trace.stepCount }, (_, step) => trace.events(step)).flat();
		const check = events.find((event) => event.kind === "gc-phase" && event.phase === "check-resurrection");
		const phoenix = Number(/^Phoenix#(\d+)/.exec(resurrection[0]!)![1]);
		expect(check).toMatchObject({ resurrected: [phoenix] });
	});
});
