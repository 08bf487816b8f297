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

/** repr of bytes; bytearray's (`inBytearray`) escapes every single quote, even inside double quotes. */
export function bytesRepr(bytes: Uint8Array, inBytearray = false): string {
	let hasSingle = false;
	let hasDouble = false;
	for (const b of bytes) {
		if (b === 39) hasSingle = true;
		if (b === 34) hasDouble = true;
	}
	const quote = chooseQuote(hasSingle, hasDouble);
	let out = "b" + quote;
	for (const b of bytes) {
		const ch = String.fromCharCode(b);
		if (ch === quote || ch === "\\" || (inBytearray && b === 39)) out += "\\" + ch;
		else if (b === 10) out += "\\n";
		else if (b === 13) out += "\\r";
		else if (b === 9) out += "\\t";
		else if (b < 0x20 || b >= 0x7f) out += "\\x" + hex(b, 2);
		else out += ch;
	}
	return out + quote;
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
