/** Finds wiki links and markdown links to notes in masked text, one line at a time (links never span lines). */
import type { ParseWarning } from "./types";

export interface LinkOccurrence {
	linkpath: string;
	subpath: string;
	display: string;
	embed: boolean;
	syntax: "wiki" | "markdown";
	/** 0-based index of the line, column of the first character (the `!` of an embed), end column. */
	lineIndex: number;
	column: number;
	end: number;
}

/** Files that are attachments, not notes: links to them are not concepts. */
const ATTACHMENT = /\.(png|jpe?g|gif|bmp|svg|webp|avif|pdf|mp3|wav|m4a|ogg|flac|webm|mp4|mov|mkv|ogv|canvas|base|excalidraw)$/i;

export function findLinksInLine(
	file: string,
	line: string,
	lineIndex: number,
	warnings: ParseWarning[],
	out: LinkOccurrence[],
): void {
	const first = out.length;
	if (line.includes("[[")) findWikiLinks(file, line, lineIndex, warnings, out);
	if (line.includes("](")) findMarkdownLinks(file, line, lineIndex, warnings, out);
	// Both kinds on one line: back into document order, which decides the edge kept for a repeated target.
	if (out.length - first > 1 && out[first]!.syntax !== out[out.length - 1]!.syntax) {
		out.push(...out.splice(first).sort((a, b) => a.column - b.column));
	}
}

function findWikiLinks(file: string, line: string, lineIndex: number, warnings: ParseWarning[], out: LinkOccurrence[]): void {
	let open = line.indexOf("[[");
	while (open >= 0) {
		const close = line.indexOf("]]", open + 2);
		const reopen = line.indexOf("[[", open + 2);
		if (close < 0) {
			warnings.push({ file, line: lineIndex + 1, message: `'[[' at column ${open + 1} is never closed on this line` });
			return;
		}
		if (reopen >= 0 && reopen < close) {
			// Obsidian drops the outer '[[' and links the inner one: `[[Lambda [[Functions]]` links Functions.
			warnings.push({
				file,
				line: lineIndex + 1,
				message: `'[[' at column ${open + 1} is not closed before the next '[['; only the inner link counts`,
			});
			open = reopen;
			continue;
		}
		const inner = line.slice(open + 2, close);
		const embed = open > 0 && line[open - 1] === "!";
		const link = parseWikiInner(inner);
		if (link === null) {
			warnings.push({ file, line: lineIndex + 1, message: `empty link '[[${inner}]]' at column ${open + 1}` });
		} else if (link.linkpath !== "" && !ATTACHMENT.test(link.linkpath)) {
			// Fields spelled out: an object spread here costs more than all the scanning around it.
			out.push({
				linkpath: link.linkpath,
				subpath: link.subpath,
				display: link.display,
				embed,
				syntax: "wiki",
				lineIndex,
				column: embed ? open - 1 : open,
				end: close + 2,
			});
		}
		open = line.indexOf("[[", close + 2);
	}
}

/**
 * `Target#Heading|alias` -> parts. Returns null when there is no target at all. A link to a heading of the
 * same note (`[[#Heading]]`) has an empty linkpath: it is valid but relates no two concepts.
 */
export function parseWikiInner(inner: string): { linkpath: string; subpath: string; display: string } | null {
	const unescaped = inner.replace(/\\\|/g, "|");
	const bar = unescaped.indexOf("|");
	const target = (bar < 0 ? unescaped : unescaped.slice(0, bar)).trim();
	const alias = bar < 0 ? "" : unescaped.slice(bar + 1).trim();
	if (target === "" || target === "#") return null;
	const hash = target.indexOf("#");
	const linkpath = (hash < 0 ? target : target.slice(0, hash)).trim().replace(/\.md$/i, "");
	const subpath = hash < 0 ? "" : target.slice(hash + 1).trim();
	return { linkpath, subpath, display: alias || target };
}

const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^)\s]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function findMarkdownLinks(file: string, line: string, lineIndex: number, warnings: ParseWarning[], out: LinkOccurrence[]): void {
	for (const match of line.matchAll(MARKDOWN_LINK)) {
		let target = match[3]!;
		if (target.startsWith("<")) target = target.slice(1, -1);
		if (EXTERNAL.test(target) || target.startsWith("#")) continue;
		let decoded: string;
		try {
			decoded = decodeURI(target);
		} catch {
			warnings.push({ file, line: lineIndex + 1, message: `link target '${target}' has a malformed %-escape` });
			continue;
		}
		const hash = decoded.indexOf("#");
		const path = hash < 0 ? decoded : decoded.slice(0, hash);
		if (path === "" || ATTACHMENT.test(path)) continue;
		const text = match[2]!.trim();
		out.push({
			linkpath: path.replace(/\.md$/i, ""),
			subpath: hash < 0 ? "" : decoded.slice(hash + 1),
			display: text || path,
			embed: match[1] === "!",
			syntax: "markdown",
			lineIndex,
			column: match.index,
			end: match.index + match[0].length,
		});
	}
}
