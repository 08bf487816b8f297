/**
 * Where the sentence around a link begins and ends in a paragraph joined into one line. A full stop, `!` or
 * `?` followed by a space ends a sentence, except inside a link, a markdown link or inline code (`[[A|Fig. 2]]`,
 * `` `config.py. ` ``) and after an abbreviation (`e.g.`, `i.e.`, `Dr.`, an initial such as `J.`, a capital letter).
 */
import { LINK_DESTINATION } from "./link-paths";
import { hiddenUntil } from "./hidden-ranges";

/** How far a relation reaches from its link when no sentence boundary comes first (a paragraph without one). */
export const RELATION_REACH = 240;

/** Words that end in a full stop without ending the sentence, as notes write them (compared lowercased). */
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "prof", "st", "vs", "cf", "fig", "figs", "ch", "sec", "vol", "pp", "approx", "ca", "eq", "ref"]);

/** A link, a markdown link or a code span: no sentence ends inside one. */
const PROTECTED = new RegExp(String.raw`!?\[\[[^[\]]*\]\]|!?\[[^[\]]*\]` + LINK_DESTINATION + "|`[^`]*`", "g");

/** `(?=\S|$)`: the sentence may begin with the link itself (`... sweep. [[Reference Counting]] follows`). */
const SENTENCE_END_BEFORE = /[.!?]["')\]*_]*\s+(?=\S|$)/y;
const SENTENCE_END_AFTER = /[.!?]["')\]*_]*(?=\s|$)/y;

/** A joined paragraph with the stretches no sentence ends in, found once for all its links. */
export class SentenceText {
	/** Start and end of each protected stretch, in order and apart (as hidden-ranges.ts reads them). */
	private readonly protectedRanges: number[] = [];

	constructor(readonly text: string) {
		for (const match of text.matchAll(PROTECTED)) this.protectedRanges.push(match.index, match.index + match[0].length);
	}

	/** Whether the `.`, `!` or `?` at `at` can end a sentence. */
	canEndAt(at: number): boolean {
		return hiddenUntil(this.protectedRanges, at) < 0 && !(this.text.charCodeAt(at) === 46 /* . */ && this.endsAbbreviation(at));
	}

	/**
	 * The word before the full stop at `dot` is an abbreviation: dotted (`e.g.`), an initial (one capital letter:
	 * a lower-case one is more often a variable, "the name x."), or a known one.
	 */
	private endsAbbreviation(dot: number): boolean {
		const text = this.text;
		let start = dot;
		while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
		const word = text.slice(start, dot);
		if (word === "") return false;
		return word.includes(".") || (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
	}
}

export interface SentenceSpan {
	from: number;
	to: number;
	/** The sentence ran on past RELATION_REACH before or after the link and was cut there. */
	cutBefore: boolean;
	cutAfter: boolean;
}

/** The sentence holding the link at [linkStart, linkEnd), cut at a space RELATION_REACH characters either side. */
export function sentenceSpan(sentences: SentenceText, linkStart: number, linkEnd: number): SentenceSpan {
	const text = sentences.text;
	const floor = Math.max(0, linkStart - RELATION_REACH);
	let from = lastSentenceEnd(sentences, floor, linkStart);
	let cutBefore = false;
	if (from < 0) {
		const space = text.indexOf(" ", floor);
		from = space < 0 || space >= linkStart ? floor : space + 1;
		cutBefore = true;
	}
	const ceiling = Math.min(text.length, linkEnd + RELATION_REACH);
	let to = nextSentenceEnd(sentences, linkEnd, ceiling);
	const cutAfter = to < 0;
	if (cutAfter) {
		const space = text.lastIndexOf(" ", ceiling);
		to = space > linkEnd ? space : ceiling;
	}
	return { from, to, cutBefore, cutAfter };
}

/**
 * Where the last sentence boundary before `limit` (from `floor` on) ends; 0 when the search reached the
 * text's start without one, -1 when it stopped at `floor`. Searched from the end: a match cannot start inside
 * another (its closers and spaces hold no `.!?`), so the first found is the last a left-to-right scan finds.
 */
function lastSentenceEnd(sentences: SentenceText, floor: number, limit: number): number {
	const text = sentences.text;
	for (let at = limit - 1; at >= floor; at--) {
		const char = text.charCodeAt(at);
		if (char !== 46 /* . */ && char !== 33 /* ! */ && char !== 63 /* ? */) continue;
		SENTENCE_END_BEFORE.lastIndex = at;
		const match = SENTENCE_END_BEFORE.exec(text);
		if (match && at + match[0].length <= limit && sentences.canEndAt(at)) return at + match[0].length;
	}
	return floor === 0 ? 0 : -1;
}

/** Where the first sentence boundary from `from` on ends, if it does before `ceiling` (else -1, or the text's end). */
function nextSentenceEnd(sentences: SentenceText, from: number, ceiling: number): number {
	const text = sentences.text;
	for (let at = from; at < ceiling; at++) {
		const char = text.charCodeAt(at);
		if (char !== 46 /* . */ && char !== 33 /* ! */ && char !== 63 /* ? */) continue;
		SENTENCE_END_AFTER.lastIndex = at;
		const match = SENTENCE_END_AFTER.exec(text);
		if (match && sentences.canEndAt(at)) return at + match[0].length;
	}
	return ceiling === text.length ? ceiling : -1;
}
