// The value of a NUMBER token, as the parser's _PyPegen_number_token makes it. A decimal int literal is converted
// by PyLong_FromString under sys.int_info's limit, so one of more than 4300 digits stops the program before it
// runs, with that ValueError's message as a SyntaxError.
import type * as ast from "./ast";
import { PythonSyntaxError } from "./errors";
import type { Token } from "./tokenizer";
import { INT_MAX_STR_DIGITS } from "../runtime/numberParse";

export function numberLiteral(token: Token, source: string): ast.ConstantValue {
	const clean = token.value.replace(/_/g, "");
	if (/[jJ]$/.test(clean)) return { complex: { re: 0, im: Number(clean.slice(0, -1)) } };
	if (/^0[xXoObB]/.test(clean)) return BigInt(clean.toLowerCase());
	if (!/^\d+$/.test(clean)) return Number(clean);
	if (clean.length > INT_MAX_STR_DIGITS) throw tooManyDigits(token, source, clean.length);
	return BigInt(clean);
}

/**
 * The error has no columns (CPython leaves them out rather than underline thousands of digits). Its text is the
 * tokenizer's buffer: python3 reads a long line of a file in pieces of 999 bytes, so the text is the line's last
 * piece (from a multiple of 999 bytes into it, up to 999 bytes with the newline).
 */
function tooManyDigits(token: Token, source: string, digits: number): PythonSyntaxError {
	const lineStart = source.lastIndexOf("\n", token.start - 1) + 1;
	const newline = source.indexOf("\n", token.start);
	const line = new TextEncoder().encode(source.slice(lineStart, newline === -1 ? source.length : newline + 1));
	const lastPiece = READ_PIECE * Math.floor((line.length - 1) / READ_PIECE);
	const text = new TextDecoder().decode(line.subarray(lastPiece));
	const msg =
		`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
		"use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
	return new PythonSyntaxError(msg, token.lineno, { offset: 0, endLineno: token.lineno, endOffset: 0 }, "SyntaxError", { literal: text });
}

const READ_PIECE = 999;
