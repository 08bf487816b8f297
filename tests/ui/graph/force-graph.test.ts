// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphViewData, GraphViewNode } from "../../../src/graph/view-data";
import ForceGraph from "../../../src/ui/graph/ForceGraph.svelte";
import { conceptNode } from "./concept-nodes";
import "../../stubs/resize-observer";

// Nor widths: the canvas is given a desktop pane's.
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 700 });

const mounted: ReturnType<typeof mount>[] = [];

afterEach(() => {
	for (const component of mounted.splice(0)) void unmount(component);
	document.body.replaceChildren();
});

/** A ring of `count` concepts, each linking to the next. */
function ring(count: number): GraphViewData {
	const name = (i: number) => `Concept ${i}`;
	const nodes: GraphViewNode[] = Array.from({ length: count }, (_, i) => conceptNode(name(i)));
	const edges = nodes.map((node, i) => {
		const target = name((i + 1) % count);
		return { key: `${node.id}\n${target}`, source: node.id, target, relations: [], kind: "prose" as const, heading: "", onPath: false };
	});
	return { nodes, edges, hidden: 0 };
}

function renderGraph(data: GraphViewData, matches?: ReadonlySet<string>): HTMLElement {
	const target = document.body.appendChild(document.createElement("div"));
	mounted.push(mount(ForceGraph, { target, props: { data, height: 420, matches, onActivate: () => {} } }));
	flushSync();
	return target;
}

const namesShown = (target: HTMLElement) => [...target.querySelectorAll(".pymem-graph-node-label")].map((label) => label.textContent);

describe("ForceGraph", () => {
	it("names every concept of a small map", () => {
		expect(namesShown(renderGraph(ring(12)))).toHaveLength(12);
	});

	it("fits a large map zoomed out without its names, and names the concept under the pointer", () => {
		const target = renderGraph(ring(450));
		expect(namesShown(target)).toEqual([]);
		const node = target.querySelector<SVGGElement>('[data-node-id="Concept 7"]')!;
		node.dispatchEvent(new PointerEvent("pointerenter"));
		flushSync();
		expect(namesShown(target)).toEqual(["Concept 7"]);
	});

	it("names a large map's search matches even zoomed out", () => {
		const target = renderGraph(ring(450), new Set(["Concept 3", "Concept 200"]));
		expect(namesShown(target).sort()).toEqual(["Concept 200", "Concept 3"]);
	});
});
