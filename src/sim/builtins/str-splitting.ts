// How str.split, rsplit and splitlines cut a string, and the lists they return: stringlib's split.h
// preallocates the list, so its size (sys.getsizeof) follows from maxsplit and how many parts were appended.
import type { PyObject } from "../heap/object";
import type { PyStr } from "../heap/values";
import type { VM } from "../vm/vm";
import { listCapacityAfterAppend } from "../runtime/containerGrowth";
import { PY_WHITESPACE } from "../runtime/numberParse";
import { maxCodePoint, pyLen } from "../runtime/codepoints";

// Py_UNICODE_ISSPACE's characters (JavaScript's \s differs: it has U+FEFF, and lacks U+001C-U+001F and U+0085).
const SPACE = `[${[...PY_WHITESPACE].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;
const LEADING_SPACE = new RegExp(`^${SPACE}+`);
const TRAILING_SPACE = new RegExp(`${SPACE}+$`);
const SPACE_RUN = new RegExp(`${SPACE}+`);
const LAST_SPACE_RUN = new RegExp(`${SPACE}+(?=[^${SPACE.slice(1, -1)}]*$)`);

/** split() on whitespace: at most `maxsplit` splits (all when negative). */
export function splitWhitespace(s: string, maxsplit: number): string[] {
	const out: string[] = [];
	let rest = s.replace(LEADING_SPACE, "");
	while (rest.length) {
		if (maxsplit >= 0 && out.length === maxsplit) {
			out.push(rest);
			break;
		}
		const m = SPACE_RUN.exec(rest);
		if (!m) {
			out.push(rest);
			break;
		}
		out.push(rest.slice(0, m.index));
		rest = rest.slice(m.index + m[0].length);
	}
	return out;
}

/** rsplit() on whitespace: at most `maxsplit` splits, counted from the right. */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
	const out: string[] = [];
	let rest = s.replace(TRAILING_SPACE, "");
	while (rest.length) {
		if (out.length === maxsplit) {
			out.unshift(rest);
			break;
		}
		const m = LAST_SPACE_RUN.exec(rest);
		if (!m) {
			out.unshift(rest);
			break;
		}
		out.unshift(rest.slice(m.index + m[0].length));
		rest = rest.slice(0, m.index);
	}
	return out;
}

/** stringlib's split.h preallocates at most this many items (MAX_PREALLOC). */
const SPLIT_PREALLOC = 12;

/** The slots of a list preallocated with `capacity` once `count` items were stored in it, the rest appended. */
export function grownCapacity(count: number, capacity: number): number {
	let allocated = capacity;
	for (let size = capacity; size < count; size++) allocated = listCapacityAfterAppend(allocated, size);
	return allocated;
}

/**
 * unicodeobject.c's split() and rsplit() before stringlib: a separator longer than the str, or of a wider kind
 * (a character past the str's largest), gives PyList_New(1) holding the str itself.
 */
export function separatorCannotOccur(s: string, sep: string): boolean {
	return pyLen(s) < pyLen(sep) || unicodeKind(maxCodePoint(s)) < unicodeKind(maxCodePoint(sep));
}

/** PyUnicode_KIND: 1, 2 or 4 bytes a character. */
function unicodeKind(maxChar: number): number {
	return maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
}

/** PREALLOC_SIZE(maxsplit): the slots split() and rsplit() start their list with. */
export function splitPreallocation(maxsplit: number): number {
	return maxsplit < 0 || maxsplit >= SPLIT_PREALLOC ? SPLIT_PREALLOC : maxsplit + 1;
}

/**
 * A list of `parts` stored into a list preallocated with `capacity` slots, the rest appended. `whole` is the str
 * itself when it became the only item unchanged (stringlib's "just use str_obj as list[0]").
 */
export function grownList(vm: VM, parts: string[], capacity: number, whole: PyObject | null = null): PyObject {
	const allocated = grownCapacity(parts.length, capacity);
	const onlyItemIsWhole = whole !== null && parts.length === 1 && parts[0] === (whole as PyStr).value;
	return vm.list(
		parts.map((p) => (onlyItemIsWhole ? vm.incref(whole) : vm.str(p))),
		allocated,
	);
}

/** What split() and rsplit() return: PyList_New(PREALLOC_SIZE(maxsplit)), at most 12 slots, then appends. */
export function splitList(vm: VM, parts: string[], maxsplit: number, whole: PyObject | null): PyObject {
	return grownList(vm, parts, splitPreallocation(maxsplit), whole);
}

/** The line boundaries str.splitlines() knows, \r\n first (the file, group and record separators among them). */
const LINE_BREAK = new RegExp(String.raw`\r\n|[\n\r\v\f\x85\u2028\u2029]|[${String.fromCharCode(0x1c, 0x1d, 0x1e)}]`, "g");

export function splitLines(s: string, keepends: boolean): string[] {
	const lines: string[] = [];
	let start = 0;
	for (const m of s.matchAll(LINE_BREAK)) {
		const end = m.index + m[0].length;
		lines.push(s.slice(start, keepends ? end : m.index));
		start = end;
	}
	if (start < s.length) lines.push(s.slice(start));
	return lines;
}
