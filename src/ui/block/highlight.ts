// A small Python highlighter: source -> lines of classed tokens, rendered as spans (never as HTML).

export type TokenClass = "keyword" | "builtin" | "string" | "number" | "comment" | "decorator" | "definition" | "plain";

export interface Token {
	text: string;
	cls: TokenClass;
}

const KEYWORDS = new Set(
	(
		"False None True and as assert async await break class continue def del elif else except finally for from " +
		"global if import in is lambda nonlocal not or pass raise return try while with yield match case"
	).split(" "),
);

const BUILTINS = new Set(
	(
		"print len range list dict set tuple str int float bool object type id isinstance super repr iter next " +
		"sorted enumerate zip map filter min max sum abs any all open getattr setattr hasattr property staticmethod " +
		"classmethod self Exception ValueError TypeError IndexError KeyError RuntimeError StopIteration"
	).split(" "),
);

const STRING_PREFIX = /^[rRbBuUfF]{0,2}('''|"""|'|")/;
const NUMBER = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?j?)/;
const IDENTIFIER = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/;

/** Tokens for every line of `source`; triple-quoted strings carry over line breaks. */
export function highlightPython(source: string): Token[][] {
	const lines = source.split("\n");
	const result: Token[][] = [];
	/** The quote of a triple-quoted string still open at the end of the previous line. */
	let openTriple: string | null = null;
	let previousWord = "";
	for (const line of lines) {
		const tokens: Token[] = [];
		const push = (text: string, cls: TokenClass): void => {
			const last = tokens[tokens.length - 1];
			if (last && last.cls === cls) last.text += text;
			else tokens.push({ text, cls });
		};
		let rest = line;
		if (openTriple) {
			const end = rest.indexOf(openTriple);
			if (end < 0) {
				if (rest) push(rest, "string");
				result.push(tokens);
				continue;
			}
			push(rest.slice(0, end + 3), "string");
			rest = rest.slice(end + 3);
			openTriple = null;
		}
		let atLineStart = rest.trim() !== "";
		while (rest.length > 0) {
			const char = rest.charAt(0);
			if (char === "#") {
				push(rest, "comment");
				break;
			}
			if (char === "@" && atLineStart) {
				const match = /^@[\w.]+/.exec(rest);
				if (match) {
					push(match[0], "decorator");
					rest = rest.slice(match[0].length);
					continue;
				}
			}
			if (/\s/.test(char)) {
				const spaces = /^\s+/.exec(rest)?.[0] ?? char;
				push(spaces, "plain");
				rest = rest.slice(spaces.length);
				continue;
			}
			atLineStart = false;
			const stringStart = STRING_PREFIX.exec(rest);
			if (stringStart) {
				const quote = stringStart[1] ?? "'";
				const length = stringLength(rest, stringStart[0].length, quote);
				if (length === null) {
					push(rest, "string");
					if (quote.length === 3) openTriple = quote;
					rest = "";
				} else {
					push(rest.slice(0, length), "string");
					rest = rest.slice(length);
				}
				previousWord = "";
				continue;
			}
			const identifier = IDENTIFIER.exec(rest);
			if (identifier) {
				const word = identifier[0];
				const cls: TokenClass =
					previousWord === "def" || previousWord === "class"
						? "definition"
						: KEYWORDS.has(word)
							? "keyword"
							: BUILTINS.has(word)
								? "builtin"
								: "plain";
				push(word, cls);
				previousWord = word;
				rest = rest.slice(word.length);
				continue;
			}
			const number = NUMBER.exec(rest);
			if (number && number[0] !== "" && number[0] !== ".") {
				push(number[0], "number");
				rest = rest.slice(number[0].length);
				previousWord = "";
				continue;
			}
			push(char, "plain");
			previousWord = "";
			rest = rest.slice(1);
		}
		result.push(tokens);
	}
	return result;
}

/** Length of the string literal starting at 0 whose body begins at `bodyStart`, or null if it stays open. */
function stringLength(text: string, bodyStart: number, quote: string): number | null {
	let index = bodyStart;
	while (index < text.length) {
		if (text.charAt(index) === "\\") {
			index += 2;
			continue;
		}
		if (text.startsWith(quote, index)) return index + quote.length;
		index += 1;
	}
	return null;
}
