// Python's repr() of the constant types an AST can hold: str, bytes, int, float, complex, bool, None and Ellipsis.
import type { ConstantValue } from "./ast";
import { complexRepr } from "../runtime/complexText";

// Characters Python's str.isprintable() rejects: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except the space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function pyRepr(value: ConstantValue): string {
	if (value === null) return "None";
	if (value === true) return "True";
	if (value === false) return "False";
	if (typeof value === "bigint") return value.toString();
	if (typeof value === "number") return floatRepr(value);
	if (typeof value === "string") return strRepr(value);
	if (value instanceof Uint8Array) return bytesRepr(value);
	if ("complex" in value) return complexRepr(value.complex);
	return "Ellipsis";
}

function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
	return hasSingle && !hasDouble ? '"' : "'";
}

export function strRepr(s: string): string {
	const quote = chooseQuote(s.includes("'"), s.includes('"'));
	let out = quote;
	for (const ch of s) {
		const cp = ch.codePointAt(0)!;
		if (ch === quote || ch === "\\") out += "\\" + ch;
		else if (ch === "\n") out += "\\n";
		else if (ch === "\r") out += "\\r";
		else if (ch === "\t") out += "\\t";
		else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
		else if (cp < 0x7f) out += ch;
		else if (ch !== " " && NON_PRINTABLE.test(ch)) {
			out += cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
		} else out += ch;
	}
	return out + quote;
}

function hex(n: number, width: number): string {
	return n.toString(16).padStart(width, "0");
}

/**
 * repr of bytes; bytearray's (`inBytearray`) escapes every single quote, even inside double quotes. Runs of plain
 * printable bytes are copied a chunk at a time, so a long repr is not built a piece per byte.
 */
export function bytesRepr(bytes: Uint8Array, inBytearray = false): string {
	const quote = chooseQuote(bytes.includes(39), bytes.includes(34));
	let out = "b" + quote;
	let from = 0;
	for (let i = 0; i < bytes.length; i++) {
		const escaped = escapedByte(bytes[i]!, quote, inBytearray);
		if (escaped === null) continue;
		out += asciiText(bytes, from, i) + escaped;
		from = i + 1;
	}
	return out + asciiText(bytes, from, bytes.length) + quote;
}

/** How a byte shows in a bytes repr, or null for a printable one that shows as itself. */
function escapedByte(b: number, quote: string, inBytearray: boolean): string | null {
	const ch = String.fromCharCode(b);
	if (ch === quote || ch === "\\" || (inBytearray && b === 39)) return "\\" + ch;
	if (b === 10) return "\\n";
	if (b === 13) return "\\r";
	if (b === 9) return "\\t";
	if (b < 0x20 || b >= 0x7f) return "\\x" + hex(b, 2);
	return null;
}

/** Printable ASCII bytes [from, to) as text, a bounded chunk per call of String.fromCharCode. */
function asciiText(bytes: Uint8Array, from: number, to: number): string {
	let text = "";
	for (let at = from; at < to; at += 8192) text += String.fromCharCode(...bytes.subarray(at, Math.min(to, at + 8192)));
	return text;
}

/** repr(float): the shortest round-tripping digits, fixed notation for exponents -4..15, else d.ddde±XX. */
export function floatRepr(x: number): string {
	if (Number.isNaN(x)) return "nan";
	if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
	if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
	const [mantissa, expText] = x.toExponential().split("e") as [string, string];
	const exponent = Number(expText);
	const negative = mantissa.startsWith("-");
	const digits = mantissa.replace("-", "").replace(".", "");
	const sign = negative ? "-" : "";
	if (exponent >= -4 && exponent < 16) {
		let text: string;
		if (exponent < 0) text = "0." + "0".repeat(-exponent - 1) + digits;
		else if (digits.length <= exponent + 1) text = digits + "0".repeat(exponent + 1 - digits.length) + ".0";
		else text = digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
		return sign + text;
	}
	const frac = digits.length > 1 ? "." + digits.slice(1) : "";
	const expSign = exponent < 0 ? "-" : "+";
	return `${sign}${digits[0]}${frac}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
