// Finds the `pymem` code blocks of a Markdown note and reads their option header. Pure functions, no I/O, so the
// conformance script, its sync test and the block renderer can all share one reading of a note.
//
// A block is a fenced code block (``` or ~~~, at most three spaces of indent, CommonMark rules) whose info string's
// first word is `pymem`. Fences of other languages are skipped whole, so a pymem fence shown inside a ````markdown
// example is not a block. An unclosed fence runs to the end of the note, as in CommonMark.
//
// Options: every leading line of a block that starts with `#|` is an option line, `#| key: value` (a line without a
// colon is a key with the value ""). They are Python comments, so python3 runs a block unchanged with them in place;
// keep them when running the block and the line numbers stay those of the note's block.

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * @param {string} markdown
 * @returns {{ source: string, line: number }[]} each block's text (with its option lines, ending in "\n" unless
 *   empty) and the 1-based note line of its first source line.
 */
export function extractPymemBlocks(markdown) {
	const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
	const blocks = [];
	let index = 0;
	while (index < lines.length) {
		const opening = FENCE.exec(lines[index] ?? "");
		if (!opening || (opening[2].startsWith("`") && opening[3].includes("`"))) {
			index++;
			continue;
		}
		const [, indent, fence, info] = opening;
		const isPymem = info.trim().split(/\s+/)[0] === "pymem";
		const body = [];
		let cursor = index + 1;
		for (; cursor < lines.length; cursor++) {
			const line = lines[cursor] ?? "";
			if (isClosingFence(line, fence)) break;
			body.push(stripIndent(line, indent.length));
		}
		if (isPymem) blocks.push({ source: body.length === 0 ? "" : body.join("\n") + "\n", line: index + 2 });
		index = cursor + 1;
	}
	return blocks;
}

/**
 * @param {string} source a block's text
 * @returns {{ options: Record<string, string>, optionLineCount: number, code: string }} the options by lower-case
 *   key (a later line wins), how many leading lines were options, and the source without them.
 */
export function splitBlockOptions(source) {
	const lines = source.split("\n");
	/** @type {Record<string, string>} */
	const options = {};
	let count = 0;
	while (count < lines.length && (lines[count] ?? "").startsWith("#|")) {
		const text = (lines[count] ?? "").slice(2);
		const colon = text.indexOf(":");
		const key = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
		if (key !== "") options[key] = colon === -1 ? "" : text.slice(colon + 1).trim();
		count++;
	}
	return { options, optionLineCount: count, code: lines.slice(count).join("\n") };
}

/**
 * What a block or program reads as standard input: its `#| stdin:` option with `\n` for each line break (`\t` a
 * tab, `\\` a backslash), as src/obsidian/block/options.ts reads it; null without the option.
 * @param {string} source
 * @returns {string | null}
 */
export function blockStdin(source) {
	const value = splitBlockOptions(source).options.stdin;
	if (value === undefined) return null;
	return value.replace(/\\([nt\\])/g, (_, escaped) => (escaped === "n" ? "\n" : escaped === "t" ? "\t" : "\\"));
}

/**
 * The file-name stem for a note: its vault-relative path without ".md", lower-cased, every run of characters other
 * than a-z and 0-9 turned into one "-". "Finalizers and __del__.md" -> "finalizers-and-del".
 * @param {string} notePath
 * @returns {string}
 */
export function noteSlug(notePath) {
	return notePath
		.replace(/\.md$/i, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/**
 * @param {string} line
 * @param {string} fence the opening fence
 */
function isClosingFence(line, fence) {
	const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
	return match !== null && match[1][0] === fence[0] && match[1].length >= fence.length;
}

/**
 * @param {string} line
 * @param {number} width
 */
function stripIndent(line, width) {
	let removed = 0;
	while (removed < width && line[removed] === " ") removed++;
	return line.slice(removed);
}
