/**
 * repr() of a str, mirroring Objects/unicodeobject.c `unicode_repr`, and str.isprintable
 * (`Py_UNICODE_ISPRINTABLE`: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the space).
 * Unicode tables are the JS engine's (ICU), which may be a newer Unicode version than 3.11's 14.0.
 */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintableChar(char: string): boolean {
	return char === " " || !NON_PRINTABLE.test(char);
}

export function strIsPrintable(s: string): boolean {
	for (const char of s) if (!isPrintableChar(char)) return false;
	return true;
}

function hex(code: number, width: number): string {
	return code.toString(16).padStart(width, "0");
}

/**
 * unicode_repr: runs of plain printable ASCII are copied as they are, so a long str's repr costs a few slices
 * rather than a piece per character; every other character is looked at on its own.
 */
export function strRepr(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	// eslint-disable-next-line no-control-regex -- the characters a repr may escape start at NUL
	const mayEscape = /[\0-\x1f'"\\\x7f-\uffff]/g;
	let out = quote;
	let from = 0;
	for (let match = mayEscape.exec(s); match !== null; match = mayEscape.exec(s)) {
		const at = match.index;
		const code = s.codePointAt(at)!;
		const char = String.fromCodePoint(code);
		out += s.slice(from, at) + escapedChar(char, code, quote);
		from = at + char.length;
		mayEscape.lastIndex = from;
	}
	return out + s.slice(from) + quote;
}

function escapedChar(char: string, code: number, quote: string): string {
	if (char === quote || char === "\\") return "\\" + char;
	if (char === "\t") return "\\t";
	if (char === "\n") return "\\n";
	if (char === "\r") return "\\r";
	if (code < 0x20 || code === 0x7f) return "\\x" + hex(code, 2);
	if (code < 0x7f || isPrintableChar(char)) return char;
	if (code <= 0xff) return "\\x" + hex(code, 2);
	if (code <= 0xffff) return "\\u" + hex(code, 4);
	return "\\U" + hex(code, 8);
}

/** ascii(s): repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
	return asciiEscaped(strRepr(s));
}

/** PyObject_ASCII's escaping of a repr: a non-ASCII code point as \xhh, \uhhhh or \Uhhhhhhhh, the shortest that fits. */
export function asciiEscaped(text: string): string {
	let out = "";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x80) out += char;
		else if (code <= 0xff) out += "\\x" + hex(code, 2);
		else if (code <= 0xffff) out += "\\u" + hex(code, 4);
		else out += "\\U" + hex(code, 8);
	}
	return out;
}
