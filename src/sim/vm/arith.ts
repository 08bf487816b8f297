// Arithmetic on Python ints (JS numbers while safe, bigints beyond) and floats, with Python's semantics:
// floor division and modulo round toward negative infinity, ** of ints stays exact.
import type { IntValue } from "../heap/values";
import { floatFloorDiv, floatMod, floatPow, floatTrueDiv } from "../runtime/floatMath";
import { bigIntToFloat, intTrueDiv, MAX_INT_BITS } from "../runtime/intMath";
import { cDiff, cPow, cProd, cQuot, cSum, type Complex } from "../runtime/complexMath";

export type ArithResult = { int: IntValue } | { float: number } | { complex: Complex } | { error: [string, string] };

const big = (v: IntValue) => (typeof v === "bigint" ? v : BigInt(v));

function floorDivBig(a: bigint, b: bigint): bigint {
	const q = a / b;
	return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** The largest int `x ** y` or `x << y` may make, in bits (3 ** 2_500_000 takes about 0.1 s to compute). */
const MAX_POWER_BITS = BigInt(MAX_INT_BITS);
/** _PyLong_New's limit: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit). */
const MAX_LONG_DIGITS = (2n ** 63n - 1n - 24n) / 4n;
/** divmod_shift clips a word shift to PY_SSIZE_T_MAX / sizeof(digit). */
const MAX_WORD_SHIFT = (2n ** 63n - 1n) / 4n;

/** How many 30-bit digits long_lshift1 asks _PyLong_New for when it shifts x left by y. */
function shiftedDigits(x: bigint, y: bigint): bigint {
	const oldSize = (BigInt((x < 0n ? -x : x).toString(2).length) + 29n) / 30n;
	let wordShift = y / 30n;
	let remShift = y % 30n;
	if (wordShift >= MAX_WORD_SHIFT) {
		wordShift = MAX_WORD_SHIFT;
		remShift = 0n;
	}
	return oldSize + wordShift + (remShift ? 1n : 0n);
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
			// Safe integers are exact doubles, so their quotient is already correctly rounded.
			if (typeof a === "number" && typeof b === "number" && b !== 0) return { float: a / b };
			return { float: intTrueDiv(x, y) };
		case "Pow":
			// A negative exponent makes long_pow hand both operands to float_pow.
			if (y < 0n) return floatArith("Pow", bigIntToFloat(x), bigIntToFloat(y));
			// Simulated memory: a result past MAX_POWER_BITS (about half a megabyte) is refused before it is computed.
			if ((x > 1n || x < -1n) && y * BigInt((x < 0n ? -x : x).toString(2).length) > MAX_POWER_BITS) return { error: ["MemoryError", ""] };
			return { int: x ** y };
		case "LShift":
			if (y < 0n) return { error: ["ValueError", "negative shift count"] };
			if (x === 0n) return { int: 0n };
			if (shiftedDigits(x, y) > MAX_LONG_DIGITS) return { error: ["OverflowError", "too many digits in integer"] };
			// Simulated memory, as for powers: CPython would try to allocate the digits.
			if (BigInt((x < 0n ? -x : x).toString(2).length) + y > MAX_POWER_BITS) return { error: ["MemoryError", ""] };
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

/** float op float (ints already converted): floatobject.c's rules, errors and overflow included. */
export function floatArith(op: string, a: number, b: number): ArithResult {
	switch (op) {
		case "Add": return { float: a + b };
		case "Sub": return { float: a - b };
		case "Mult": return { float: a * b };
		case "Div": return { float: floatTrueDiv(a, b) };
		case "FloorDiv": return { float: floatFloorDiv(a, b) };
		case "Mod": return { float: floatMod(a, b) };
		case "Pow": {
			const result = floatPow(a, b);
			// float_pow hands a negative base with a fractional exponent to complex_pow.
			if (result === null) return { complex: cPow({ re: a, im: 0 }, { re: b, im: 0 }) };
			return { float: result };
		}
	}
	return { error: ["TypeError", "unsupported"] };
}

/**
 * complex op complex (ints and floats already converted, with a +0.0 imaginary part): complexobject.c's
 * nb_add..nb_power; `%` and `//` have no complex slot, so undefined means TypeError.
 */
export function complexArith(op: string, a: Complex, b: Complex): ArithResult | undefined {
	switch (op) {
		case "Add": return { complex: cSum(a, b) };
		case "Sub": return { complex: cDiff(a, b) };
		case "Mult": return { complex: cProd(a, b) };
		case "Div": return { complex: cQuot(a, b) };
		case "Pow": return { complex: cPow(a, b) };
	}
	return undefined;
}

/** An int operand of a float operation (PyLong_AsDouble: OverflowError past the largest double). */
export function intToFloat(v: IntValue): number {
	return typeof v === "number" ? v : bigIntToFloat(v);
}
