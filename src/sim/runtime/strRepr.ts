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

export function strRepr(s: string): string {
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const char of s) {
		const code = char.codePointAt(0) ?? 0;
		if (char === quote || char === "\\") out += "\\" + char;
		else if (char === "\t") out += "\\t";
		else if (char === "\n") out += "\\n";
		else if (char === "\r") out += "\\r";
		else if (code < 0x20 || code === 0x7f) out += "\\x" + hex(code, 2);
		else if (code < 0x7f) out += char;
		else if (isPrintableChar(char)) out += char;
		else if (code <= 0xff) out += "\\x" + hex(code, 2);
		else if (code <= 0xffff) out += "\\u" + hex(code, 4);
		else out += "\\U" + hex(code, 8);
	}
	return out + quote;
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
