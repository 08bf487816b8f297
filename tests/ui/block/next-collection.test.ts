// The idle collector pane's forecast follows 3.11's trigger (_PyObject_GC_Link) and choice (collect_generations).
import { describe, expect, it } from "vitest";
import type { GcView } from "../../../src/sim/trace/types";
import { nextCollectionForecast } from "../../../src/ui/block/next-collection";

function gcView(counts: [number, number, number], thresholds: [number, number, number] = [700, 10, 10], enabled = true): GcView {
	return { enabled, counts, thresholds, collecting: null };
}

describe("the next automatic collection's forecast", () => {
	it("counts the tracked objects still to go past gen0's threshold, one at the edge", () => {
		expect(nextCollectionForecast(gcView([0, 0, 0]))).toBe(
			"The next automatic collection starts when gen0 passes 700, after 701 more tracked objects made than freed.",
		);
		expect(nextCollectionForecast(gcView([700, 0, 0]))).toBe(
			"The next automatic collection starts when gen0 passes 700, after 1 more tracked object made than freed.",
		);
	});

	it("says the next tracked object starts one when gen0 is over its threshold already (after gc.enable())", () => {
		expect(nextCollectionForecast(gcView([705, 0, 0]))).toBe(
			"gen0's count is over its threshold (700): the next object the collector tracks starts an automatic collection.",
		);
	});

	it("names the generation collect_generations would take", () => {
		expect(nextCollectionForecast(gcView([5, 11, 0]))).toMatch(/ It takes gen1 with gen0, as gen1's count is over its threshold \(10\)\.$/);
		expect(nextCollectionForecast(gcView([5, 3, 11]))).toMatch(/ It takes gen2 if the long-lived rule below lets it, else gen0\.$/);
		expect(nextCollectionForecast(gcView([5, 11, 11]))).toMatch(/ It takes gen2 if the long-lived rule below lets it, else gen1 with gen0\.$/);
		expect(nextCollectionForecast(gcView([5, 10, 10]))).not.toMatch(/It takes/);
	});

	it("has nothing to forecast while automatic collection is off", () => {
		expect(nextCollectionForecast(gcView([5, 0, 0], [700, 10, 10], false))).toBeNull();
		expect(nextCollectionForecast(gcView([5, 0, 0], [0, 10, 10]))).toBe(
			"gen0's threshold is 0, which turns automatic collection off: only gc.collect() starts one.",
		);
	});
});
