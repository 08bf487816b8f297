/**
 * Finds wiki links and markdown links to notes (links never span lines). Works on the note's text by
 * offsets, counting lines as it goes and skipping the hidden ranges of mask.ts (code, math, comments) as
 * if they were spaces: this runs over every note of the vault in the full build.
 */
import { indexOfVisible, nextHidden } from "./hidden-ranges";
import { maskedText } from "./mask";
import { NAME_HASH_SEED, nameHash, nameHashEnd, nameHashStep } from "./name-table";
import { endsWithMd } from "./link-paths";
import type { LinkSite, ParseWarning } from "./types";

/** Files that are attachments, not notes: links to them are not concepts. */
const ATTACHMENT = /\.(png|jpe?g|gif|bmp|svg|webp|avif|pdf|mp3|wav|m4a|ogg|flac|webm|mp4|mov|mkv|ogv|canvas|base|excalidraw)$/i;

/**
 * What the graph needs of each link to resolve it, in parallel arrays: the full build reads every link of
 * the vault, and an object per link was most of what it allocated. A link whose path is a bare name is
 * kept as offsets into the note's text, without a string of its own, which is made only if the name does
 * not answer to exactly one note (see Resolver.resolveExactNamesAt).
 */
export class LinkTargets {
	/**
	 * How many links the arrays hold; what lies past it is stale. The arrays are reused from note to note and
	 * never shortened: shortening an array frees its storage, and growing it again is garbage per note.
	 */
	count = 0;
	/** The link path, or null when it is the note's text[starts[i], ends[i]). */
	readonly linkpaths: (string | null)[] = [];
	/** Where the link path starts in linkpaths[i] (so 0) when it is there, else in the note's text. */
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	/** nameHash of the link path */
	readonly hashes: number[] = [];
	/** 1-based */
	readonly lines: number[] = [];

	add(linkpath: string, line: number): void {
		this.push(linkpath, 0, linkpath.length, nameHash(linkpath), line);
	}

	addName(start: number, end: number, hash: number, line: number): void {
		this.push(null, start, end, hash, line);
	}

	/** Empties the list; the link paths go, so that they do not keep a note's text alive. */
	clear(): void {
		this.linkpaths.fill(null, 0, this.count);
		this.count = 0;
	}

	private push(linkpath: string | null, start: number, end: number, hash: number, line: number): void {
		const at = this.count++;
		this.linkpaths[at] = linkpath;
		this.starts[at] = start;
		this.ends[at] = end;
		this.hashes[at] = hash;
		this.lines[at] = line;
	}
}

/** findLinks into `targets`, after what it holds already. */
export function findLinkTargets(file: string, text: string, hidden: readonly number[], warnings: ParseWarning[], targets: LinkTargets): void {
	// Markdown links are found apart and sorted in with the wiki links: leave that to findLinks.
	if (text.includes("](")) {
		for (const link of findLinks(file, text, hidden, warnings)) targets.add(link.linkpath, link.line);
	} else if (text.includes("[[")) findWikiLinks(file, text, hidden, warnings, targets);
}

/** The links of a note in document order; `hidden` as maskNote found it. */
export function findLinks(file: string, text: string, hidden: readonly number[], warnings: ParseWarning[]): LinkSite[] {
	const links: LinkSite[] = [];
	if (text.includes("[[")) findWikiLinks(file, text, hidden, warnings, links);
	if (text.includes("](")) {
		const wikiCount = links.length;
		findMarkdownLinks(file, text, hidden, warnings, links);
		// Both kinds in one note: back into document order, which decides the edge kept for a repeated target.
		if (wikiCount > 0 && links.length > wikiCount) links.sort((a, b) => a.line - b.line || a.column - b.column);
	}
	return links;
}

