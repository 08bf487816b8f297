// Types for scripts/pymem-blocks.mjs (plain JavaScript so node runs it without a build step).
export interface PymemBlock {
	/** The block's text, option lines included, ending in "\n" unless empty. */
	source: string;
	/** 1-based line in the note of the block's first source line. */
	line: number;
}
export function extractPymemBlocks(markdown: string): PymemBlock[];
export function splitBlockOptions(source: string): {
	options: Record<string, string>;
	optionLineCount: number;
	code: string;
};
export function noteSlug(notePath: string): string;
/** The text of a block's `#| stdin:` option, its escapes decoded; null without one. */
export function blockStdin(source: string): string | null;
