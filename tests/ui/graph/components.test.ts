// @vitest-environment jsdom
import { flushSync, mount, unmount, type Component } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConceptGraph } from "../../../src/graph";
import { relatedConcepts } from "../../../src/graph/related";
import { graphViewData } from "../../../src/graph/view-data";
import ConceptMapBlock from "../../../src/ui/graph/ConceptMapBlock.svelte";
import RelatedConcepts from "../../../src/ui/graph/RelatedConcepts.svelte";
import { readVault } from "../../graph/vault";

const graph = ConceptGraph.fromFiles(readVault());

// jsdom has no layout: bind:clientWidth needs a ResizeObserver that never reports.
globalThis.ResizeObserver ??= class {
	observe(): void {}
	unobserve(): void {}
	disconnect(): void {}
} as unknown as typeof ResizeObserver;
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

	it("explains two-hop suggestions by the notes they come through", () => {
		const target = render(RelatedConcepts, { data: relatedConcepts(graph, "Closures"), ready: true, onOpen: vi.fn(), onCreate: vi.fn() });
		expect([...target.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Two links away");
		expect([...target.querySelectorAll(".pymem-related-text")].map((el) => el.textContent)).toContain(
			"Linked from Memory Management and Python 1 Home, but not from here.",
		);
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
		// Focus leaving the node without choosing it takes the button away again.
		ghost.dispatchEvent(new FocusEvent("blur"));
		flushSync();
		expect(target.querySelector('button[aria-label="Create note Thread Safety"]')).toBeNull();
		ghost.dispatchEvent(new FocusEvent("focus"));
		ghost.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		ghost.dispatchEvent(new FocusEvent("blur"));
		flushSync();
		expect(onActivate).toHaveBeenCalledWith(expect.objectContaining({ id: "Thread Safety", resolved: false }));
		target.querySelector<HTMLButtonElement>('button[aria-label="Create note Thread Safety"]')!.click();
		expect(onCreate).toHaveBeenCalledWith("Thread Safety");
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
