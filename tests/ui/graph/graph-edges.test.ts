// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphViewEdge } from "../../../src/graph/view-data";
import GraphEdges from "../../../src/ui/graph/GraphEdges.svelte";
import type { EdgeHover } from "../../../src/ui/graph/host";

const mounted: ReturnType<typeof mount>[] = [];

afterEach(() => {
	for (const component of mounted.splice(0)) void unmount(component);
	document.body.replaceChildren();
});

const edge = (source: string, target: string, relations: string[] = []): GraphViewEdge => ({ key: `${source}\n${target}`, source, target, relations, kind: "prose", heading: "See also", onPath: false });

function draw(props: { edges: GraphViewEdge[] } & Record<string, unknown>): SVGSVGElement {
	const svg = document.body.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
	const line = { x1: 0, y1: 0, x2: 10, y2: 10 };
	mounted.push(mount(GraphEdges, { target: svg, props: { combined: null, detailed: true, ends: () => line, relationSpots: new Map(), scale: 1, ...props } }));
	flushSync();
	return svg;
}

describe("GraphEdges", () => {
	it("gives each edge of a small map its relations as tooltip, or where it is listed", () => {
		const svg = draw({ edges: [edge("Closures", "Cells", ["Closures: a closure keeps its cells", "and more"]), edge("Closures", "Scopes")] });
		expect([...svg.querySelectorAll("title")].map((title) => title.textContent)).toEqual(["Closures: a closure keeps its cells\nand more", 'Closures → Scopes\nListed under "See also".']);
		expect(svg.querySelectorAll(".pymem-graph-edge-hit")).toHaveLength(2);
	});

	it("draws a large map's other edges as combined paths, with no tooltips, and writes the placed relations", () => {
		const edges = [edge("A", "B", ["A needs B"])];
		const svg = draw({ edges, detailed: false, combined: { lines: "M0 0L1 1", footerLines: "", arrowheads: "M1 1z" }, relationSpots: new Map([[edges[0]!.key, { x: 5, y: 5 }]]) });
		expect(svg.querySelectorAll("title")).toHaveLength(0);
		expect(svg.querySelector(".pymem-graph-edges .pymem-graph-edge-line")?.getAttribute("d")).toBe("M0 0L1 1");
		expect(svg.querySelector(".pymem-graph-edge-label")?.textContent).toBe("A needs B");
	});

	it("skips an edge whose ends are not laid out, and tells which edge is hovered", () => {
		const hovered: (string | null)[] = [];
		const onHoverEdge: EdgeHover = (e) => hovered.push(e?.key ?? null);
		const svg = draw({ edges: [edge("A", "B"), edge("B", "C")], ends: (e: GraphViewEdge) => (e.source === "A" ? { x1: 0, y1: 0, x2: 1, y2: 1 } : null), onHoverEdge });
		const drawn = svg.querySelectorAll(".pymem-graph-edge");
		expect(drawn).toHaveLength(1);
		drawn[0]!.dispatchEvent(new Event("pointerenter"));
		drawn[0]!.dispatchEvent(new Event("pointerleave"));
		expect(hovered).toEqual(["A\nB", null]);
	});

	it("keeps a tapped edge told when the finger lifts (a touch pointer leaves as it goes up)", () => {
		const hovered: (string | null)[] = [];
		const svg = draw({ edges: [edge("A", "B")], onHoverEdge: (e: GraphViewEdge | null) => hovered.push(e?.key ?? null) });
		const drawn = svg.querySelector(".pymem-graph-edge")!;
		drawn.dispatchEvent(new PointerEvent("pointerenter", { pointerType: "touch" }));
		drawn.dispatchEvent(new PointerEvent("pointerleave", { pointerType: "touch" }));
		expect(hovered).toEqual(["A\nB"]);
		drawn.dispatchEvent(new PointerEvent("pointerleave", { pointerType: "mouse" }));
		expect(hovered).toEqual(["A\nB", null]);
	});
});
