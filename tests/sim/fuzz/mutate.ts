// Damages a program the way a person typing in a note does: cut off, characters lost, stray tokens, bad indentation.
// The result is usually a SyntaxError or IndentationError, sometimes valid Python with a different meaning.
import type { Rng } from "./rng";

const STRAY = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "**", "'", '"', '"""', "\\", "\t", "    ", "\n", "#", "@", ";", "lambda", "yield", "return", "async ", "await ", "nonlocal x", "global", "match x:", "case 1:", ":=", "->", "...", "\u00a0", "é", "😀", "\u0000", "\r", "0x", "1e", "1_", "f'{", "b'", "else", "except", "del", "class", "def ", "import os", "*", "**kw", "not", "in"];

export function mutate(rng: Rng, source: string): string {
	let text = source;
	const times = rng.int(1, 3);
	for (let i = 0; i < times; i++) text = mutateOnce(rng, text);
	return text;
}

function mutateOnce(rng: Rng, text: string): string {
	const at = rng.int(0, text.length);
	const lines = text.split("\n");
	const lineIndex = rng.int(0, Math.max(0, lines.length - 1));
	switch (rng.int(0, 7)) {
		case 0:
			return text.slice(0, at);
		case 1:
			return text.slice(0, at) + text.slice(at + rng.int(1, 6));
		case 2:
			return text.slice(0, at) + rng.pick(STRAY) + text.slice(at);
		case 3:
			lines.splice(lineIndex, 0, lines[lineIndex] ?? "");
			return lines.join("\n");
		case 4: {
			const other = rng.int(0, Math.max(0, lines.length - 1));
			const swap = lines[lineIndex] ?? "";
			lines[lineIndex] = lines[other] ?? "";
			lines[other] = swap;
			return lines.join("\n");
		}
		case 5:
			lines[lineIndex] = rng.pick(["  ", "\t", "        ", ""]) + (lines[lineIndex] ?? "").trimStart();
			return lines.join("\n");
		case 6:
			return text.replace(/\b(a|b|items|n)\b/, rng.pick(["def", "class", "None", "True", "lambda", "pass", "1x"]));
		default:
			return text.slice(0, at) + text.slice(at).replace(/[()[\]{}]/, "");
	}
}
