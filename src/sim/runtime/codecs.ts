// str.encode and bytes.decode for the codecs a teaching program uses: UTF-8, ASCII and Latin-1, with the
// error handlers of Python/codecs.c but namereplace (which needs Unicode's character names). Errors carry CPython
// 3.11's messages, including how its codecs group a run of bad characters into one error and where UTF-8
// decoding ends a bad sequence (the maximal subpart of Objects/stringlib/codecs.h).
import { PyCodecError, PyRuntimeError } from "./errors";
import { CPYTHON_OTHER_CODECS, CPYTHON_TEXT_CODECS } from "./cpython-codec-names";

export type Codec = "utf-8" | "ascii" | "latin-1";

/** encodings/aliases.py's names for the codecs above, after encodings.normalize_encoding. */
const ALIASES = new Map<string, Codec>([
	["utf_8", "utf-8"], ["utf8", "utf-8"], ["u8", "utf-8"], ["utf", "utf-8"], ["utf8_ucs2", "utf-8"], ["utf8_ucs4", "utf-8"], ["cp65001", "utf-8"],
	["ascii", "ascii"], ["us_ascii", "ascii"], ["646", "ascii"], ["ansi_x3.4_1968", "ascii"], ["ansi_x3_4_1968", "ascii"], ["ansi_x3.4_1986", "ascii"],
	["cp367", "ascii"], ["csascii", "ascii"], ["ibm367", "ascii"], ["iso646_us", "ascii"], ["iso_646.irv_1991", "ascii"], ["iso_ir_6", "ascii"], ["us", "ascii"],
	["latin_1", "latin-1"], ["latin1", "latin-1"], ["latin", "latin-1"], ["l1", "latin-1"], ["iso8859_1", "latin-1"], ["iso_8859_1", "latin-1"], ["8859", "latin-1"],
	["cp819", "latin-1"], ["ibm819", "latin-1"], ["iso_8859_1_1987", "latin-1"], ["iso_ir_100", "latin-1"], ["csisolatin1", "latin-1"],
]);

/** The codec an encoding name means to str.encode or bytes.decode (`use`), or LookupError as they raise it. */
export function codecNamed(name: string, use: "encode" | "decode"): Codec {
	// encodings.normalize_encoding, then search_function's lowercasing and '-' → '_'.
	const normalized = name.toLowerCase().trim().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
	const codec = ALIASES.get(normalized);
	if (codec) return codec;
	if (CPYTHON_TEXT_CODECS.has(normalized)) throw new PyRuntimeError("TypeError", `pymem does not support the '${name}' codec yet`);
	if (CPYTHON_OTHER_CODECS.has(normalized)) throw new PyRuntimeError("LookupError", `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
	throw new PyRuntimeError("LookupError", `unknown encoding: ${name}`);
}

const HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]);

/** An error handler is looked up only when an error happens (bytes("x", "utf-8", "bad") works). */
function checkedHandler(errors: string): string {
	if (HANDLERS.has(errors)) return errors;
	if (errors === "namereplace") throw new PyRuntimeError("TypeError", "pymem does not support the 'namereplace' error handler yet");
	throw new PyRuntimeError("LookupError", `unknown error handler name '${errors}'`);
}

/**
 * What an encoding error handler other than strict puts for the characters codes[start..end), or null when it
 * cannot handle them and the error stands (surrogateescape of anything but U+DC80..U+DCFF, surrogatepass outside
 * UTF-8 or of anything but a surrogate).
 */
function encodedReplacement(handler: string, codec: Codec, codes: readonly number[], start: number, end: number): number[] | null {
	const out: number[] = [];
	for (let k = start; k < end; k++) {
		const code = codes[k]!;
		if (handler === "replace") out.push(63);
		else if (handler === "backslashreplace" || handler === "xmlcharrefreplace") {
			const text = handler === "backslashreplace" ? escapedCharacter(code) : `&#${code};`;
			for (const ch of text) out.push(ch.charCodeAt(0));
		} else if (handler === "surrogateescape") {
			if (code < 0xdc80 || code > 0xdcff) return null;
			out.push(code - 0xdc00);
		} else if (handler === "surrogatepass") {
			if (codec !== "utf-8" || code < 0xd800 || code > 0xdfff) return null;
			pushUtf8(out, code);
		}
	}
	return out;
}

/** How a codec error message shows a character: '\xe9', '\u20ac', '\U0001f600'. */
function escapedCharacter(code: number): string {
	if (code < 0x100) return "\\x" + code.toString(16).padStart(2, "0");
	if (code < 0x10000) return "\\u" + code.toString(16).padStart(4, "0");
	return "\\U" + code.toString(16).padStart(8, "0");
}

function encodeError(codec: Codec, codes: readonly number[], start: number, end: number, reason: string): never {
	const what = end - start === 1 ? `character '${escapedCharacter(codes[start]!)}' in position ${start}` : `characters in position ${start}-${end - 1}`;
	let text = "";
	for (const code of codes) text += String.fromCodePoint(code);
	throw new PyCodecError("UnicodeEncodeError", `'${codec}' codec can't encode ${what}: ${reason}`, codec, text, start, end, reason);
}

