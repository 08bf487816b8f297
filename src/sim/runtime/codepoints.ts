/**
 * Python strings are sequences of code points; JavaScript strings are UTF-16. These helpers give
 * Python's len/indexing/slicing over a JS string (an astral character is one Python character).
 * Lone surrogates, which Python str may also hold, count as one character each.
 */
import { PyIndexError } from "./errors";

/** True when every UTF-16 unit is a code point (no surrogates): index arithmetic is direct. */
export function isBmpOnly(s: string): boolean {
	return !/[\ud800-\udfff]/.test(s);
}

/** How many bytes UTF-8 takes for `s` (a lone surrogate counted as the three bytes surrogatepass would write). */
export function utf8Length(s: string): number {
	let n = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	}
	return n;
}

export function codePoints(s: string): string[] {
	return isBmpOnly(s) ? s.split("") : Array.from(s);
}

/** len(s) */
export function pyLen(s: string): number {
	if (isBmpOnly(s)) return s.length;
	let count = 0;
	for (const char of s) count += char.length > 0 ? 1 : 0;
	return count;
}

/** s[i] with negative indices; IndexError "string index out of range". */
export function pyCharAt(s: string, index: number): string {
	const chars = codePoints(s);
	const i = index < 0 ? index + chars.length : index;
	const char = chars[i];
	if (i < 0 || char === undefined) throw new PyIndexError("string index out of range");
	return char;
}

/** PySlice_AdjustIndices: normalise (start, stop, step) for a sequence of `length`. */
export function adjustSliceIndices(length: number, start: number | null, stop: number | null, step: number): { start: number; stop: number; count: number } {
	const clamp = (value: number | null, fallback: number, low: number, high: number): number => {
		if (value === null) return fallback;
		const v = value < 0 ? value + length : value;
		return Math.min(Math.max(v, low), high);
	};
	const begin = step > 0 ? clamp(start, 0, 0, length) : clamp(start, length - 1, -1, length - 1);
	const end = step > 0 ? clamp(stop, length, 0, length) : clamp(stop, -1, -1, length - 1);
	const count = step > 0 ? Math.max(0, Math.ceil((end - begin) / step)) : Math.max(0, Math.ceil((begin - end) / -step));
	return { start: begin, stop: end, count };
}

/** s[start:stop:step] */
export function pySlice(s: string, start: number | null, stop: number | null, step = 1): string {
	const chars = codePoints(s);
	const { start: begin, count } = adjustSliceIndices(chars.length, start, stop, step);
	let out = "";
	for (let k = 0; k < count; k++) out += chars[begin + k * step] ?? "";
	return out;
}

/** ord(c) for a one-character Python string. */
export function pyOrd(c: string): number {
	return c.codePointAt(0) ?? 0;
}

/** Largest code point, which decides CPython's compact string kind (and so its size). */
export function maxCodePoint(s: string): number {
	let max = 0;
	for (const char of s) max = Math.max(max, char.codePointAt(0) ?? 0);
	return max;
}

/**
 * Ranges packed by tests/sim/runtime/fixtures/make-unicode-tables.py: base-36 numbers in pairs, each range's
 * distance from the end of the one before, then its length - 1. Unpacked to [start, end, start, end...].
 */
export function unpackRanges(packed: string): Int32Array {
	const numbers = packed.split(",").map((n) => parseInt(n, 36));
	const ranges = new Int32Array(numbers.length);
	let end = -1;
	for (let i = 0; i < numbers.length; i += 2) {
		ranges[i] = end + numbers[i]!;
		end = ranges[i + 1] = ranges[i]! + numbers[i + 1]!;
	}
	return ranges;
}

/** Whether `cp` falls in one of `ranges` (unpackRanges' form, sorted). */
export function inRanges(ranges: Int32Array, cp: number): boolean {
	let low = 0;
	let high = ranges.length / 2 - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (cp < ranges[2 * mid]!) high = mid - 1;
		else if (cp > ranges[2 * mid + 1]!) low = mid + 1;
		else return true;
	}
	return false;
}
