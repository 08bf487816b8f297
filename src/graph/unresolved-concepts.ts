/**
 * The concept graph's unresolved concepts: nodes for link paths no note answers to. Links spelled alike
 * case aside name one concept; it is counted per spelling so that it goes when its last link does, and its
 * id is its alphabetically first spelling in use, so the id does not depend on the order notes were read.
 */
import type { EdgeTarget } from "./graph-note";
import { resolutionKey } from "./resolve";

export interface UnresolvedConcept extends EdgeTarget {
	id: string;
	/** spelling as written -> number of links that use it */
	spellings: Map<string, number>;
}

export class UnresolvedConcepts {
	/** lowercased link path -> the unresolved concept it names */
	private readonly byLowerPath = new Map<string, UnresolvedConcept>();
	/** a link key (resolutionKey) -> the unresolved concepts with that key */
	private readonly byKey = new Map<string, UnresolvedConcept[]>();
	private readonly byId = new Map<string, UnresolvedConcept>();

	/** `renamed` is told when a concept's id changes: the edges that point at it must follow. */
	constructor(private readonly renamed: (concept: UnresolvedConcept) => void) {}

	ids(): IterableIterator<string> {
		return this.byId.keys();
	}

	withId(id: string): UnresolvedConcept | undefined {
		return this.byId.get(id);
	}

	/** The concept a link path names, if some link names it. */
	named(linkpath: string): UnresolvedConcept | undefined {
		return this.byLowerPath.get(linkpath.toLowerCase());
	}

	withKey(key: string): readonly UnresolvedConcept[] {
		return this.byKey.get(key) ?? [];
	}

	/** Counts one more link spelled `linkpath`; answers the concept it names, made if it is the first. */
	mention(linkpath: string): UnresolvedConcept {
		const lower = linkpath.toLowerCase();
		let concept = this.byLowerPath.get(lower);
		if (!concept) {
			concept = { id: linkpath, spellings: new Map([[linkpath, 1]]), incoming: [] };
			this.byLowerPath.set(lower, concept);
			this.byId.set(linkpath, concept);
			const key = resolutionKey(linkpath);
			const sameKey = this.byKey.get(key);
			if (sameKey) sameKey.push(concept);
			else this.byKey.set(key, [concept]);
			return concept;
		}
		concept.spellings.set(linkpath, (concept.spellings.get(linkpath) ?? 0) + 1);
		this.refreshId(concept);
		return concept;
	}

	/** Counts one link spelled `linkpath` fewer; the concept goes with its last link. */
	forget(linkpath: string): void {
		const lower = linkpath.toLowerCase();
		const concept = this.byLowerPath.get(lower);
		if (!concept) return;
		const count = (concept.spellings.get(linkpath) ?? 0) - 1;
		if (count > 0) concept.spellings.set(linkpath, count);
		else concept.spellings.delete(linkpath);
		if (concept.spellings.size > 0) {
			this.refreshId(concept);
			return;
		}
		this.byLowerPath.delete(lower);
		this.byId.delete(concept.id);
		const key = resolutionKey(linkpath);
		const sameKey = this.byKey.get(key)!;
		sameKey.splice(sameKey.indexOf(concept), 1);
		if (sameKey.length === 0) this.byKey.delete(key);
	}

	private refreshId(concept: UnresolvedConcept): void {
		let id: string | undefined;
		for (const spelling of concept.spellings.keys()) if (id === undefined || spelling < id) id = spelling;
		if (id === concept.id) return;
		this.byId.delete(concept.id);
		concept.id = id!;
		this.byId.set(id!, concept);
		this.renamed(concept);
	}
}
