/** The "Concept graph" and "Related concepts" views: thin ItemViews that mount Svelte components. */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { mount, unmount } from "svelte";
import { relatedConcepts } from "../../graph/related";
import ConceptGraphPanel from "../../ui/graph/ConceptGraphPanel.svelte";
import RelatedPanel from "../../ui/graph/RelatedPanel.svelte";
import type { GraphIndex } from "./graph-index";
import { activeNoteId, createGraphHost } from "./host";
import { createConceptNote, openConcept } from "./notes";

export const CONCEPT_GRAPH_VIEW = "pymem-concept-graph";
export const RELATED_CONCEPTS_VIEW = "pymem-related-concepts";

/** Base for both views: follows the active note and the index, and tells its component when either changes. */
abstract class GraphItemView extends ItemView {
	protected component: ReturnType<typeof mount> | null = null;
	private readonly listeners = new Set<() => void>();
	/** The last markdown note that was active: focusing this view must not blank the map. */
	protected active: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly index: GraphIndex,
	) {
		super(leaf);
	}

	protected subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	protected notify(): void {
		for (const listener of [...this.listeners]) listener();
	}

	override async onOpen(): Promise<void> {
		this.active = activeNoteId(this.app);
		this.register(this.index.subscribe(() => this.notify()));
		this.registerEvent(
			this.app.workspace.on("file-open", (file) => {
				if (!file || file.extension !== "md") return;
				this.active = file.path.slice(0, -".md".length);
				this.notify();
			}),
		);
		this.contentEl.empty();
		this.contentEl.addClass("pymem-graph-view");
		this.component = this.mountComponent(this.contentEl);
	}

	protected abstract mountComponent(target: HTMLElement): ReturnType<typeof mount>;

	override async onClose(): Promise<void> {
		if (this.component) await unmount(this.component);
		this.component = null;
		this.listeners.clear();
	}
}

export class ConceptGraphView extends GraphItemView {
	getViewType(): string {
		return CONCEPT_GRAPH_VIEW;
	}

	getDisplayText(): string {
		return "Concept graph";
	}

	override getIcon(): string {
		return "waypoints";
	}

	protected mountComponent(target: HTMLElement) {
		const host = createGraphHost(this.app, this.index, this.subscribe, () => this.active);
		return mount(ConceptGraphPanel, { target, props: { host } });
	}

	showPath(from: string, to: string): void {
		(this.component as { showPath?: (from: string, to: string) => void } | null)?.showPath?.(from, to);
	}
}

export class RelatedConceptsView extends GraphItemView {
	getViewType(): string {
		return RELATED_CONCEPTS_VIEW;
	}

	getDisplayText(): string {
		return "Related concepts";
	}

	override getIcon(): string {
		return "list-tree";
	}

	protected mountComponent(target: HTMLElement) {
		return mount(RelatedPanel, {
			target,
			props: {
				subscribe: this.subscribe,
				read: () => ({
					ready: this.index.ready,
					data: this.active === null ? null : relatedConcepts(this.index.graph, this.active),
				}),
				onOpen: (id: string) => openConcept(this.app, id),
				onCreate: (id: string) =>
					void createConceptNote(this.app, this.index, id, this.active === null ? undefined : `${this.active}.md`),
			},
		});
	}
}
