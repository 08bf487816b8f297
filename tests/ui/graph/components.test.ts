// @vitest-environment jsdom
import { flushSync, mount, unmount, type Component } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConceptGraph } from "../../../src/graph";
import { shortestPath } from "../../../src/graph/queries";
import { relatedConcepts } from "../../../src/graph/related";
import { graphViewData } from "../../../src/graph/view-data";
import ConceptGraphPanel from "../../../src/ui/graph/ConceptGraphPanel.svelte";
import ConceptMapBlock from "../../../src/ui/graph/ConceptMapBlock.svelte";
import type { GraphHost } from "../../../src/ui/graph/host";
import RelatedConcepts from "../../../src/ui/graph/RelatedConcepts.svelte";
import { readVault } from "../../graph/vault";
import "../../stubs/resize-observer";

const graph = ConceptGraph.fromFiles(readVault());

const mounted: ReturnType<typeof mount>[] = [];

afterEach(() => {
	for (const component of mounted.splice(0)) void unmount(component);
	document.body.replaceChildren();
});

function render<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): HTMLElement {
	const target = document.body.appendChild(document.createElement("div"));
	mounted.push(mount(component, { target, props }));
	flushSync();
	return target;
}

describe("RelatedConcepts", () => {
	it("lists outgoing relations, incoming sentences and two-hop suggestions, and calls back", () => {
		const onOpen = vi.fn();
		const onCreate = vi.fn();
		const target = render(RelatedConcepts, { data: relatedConcepts(graph, "Memory Management"), ready: true, onOpen, onCreate });
		const headings = [...target.querySelectorAll("h4")].map((h) => h.textContent);
		expect(headings).toEqual(["Links from Memory Management", "Links to Memory Management"]);
		const texts = [...target.querySelectorAll(".pymem-related-text")].map((el) => el.textContent);
		expect(texts).toContain("Threads that share objects must agree on who frees them.");
		expect(texts).toContain("A name refers to an object; see how memory is managed.");
		expect(texts).toContain('Listed under "Concepts".');
		target.querySelector<HTMLButtonElement>('button[aria-label="Create note Thread Safety"]')!.click();
		expect(onCreate).toHaveBeenCalledWith("Thread Safety");
		[...target.querySelectorAll<HTMLButtonElement>(".pymem-related-name")].find((b) => b.textContent === "Functions")!.click();
		expect(onOpen).toHaveBeenCalledWith("Functions");
	});

	it("lists a concept linked on several lines once, with each distinct sentence", () => {
		const small = ConceptGraph.fromFiles([
			{ path: "Alpha.md", text: "# Alpha\n\n- [[Beta]]: Alpha builds on Beta.\n\nAlpha is also discussed with [[Beta]] here.\n\n## See also\n\n- [[Gamma]]\n- [[Gamma|the third]]\n" },
			{ path: "Beta.md", text: "# Beta\n\nBeta is what [[Alpha]] needs.\n\nBeta mentions [[Alpha]] again.\n" },
		]);
		const target = render(RelatedConcepts, { data: relatedConcepts(small, "Alpha"), ready: true, onOpen: vi.fn(), onCreate: vi.fn() });
		const entries = [...target.querySelectorAll("li")].map((item) => ({
			name: item.querySelector(".pymem-related-name")?.textContent,
			texts: [...item.querySelectorAll(".pymem-related-text")].map((text) => text.textContent),
		}));
		expect(entries).toEqual([
			{ name: "Beta", texts: ["Alpha builds on Beta.", "Alpha is also discussed with Beta here."] },
			{ name: "Gamma", texts: ['Listed under "See also".'] },
			{ name: "Beta", texts: ["Beta is what Alpha needs.", "Beta mentions Alpha again."] },
		]);
	});

	it("says a footer link sits at the note's end instead of repeating the concept's name as its sentence", () => {
		const small = ConceptGraph.fromFiles([
			{ path: "Alpha.md", text: "# Alpha\n\nAlpha is about [[Beta]].\n\n# [[Home]]\n" },
			{ path: "Home.md", text: "# Home\n" },
			{ path: "Beta.md", text: "# Beta\n" },
		]);
		const target = render(RelatedConcepts, { data: relatedConcepts(small, "Alpha"), ready: true, onOpen: vi.fn(), onCreate: vi.fn() });
		const home = [...target.querySelectorAll("li")].find((item) => item.querySelector(".pymem-related-name")?.textContent === "Home")!;
		expect([...home.querySelectorAll(".pymem-related-text")].map((text) => text.textContent)).toEqual(["Linked from the end of the note."]);
		const view = graphViewData(small, { mode: "local", centre: "Alpha", depth: 1, direction: "both" });
		expect(view.edges.find((edge) => edge.target === "Home")?.relations).toEqual([]);
	});

	it("explains two-hop suggestions by the notes they come through", () => {
		const target = render(RelatedConcepts, { data: relatedConcepts(graph, "Closures"), ready: true, onOpen: vi.fn(), onCreate: vi.fn() });
		expect([...target.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Two links away");
		expect([...target.querySelectorAll(".pymem-related-text")].map((el) => el.textContent)).toContain(
			"Linked from Memory Management and Python 1 Home, but not from here.",
		);
	});

	it("makes each list one tab stop whose arrow keys, Home and End move through its concepts", () => {
		const target = render(RelatedConcepts, { data: relatedConcepts(graph, "Memory Management"), ready: true, onOpen: vi.fn(), onCreate: vi.fn() });
		const lists = [...target.querySelectorAll("ul")];
		const stops = (list: Element) => [...list.querySelectorAll("button")].filter((button) => button.tabIndex === 0);
		expect(lists.map((list) => list.getAttribute("aria-label"))).toEqual(["Links from Memory Management", "Links to Memory Management"]);
		for (const list of lists) expect(stops(list)).toHaveLength(1);
		const outgoing = lists[0]!;
		const controls = [...outgoing.querySelectorAll("button")];
		expect(controls.length).toBeGreaterThan(2);
		controls[0]!.focus();
		const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
		press("ArrowDown");
		expect(document.activeElement).toBe(controls[1]);
		press("End");
		expect(document.activeElement).toBe(controls.at(-1));
		// A ghost concept's stop is its Create note button.
		expect(controls.some((button) => button.getAttribute("aria-label") === "Create note Thread Safety")).toBe(true);
		press("Home");
		press("ArrowUp");
		expect(document.activeElement).toBe(controls[0]);
		press("ArrowRight");
		flushSync();
		// The stop follows focus, so Tab back into the list returns to the concept last visited.
		expect(stops(outgoing)).toEqual([controls[1]]);
	});

	it("says what is missing before the index is ready or without a note", () => {
		expect(render(RelatedConcepts, { data: null, ready: false, onOpen: vi.fn(), onCreate: vi.fn() }).textContent).toContain("Building the concept graph");
		expect(render(RelatedConcepts, { data: null, ready: true, onOpen: vi.fn(), onCreate: vi.fn() }).textContent).toContain("Open a note");
	});
});

describe("ConceptMapBlock", () => {
	it("lists option errors by line", () => {
		const target = render(ConceptMapBlock, {
			subscribe: () => () => {},
			read: () => ({ title: "", data: null, errors: ["Line 1: depth must be 1, 2 or 3, not '4'."] }),
			onActivate: vi.fn(),
			onCreate: vi.fn(),
		});
		expect(target.querySelector('[role="alert"]')?.textContent).toContain("Line 1: depth must be 1, 2 or 3, not '4'.");
	});

	it("keeps a ghost concept's Create note button once it is chosen with Enter, so Tab can reach it", () => {
		const onCreate = vi.fn();
		const onActivate = vi.fn();
		const target = render(ConceptMapBlock, {
			subscribe: () => () => {},
			read: () => ({ title: "", data: graphViewData(graph, { mode: "local", centre: "Memory Management", depth: 1, direction: "both" }), errors: [] }),
			onActivate,
			onCreate,
		});
		const ghost = target.querySelector<SVGGElement>('[data-node-id="Thread Safety"]')!;
		ghost.dispatchEvent(new FocusEvent("focus"));
		flushSync();
		expect(target.querySelector('button[aria-label="Create note Thread Safety"]')).not.toBeNull();
		// Tab from the ghost goes on to its button, which stays.
		const button = () => target.querySelector<HTMLButtonElement>('button[aria-label="Create note Thread Safety"]');
		ghost.dispatchEvent(new FocusEvent("blur", { relatedTarget: button() }));
		ghost.dispatchEvent(new FocusEvent("focusout", { bubbles: true, relatedTarget: button() }));
		flushSync();
		expect(button()).not.toBeNull();
		// Focus leaving the map without choosing the ghost takes the button away again.
		ghost.dispatchEvent(new FocusEvent("focus"));
		ghost.dispatchEvent(new FocusEvent("blur"));
		ghost.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
		flushSync();
		expect(button()).toBeNull();
		ghost.dispatchEvent(new FocusEvent("focus"));
		ghost.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		ghost.dispatchEvent(new FocusEvent("blur"));
		ghost.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
		flushSync();
		expect(onActivate).toHaveBeenCalledWith(expect.objectContaining({ id: "Thread Safety", resolved: false }));
		target.querySelector<HTMLButtonElement>('button[aria-label="Create note Thread Safety"]')!.click();
		expect(onCreate).toHaveBeenCalledWith("Thread Safety");
	});

	it("is one tab stop, the centre, whose arrow keys move to the nearest concept that way and Home back to the centre", () => {
		const target = render(ConceptMapBlock, {
			subscribe: () => () => {},
			read: () => ({ title: "", data: graphViewData(graph, { mode: "local", centre: "Memory Management", depth: 1, direction: "both" }), errors: [] }),
			onActivate: vi.fn(),
			onCreate: vi.fn(),
		});
		const nodes = [...target.querySelectorAll<SVGGElement>("[data-node-id]")];
		const stops = () => nodes.filter((node) => node.getAttribute("tabindex") === "0").map((node) => node.dataset.nodeId);
		expect(nodes.length).toBeGreaterThan(3);
		expect(stops()).toEqual(["Memory Management"]);
		expect(target.querySelector("svg")!.getAttribute("tabindex")).toBe("-1");
		const centre = nodes.find((node) => node.dataset.nodeId === "Memory Management")!;
		centre.focus();
		const at = (node: Element) => /translate\((\S+) (\S+)\)/.exec(node.getAttribute("transform") ?? "")!.slice(1).map(Number) as [number, number];
		const [cx] = at(centre);
		const key = new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true, cancelable: true });
		centre.dispatchEvent(key);
		flushSync();
		expect(key.defaultPrevented).toBe(true);
		const reached = document.activeElement as SVGGElement;
		// d3-force's layout is deterministic: the centre has neighbours to its left.
		expect(reached === centre).toBe(false);
		expect(at(reached)[0]).toBeLessThan(cx);
		expect(stops()).toEqual([reached.dataset.nodeId]);
		reached.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true, cancelable: true }));
		expect(document.activeElement === centre).toBe(true);
	});

	it("draws a node per concept, ghosts and pymem marks included, and redraws when told", () => {
		let centre = "Functions";
		let notify = () => {};
		const target = render(ConceptMapBlock, {
			subscribe: (listener: () => void) => {
				notify = listener;
				return () => {};
			},
			read: () => ({ title: centre, data: graphViewData(graph, { mode: "local", centre, depth: 1, direction: "both" }), errors: [] }),
			onActivate: vi.fn(),
			onCreate: vi.fn(),
		});
		const ids = () => [...target.querySelectorAll("[data-node-id]")].map((el) => el.getAttribute("data-node-id")).sort();
		expect(ids()).toEqual(["Closures", "Functions", "Memory Management", "Python 1 Home"]);
		expect(target.querySelector('[data-node-id="Functions"] .pymem-graph-pymem-mark')).not.toBeNull();
		centre = "Memory Management";
		notify();
		flushSync();
		expect(ids()).toContain("Thread Safety");
		expect(target.querySelector('[data-node-id="Thread Safety"]')?.classList.contains("is-ghost")).toBe(true);
	});
});

