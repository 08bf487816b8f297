// metadataCache over the served notes: per-note CachedMetadata (links, embeds, headings, frontmatter,
// list items, sections, each with positions) and the resolved/unresolved link maps.
import { Events } from "./component";
import { TFile, type Vault } from "./files";
import { markdown, parseWikiLink } from "../markdown-syntax";
import { frontmatterEnd, parseFrontmatter } from "./frontmatter";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface ReferenceCache {
	link: string;
	original: string;
	displayText: string;
	position: Pos;
}
export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}
export interface ListItemCache {
	parent: number;
	task?: string;
	position: Pos;
}
export interface SectionCache {
	type: string;
	position: Pos;
}
export interface CachedMetadata {
	links?: ReferenceCache[];
	embeds?: ReferenceCache[];
	headings?: HeadingCache[];
	listItems?: ListItemCache[];
	sections?: SectionCache[];
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
}

class LineIndex {
	readonly starts: number[] = [0];
	constructor(readonly lines: string[]) {
		for (const line of lines) this.starts.push(this.starts[this.starts.length - 1]! + line.length + 1);
	}
	loc(line: number, col: number): Loc {
		return { line, col, offset: (this.starts[line] ?? 0) + col };
	}
	/** From the start of `first` to the end of `last`. */
	span(first: number, last: number, firstCol = 0): Pos {
		return { start: this.loc(first, firstCol), end: this.loc(last, this.lines[last]?.length ?? 0) };
	}
}

const SECTION_TYPES: Record<string, string> = {
	heading_open: "heading",
	paragraph_open: "paragraph",
	fence: "code",
	code_block: "code",
	bullet_list_open: "list",
	ordered_list_open: "list",
	blockquote_open: "blockquote",
	table_open: "table",
	hr: "thematicBreak",
	html_block: "html",
};

function lastNonBlank(lines: string[], first: number, endExclusive: number): number {
	let last = endExclusive - 1;
	while (last > first && (lines[last] ?? "").trim() === "") last--;
	return last;
}

/** Masks `inline code` with spaces so links inside it are not collected, keeping offsets intact. */
function maskInlineCode(line: string): string {
	return line.replace(/(`+)[^`]*?\1/g, (code) => " ".repeat(code.length));
}

export { frontmatterEnd, parseFrontmatter };

export function parseNote(text: string): CachedMetadata {
	const lines = text.split("\n");
	const index = new LineIndex(lines);
	const cache: CachedMetadata = {};
	const fmEnd = frontmatterEnd(lines);
	const sections: SectionCache[] = [];
	if (fmEnd > 0) {
		cache.frontmatter = parseFrontmatter(lines.slice(1, fmEnd));
		cache.frontmatterPosition = index.span(0, fmEnd);
		sections.push({ type: "yaml", position: cache.frontmatterPosition });
	}
	// Blank out the frontmatter so markdown-it's line numbers stay those of the file.
	const body = lines.map((line, i) => (i <= fmEnd ? "" : line)).join("\n");
	const tokens = markdown.parse(body, {});
	const codeLines = new Set<number>();
	const headings: HeadingCache[] = [];
	const listItems: ListItemCache[] = [];
	const itemStack: number[][] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const map = token.map;
		if (token.type === "bullet_list_open" || token.type === "ordered_list_open") itemStack.push([]);
		if (token.type === "bullet_list_close" || token.type === "ordered_list_close") itemStack.pop();
		if (!map) continue;
		if (token.level === 0 && SECTION_TYPES[token.type]) {
			sections.push({ type: SECTION_TYPES[token.type]!, position: index.span(map[0], lastNonBlank(lines, map[0], map[1])) });
		}
		if (token.type === "fence" || token.type === "code_block") for (let l = map[0]; l < map[1]; l++) codeLines.add(l);
		if (token.type === "heading_open") {
			const inline = tokens[i + 1];
			headings.push({ heading: inline?.content ?? "", level: Number(token.tag.slice(1)), position: index.span(map[0], map[0]) });
		}
		if (token.type === "list_item_open") {
			const depth = itemStack.length;
			const enclosing = itemStack[depth - 2];
			const parentLine = enclosing && enclosing.length > 0 ? enclosing[enclosing.length - 1]! : -1;
			const listStart = itemStack[depth - 1]?.[0] ?? map[0];
			itemStack[depth - 1]?.push(map[0]);
			const indent = (lines[map[0]] ?? "").search(/\S/);
			const item: ListItemCache = {
				parent: parentLine >= 0 ? parentLine : -listStart,
				position: index.span(map[0], lastNonBlank(lines, map[0], map[1]), Math.max(indent, 0)),
			};
			const task = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]/.exec(lines[map[0]] ?? "");
			if (task) item.task = task[1];
			listItems.push(item);
		}
	}
	const links: ReferenceCache[] = [];
	const embeds: ReferenceCache[] = [];
	lines.forEach((line, lineNumber) => {
		if (lineNumber <= fmEnd || codeLines.has(lineNumber)) return;
		for (const match of maskInlineCode(line).matchAll(/(!?)\[\[([^[\]\n]+?)\]\]/g)) {
			const col = match.index;
			const original = line.slice(col, col + match[0].length);
			const parsed = parseWikiLink(match[2]!, match[1] === "!");
			const reference: ReferenceCache = {
				link: parsed.link,
				original,
				displayText: parsed.displayText,
				position: { start: index.loc(lineNumber, col), end: index.loc(lineNumber, col + original.length) },
			};
			(parsed.embed ? embeds : links).push(reference);
		}
	});
	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	if (headings.length) cache.headings = headings;
	if (listItems.length) cache.listItems = listItems;
	sections.sort((a, b) => a.position.start.line - b.position.start.line);
	if (sections.length) cache.sections = sections;
	return cache;
}

