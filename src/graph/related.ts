/** The "Related concepts" panel's content for one note, as plain data. */
import type { ConceptGraph } from "./graph";
import { twoHopSuggestions } from "./queries";
import type { GraphEdge, LinkKind } from "./types";

/** One link between the note and a concept: where it sits and the words around it. */
export interface RelatedMention {
	/** Relation text of the link, or "" for a bare list item. */
	text: string;
	heading: string;
	kind: LinkKind;
	file: string;
	line: number;
}

/**
 * A concept the note links to (or that links to it), once however many links there are: a note that names
 * a concept on several lines says something different on each, and the panel lists them all under one name.
 */
export interface RelatedLink {
	id: string;
	label: string;
	resolved: boolean;
	/** Every link, in document order (file, then line). */
	mentions: RelatedMention[];
}

export interface RelatedSuggestion {
	id: string;
	label: string;
	resolved: boolean;
	via: { id: string; label: string }[];
}

export interface RelatedData {
	id: string;
	label: string;
	outgoing: RelatedLink[];
	incoming: RelatedLink[];
	suggestions: RelatedSuggestion[];
}

export function relatedConcepts(graph: ConceptGraph, id: string): RelatedData | null {
	const centre = graph.node(id);
	if (!centre) return null;
	/** One entry per concept at the edges' far end, in the order each concept is first linked. */
	const byConcept = (edges: readonly GraphEdge[], otherEnd: (edge: GraphEdge) => string): RelatedLink[] => {
		const links = new Map<string, RelatedLink>();
		for (const edge of edges) {
			const other = otherEnd(edge);
			let link = links.get(other);
			if (!link) {
				const node = graph.node(other)!;
				link = { id: other, label: node.label, resolved: node.resolved, mentions: [] };
				links.set(other, link);
			}
			link.mentions.push({ text: edge.relation, heading: edge.heading, kind: edge.kind, file: edge.file, line: edge.line });
		}
		return [...links.values()];
	};
	return {
		id,
		label: centre.label,
		outgoing: byConcept(graph.outgoingEdges(id), (edge) => edge.target),
		incoming: byConcept(graph.incomingEdges(id), (edge) => edge.source),
		suggestions: twoHopSuggestions(graph, id).map((suggestion) => {
			const node = graph.node(suggestion.id)!;
			return {
				id: suggestion.id,
				label: node.label,
				resolved: node.resolved,
				via: suggestion.via.map((via) => ({ id: via, label: graph.node(via)?.label ?? via })),
			};
		}),
	};
}
