// Arithmetic on Python ints (JS numbers while safe, bigints beyond) and floats, with Python's semantics:
// floor division and modulo round toward negative infinity, ** of ints stays exact.
import type { IntValue } from "../heap/values";

export type ArithResult = { int: IntValue } | { float: number } | { error: [string, string] };

const big = (v: IntValue) => (typeof v === "bigint" ? v : BigInt(v));

function floorDivBig(a: bigint, b: bigint): bigint {
	const q = a / b;
	return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intArith(op: string, a: IntValue, b: IntValue): ArithResult {
	if (typeof a === "number" && typeof b === "number") {
		let r: number | null = null;
		switch (op) {
			case "Add": r = a + b; break;
			case "Sub": r = a - b; break;
			case "Mult": r = a * b; break;
			case "FloorDiv":
				if (b === 0) return { error: ["ZeroDivisionError", "integer division or modulo by zero"] };
				r = Math.floor(a / b);
				break;
			case "Mod":
				if (b === 0) return { error: ["ZeroDivisionError", "integer modulo by zero"] };
				r = ((a % b) + b) % b;
				if (Object.is(r, -0)) r = 0;
				break;
		}
		if (r !== null && Number.isSafeInteger(r)) return { int: r };
	}
	const x = big(a);
	const y = big(b);
	switch (op) {
		case "Add": return { int: x + y };
		case "Sub": return { int: x - y };
		case "Mult": return { int: x * y };
		case "FloorDiv":
			if (y === 0n) return { error: ["ZeroDivisionError", "integer division or modulo by zero"] };
			return { int: floorDivBig(x, y) };
		case "Mod":
			if (y === 0n) return { error: ["ZeroDivisionError", "integer modulo by zero"] };
			return { int: x - floorDivBig(x, y) * y };
		case "Div":
			if (y === 0n) return { error: ["ZeroDivisionError", "division by zero"] };
			return { float: Number(x) / Number(y) };
		case "Pow":
			if (y < 0n) {
				if (x === 0n) return { error: ["ZeroDivisionError", "0.0 cannot be raised to a negative power"] };
				return { float: Math.pow(Number(x), Number(y)) };
			}
			if (y > 100000n && (x > 1n || x < -1n)) return { error: ["MemoryError", ""] };
			return { int: x ** y };
		case "LShift":
			if (y < 0n) return { error: ["ValueError", "negative shift count"] };
			return { int: x << y };
		case "RShift":
			if (y < 0n) return { error: ["ValueError", "negative shift count"] };
			return { int: x >> y };
		case "BitAnd": return { int: x & y };
		case "BitOr": return { int: x | y };
		case "BitXor": return { int: x ^ y };
	}
	return { error: ["TypeError", "unsupported"] };
}

export function floatArith(op: string, a: number, b: number): ArithResult {
	switch (op) {
		case "Add": return { float: a + b };
		case "Sub": return { float: a - b };
		case "Mult": return { float: a * b };
		case "Div":
			if (b === 0) return { error: ["ZeroDivisionError", "float division by zero"] };
			return { float: a / b };
		case "FloorDiv":
			if (b === 0) return { error: ["ZeroDivisionError", "float floor division by zero"] };
			return { float: Math.floor(a / b) };
		case "Mod": {
			if (b === 0) return { error: ["ZeroDivisionError", "float modulo"] };
			const m = a % b;
			return { float: m !== 0 && (m < 0) !== (b < 0) ? m + b : m };
		}
		case "Pow":
			if (a === 0 && b < 0) return { error: ["ZeroDivisionError", "0.0 cannot be raised to a negative power"] };
			return { float: Math.pow(a, b) };
	}
	return { error: ["TypeError", "unsupported"] };
}
