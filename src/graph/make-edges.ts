/**
 * One note's edges, made from its links: each link resolved to a note or an unresolved concept, a note's
 * links to itself dropped, and a target linked twice on one line made one edge. This runs for every note of
 * the full build, so it reads the links from arrays it reuses (see LinkTargets) and keeps only what the
 * note keeps: its targets and sites.
 */
import { addIncoming, packSite, REACHED_DIRECTLY, REACHED_VIA_ALIAS, UNRESOLVED, type EdgeTarget, type GraphNote } from "./graph-note";
import { LinkTargets } from "./links";
import { folderOf, lowerStem, type Resolver } from "./resolve";
import type { UnresolvedConcepts } from "./unresolved-concepts";

// Scratch arrays shared by every call (makeEdges never re-enters), filled up to a count and never emptied
// (that frees their storage): the note keeps exact-size copies.
const scratchLinks = new LinkTargets();
const scratchTargets: EdgeTarget[] = [];
const scratchSites: number[] = [];
const scratchOnLine: EdgeTarget[] = [];
/** The note each link names exactly, if one does; null for a link to the note itself. */
const scratchNamed: (GraphNote | null | undefined)[] = [];
const NO_TARGET: EdgeTarget = Object.freeze({ id: "", incoming: [] });

/**
 * Reads the note's links and gives it its edges. With `linkIncoming`, the note is added to the incoming
 * list of each node it links to (the full build makes those lists later, all at once).
 */
export function makeEdges(source: GraphNote, resolver: Resolver<GraphNote>, unresolved: UnresolvedConcepts, linkIncoming: boolean): void {
	const path = source.path;
	const links = scratchLinks;
	links.clear();
	source.readLinks(links);
	const { linkpaths, starts, ends, lines } = links;
	const text = source.text;
	let folderLower: string | undefined;
	let lineOfTargets = -1;
	const targets = scratchTargets;
	const sites = scratchSites;
	const targetsOnLine = scratchOnLine;
	let onLineCount = 0;
	let edgeCount = 0;
	let unresolvedSpellings: string[] | null = null;
	const namedNotes = scratchNamed;
	resolver.resolveExactNamesAt(text, links, namedNotes);
	// Links to the note itself, found in a loop of their own: comparing reads each named note, one of
	// thousands spread over the heap, and those reads overlap here where in the loop below each waited.
	for (let index = 0; index < links.count; index++) if (namedNotes[index] === source) namedNotes[index] = null;
	for (let index = 0; index < links.count; index++) {
		const written = linkpaths[index] ?? null;
		const named = namedNotes[index];
		// A note's links to itself relate no two concepts.
		if (named === null) continue;
		// Read only when the link is not answered by name: then it is resolved from its path, or names an
		// unresolved concept.
		const linkpath = written ?? (named === undefined ? text.slice(starts[index], ends[index]) : "");
		const resolution = named !== undefined ? null : resolver.resolve(linkpath, path, (folderLower ??= folderOf(path).toLowerCase()), lowerStem(linkpath));
		const resolved = named ?? resolution?.node;
		const target: EdgeTarget = resolved ?? unresolved.mention(linkpath);
		if (lines[index] !== lineOfTargets) {
			lineOfTargets = lines[index]!;
			onLineCount = 0;
		}
		// A note's links to itself relate no two concepts; the same target twice on a line is one edge. An
		// unresolved concept is one object whatever its spelling (`[[ghost]]` and `[[Ghost]]`), though its id
		// can change along the line.
		const onLine = target;
		if (target === source || includesFirst(targetsOnLine, onLineCount, onLine)) {
			if (!resolved) unresolved.forget(linkpath);
			continue;
		}
		targetsOnLine[onLineCount++] = onLine;
		if (linkIncoming && !includesFirst(targets, edgeCount, target)) addIncoming(target, source);
		targets[edgeCount] = target;
		sites[edgeCount] = packSite(index, !resolved ? UNRESOLVED : resolution?.viaAlias ? REACHED_VIA_ALIAS : REACHED_DIRECTLY);
		edgeCount++;
		if (!resolved) (unresolvedSpellings ??= []).push(linkpath);
	}
	// Shortened, not emptied: an array's storage is freed when its length is set to 0, kept otherwise.
	sites.length = edgeCount;
	source.setEdges(targets.slice(0, edgeCount), sites, unresolvedSpellings);
	// Nothing of this note stays reachable from the scratch arrays.
	targets.fill(NO_TARGET, 0, edgeCount);
	targetsOnLine.fill(NO_TARGET);
	namedNotes.fill(undefined, 0, links.count);
	links.clear();
}

function includesFirst<T>(list: readonly T[], count: number, value: T): boolean {
	for (let i = 0; i < count; i++) if (list[i] === value) return true;
	return false;
}
