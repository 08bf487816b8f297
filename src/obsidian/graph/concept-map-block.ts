/** The `concept-map` code block: a local map embedded in a note, redrawn when the graph changes. */
import { MarkdownRenderChild, type App } from "obsidian";
import { mount, unmount } from "svelte";
import { parseConceptMapOptions } from "../../graph/concept-map-options";
import { graphViewData, type GraphViewNode } from "../../graph/view-data";
import ConceptMapBlock from "../../ui/graph/ConceptMapBlock.svelte";
import type { ConceptMapContent } from "../../ui/graph/host";
import type { GraphIndex } from "./graph-index";
import { createConceptNote, openConcept } from "./notes";

export class ConceptMapChild extends MarkdownRenderChild {
	private component: ReturnType<typeof mount> | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly sourcePath: string,
		private readonly app: App,
		private readonly index: GraphIndex,
	) {
		super(containerEl);
	}

	override onload(): void {
		const parsed = parseConceptMapOptions(this.source);
		this.component = mount(ConceptMapBlock, {
			target: this.containerEl,
			props: {
				subscribe: (listener: () => void) => this.index.subscribe(listener),
				read: (): ConceptMapContent => this.content(parsed),
				onActivate: (node: GraphViewNode) => {
					if (node.resolved) openConcept(this.app, node.id);
				},
				onCreate: (id: string) => void createConceptNote(this.app, this.index, id, this.sourcePath),
			},
		});
	}

	private content(parsed: ReturnType<typeof parseConceptMapOptions>): ConceptMapContent {
		if (!parsed.ok) return { title: "", data: null, errors: parsed.errors };
		const { center, depth, direction } = parsed.options;
		if (!this.index.ready) return { title: "", data: null, errors: [] };
		const name = center ?? this.sourcePath.replace(/\.md$/i, "");
		const node = this.index.graph.findNode(name);
		if (!node) return { title: "", data: null, errors: [`No note or concept named "${name}".`] };
		const data = graphViewData(this.index.graph, { mode: "local", centre: node.id, depth, direction });
		const links = direction === "out" ? "outgoing links" : direction === "in" ? "incoming links" : "links";
		return { title: `${node.label}: ${links} to depth ${depth}`, data, errors: [] };
	}

	override onunload(): void {
		if (this.component) void unmount(this.component);
		this.component = null;
	}
}
