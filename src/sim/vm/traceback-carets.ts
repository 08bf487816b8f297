// The line of carets CPython 3.11 prints under a traceback's source line (PEP 657), as Python/traceback.c's
// tb_displayline draws it: the instruction's columns, with a binary operator or a subscript singled out (`~~^~~`)
// by parsing the highlighted segment, and nothing when the highlight would span the whole line. A wide
// character (CJK, most emoji) takes two columns on a terminal, and two carets or spaces under it.
import type { Located } from "../parse/ast";
import { parseModule } from "../parse/index";
import { foldedConstant } from "../compile/fold";
import { inRanges, unpackRanges, utf8Length } from "../runtime/codepoints";
import { WIDE_CHARACTERS } from "../runtime/unicodeTables";

/** A primary range with an optional secondary one inside it, in characters of the source line. */
interface Anchors {
	leftEnd: number;
	rightStart: number;
}

const INDENT = 4;

/** The carets for `line` (the source line without its newline) at `location`, with a newline; or "". */
export function caretLine(line: string, lineno: number, location: Located | null): string {
	if (!location || location.lineno !== lineno || location.col_offset < 0 || location.end_col_offset < 0) return "";
	const chars = Array.from(line);
	const start = characterOffset(chars, location.col_offset);
	let end = characterOffset(chars, location.end_col_offset);
	let anchors: Anchors | null = null;
	if (location.end_lineno === lineno) anchors = anchorsOf(chars.slice(start, end), start);
	else {
		// A multi-line expression is highlighted to the line's last non-whitespace character.
		end = chars.length;
		while (end > 0 && isWhitespace(chars[end - 1]!)) end--;
	}
	const indentation = leadingWhitespace(chars);
	if (end - start === chars.length - indentation && !anchors) return "";
	const columns = (from: number, to: number) => displayWidth(chars, from, to);
	const out = " ".repeat(INDENT + columns(indentation, start));
	if (!anchors) return out + "^".repeat(columns(start, end)) + "\n";
	return out + "~".repeat(columns(start, anchors.leftEnd)) + "^".repeat(columns(anchors.leftEnd, anchors.rightStart)) + "~".repeat(columns(anchors.rightStart, end)) + "\n";
}

let wideCharacters: Int32Array | null = null;

/** _display_width: the terminal columns `chars[from..to)` take, two for each character of east_asian_width W or F. */
function displayWidth(chars: readonly string[], from: number, to: number): number {
	let width = 0;
	for (let i = from; i < to; i++) {
		const cp = chars[i]!.codePointAt(0)!;
		width += cp >= 0x80 && inRanges((wideCharacters ??= unpackRanges(WIDE_CHARACTERS)), cp) ? 2 : 1;
	}
	return width;
}

/** extract_anchors_from_line: the segment parsed (and constant-folded) on its own must be one binary operation or subscript. */
function anchorsOf(segment: string[], start: number): Anchors | null {
	const text = segment.join("");
	let body;
	try {
		body = parseModule(text).body;
	} catch {
		return null;
	}
	const statement = body.length === 1 ? body[0] : undefined;
	if (statement?.kind !== "Expr") return null;
	const expr = statement.value;
	if (foldedConstant(expr) !== undefined) return null;
	if (expr.kind === "BinOp") {
		// The operator: the first character between the operands that is not whitespace or a closing
		// parenthesis, with the next one too unless that is whitespace (`//`, `**`, `<<`...).
		let i = characterOffset(segment, expr.left.end_col_offset);
		const rightStart = characterOffset(segment, expr.right.col_offset);
		while (i < rightStart && (isWhitespace(segment[i]!) || segment[i] === ")")) i++;
		if (i >= rightStart) return null;
		const operatorEnd = i + 1 < rightStart && !isWhitespace(segment[i + 1]!) ? i + 2 : i + 1;
		return { leftEnd: i + start, rightStart: operatorEnd + start };
	}
	if (expr.kind === "Subscript") {
		// The brackets and what is between them.
		let left = characterOffset(segment, expr.value.end_col_offset);
		let right = characterOffset(segment, expr.slice.end_col_offset) + 1;
		while (left < segment.length && segment[left] !== "[") left++;
		while (right < segment.length && segment[right] !== "]") right++;
		if (right < segment.length) right++;
		return { leftEnd: left + start, rightStart: right + start };
	}
	return null;
}

/** _PyPegen_byte_offset_to_character_offset: how many characters the first `byteOffset` UTF-8 bytes hold. */
function characterOffset(chars: readonly string[], byteOffset: number): number {
	let bytes = 0;
	let i = 0;
	while (i < chars.length && bytes < byteOffset) bytes += utf8Length(chars[i++]!);
	return i;
}

function leadingWhitespace(chars: readonly string[]): number {
	let i = 0;
	while (i < chars.length && isWhitespace(chars[i]!)) i++;
	return i;
}

/** IS_WHITESPACE in traceback.c: space, tab and form feed. */
function isWhitespace(char: string): boolean {
	return char === " " || char === "\t" || char === "\f";
}

