// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphViewData } from "../../../src/graph/view-data";
import type { Point } from "../../../src/ui/graph/edge-geometry";
import { LiveLayout, type LiveLayoutHost } from "../../../src/ui/graph/live-layout";
import { conceptNode } from "./concept-nodes";

/** A chain of the named concepts, each linking to the next. */
function chain(...names: string[]): GraphViewData {
	const nodes = names.map((name) => conceptNode(name));
	const edges = names.slice(1).map((target, i) => ({ key: `${names[i]}\n${target}`, source: names[i]!, target, relations: [], kind: "prose" as const, heading: "", onPath: false }));
	return { nodes, edges, hidden: 0 };
}

/** A host that records what the layout tells it. */
function recordingHost() {
	const published: ReadonlyMap<string, Point>[] = [];
	const host = { measure: vi.fn(), aspect: () => 1.5, publish: (positions: ReadonlyMap<string, Point>) => published.push(positions), placed: vi.fn(), settled: vi.fn() } satisfies LiveLayoutHost;
	return { host, published, latest: () => published[published.length - 1]! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("LiveLayout", () => {
	it("publishes every node's place before the first paint, measuring the canvas once", () => {
		const { host, latest } = recordingHost();
		const layout = new LiveLayout(host);
		const stop = layout.start(chain("A", "B", "C"));
		expect([...latest().keys()]).toEqual(["A", "B", "C"]);
		expect([...latest().values()].every((at) => Number.isFinite(at.x) && Number.isFinite(at.y))).toBe(true);
		expect(host.measure).toHaveBeenCalledTimes(1);
		expect(host.placed).toHaveBeenCalledTimes(1);
		stop();
	});

	it("animates one tick a frame until the layout rests, then says so once", () => {
		const { host, published } = recordingHost();
		const stop = new LiveLayout(host).start(chain("A", "B", "C"));
		const beforeAnimation = published.length;
		vi.advanceTimersByTime(60_000);
		expect(published.length).toBeGreaterThan(beforeAnimation + 10);
		expect(host.settled).toHaveBeenCalledTimes(1);
		expect(host.measure).toHaveBeenCalledTimes(1);
		stop();
	});

	it("keeps the places of the nodes a new map shares with the last one, and fits only the first", () => {
		const { host, latest } = recordingHost();
		const layout = new LiveLayout(host);
		layout.start(chain("A", "B"))();
		const before = latest();
		layout.start(chain("A", "B", "C"))();
		const after = latest();
		// One tick of a relayout moves the kept nodes only a little; new nodes start beside their neighbours.
		for (const id of ["A", "B"]) expect(Math.hypot(after.get(id)!.x - before.get(id)!.x, after.get(id)!.y - before.get(id)!.y)).toBeLessThan(30);
		expect(after.has("C")).toBe(true);
		expect(host.placed).toHaveBeenCalledTimes(1);
	});

	it("pins a dragged node where the pointer is, and ignores a node it does not have", () => {
		const { host, latest } = recordingHost();
		const layout = new LiveLayout(host);
		const stop = layout.start(chain("A", "B", "C"));
		expect(layout.has("B")).toBe(true);
		expect(layout.has("Z")).toBe(false);
		layout.pin("B", { x: 500, y: -200 });
		expect(latest().get("B")).toEqual({ x: 500, y: -200 });
		const published = latest();
		layout.pin("Z", { x: 1, y: 1 });
		expect(latest()).toBe(published);
		stop();
	});

	it("stops animating when stopped", () => {
		const { host, published } = recordingHost();
		const stop = new LiveLayout(host).start(chain("A", "B", "C"));
		stop();
		const count = published.length;
		vi.advanceTimersByTime(60_000);
		expect(published.length).toBe(count);
		expect(host.settled).not.toHaveBeenCalled();
	});
});