describe("ConceptGraphPanel", () => {
	function panelFor(activeNote: string | null): HTMLElement {
		const host: GraphHost = {
			subscribe: () => () => {},
			ready: () => true,
			activeNote: () => activeNote,
			view: (scope) => graphViewData(graph, scope),
			names: () => [],
			resolve: (name) => graph.findNode(name)?.id ?? null,
			path: (from, to) => shortestPath(graph, from, to),
			open: vi.fn(),
			create: vi.fn(),
		};
		return render(ConceptGraphPanel, { host });
	}

	it("starts a path from the note that is open, and keeps what the reader typed", () => {
		const target = panelFor("Closures");
		const pathButton = [...target.querySelectorAll("button")].find((button) => button.textContent === "Path")!;
		pathButton.click();
		flushSync();
		const from = target.querySelector<HTMLInputElement>('input[aria-label="Path from"]')!;
		expect(from.value).toBe("Closures");
		expect(target.querySelector<HTMLInputElement>('input[aria-label="Path to"]')!.value).toBe("");
		from.value = "Functions";
		from.dispatchEvent(new Event("input", { bubbles: true }));
		pathButton.click();
		flushSync();
		pathButton.click();
		flushSync();
		expect(target.querySelector<HTMLInputElement>('input[aria-label="Path from"]')!.value).toBe("Functions");
	});

	it("says why a note's map has no links, instead of asking to hover one", () => {
		const lonely = { id: "Lonely", label: "Lonely", resolved: true, pymem: 0, hub: false, centre: true, onPath: false, distance: 0 };
		const host: GraphHost = {
			subscribe: () => () => {},
			ready: () => true,
			activeNote: () => "Lonely",
			view: () => ({ nodes: [lonely], edges: [], hidden: 0 }),
			names: () => [],
			resolve: () => null,
			path: () => null,
			open: vi.fn(),
			create: vi.fn(),
		};
		const info = render(ConceptGraphPanel, { host }).querySelector(".pymem-graph-info")!;
		expect(info.textContent).toContain("Lonely links to no other note and none links to it yet");
		expect(info.textContent).not.toContain("Hover or tap a link");
		// A map with links keeps the hint about them.
		expect(panelFor("Closures").querySelector(".pymem-graph-info")!.textContent).toContain("Hover or tap a link");
	});

	it("tells a hovered link in one block the bar clamps, its whole text in the title", () => {
		const target = panelFor("Closures");
		const edges = [...target.querySelectorAll(".pymem-graph-edge")];
		expect(edges.length).toBeGreaterThan(0);
		for (const edge of edges) {
			edge.dispatchEvent(new Event("pointerenter"));
			flushSync();
			const hover = target.querySelector<HTMLElement>(".pymem-graph-info .pymem-graph-hover")!;
			// One line for the link's ends and one paragraph for all its relations: each is cut by CSS, not by count.
			const link = hover.querySelector(".pymem-graph-hover-link")!.textContent;
			const relations = hover.querySelectorAll(".pymem-graph-hover-relations");
			expect(relations).toHaveLength(1);
			expect(relations[0]!.textContent).not.toBe("");
			expect(hover.title).toBe(`${link}: ${relations[0]!.textContent}`);
			edge.dispatchEvent(new Event("pointerleave"));
			flushSync();
		}
	});

	it("leaves From empty when no note is open", () => {
		const target = panelFor(null);
		[...target.querySelectorAll("button")].find((button) => button.textContent === "Path")!.click();
		flushSync();
		expect(target.querySelector<HTMLInputElement>('input[aria-label="Path from"]')!.value).toBe("");
	});
});
