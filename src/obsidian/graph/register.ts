/**
 * Registers the concept graph with the plugin: the index (built after layout-ready), two views, the
 * `concept-map` code block and four commands. Called once from main.ts's onload; does no work itself.
 */
import { Notice, requireApiVersion, type Plugin } from "obsidian";
import { GraphIndex } from "./graph-index";
import { ConceptMapChild } from "./concept-map-block";
import { activeNoteId } from "./host";
import { ConceptSuggestModal, type ConceptChoice } from "./modals";
import { createConceptNote, openConcept } from "./notes";
import { CONCEPT_GRAPH_VIEW, ConceptGraphView, RELATED_CONCEPTS_VIEW, RelatedConceptsView } from "./views";

export function registerConceptGraph(plugin: Plugin): void {
	const app = plugin.app;
	const index = plugin.addChild(new GraphIndex(app));

	plugin.registerView(CONCEPT_GRAPH_VIEW, (leaf) => new ConceptGraphView(leaf, index));
	plugin.registerView(RELATED_CONCEPTS_VIEW, (leaf) => new RelatedConceptsView(leaf, index));
	plugin.registerMarkdownCodeBlockProcessor("concept-map", (source, el, ctx) => {
		ctx.addChild(new ConceptMapChild(el, source, ctx.sourcePath, app, index));
	});

	const revealView = async (type: string) => {
		let leaf = app.workspace.getLeavesOfType(type)[0] ?? null;
		if (!leaf) {
			leaf = app.workspace.getRightLeaf(false);
			if (!leaf) return null;
			await leaf.setViewState({ type, active: true });
		}
		// revealLeaf opens a collapsed sidebar (the phone app's drawer); activating the leaf alone left a view
		// opened there out of sight, so the command seemed to do nothing.
		if (requireApiVersion("1.7.2")) await app.workspace.revealLeaf(leaf);
		app.workspace.setActiveLeaf(leaf, { focus: true });
		return leaf;
	};

	const whenReady = (): boolean => {
		if (!index.ready) new Notice("The concept graph is still being built. Try again in a moment.");
		return index.ready;
	};

	plugin.addCommand({ id: "open-concept-graph", name: "Open concept graph", callback: () => void revealView(CONCEPT_GRAPH_VIEW) });
	plugin.addCommand({ id: "open-related-concepts", name: "Open related concepts", callback: () => void revealView(RELATED_CONCEPTS_VIEW) });

	plugin.addCommand({
		id: "go-to-related-concept",
		name: "Go to related concept…",
		callback: () => {
			const active = activeNoteId(app);
			if (!whenReady()) return;
			if (!active || !index.graph.node(active)) {
				new Notice("Open a note first.");
				return;
			}
			const choices: ConceptChoice[] = [
				...index.graph.outgoingEdges(active).map((edge) => ({ id: edge.target, text: `→ ${edge.target}${edge.relation ? `: ${edge.relation}` : ""}` })),
				...index.graph.incomingEdges(active).map((edge) => ({ id: edge.source, text: `← ${edge.source}${edge.relation ? `: ${edge.relation}` : ""}` })),
			];
			if (choices.length === 0) {
				new Notice("This note has no related concepts yet.");
				return;
			}
			new ConceptSuggestModal(app, choices, "Go to related concept…", (choice) => {
				if (index.graph.node(choice.id)?.resolved) openConcept(app, choice.id);
				else void createConceptNote(app, index, choice.id, `${active}.md`);
			}).open();
		},
	});

	plugin.addCommand({
		id: "show-path-between-concepts",
		name: "Show path between concepts…",
		callback: () => {
			if (!whenReady()) return;
			const all = index.graph.nodes().map((node) => ({ id: node.id, text: node.id }));
			const showPath = async (from: string, to: string) => {
				const leaf = await revealView(CONCEPT_GRAPH_VIEW);
				if (leaf?.view instanceof ConceptGraphView) leaf.view.showPath(from, to);
			};
			const pickTo = (from: string) =>
				new ConceptSuggestModal(app, all.filter((choice) => choice.id !== from), `Path from ${from} to…`, (to) => void showPath(from, to.id)).open();
			const active = activeNoteId(app);
			if (active && index.graph.node(active)) pickTo(active);
			else new ConceptSuggestModal(app, all, "Path from…", (from) => pickTo(from.id)).open();
		},
	});

	plugin.addCommand({
		id: "create-missing-concept-note",
		name: "Create missing concept note",
		callback: () => {
			if (!whenReady()) return;
			const active = activeNoteId(app);
			const unresolved = index.graph.nodes().filter((node) => !node.resolved);
			if (unresolved.length === 0) {
				new Notice("Every linked concept already has a note.");
				return;
			}
			const mentionedHere = (id: string) => active !== null && index.graph.incomingSources(id).includes(active);
			const choices = unresolved
				.map((node) => ({ id: node.id, text: mentionedHere(node.id) ? `${node.id} (linked from this note)` : node.id }))
				.sort((a, b) => Number(mentionedHere(b.id)) - Number(mentionedHere(a.id)));
			new ConceptSuggestModal(app, choices, "Create a note for…", (choice) => {
				void createConceptNote(app, index, choice.id, mentionedHere(choice.id) && active ? `${active}.md` : undefined);
			}).open();
		},
	});
}
