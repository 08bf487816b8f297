/** One note's text -> its aliases, links (with relation, heading, kind), pymem blocks and warnings. */
import { readFrontmatter } from "./frontmatter";
import { findLinksInLine, parseWikiInner, type LinkOccurrence } from "./links";
import { maskNote } from "./mask";
import { describeLinks } from "./relations";
import type { ParsedLink, ParsedNote } from "./types";

export function parseNote(path: string, text: string): ParsedNote {
	const normalized = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
	const { lines: originalLines, maskedLines, frontmatter, fencedBlocks, warnings } = maskNote(path, normalized);
	const occurrences: LinkOccurrence[] = [];
	if (normalized.includes("[[") || normalized.includes("](")) {
		maskedLines.forEach((line, index) => findLinksInLine(path, line, index, warnings, occurrences));
	}
	const links: ParsedLink[] = [];
	let aliases: string[] = [];
	if (frontmatter) {
		const data = readFrontmatter(path, frontmatter.text, frontmatter.firstLine, warnings);
		aliases = data.aliases;
		for (const link of data.links) {
			const parts = link.syntax === "wiki" ? parseWikiInner(link.inner) : markdownTarget(link.inner);
			if (!parts || parts.linkpath === "") continue;
			// Fields spelled out in the order describeLinks uses: one object shape for every link (a spread
			// made a slower shape and showed in the build profile).
			links.push({
				linkpath: parts.linkpath,
				subpath: parts.subpath,
				display: parts.display,
				embed: false,
				syntax: link.syntax,
				line: link.line,
				column: 0,
				kind: "property",
				relation: link.property,
				heading: "",
			});
		}
	}
	links.push(...describeLinks(originalLines, maskedLines, occurrences));
	warnings.sort((a, b) => a.line - b.line);
	return {
		path,
		aliases,
		links,
		warnings,
		pymemBlocks: fencedBlocks.filter((block) => block.language === "pymem").map((block) => block.line),
	};
}

function markdownTarget(target: string): { linkpath: string; subpath: string; display: string } | null {
	let decoded = target;
	try {
		decoded = decodeURI(target);
	} catch {
		return null;
	}
	const [path = "", subpath = ""] = decoded.split("#", 2);
	return path ? { linkpath: path.replace(/\.md$/i, ""), subpath, display: path } : null;
}
