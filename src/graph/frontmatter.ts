/**
 * Reads the two things the graph needs from frontmatter: `aliases` and links in list properties.
 * A small reader for the flat YAML that notes use (scalars, `[a, b]` and `- item` lists), not a YAML parser:
 * anything it cannot read becomes a warning naming the line, never an exception.
 */
import type { ParseWarning } from "./types";

export interface FrontmatterLink {
	property: string;
	/** The text inside `[[...]]` (or the markdown link target), unparsed. */
	inner: string;
	syntax: "wiki" | "markdown";
	line: number;
}

export interface FrontmatterData {
	aliases: string[];
	links: FrontmatterLink[];
}

interface Value {
	text: string;
	quoted: boolean;
	line: number;
}

export function readFrontmatter(
	file: string,
	text: string,
	firstLine: number,
	warnings: ParseWarning[],
): FrontmatterData {
	const properties = readProperties(file, text, firstLine, warnings);
	const aliases: string[] = [];
	const links: FrontmatterLink[] = [];
	// forEach rather than for-of: no [key, values] pair is made per property.
	properties.forEach((values, key) => {
		const lower = key.toLowerCase();
		if (lower === "aliases" || lower === "alias") {
			for (const value of values) {
				// Obsidian once accepted `aliases: a, b`; an unquoted scalar is still read that way.
				const parts = value.quoted ? [value.text] : value.text.split(",");
				for (const part of parts) {
					const alias = part.trim();
					if (alias) aliases.push(alias);
				}
			}
			return;
		}
		for (const value of values) {
			// matchAll copies its pattern: each is asked only of values that can match it.
			if (value.text.includes("[[")) {
				for (const match of value.text.matchAll(/\[\[([^[\]]*)\]\]/g)) {
					if (!value.quoted) {
						warnings.push({
							file,
							line: value.line,
							message: `property '${key}': [[${match[1]}]] must be quoted ("[[${match[1]}]]"); unquoted, YAML reads it as a nested list, not a link`,
						});
						continue;
					}
					links.push({ property: key, inner: match[1] ?? "", syntax: "wiki", line: value.line });
				}
			}
			if (value.quoted && value.text.includes("](")) {
				for (const match of value.text.matchAll(/^\[[^\]]*\]\(([^)]+)\)$/g)) {
					links.push({ property: key, inner: match[1] ?? "", syntax: "markdown", line: value.line });
				}
			}
		}
	});
	return { aliases, links };
}

function readProperties(file: string, text: string, firstLine: number, warnings: ParseWarning[]): Map<string, Value[]> {
	const properties = new Map<string, Value[]>();
	const lines = text.split("\n");
	let listKey: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i] ?? "";
		const line = firstLine + i;
		// A line that starts with a letter or digit, as most do, is neither blank, a comment nor a list item:
		// the tests below would read it only to say so.
		const plainStart = startsWithAlphanumeric(raw);
		if (!plainStart && (raw.trim() === "" || raw.trimStart().startsWith("#"))) continue;
		const item = plainStart ? null : (/^\s+-\s*(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw));
		if (item && listKey !== null) {
			properties.get(listKey)!.push(...readValue(file, withoutComment(item[1] ?? ""), line, warnings, listKey));
			continue;
		}
		if (/^\s/.test(raw)) continue; // nested mappings: not properties the graph reads
		const pair = /^("[^"]*"|'[^']*'|[^:]+?)\s*:(?:\s+(.*)|\s*)$/.exec(raw);
		if (!pair) {
			warnings.push({ file, line, message: `frontmatter line is not 'key: value': ${raw.trim()}` });
			listKey = null;
			continue;
		}
		const key = unquote(pair[1]!);
		let rest = withoutComment(pair[2] ?? "").trim();
		// A flow list may go on over the lines below until its `]`.
		while (opensFlowList(rest) && !flowListClosed(rest) && i + 1 < lines.length && !NEW_PROPERTY.test(lines[i + 1]!)) rest += " " + withoutComment(lines[++i] ?? "").trim();
		properties.set(key, rest === "" ? [] : readValue(file, rest, line, warnings, key));
		listKey = rest === "" ? key : null;
	}
	return properties;
}

function startsWithAlphanumeric(line: string): boolean {
	const char = line.charCodeAt(0);
	return (char >= 48 && char <= 57) || (char >= 65 && char <= 90) || (char >= 97 && char <= 122);
}

/** A line that starts the next property (`key:` at the margin), which no flow list goes on into. */
const NEW_PROPERTY = /^[^\s\][,"'#-][^:]*:(?:\s|$)/;

/**
 * Calls `visit` with each character of `text` outside '...' and "..." quotes (the quotes themselves are not
 * visited) until it answers true; answers the offset it stopped at, or -1.
 */
function firstOutsideQuotes(text: string, visit: (char: number, at: number) => boolean): number {
	let quote = 0;
	for (let at = 0; at < text.length; at++) {
		const char = text.charCodeAt(at);
		if (quote !== 0) {
			if (char === quote) quote = 0;
		} else if (char === 34 /* " */ || char === 39 /* ' */) quote = char;
		else if (visit(char, at)) return at;
	}
	return -1;
}

/** The text before a YAML comment: a `#` at the start or after white space, outside quotes. */
function withoutComment(text: string): string {
	if (!text.includes("#")) return text;
	const hash = firstOutsideQuotes(text, (char, at) => char === 35 /* # */ && (at === 0 || text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9));
	return hash < 0 ? text : text.slice(0, hash);
}

/** `[a, b]`, a flow list (`[[X]]` unquoted is YAML's nested list, which the graph does not read). */
function opensFlowList(text: string): boolean {
	return text.startsWith("[") && !text.startsWith("[[");
}

/** Whether the flow list's brackets, outside quotes, are all closed. */
function flowListClosed(text: string): boolean {
	let depth = 0;
	firstOutsideQuotes(text, (char) => {
		if (char === 91 /* [ */) depth++;
		else if (char === 93 /* ] */) depth--;
		return false;
	});
	return depth <= 0;
}

function readValue(file: string, text: string, line: number, warnings: ParseWarning[], key: string): Value[] {
	const trimmed = text.trim();
	if (opensFlowList(trimmed)) {
		if (!flowListClosed(trimmed) || !trimmed.endsWith("]")) {
			warnings.push({ file, line, message: `property '${key}': the list opened with '[' is never closed` });
			return [];
		}
		return splitFlowList(trimmed.slice(1, -1)).map((part) => scalar(part, line));
	}
	return [scalar(trimmed, line)];
}

/** Splits `a, "b, c", '[[d]]'` at commas outside quotes. */
function splitFlowList(body: string): string[] {
	const parts: string[] = [];
	let start = 0;
	// Slices, not a string built a character at a time: every alias list of the vault is read in the build.
	firstOutsideQuotes(body, (char, at) => {
		if (char === 44 /* , */) {
			parts.push(body.slice(start, at));
			start = at + 1;
		}
		return false;
	});
	parts.push(body.slice(start));
	return parts.map((part) => part.trim()).filter((part) => part !== "");
}

function scalar(text: string, line: number): Value {
	const quoted = /^(".*"|'.*')$/.test(text);
	return { text: quoted ? unquote(text) : text, quoted, line };
}

function unquote(text: string): string {
	if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return text.slice(1, -1).replace(/\\"/g, '"');
	if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
	return text.trim();
}
