/**
 * One note's text -> its aliases, links, pymem blocks and warnings (scanNote, what the graph is built from),
 * and with the words around each link: relation, heading, kind (parseNote).
 */
import { readFrontmatter } from "./frontmatter";
import { findLinks, findLinkTargets, isAttachment, markdownTargetParts, parseWikiInner, type LinkTargets } from "./links";
import { frontmatterBlock, maskedText, maskNote } from "./mask";
import { describeLinks, footerLine } from "./relations";
import type { LinkSite, ParsedLink, ParsedNote, ParseWarning, ScannedNote } from "./types";

interface ReadNote {
	note: ScannedNote;
	/** Where `[[...]]` is not a link (see mask.ts). */
	hidden: number[];
	propertyLinks: ParsedLink[];
	bodyLinks: LinkSite[];
}

/** "\n" line endings, and no byte order mark (a file saved with one would hide its frontmatter). */
export function normalizeLineEndings(text: string): string {
	const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
}

function readNote(path: string, text: string, normalized = normalizeLineEndings(text)): ReadNote {
	const { hidden, frontmatter, pymemBlocks, warnings } = maskNote(path, normalized);
	const bodyLinks = findLinks(path, normalized, hidden, warnings);
	const { aliases, propertyLinks } = frontmatter ? frontmatterLinks(path, frontmatter, warnings) : { aliases: [], propertyLinks: [] };
	warnings.sort((a, b) => a.line - b.line);
	const links = propertyLinks.length === 0 ? bodyLinks : [...propertyLinks, ...bodyLinks];
	const note = { path, text: normalized, aliases, links, warnings, pymemBlocks };
	return { note, hidden, propertyLinks, bodyLinks };
}

/**
 * scanNote's links, for a text whose line endings are normalized already, as their paths and lines into
 * `into` (see LinkTargets); answers the note's warnings and pymem blocks. `frontmatterRead`, when given,
 * is readFrontmatterOnly's answer for the same text, not read again.
 */
export function scanLinkTargets(
	path: string,
	text: string,
	into: LinkTargets,
	frontmatterRead: FrontmatterRead | null = null,
): { warnings: ParseWarning[]; pymemBlocks: number[] } {
	const { hidden, frontmatter, pymemBlocks, warnings } = maskNote(path, text);
	if (frontmatter) {
		let propertyLinks: readonly ParsedLink[];
		if (frontmatterRead) {
			warnings.push(...frontmatterRead.warnings);
			propertyLinks = frontmatterRead.propertyLinks;
		} else propertyLinks = frontmatterLinks(path, frontmatter, warnings).propertyLinks;
		for (const link of propertyLinks) into.add(link.linkpath, link.line);
	}
	findLinkTargets(path, text, hidden, warnings, into);
	warnings.sort((a, b) => a.line - b.line);
	return { warnings, pymemBlocks };
}

function frontmatterLinks(
	path: string,
	frontmatter: { text: string; firstLine: number },
	warnings: ParseWarning[],
): { aliases: string[]; propertyLinks: ParsedLink[] } {
	const data = readFrontmatter(path, frontmatter.text, frontmatter.firstLine, warnings);
	const propertyLinks: ParsedLink[] = [];
	for (const link of data.links) {
		const parts = link.syntax === "wiki" ? parseWikiInner(link.inner) : markdownTarget(link.inner);
		// A property may link an attachment (`[[diagram.png]]`), which is no concept.
		if (!parts || parts.linkpath === "" || isAttachment(parts.linkpath)) continue;
		// Fields spelled out in the order describeLinks uses: one object shape for every link.
		propertyLinks.push({
			linkpath: parts.linkpath,
			subpath: parts.subpath,
			display: parts.display,
			embed: false,
			syntax: link.syntax,
			line: link.line,
			column: 0,
			end: 0,
			kind: "property",
			relation: link.property,
			heading: "",
		});
	}
	return { aliases: data.aliases, propertyLinks };
}

/** What the graph needs of a note, without the words around its links: see ScannedNote. */
export function scanNote(path: string, text: string): ScannedNote {
	return readNote(path, text).note;
}

export function parseNote(path: string, text: string): ParsedNote {
	const { note, hidden, propertyLinks, bodyLinks } = readNote(path, text);
	return { ...note, links: [...propertyLinks, ...describeLinks(note.text, maskedText(note.text, hidden), bodyLinks)] };
}

/** Which of scanNote's links sit in the note's footer: reads where the footer starts, not the words. */
export function footerLinks(path: string, text: string): boolean[] {
	const { note, hidden, propertyLinks } = readNote(path, text);
	const footer = footerLine(maskedText(note.text, hidden));
	return note.links.map((link, index) => index >= propertyLinks.length && link.line >= footer);
}

/** What a note's frontmatter says, read apart from the rest of the note: see readFrontmatterOnly. */
export interface FrontmatterRead {
	aliases: string[];
	propertyLinks: ParsedLink[];
	/** The warnings about the frontmatter's lines (not about where it ends: the rest of the note tells). */
	warnings: ParseWarning[];
}

/**
 * The note's frontmatter as scanNote reads it, without reading the rest of the note, or null when it has
 * none; the text's line endings normalized already.
 */
export function readFrontmatterOnly(path: string, text: string): FrontmatterRead | null {
	const frontmatter = frontmatterBlock(path, text, []);
	if (!frontmatter) return null;
	const warnings: ParseWarning[] = [];
	return { ...frontmatterLinks(path, { text: frontmatter.text, firstLine: 2 }, warnings), warnings };
}

function markdownTarget(target: string): { linkpath: string; subpath: string; display: string } | null {
	const parts = markdownTargetParts(target);
	return parts?.path ? { linkpath: parts.path.replace(/\.md$/i, ""), subpath: parts.subpath, display: parts.path } : null;
}