/** The link target without #heading or ^block: what getFirstLinkpathDest resolves. */
export function getLinkpath(link: string): string {
	const hash = link.indexOf("#");
	return hash < 0 ? link : link.slice(0, hash);
}

export class MetadataCache extends Events {
	private readonly caches = new Map<string, CachedMetadata>();
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};

	constructor(private readonly vault: Vault) {
		super();
	}

	/** Reads and indexes every note, then fires "resolved", as Obsidian does once the vault is indexed. */
	async initialize(): Promise<void> {
		await Promise.all(this.vault.getMarkdownFiles().map((file) => this.index(file, false)));
		this.resolveAll();
		const refresh = async (file: unknown) => {
			if (file instanceof TFile && file.extension === "md") {
				await this.index(file, true);
				this.resolveAll();
			}
		};
		this.vault.on("create", refresh);
		this.vault.on("modify", refresh);
	}

	private async index(file: TFile, announce: boolean): Promise<void> {
		const text = await this.vault.cachedRead(file);
		const cache = parseNote(text);
		this.caches.set(file.path, cache);
		if (announce) this.trigger("changed", file, text, cache);
	}

	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [source, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const linkpath = getLinkpath(ref.link);
				if (linkpath === "") continue;
				const dest = this.getFirstLinkpathDest(linkpath, source);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			}
			this.resolvedLinks[source] = resolved;
			this.unresolvedLinks[source] = unresolved;
		}
		this.trigger("resolved");
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * Resolves a link the way Obsidian's shortest-path mode does: an exact vault path first, then a path
	 * relative to the linking note's folder, then any file with that name (the one in the linking note's
	 * folder, else the shortest path). Case-insensitive; ".md" may be omitted.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const target = getLinkpath(linkpath).trim().toLowerCase();
		if (target === "") return this.vault.getFileByPath(sourcePath);
		const files = this.vault.getFiles();
		const withExt = (name: string) => [name, `${name}.md`];
		const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")).toLowerCase() : "";
		for (const candidate of [...withExt(target), ...(folder ? withExt(`${folder}/${target}`) : [])]) {
			const exact = files.find((file) => file.path.toLowerCase() === candidate);
			if (exact) return exact;
		}
		const suffixMatches = files.filter((file) =>
			withExt(target).some((name) => file.path.toLowerCase() === name || file.path.toLowerCase().endsWith(`/${name}`)),
		);
		if (suffixMatches.length === 0) return null;
		const sameFolder = suffixMatches.find((file) => (file.parent?.path ?? "").toLowerCase() === folder);
		return sameFolder ?? [...suffixMatches].sort((a, b) => a.path.length - b.path.length)[0]!;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const unique = this.vault.getFiles().filter((other) => other.basename === file.basename).length === 1;
		const name = unique ? file.name : file.path;
		return omitMdExtension && file.extension === "md" ? name.slice(0, -3) : name;
	}
}