function findWikiLinks(file: string, text: string, hidden: readonly number[], warnings: ParseWarning[], out: LinkSite[] | LinkTargets): void {
	let lineIndex = 0;
	let lineStart = 0;
	let lineEnd = lineEndAt(text, 0);
	let open = indexOfVisible(text, "[[", 0, hidden);
	while (open >= 0) {
		while (open > lineEnd) {
			lineStart = lineEnd + 1;
			lineEnd = lineEndAt(text, lineStart);
			lineIndex++;
		}
		const close = indexOfVisible(text, "]]", open + 2, hidden);
		const reopen = indexOfVisible(text, "[[", open + 2, hidden);
		const column = open - lineStart;
		if (close < 0 || close > lineEnd) {
			warnings.push({ file, line: lineIndex + 1, message: `'[[' at column ${column + 1} is never closed on this line` });
			// The rest of the line is not read for links.
			open = reopen < 0 || reopen > lineEnd ? reopen : indexOfVisible(text, "[[", lineEnd + 1, hidden);
			continue;
		}
		if (reopen >= 0 && reopen < close) {
			// Obsidian drops the outer '[[' and links the inner one: `[[Lambda [[Functions]]` links Functions.
			warnings.push({
				file,
				line: lineIndex + 1,
				message: `'[[' at column ${column + 1} is not closed before the next '[['; only the inner link counts`,
			});
			open = reopen;
			continue;
		}
		const innerHidden = partlyHidden(hidden, open + 2, close);
		if (!innerHidden && !Array.isArray(out) && addBareLinkpath(text, open + 2, close, lineIndex + 1, out)) {
			open = reopen;
			continue;
		}
		const inner = innerHidden ? visibleSlice(text, open + 2, close, hidden) : text.slice(open + 2, close);
		const embed = column > 0 && text.charCodeAt(open - 1) === 33; /* ! */
		// Read in the note's text rather than in the slice, whose characters are reached through the note's.
		const plain = innerHidden ? isPlainTarget(inner, 0, inner.length) : isPlainTarget(text, open + 2, close);
		const link = plain ? null : parseWikiInner(inner);
		if (!plain && link === null) {
			warnings.push({ file, line: lineIndex + 1, message: `empty link '[[${inner}]]' at column ${column + 1}` });
		} else {
			const linkpath = link ? link.linkpath : inner;
			if (linkpath === "" || isAttachment(linkpath)) {
				// Not a link to a note.
			} else if (!Array.isArray(out)) {
				out.add(linkpath, lineIndex + 1);
			} else {
				// Fields spelled out in one order: one object shape for every link of the vault.
				out.push({
					linkpath,
					subpath: link ? link.subpath : "",
					display: link ? link.display : inner,
					embed,
					syntax: "wiki",
					line: lineIndex + 1,
					column: embed ? column - 1 : column,
					end: close + 2 - lineStart,
				});
			}
		}
		open = reopen;
	}
}

/** text.slice(start, end) with hidden parts as spaces: what the link's brackets hold as a reader sees them. */
function visibleSlice(text: string, start: number, end: number, hidden: readonly number[]): string {
	// Usually nothing inside the link is hidden.
	if (!partlyHidden(hidden, start, end)) return text.slice(start, end);
	return maskedText(text.slice(start, end), hidden.map((offset) => Math.min(end, Math.max(start, offset)) - start));
}

function partlyHidden(hidden: readonly number[], start: number, end: number): boolean {
	const next = nextHidden(hidden, start);
	return next >= 0 && next < end;
}

function lineEndAt(text: string, at: number): number {
	const end = text.indexOf("\n", at);
	return end < 0 ? text.length : end;
}

/**
 * True when the text inside `[[...]]` is a bare name, as most links are: no alias, heading, escape,
 * padding or `.md` to strip. Then it is its own link path and display, and parseWikiInner is not needed.
 */
function isPlainTarget(text: string, start: number, end: number): boolean {
	if (end <= start || !isPrintableAscii(text.charCodeAt(start)) || !isPrintableAscii(text.charCodeAt(end - 1))) return false;
	for (let i = start; i < end; i++) {
		const char = text.charCodeAt(i);
		if (char === 35 /* # */ || char === 92 /* \ */ || char === 124 /* | */) return false;
	}
	return !endsWithMd(text, start, end);
}

/**
 * Adds the link path of text[start, end), the inside of a `[[...]]` on `line`, to `out` by its offsets when
 * parseWikiInner would answer it as written: the text before any `#heading` or `|alias`, with no escape in
 * it, no padding and no `.` (so no `.md` to strip and no attachment). Answers false, having added nothing,
 * for any other link: then it is read as any other.
 */