function decodeError(codec: Codec, bytes: Uint8Array, start: number, end: number, reason: string): never {
	const what = end - start === 1 ? `byte 0x${bytes[start]!.toString(16).padStart(2, "0")} in position ${start}` : `bytes in position ${start}-${end - 1}`;
	throw new PyCodecError("UnicodeDecodeError", `'${codec}' codec can't decode ${what}: ${reason}`, codec, bytes, start, end, reason);
}

function pushUtf8(out: number[], code: number): void {
	if (code < 0x80) out.push(code);
	else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
	else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
	else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
}

/** str.encode: `text`'s code points (lone surrogates included) in `codec`. */
export function encodeText(text: string, codec: Codec, errors: string): Uint8Array {
	const codes = Array.from(text, (ch) => ch.codePointAt(0)!);
	const out: number[] = [];
	const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : Infinity;
	for (let i = 0; i < codes.length; ) {
		const code = codes[i]!;
		const bad = codec === "utf-8" ? code >= 0xd800 && code <= 0xdfff : code >= limit;
		if (!bad) {
			if (codec === "utf-8") pushUtf8(out, code);
			else out.push(code);
			i++;
			continue;
		}
		// A codec reports the whole run of characters it cannot encode as one error.
		let end = i + 1;
		while (end < codes.length && (codec === "utf-8" ? codes[end]! >= 0xd800 && codes[end]! <= 0xdfff : codes[end]! >= limit)) end++;
		const handler = checkedHandler(errors);
		const replacement = handler === "strict" ? null : encodedReplacement(handler, codec, codes, i, end);
		if (replacement === null) {
			const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
			encodeError(codec, codes, i, end, reason);
		}
		out.push(...replacement);
		i = end;
	}
	return Uint8Array.from(out);
}

/** Where the UTF-8 sequence starting at `i` ends, or the error that ends it early (its end and reason). */
function utf8Sequence(bytes: Uint8Array, i: number): { end: number; code: number } | { end: number; reason: string } {
	const lead = bytes[i]!;
	if (lead < 0x80) return { end: i + 1, code: lead };
	const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
	if (length === 0) return { end: i + 1, reason: "invalid start byte" };
	let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
	for (let k = 1; k < length; k++) {
		if (i + k >= bytes.length) return { end: bytes.length, reason: "unexpected end of data" };
		const b = bytes[i + k]!;
		// The second byte's range depends on the lead (no overlong forms, surrogates or code points past U+10FFFF).
		const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
		const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
		if (b < low || b > high) return { end: i + k, reason: "invalid continuation byte" };
		code = (code << 6) | (b & 63);
	}
	return { end: i + length, code };
}

/** bytes.decode in `codec`. */
export function decodeBytes(bytes: Uint8Array, codec: Codec, errors: string): string {
	let out = "";
	for (let i = 0; i < bytes.length; ) {
		if (codec === "latin-1") {
			out += String.fromCharCode(bytes[i++]!);
			continue;
		}
		const step: { end: number; code: number } | { end: number; reason: string } =
			codec === "ascii" ? (bytes[i]! < 0x80 ? { end: i + 1, code: bytes[i]! } : { end: i + 1, reason: "ordinal not in range(128)" }) : utf8Sequence(bytes, i);
		if ("code" in step) {
			out += String.fromCodePoint(step.code);
			i = step.end;
			continue;
		}
		const handler = checkedHandler(errors);
		if (handler === "xmlcharrefreplace") throw new PyRuntimeError("TypeError", "don't know how to handle UnicodeDecodeError in error callback");
		const replacement = handler === "strict" ? null : decodedReplacement(handler, codec, bytes, i, step.end);
		if (replacement === null) decodeError(codec, bytes, i, step.end, step.reason);
		out += replacement.text;
		i = replacement.end;
	}
	return out;
}

/**
 * What a decoding error handler other than strict puts for bytes[start..end), and where decoding goes on, or null
 * when the error stands: surrogateescape maps each byte from 0x80 to U+DC80..U+DCFF, surrogatepass takes the three
 * bytes of a UTF-8 encoded surrogate.
 */
function decodedReplacement(handler: string, codec: Codec, bytes: Uint8Array, start: number, end: number): { text: string; end: number } | null {
	if (handler === "replace") return { text: "\ufffd", end };
	if (handler === "ignore") return { text: "", end };
	if (handler === "surrogatepass") {
		const surrogate = codec === "utf-8" ? utf8Surrogate(bytes, start) : null;
		return surrogate === null ? null : { text: surrogate, end: start + 3 };
	}
	let text = "";
	for (let k = start; k < end; k++) {
		const byte = bytes[k]!;
		if (handler === "backslashreplace") text += escapedCharacter(byte);
		else if (byte < 0x80) return null;
		else text += String.fromCharCode(0xdc00 + byte);
	}
	return { text, end };
}

/** The surrogate the three bytes at `i` encode in UTF-8 (ED A0..BF 80..BF), or null. */
function utf8Surrogate(bytes: Uint8Array, i: number): string | null {
	if (i + 2 >= bytes.length) return null;
	const [a, b, c] = [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!];
	if (a !== 0xed || b < 0xa0 || b > 0xbf || c < 0x80 || c > 0xbf) return null;
	return String.fromCharCode(0xd000 | ((b & 0x3f) << 6) | (c & 0x3f));
}
