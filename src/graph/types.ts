/** Shared shapes of the concept graph. Pure data: no 'obsidian', no DOM. */

/** Where a link sits in its note, which tells how strongly it relates the two concepts. */
export type LinkKind =
	/** A list item that starts with the link and explains it: `- [[X]]: text`. */
	| "related"
	/** A link inside a sentence of ordinary text. */
	| "prose"
	/** A link inside a heading (or a line that is only bold text, used as a heading). */
	| "heading"
	/** A link in the closing lines of a note, usually back to a home or index note. */
	| "footer"
	/** A link in a frontmatter list property such as `related:`. */
	| "property";

export interface ParseWarning {
	file: string;
	/** 1-based line in the file. */
	line: number;
	message: string;
}

/** One link as written in a note, before resolution: what it names and where it sits. */
export interface LinkSite {
	/** The path part of the link: `Folder/Note` in `[[Folder/Note#Heading|shown]]`. */
	linkpath: string;
	/** `#Heading` or `#^block` part without the `#`, or "" when absent. */
	subpath: string;
	/** The text a reader sees: the alias, else the link path as written. */
	display: string;
	embed: boolean;
	syntax: "wiki" | "markdown";
	/** 1-based line and 0-based column of the link's first character (the `!` of an embed). */
	line: number;
	column: number;
	/** The column just after the link (0 for a link in frontmatter). */
	end: number;
}

/** A link with the words around it: what the note says about the concept it links to. */
export interface ParsedLink extends LinkSite {
	kind: LinkKind;
	/** The words that relate the note to the target (see the issue: list text, else the sentence). */
	relation: string;
	/** The heading the link sits under, "" above the first heading. */
	heading: string;
}

/**
 * A note as the graph keeps it: its text and what linking needs, read in one pass over the text. The words
 * around each link (relation, heading, kind) are not read here but from `text` when first asked for
 * (describeNote): most links of a large vault are never shown.
 */
export interface ScannedNote {
	/** Vault-relative path with extension, `/`-separated: `Python/Closures.md`. */
	path: string;
	/** The note's text, line endings normalized to "\n". */
	text: string;
	aliases: string[];
	/** Links in document order: frontmatter properties first, then the body. */
	links: LinkSite[];
	warnings: ParseWarning[];
	/** Lines of fenced blocks whose language is `pymem`. */
	pymemBlocks: number[];
}

/** A note as a host reads it; `aliases` when the host knows them better than the frontmatter does. */
export interface NoteText {
	path: string;
	text: string;
	aliases?: string[];
}

/** A scanned note whose links are described: parseNote's answer. */
export interface ParsedNote extends ScannedNote {
	links: ParsedLink[];
}

export interface GraphNode {
	/** Vault-relative path without `.md` for notes; the link text for unresolved concepts. */
	id: string;
	/** File name without extension, or the unresolved link text. */
	label: string;
	resolved: boolean;
	/** Path of the file with extension, for resolved notes. */
	path?: string;
	aliases: string[];
	pymemBlocks: number;
}

export interface GraphEdge {
	source: string;
	target: string;
	relation: string;
	kind: LinkKind;
	heading: string;
	/** Vault-relative path of the file that holds the link, and its 1-based line. */
	file: string;
	line: number;
	/** True when the target matched only through a frontmatter alias. */
	viaAlias: boolean;
	embed: boolean;
}