function addBareLinkpath(text: string, start: number, end: number, line: number, out: LinkTargets): boolean {
	// nameHash, computed while the name is read.
	let hash = NAME_HASH_SEED;
	let at = start;
	for (; at < end; at++) {
		const char = text.charCodeAt(at);
		if (char === 35 /* # */ || char === 124 /* | */) break;
		if (char === 92 /* \ */ || char === 46 /* . */) return false;
		hash = nameHashStep(hash, char);
	}
	if (at === start || !isPrintableAscii(text.charCodeAt(start)) || !isPrintableAscii(text.charCodeAt(at - 1))) return false;
	out.addName(start, at, nameHashEnd(hash), line);
	return true;
}

function isPrintableAscii(char: number): boolean {
	return char > 32 && char < 127;
}

/**
 * A markdown link's target split at its first "#" into path and heading, each then %-decoded (`%23` is a "#"
 * of the file's name, `%26` an "&"); null when an escape is malformed.
 */
export function markdownTargetParts(target: string): { path: string; subpath: string } | null {
	const hash = target.indexOf("#");
	try {
		return { path: decodeURIComponent(hash < 0 ? target : target.slice(0, hash)), subpath: hash < 0 ? "" : decodeURIComponent(target.slice(hash + 1)) };
	} catch {
		return null;
	}
}

export function isAttachment(linkpath: string): boolean {
	return linkpath.includes(".") && ATTACHMENT.test(linkpath);
}

/**
 * `Target#Heading|alias` -> parts. Returns null when there is no target at all. A link to a heading of the
 * same note (`[[#Heading]]`) has an empty linkpath: it is valid but relates no two concepts.
 */
export function parseWikiInner(inner: string): { linkpath: string; subpath: string; display: string } | null {
	const unescaped = inner.includes("\\") ? inner.replace(/\\\|/g, "|") : inner;
	const bar = unescaped.indexOf("|");
	const target = (bar < 0 ? unescaped : unescaped.slice(0, bar)).trim();
	const alias = bar < 0 ? "" : unescaped.slice(bar + 1).trim();
	if (target === "" || target === "#") return null;
	const hash = target.indexOf("#");
	const linkpath = (hash < 0 ? target : target.slice(0, hash)).trim().replace(/\.md$/i, "");
	const subpath = hash < 0 ? "" : target.slice(hash + 1).trim();
	return { linkpath, subpath, display: alias || target };
}

const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\(\s*(<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Markdown links, read one line at a time (the pattern's spaces could otherwise cross lines). */
function findMarkdownLinks(file: string, text: string, hidden: readonly number[], warnings: ParseWarning[], out: LinkSite[]): void {
	let lineIndex = 0;
	let counted = 0;
	for (let at = indexOfVisible(text, "](", 0, hidden); at >= 0; ) {
		const start = text.lastIndexOf("\n", at) + 1;
		const end = lineEndAt(text, at);
		for (let newline = text.indexOf("\n", counted); newline >= 0 && newline < start; newline = text.indexOf("\n", newline + 1)) lineIndex++;
		counted = start;
		findMarkdownLinksInLine(file, visibleSlice(text, start, end, hidden), lineIndex, warnings, out);
		at = indexOfVisible(text, "](", end + 1, hidden);
	}
}

function findMarkdownLinksInLine(file: string, line: string, lineIndex: number, warnings: ParseWarning[], out: LinkSite[]): void {
	for (const match of line.matchAll(MARKDOWN_LINK)) {
		let target = match[3]!;
		if (target.startsWith("<")) target = target.slice(1, -1);
		if (EXTERNAL.test(target) || target.startsWith("#")) continue;
		const parts = markdownTargetParts(target);
		if (!parts) {
			warnings.push({ file, line: lineIndex + 1, message: `link target '${target}' has a malformed %-escape` });
			continue;
		}
		const { path, subpath } = parts;
		if (path === "" || ATTACHMENT.test(path)) continue;
		const text = match[2]!.trim();
		out.push({
			linkpath: path.replace(/\.md$/i, ""),
			subpath,
			display: text || path,
			embed: match[1] === "!",
			syntax: "markdown",
			line: lineIndex + 1,
			column: match.index,
			end: match.index + match[0].length,
		});
	}
}
