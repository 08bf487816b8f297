/** The "Related concepts" panel's content for one note, as plain data. */
import type { ConceptGraph } from "./graph";
import { twoHopSuggestions } from "./queries";
import type { LinkKind } from "./types";

export interface RelatedLink {
	id: string;
	label: string;
	resolved: boolean;
	/** Relation text of the link, or "" for a bare list item. */
	text: string;
	heading: string;
	kind: LinkKind;
	file: string;
	line: number;
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
	const describe = (other: string, edge: { relation: string; heading: string; kind: LinkKind; file: string; line: number }): RelatedLink => {
		const node = graph.node(other)!;
		return { id: other, label: node.label, resolved: node.resolved, text: edge.relation, heading: edge.heading, kind: edge.kind, file: edge.file, line: edge.line };
	};
	return {
		id,
		label: centre.label,
		outgoing: graph.outgoingEdges(id).map((edge) => describe(edge.target, edge)),
		incoming: graph.incomingEdges(id).map((edge) => describe(edge.source, edge)),
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
