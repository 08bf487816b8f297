/** Connects the graph components to the index and the workspace. */
import type { App } from "obsidian";
import { shortestPath } from "../../graph/queries";
import { graphViewData } from "../../graph/view-data";
import type { GraphHost } from "../../ui/graph/host";
import type { GraphIndex } from "./graph-index";
import { createConceptNote, openConcept } from "./notes";

/** Node id of the active markdown note, or null. */
export function activeNoteId(app: App): string | null {
	const file = app.workspace.getActiveFile();
	return file && file.extension === "md" ? file.path.slice(0, -".md".length) : null;
}

export function createGraphHost(app: App, index: GraphIndex, subscribe: (listener: () => void) => () => void, activeNote: () => string | null): GraphHost {
	return {
		subscribe,
		ready: () => index.ready,
		activeNote,
		view: (scope) => graphViewData(index.graph, scope),
		names: () => index.graph.nodes().map((node) => node.id),
		resolve: (name) => (name.trim() === "" ? null : (index.graph.findNode(name)?.id ?? null)),
		path: (from, to) => shortestPath(index.graph, from, to),
		open: (id) => openConcept(app, id),
		create: (id) => void createConceptNote(app, index, id, activeNote() === null ? undefined : `${activeNote()}.md`),
	};
}
